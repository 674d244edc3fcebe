package com.backofficecare.safeguard.policy.access;

import com.backofficecare.safeguard.core.AgencyId;
import com.backofficecare.safeguard.core.DataCategory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A small policy and a request that it permits; tests change one thing at a time. */
final class Fixtures {

  static final AgencyId SUNRISE = AgencyId.of("sunrise");
  static final AgencyId HARBOR = AgencyId.of("harbor");
  static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

  private Fixtures() {}

  static AccessPolicy.Builder policy() {
    return AccessPolicy.builder()
        .version("2026.11", LocalDate.of(2026, 11, 1))
        .agency(
            new Agency(
                SUNRISE,
                EnumSet.of(
                    DataCategory.SCHEDULING,
                    DataCategory.CLIENT_RECORDS,
                    DataCategory.PAYROLL,
                    DataCategory.ADMINISTRATIVE),
                true,
                true,
                false))
        .agency(new Agency(HARBOR, EnumSet.of(DataCategory.BILLING), false, false, false))
        .role(
            new Role(
                "scheduler",
                List.of(
                    new Grant(
                        DataCategory.SCHEDULING,
                        EnumSet.of(Action.READ, Action.WRITE, Action.EXPORT, Action.DOWNLOAD),
                        EnumSet.of(Purpose.SCHEDULING),
                        Set.of("client_name", "address", "phone", "visit_time", "caregiver"),
                        Set.of("phone")),
                    new Grant(
                        DataCategory.CLIENT_RECORDS,
                        EnumSet.of(Action.READ),
                        EnumSet.of(Purpose.SCHEDULING),
                        Set.of("client_name", "address"),
                        Set.of()),
                    new Grant(
                        DataCategory.ADMINISTRATIVE,
                        EnumSet.of(Action.READ),
                        EnumSet.of(Purpose.OPERATIONS, Purpose.MARKETING),
                        Set.of("agency_name", "office_hours"),
                        Set.of()))))
        .role(
            new Role(
                "payroll",
                List.of(
                    new Grant(
                        DataCategory.PAYROLL,
                        EnumSet.of(Action.READ, Action.EXPORT, Action.TRANSMIT),
                        EnumSet.of(Purpose.PAYROLL),
                        Set.of("caregiver", "hours", "rate", "bank_account"),
                        Set.of("bank_account")))))
        .person(
            new Person(
                "u-ana",
                Set.of("scheduler"),
                Set.of(SUNRISE),
                LocalDate.of(2026, 1, 5),
                LocalDate.of(2026, 3, 1),
                true))
        .person(
            new Person(
                "u-ben",
                Set.of("payroll"),
                Set.of(SUNRISE, HARBOR),
                LocalDate.of(2025, 6, 1),
                LocalDate.of(2026, 6, 1),
                true));
  }

  static AccessRequest.Builder request() {
    return AccessRequest.builder()
        .person("u-ana")
        .agency(SUNRISE)
        .category(DataCategory.SCHEDULING)
        .records(List.of("client-17"))
        .fields("client_name", "visit_time", "phone")
        .purpose(Purpose.SCHEDULING)
        .device(DevicePosture.compliant("laptop-12"))
        .authentication(new Authentication(true, NOW.minusSeconds(3600)))
        .at(NOW);
  }
}
