package com.backofficecare.safeguard.policy.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.backofficecare.safeguard.core.AgencyId;
import com.backofficecare.safeguard.core.DataCategory;
import com.backofficecare.safeguard.crypto.LocalKeyStore;
import com.backofficecare.safeguard.crypto.tempstore.SecureTempStore;
import com.backofficecare.safeguard.crypto.tempstore.StoredObject;
import com.backofficecare.safeguard.policy.access.AccessGuard;
import com.backofficecare.safeguard.policy.access.AccessRequest;
import com.backofficecare.safeguard.policy.access.Authentication;
import com.backofficecare.safeguard.policy.access.DevicePosture;
import com.backofficecare.safeguard.policy.access.IsolationTarget;
import com.backofficecare.safeguard.policy.access.Purpose;
import com.backofficecare.safeguard.policy.config.PolicyFiles;
import com.backofficecare.safeguard.storage.InMemoryBlobStore;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Decisions, isolations and secure-store events all land in one verifiable trail, without PHI. */
class AuditTrailTest {

  @TempDir Path dir;

  @Test
  @Tag("POL-9.1")
  @Tag("POL-3.5")
  void everyDecisionIsolationAndStoreEventIsAudited() throws Exception {
    Path logFile = dir.resolve("audit.log");
    AgencyId sunrise = AgencyId.of("sunrise-home-care");
    try (AuditLog log = AuditLog.open(logFile, TestIdentity.of(logFile))) {
      AccessGuard guard =
          PolicyFiles.guard(
              Path.of(System.getProperty("safeguard.root", ".."))
                  .resolve("examples/policy/policy.json"));
      log.attach(guard);
      Instant at = Instant.parse("2026-11-25T09:30:00Z");
      AccessRequest r =
          AccessRequest.builder()
              .person("u-ana")
              .agency(sunrise)
              .category(DataCategory.SCHEDULING)
              .fields("client_name", "phone")
              .purpose(Purpose.SCHEDULING)
              .records(List.of("client-1042"))
              .device(DevicePosture.compliant("laptop-12"))
              .authentication(new Authentication(true, at))
              .at(at)
              .build();
      assertThat(guard.decide(r).permitted()).isTrue();
      guard.isolate(
          IsolationTarget.person("u-ana"), "suspected phishing of Ada Lovelace", "secops", at);
      assertThat(guard.decide(r).denied()).isTrue();
      guard.release(
          IsolationTarget.person("u-ana"),
          "suspected phishing of Ada Lovelace",
          "password reset",
          "secops",
          at);

      SecureTempStore store =
          SecureTempStore.builder()
              .blobStore(InMemoryBlobStore.create())
              .keyManager(
                  LocalKeyStore.builder(dir.resolve("k"))
                      .passphrase("audit trail test".toCharArray())
                      .argon2(8192, 1)
                      .open())
              .onEvent(e -> log.append(AuditEvent.of(e, "payroll-service")))
              .warmUp(false)
              .build();
      StoredObject o =
          store.put(
              sunrise,
              DataCategory.PAYROLL,
              new ByteArrayInputStream(
                  "Ada Lovelace,123-45-6789".getBytes(StandardCharsets.UTF_8)));
      try (InputStream in = store.open(o.id())) {
        in.readAllBytes();
      }
      store.delete(o.id());
    }
    AuditLog.Verification v = AuditLog.verify(logFile, TestIdentity.pinned(logFile), null);
    assertThat(v.intact()).isTrue();
    assertThat(v.entries()).isEqualTo(7);
    String text = Files.readString(logFile);
    assertThat(text)
        .contains(
            "\"type\":\"access\"",
            "\"type\":\"isolation\"",
            "\"type\":\"release\"",
            "\"type\":\"store.stored\"",
            "\"type\":\"store.opened\"",
            "\"type\":\"store.deleted\"",
            "\"verified\":\"true\"");
    assertThat(text).doesNotContain("Lovelace").doesNotContain("123-45-6789");
  }

  /** A request cannot write PHI into the trail through its field names, record ids or actor. */
  @Test
  @Tag("POL-3.5")
  void requestValuesThatHoldPhiAreNotWrittenToTheTrail() {
    AccessGuard guard =
        PolicyFiles.guard(
            Path.of(System.getProperty("safeguard.root", ".."))
                .resolve("examples/policy/policy.json"));
    Instant at = Instant.parse("2026-11-25T09:30:00Z");
    AccessRequest r =
        AccessRequest.builder()
            .person("Ada Lovelace")
            .agency(AgencyId.of("sunrise-home-care"))
            .category(DataCategory.SCHEDULING)
            .fields("client_name", "ssn 123-45-6789")
            .purpose(Purpose.SCHEDULING)
            .records(List.of("client-1042", "123-45-6789"))
            .device(DevicePosture.compliant("laptop-12"))
            .authentication(new Authentication(true, at))
            .at(at)
            .build();
    AuditEvent e = AuditEvent.of(guard.decide(r));
    String all = e.actor() + e.records() + e.fieldsRequested();
    assertThat(all).doesNotContain("123-45-6789").doesNotContain("Lovelace");
    assertThat(e.records()).contains("client-1042");
    assertThat(e.fieldsRequested()).contains("client_name", "[unknown field]");
    // Personnel ids stay as they are.
    AccessRequest ana =
        AccessRequest.builder()
            .person("u-ana")
            .agency(AgencyId.of("sunrise-home-care"))
            .category(DataCategory.SCHEDULING)
            .fields("client_name")
            .purpose(Purpose.SCHEDULING)
            .records(List.of("client-1042"))
            .device(DevicePosture.compliant("laptop-12"))
            .authentication(new Authentication(true, at))
            .at(at)
            .build();
    assertThat(AuditEvent.of(guard.decide(ana)).actor()).isEqualTo("u-ana");
  }
}
