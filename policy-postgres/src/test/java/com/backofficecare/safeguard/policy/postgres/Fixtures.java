package com.backofficecare.safeguard.policy.postgres;

import com.backofficecare.safeguard.core.AgencyId;
import com.backofficecare.safeguard.core.DataCategory;
import com.backofficecare.safeguard.crypto.LocalKeyStore;
import com.backofficecare.safeguard.policy.access.AccessPolicy;
import com.backofficecare.safeguard.policy.access.AccessRequest;
import com.backofficecare.safeguard.policy.access.Action;
import com.backofficecare.safeguard.policy.access.Agency;
import com.backofficecare.safeguard.policy.access.Authentication;
import com.backofficecare.safeguard.policy.access.DevicePosture;
import com.backofficecare.safeguard.policy.access.Grant;
import com.backofficecare.safeguard.policy.access.Person;
import com.backofficecare.safeguard.policy.access.Purpose;
import com.backofficecare.safeguard.policy.access.Role;
import com.backofficecare.safeguard.policy.audit.AuditEvent;
import com.backofficecare.safeguard.policy.audit.SigningIdentity;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A small policy with a request it permits, audit events, and a signing identity for tests. */
final class Fixtures {

  static final AgencyId SUNRISE = AgencyId.of("sunrise");
  static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

  private Fixtures() {}

  /** u-ana, a scheduler of sunrise, may read and download scheduling fields. */
  static AccessPolicy policy() {
    return AccessPolicy.builder()
        .version("2026.11", LocalDate.of(2026, 11, 1))
        .agency(new Agency(SUNRISE, EnumSet.of(DataCategory.SCHEDULING), true, true, false))
        .role(
            new Role(
                "scheduler",
                List.of(
                    new Grant(
                        DataCategory.SCHEDULING,
                        EnumSet.of(Action.READ, Action.DOWNLOAD),
                        EnumSet.of(Purpose.SCHEDULING),
                        Set.of("client_name", "visit_time"),
                        Set.of()))))
        .person(
            new Person(
                "u-ana",
                Set.of("scheduler"),
                Set.of(SUNRISE),
                LocalDate.of(2026, 1, 5),
                LocalDate.of(2026, 3, 1),
                true))
        .build();
  }

  /** A read of client-17 by u-ana on laptop-12, which {@link #policy} permits. */
  static AccessRequest.Builder request() {
    return AccessRequest.builder()
        .person("u-ana")
        .agency(SUNRISE)
        .category(DataCategory.SCHEDULING)
        .records(List.of("client-17"))
        .fields("client_name", "visit_time")
        .purpose(Purpose.SCHEDULING)
        .device(DevicePosture.compliant("laptop-12"))
        .authentication(new Authentication(true, NOW.minusSeconds(3600)))
        .at(NOW);
  }

  /** A download of client-17, which {@link #policy} permits once. */
  static AccessRequest download() {
    return request().action(Action.DOWNLOAD).encryptedChannel(true).build();
  }

  static AuditEvent event(int i) {
    return new AuditEvent(
        NOW.plusSeconds(i),
        "access",
        "u-ana",
        "sunrise",
        "SCHEDULING",
        "READ",
        "SCHEDULING",
        List.of("client-" + i),
        List.of("client_name", "phone"),
        List.of("client_name"),
        i % 3 == 0 ? "deny" : "permit",
        List.of("POL-3.2"),
        "2026.11",
        Map.of());
  }

  /** A signing identity kept in {@code dir}, sealed by a cheap key store. */
  static SigningIdentity identity(Path dir) {
    try (LocalKeyStore keys =
        LocalKeyStore.builder(dir.resolve("test-identity.sgks"))
            .passphrase("test identity passphrase".toCharArray())
            .argon2(8192, 1)
            .open()) {
      return SigningIdentity.open(dir.resolve("test-identity.json"), keys);
    }
  }
}
