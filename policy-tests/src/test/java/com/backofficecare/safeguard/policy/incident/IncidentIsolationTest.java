package com.backofficecare.safeguard.policy.incident;

import static com.backofficecare.safeguard.core.DataCategory.CLIENT_RECORDS;
import static com.backofficecare.safeguard.testing.SafeguardAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.backofficecare.safeguard.core.PhiType;
import com.backofficecare.safeguard.policy.access.AccessPolicy;
import com.backofficecare.safeguard.policy.access.AccessRequest;
import com.backofficecare.safeguard.policy.access.IsolationTarget;
import com.backofficecare.safeguard.policy.access.Purpose;
import com.backofficecare.safeguard.policy.access.Rule;
import com.backofficecare.safeguard.policy.incident.IncidentEvent.Severity;
import com.backofficecare.safeguard.testing.Policies;
import com.backofficecare.safeguard.testing.SafeguardExtension;
import com.backofficecare.safeguard.testing.TestSafeguard;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An incident isolates access the moment it is declared, and its notice deadline runs on the clock.
 */
@ExtendWith(SafeguardExtension.class)
class IncidentIsolationTest {

  static AccessPolicy policy() {
    return Policies.policy()
        .agency(Policies.agency("sunrise"))
        .role(
            Policies.role(
                "scheduler", Policies.read(CLIENT_RECORDS, Purpose.SCHEDULING, "client_name")))
        .person(Policies.person("u-ana", "scheduler", "sunrise"))
        .build();
  }

  static AccessRequest.Builder anaReadsAClient(TestSafeguard sg) {
    return sg.read("u-ana", "sunrise", CLIENT_RECORDS, "client_name").purpose(Purpose.SCHEDULING);
  }

  @Test
  @Tag("POL-7.2")
  @Tag("POL-7.5")
  void aDeclaredIncidentIsolatesAtOnceAndItsAgencyNoticeFallsDueOnTheClock(TestSafeguard sg) {
    IncidentService incidents = sg.incidents();
    Instant discovered = sg.clock().instant();
    String id =
        incidents
            .report("sunrise", "u-ana", "scheduler login typed into a phishing page", false)
            .id();
    incidents.apply(
        id, new IncidentEvent.Triaged(discovered, "secops", true, "credentials entered"));
    assertThat(sg.guard()).permits(anaReadsAClient(sg));

    incidents.apply(
        id,
        new IncidentEvent.Declared(
            discovered,
            "secops",
            "credential compromise",
            Severity.HIGH,
            discovered,
            List.of(IsolationTarget.person("u-ana"))));
    assertThat(sg.guard()).denies(anaReadsAClient(sg)).because(Rule.ISOLATION).citing("POL-7.2");

    incidents.apply(
        id, new IncidentEvent.Contained(discovered, "secops", List.of(), "password reset"));
    incidents.apply(
        id,
        new IncidentEvent.Assessed(
            discovered,
            "privacy",
            null,
            false,
            null,
            Set.of(PhiType.NAME),
            List.of("client-1"),
            Map.of("NY", 1)));
    sg.clock().advance(Duration.ofHours(71));
    assertThat(incidents.alerts(Duration.ofHours(2)))
        .singleElement()
        .satisfies(a -> assertThat(a.overdue()).as("due in an hour").isFalse());
    sg.clock().advance(Duration.ofHours(2));
    assertThat(incidents.alerts(Duration.ofHours(2)))
        .filteredOn(a -> a.obligation().kind() == ObligationKind.AGENCY)
        .singleElement()
        .satisfies(
            a ->
                assertThat(a.overdue())
                    .as("the 72 hours of the agency's terms have passed")
                    .isTrue());

    incidents.apply(
        id,
        new IncidentEvent.IsolationReleased(
            sg.clock().instant(),
            "secops",
            IsolationTarget.person("u-ana"),
            "password reset, sessions revoked"));
    assertThat(sg.guard()).permits(anaReadsAClient(sg));
    assertThat(sg.audit().events("isolation")).hasSize(1);
    assertThat(sg.audit().events("release")).hasSize(1);
  }
}
