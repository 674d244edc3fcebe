package com.backofficecare.safeguard.policy.termination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backofficecare.safeguard.core.AgencyId;
import com.backofficecare.safeguard.core.DataCategory;
import com.backofficecare.safeguard.crypto.KeyUnavailableException;
import com.backofficecare.safeguard.crypto.LocalKeyStore;
import com.backofficecare.safeguard.crypto.tempstore.SecureTempStore;
import com.backofficecare.safeguard.crypto.tempstore.StoredObject;
import com.backofficecare.safeguard.policy.access.AccessGuard;
import com.backofficecare.safeguard.policy.access.AccessRequest;
import com.backofficecare.safeguard.policy.access.Authentication;
import com.backofficecare.safeguard.policy.access.DevicePosture;
import com.backofficecare.safeguard.policy.access.Purpose;
import com.backofficecare.safeguard.policy.audit.AuditLog;
import com.backofficecare.safeguard.policy.audit.PinnedKeys;
import com.backofficecare.safeguard.policy.audit.TestIdentity;
import com.backofficecare.safeguard.policy.config.PolicyFiles;
import com.backofficecare.safeguard.policy.credentials.CredentialVault;
import com.backofficecare.safeguard.storage.FileSystemBlobStore;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TerminationTest {

  static final AgencyId SUNRISE = AgencyId.of("sunrise-home-care");
  static final AgencyId HARBOR = AgencyId.of("harbor-aides");

  @TempDir Path dir;

  static SecureTempStore store(Path dir, LocalKeyStore keys) {
    return SecureTempStore.builder()
        .blobStore(FileSystemBlobStore.open(dir.resolve("objects")))
        .keyManager(keys)
        .warmUp(false)
        .build();
  }

  static LocalKeyStore keys(Path dir) {
    return LocalKeyStore.builder(dir.resolve("keystore.sgks"))
        .passphrase("termination test".toCharArray())
        .argon2(8192, 1)
        .open();
  }

  static byte[] content(DataCategory c, int i) {
    return ("record " + i + " of " + c + ": Ada Lovelace 123-45-6789\n")
        .repeat(50 + i)
        .getBytes(StandardCharsets.UTF_8);
  }

  /** One object per category for Sunrise (two for payroll), one for Harbor. */
  static Map<String, byte[]> seed(SecureTempStore store) {
    Map<String, byte[]> out = new HashMap<>();
    int i = 0;
    for (DataCategory c : DataCategory.values()) {
      StoredObject o = store.put(SUNRISE, c, new ByteArrayInputStream(content(c, i)));
      out.put(o.id().toString(), content(c, i++));
    }
    StoredObject extra =
        store.put(
            SUNRISE,
            DataCategory.PAYROLL,
            new ByteArrayInputStream(content(DataCategory.PAYROLL, 99)));
    out.put(extra.id().toString(), content(DataCategory.PAYROLL, 99));
    store.put(
        HARBOR, DataCategory.PAYROLL, new ByteArrayInputStream(content(DataCategory.PAYROLL, 7)));
    return out;
  }

  @Test
  @Tag("POL-10.2")
  @Tag("POL-10.3")
  @Tag("POL-10.4")
  @Tag("POL-10.5")
  @Tag("POL-10.6")
  void returnAndDestroyEndToEndWithACertificateAnAuditorCanCheck() throws Exception {
    GnuPg gpg = new GnuPg(dir.resolve("gnupg"));
    Path agencyKey = gpg.agencyKey(dir.resolve("sunrise.asc"));
    LocalKeyStore keys = keys(dir);
    SecureTempStore store = store(dir, keys);
    Map<String, byte[]> originals = seed(store);
    AccessGuard guard =
        PolicyFiles.guard(
            Path.of(System.getProperty("safeguard.root", ".."))
                .resolve("examples/policy/policy.json"));
    CredentialVault vault = CredentialVault.inMemory(keys);
    vault.store(SUNRISE, "ehr", "svc", "Ehr-secret-1".toCharArray());
    Path cert = dir.resolve("CERT.json");
    Path auditFile = dir.resolve("audit.log");
    try (AuditLog audit = AuditLog.open(auditFile, TestIdentity.of(auditFile))) {
      Termination.builder(SUNRISE, Termination.Mode.BOTH)
          .store(store, keys)
          .audit(audit)
          .journal(dir.resolve("terminations"))
          .operator("ops-lead")
          .guardState(guard.state())
          .vault(vault)
          .returnTo(agencyKey, dir.resolve("sunrise-export.zip.gpg"))
          .physicalDestruction(
              new Termination.PhysicalDestruction(
                  "Shred-It Co., ticket 4471", "2026-11-25", "cross-cut shredding of 3 binders"))
          .build()
          .run(cert);
    }

    // Access revoked, credentials revoked, every Sunrise object gone, Harbor untouched.
    Instant at = Instant.parse("2026-11-25T09:30:00Z");
    assertThat(
            guard
                .decide(
                    AccessRequest.builder()
                        .person("u-ana")
                        .agency(SUNRISE)
                        .category(DataCategory.SCHEDULING)
                        .fields("client_name")
                        .purpose(Purpose.SCHEDULING)
                        .device(DevicePosture.compliant("l"))
                        .authentication(new Authentication(true, at))
                        .at(at)
                        .build())
                .denied())
        .isTrue();
    assertThat(vault.systems(SUNRISE)).isEmpty();
    assertThat(store.list(SUNRISE)).isEmpty();
    assertThat(store.list(HARBOR)).hasSize(1);
    assertThatThrownBy(
            () -> store.put(SUNRISE, DataCategory.PAYROLL, new ByteArrayInputStream(new byte[1])))
        .isInstanceOf(KeyUnavailableException.class);

    // The certificate verifies offline against the audit trail, and lists every object once.
    PinnedKeys pinned = TestIdentity.pinned(auditFile);
    DestructionCertificate.Check check = DestructionCertificate.verify(cert, pinned, auditFile);
    assertThat(check.valid()).as(check.reason()).isTrue();
    String json = Files.readString(cert);
    for (String id : originals.keySet()) {
      assertThat(json.split(id, -1)).as(id).hasSize(2);
    }
    assertThat(json)
        .contains("Purge", "\"keysDestroyed\" : true", "Shred-It Co.")
        .doesNotContain("Lovelace");
    assertThat(json)
        .contains("\"accessRevoked\" : true"); // this run isolated the agency in its guard
    assertThat(Files.readString(dir.resolve("CERT.json.md")))
        .contains("Certificate of data destruction");

    // A tampered certificate fails.
    Files.writeString(cert, json.replace("\"sanitizedCount\" : 8", "\"sanitizedCount\" : 7"));
    assertThat(DestructionCertificate.verify(cert, pinned, auditFile).valid()).isFalse();

    // The returned archive opens with GnuPG and holds every object, byte for byte.
    Path zip = dir.resolve("export.zip");
    gpg.decrypt(dir.resolve("sunrise-export.zip.gpg"), zip);
    Map<String, byte[]> unpacked = new HashMap<>();
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        unpacked.put(e.getName(), in.readAllBytes());
      }
    }
    assertThat(unpacked).containsKey("MANIFEST.json").hasSize(originals.size() + 1);
    for (Map.Entry<String, byte[]> o : originals.entrySet()) {
      String token = o.getKey().substring(o.getKey().indexOf(':') + 1);
      assertThat(
              unpacked.entrySet().stream()
                  .filter(e -> e.getKey().endsWith("/" + token))
                  .findFirst()
                  .orElseThrow()
                  .getValue())
          .isEqualTo(o.getValue());
    }
  }

  @Test
  @Tag("POL-10.3")
  void aCrashBetweenAnyTwoStepsResumesAndRecordsEachDeletionOnce() throws Exception {
    GnuPg gpg = new GnuPg(dir.resolve("gnupg"));
    Path agencyKey = gpg.agencyKey(dir.resolve("sunrise.asc"));
    Map<String, byte[]> originals;
    try (LocalKeyStore keys = keys(dir)) {
      originals = seed(store(dir, keys));
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    for (String step :
        List.of(
            "isolated",
            "planned",
            "exported",
            "deleted",
            "deleted",
            "keys-destroyed",
            "attested")) {
      Process p =
          new ProcessBuilder(
                  java,
                  "-D" + Termination.CRASH_AFTER + "=" + step,
                  "-cp",
                  System.getProperty("java.class.path"),
                  TerminationWorker.class.getName(),
                  dir.toString(),
                  agencyKey.toString())
              .redirectErrorStream(true)
              .start();
      String out = new String(p.getInputStream().readAllBytes());
      int exit = p.waitFor();
      assertThat(exit).as("crashed right after " + step + ": " + out).isEqualTo(137);
    }
    Process last =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                TerminationWorker.class.getName(),
                dir.toString(),
                agencyKey.toString())
            .redirectErrorStream(true)
            .start();
    String out = new String(last.getInputStream().readAllBytes());
    assertThat(last.waitFor()).as(out).isZero();

    assertThat(Termination.journaledDeletions(dir.resolve("terminations/sunrise-home-care.jsonl")))
        .containsExactlyInAnyOrderElementsOf(originals.keySet());
    String json = Files.readString(dir.resolve("CERT.json"));
    for (String id : originals.keySet()) {
      assertThat(json.split(id, -1)).as("listed once: " + id).hasSize(2);
    }
    assertThat(
            DestructionCertificate.verify(
                    dir.resolve("CERT.json"),
                    TestIdentity.pinned(dir.resolve("audit.log")),
                    dir.resolve("audit.log"))
                .valid())
        .isTrue();
    try (LocalKeyStore keys = keys(dir)) {
      SecureTempStore store = store(dir, keys);
      assertThat(store.list(SUNRISE)).isEmpty();
      assertThat(store.list(HARBOR)).hasSize(1);
    }
    try (var files = Files.walk(dir.resolve("objects"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        assertThat(Files.readString(f, StandardCharsets.ISO_8859_1)).doesNotContain("Lovelace");
      }
    }
  }

  /**
   * An object stored for the agency after the plan (a service still running while a crashed run
   * waited) is sanitized too: the run re-plans before destroying the keys, and the certificate
   * lists it as late.
   */
  @Test
  @Tag("POL-10.3")
  void anObjectStoredAfterThePlanIsSanitizedAndListed() throws Exception {
    GnuPg gpg = new GnuPg(dir.resolve("gnupg"));
    Path agencyKey = gpg.agencyKey(dir.resolve("sunrise.asc"));
    try (LocalKeyStore keys = keys(dir)) {
      seed(store(dir, keys));
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process crash =
        new ProcessBuilder(
                java,
                "-D" + Termination.CRASH_AFTER + "=planned",
                "-cp",
                System.getProperty("java.class.path"),
                TerminationWorker.class.getName(),
                dir.toString(),
                agencyKey.toString())
            .redirectErrorStream(true)
            .start();
    crash.getInputStream().readAllBytes();
    assertThat(crash.waitFor()).isEqualTo(137);
    String late;
    try (LocalKeyStore keys = keys(dir)) {
      late =
          store(dir, keys)
              .put(
                  SUNRISE,
                  DataCategory.SCHEDULING,
                  new java.io.ByteArrayInputStream(
                      "stored after the plan".getBytes(StandardCharsets.UTF_8)))
              .id()
              .toString();
    }
    Process resume =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                TerminationWorker.class.getName(),
                dir.toString(),
                agencyKey.toString())
            .redirectErrorStream(true)
            .start();
    String out = new String(resume.getInputStream().readAllBytes());
    assertThat(resume.waitFor()).as(out).isZero();
    String cert = Files.readString(dir.resolve("CERT.json"));
    assertThat(cert)
        .contains(late)
        .contains("\"late\" : true")
        .doesNotContain("VERIFICATION FAILED");
    assertThat(
            DestructionCertificate.verify(
                    dir.resolve("CERT.json"),
                    TestIdentity.pinned(dir.resolve("audit.log")),
                    dir.resolve("audit.log"))
                .valid())
        .isTrue();
    try (LocalKeyStore keys = keys(dir)) {
      assertThat(store(dir, keys).list(SUNRISE)).isEmpty();
    }
  }

  /** A certificate whose own verification failed never verifies as valid, whoever signed it. */
  @Test
  @Tag("POL-10.6")
  void aCertificateRecordingAFailedVerificationIsNeverValid() throws Exception {
    Path cert = dir.resolve("CERT.json");
    try (AuditLog audit =
        AuditLog.open(dir.resolve("audit.log"), TestIdentity.of(dir.resolve("audit.log")))) {
      audit.commit();
      new DestructionCertificate(
              DestructionCertificate.build(
                  "CERT-sunrise-1",
                  SUNRISE.value(),
                  "ops-lead",
                  "DESTROY",
                  java.time.Instant.now(),
                  List.of(),
                  0,
                  true,
                  0,
                  true,
                  null,
                  null,
                  "VERIFICATION FAILED for at least one object",
                  audit.head()))
          .write(cert, audit.identity());
    }
    DestructionCertificate.Check check =
        DestructionCertificate.verify(cert, TestIdentity.pinned(dir.resolve("audit.log")), null);
    assertThat(check.valid()).isFalse();
    assertThat(check.reason()).contains("failed verification");
  }

  /**
   * An object whose metadata was damaged is not silently left behind: the termination erases it,
   * and the certificate lists it as damaged and not returned.
   */
  @Test
  @Tag("POL-10.3")
  void anObjectWithDamagedMetadataIsErasedAndListedNotReturned() throws Exception {
    GnuPg gpg = new GnuPg(dir.resolve("gnupg"));
    Path agencyKey = gpg.agencyKey(dir.resolve("sunrise.asc"));
    String damaged;
    try (LocalKeyStore keys = keys(dir)) {
      SecureTempStore store = store(dir, keys);
      seed(store);
      damaged =
          store
              .put(
                  SUNRISE,
                  DataCategory.SCHEDULING,
                  new java.io.ByteArrayInputStream("care plan".getBytes(StandardCharsets.UTF_8)))
              .id()
              .toString();
    }
    Path meta = dir.resolve("objects").resolve(damaged.replace(':', '/') + ".meta");
    Files.writeString(meta, Files.readString(meta).replace("object-v2", "object-v9"));
    Process run =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                TerminationWorker.class.getName(),
                dir.toString(),
                agencyKey.toString())
            .redirectErrorStream(true)
            .start();
    String out = new String(run.getInputStream().readAllBytes());
    assertThat(run.waitFor()).as(out).isZero();
    String cert = Files.readString(dir.resolve("CERT.json"));
    assertThat(cert).contains(damaged).contains("\"damaged\" : true");
    assertThat(meta).doesNotExist();
    assertThat(Files.exists(dir.resolve("objects").resolve(damaged.replace(':', '/') + ".data")))
        .isFalse();
    try (LocalKeyStore keys = keys(dir)) {
      assertThat(store(dir, keys).damaged(SUNRISE)).isEmpty();
    }
  }
}
