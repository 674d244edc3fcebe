package com.backofficecare.safeguard.policy.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.backofficecare.safeguard.core.DataCategory;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Minimum necessary down to the record: a caseload-bound role reaches its holder's clients only.
 */
class CaseloadTest {

  private static AccessPolicy policy() {
    return Fixtures.policy()
        .role(
            new Role(
                "caregiver",
                List.of(
                    new Grant(
                        DataCategory.SCHEDULING,
                        EnumSet.of(Action.READ),
                        EnumSet.of(Purpose.SCHEDULING),
                        Set.of("client_name", "visit_time"),
                        Set.of())),
                true))
        .person(
            new Person(
                "u-cara",
                Set.of("caregiver"),
                Set.of(Fixtures.SUNRISE),
                LocalDate.of(2026, 1, 5),
                LocalDate.of(2026, 3, 1),
                true,
                Set.of("client-17", "client-21")))
        .build();
  }

  private static AccessRequest.Builder cara(List<String> records) {
    return Fixtures.request().person("u-cara").fields("client_name", "visit_time").records(records);
  }

  @Test
  @Tag("POL-3.3")
  void aCaseloadBoundRoleReachesOnlyTheClientsItsHolderServes() {
    AccessGuard guard = AccessGuard.create(policy());
    assertThat(guard.decide(cara(List.of("client-17")).build()).permitted()).isTrue();
    assertThat(guard.decide(cara(List.of("client-17", "client-21")).build()).permitted()).isTrue();
    Decision other = guard.decide(cara(List.of("client-17", "client-99")).build());
    assertThat(other.denyingRules()).containsExactly(Rule.CASELOAD);
    assertThat(other.explain()).contains("POL-3.3").doesNotContain("client-99");
    assertThat(guard.decide(cara(List.of()).build()).denyingRules())
        .as("a request naming no record is not a way around it")
        .containsExactly(Rule.CASELOAD);
    // A scheduler whose role is not caseload-bound reaches the agency's clients.
    assertThat(guard.decide(Fixtures.request().records(List.of("client-99")).build()).permitted())
        .isTrue();
    assertThat(
            guard.filter(
                "u-cara", DataCategory.SCHEDULING, List.of("client-21", "client-99", "client-17")))
        .containsExactly("client-21", "client-17");
    assertThat(guard.filter("u-ana", DataCategory.SCHEDULING, List.of("client-21", "client-99")))
        .containsExactly("client-21", "client-99");
    assertThat(guard.filter("u-nobody", DataCategory.SCHEDULING, List.of("client-21"))).isEmpty();
    guard.isolate(IsolationTarget.person("u-cara"), "incident INC-4", "secops", Fixtures.NOW);
    assertThat(guard.filter("u-cara", DataCategory.SCHEDULING, List.of("client-21"))).isEmpty();
  }

  /**
   * A person with a caseload-bound role and another role on the same work: outside the caseload
   * only the other role's fields are released, masked as that role masks them.
   */
  @Test
  @Tag("POL-3.3")
  void aSecondRoleDoesNotCarryTheBoundRolesFieldsOutsideTheCaseload() {
    AccessGuard guard =
        AccessGuard.create(
            Fixtures.policy()
                .role(
                    new Role(
                        "caregiver",
                        List.of(
                            new Grant(
                                DataCategory.SCHEDULING,
                                EnumSet.of(Action.READ),
                                EnumSet.of(Purpose.SCHEDULING),
                                Set.of("client_name", "care_tasks", "address"),
                                Set.of())),
                        true))
                .role(
                    new Role(
                        "visit-viewer",
                        List.of(
                            new Grant(
                                DataCategory.SCHEDULING,
                                EnumSet.of(Action.READ),
                                EnumSet.of(Purpose.SCHEDULING),
                                Set.of("address", "visit_time"),
                                Set.of("address")))))
                .person(
                    new Person(
                        "u-dan",
                        Set.of("caregiver", "visit-viewer"),
                        Set.of(Fixtures.SUNRISE),
                        LocalDate.of(2026, 1, 5),
                        LocalDate.of(2026, 3, 1),
                        true,
                        Set.of("client-17")))
                .build());
    AccessRequest.Builder r =
        Fixtures.request().person("u-dan").fields("address", "visit_time", "care_tasks");
    Decision own = guard.decide(r.records(List.of("client-17")).build());
    assertThat(own.releasedFields())
        .containsExactlyInAnyOrder("address", "visit_time", "care_tasks");
    assertThat(own.maskedFields()).isEmpty();
    Decision other = guard.decide(r.records(List.of("client-99")).build());
    assertThat(other.permitted()).isTrue();
    assertThat(other.releasedFields()).containsExactlyInAnyOrder("address", "visit_time");
    assertThat(other.maskedFields()).containsExactly("address");
    assertThat(
            guard
                .decide(r.fields("care_tasks").records(List.of("client-99")).build())
                .denyingRules())
        .containsExactly(Rule.CASELOAD);
  }
}
