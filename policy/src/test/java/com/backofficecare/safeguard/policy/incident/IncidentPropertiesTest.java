package com.backofficecare.safeguard.policy.incident;

import static org.assertj.core.api.Assertions.assertThat;

import com.backofficecare.safeguard.core.PhiType;
import com.backofficecare.safeguard.policy.access.IsolationTarget;
import com.backofficecare.safeguard.policy.incident.IncidentEvent.Severity;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;

/**
 * Random event sequences against the state machine: illegal events are refused, never ignored; no
 * sequence closes an incident without containment, assessment, a corrective action and every notice
 * owed; replaying the accepted events gives the live state; deadlines are never earlier than the
 * rules.
 */
class IncidentPropertiesTest {

  static final Instant T0 = Instant.parse("2026-06-01T12:00:00Z");
  static final IsolationTarget PERSON = IsolationTarget.person("u-ana");

  @Provide
  Arbitrary<List<Integer>> scripts() {
    return Arbitraries.integers().between(0, 15).list().ofMinSize(1).ofMaxSize(40);
  }

  static IncidentEvent event(int code, int step) {
    Instant at = T0.plus(Duration.ofHours(step));
    return switch (code) {
      case 0 -> new IncidentEvent.Reported(at, "u", "sunrise", "lost phone", false);
      case 1 -> new IncidentEvent.Triaged(at, "s", true, "phone held PHI");
      case 2 -> new IncidentEvent.Triaged(at, "s", false, "no PHI");
      case 3 ->
          new IncidentEvent.Declared(at, "s", "lost device", Severity.HIGH, T0, List.of(PERSON));
      case 4 -> new IncidentEvent.Contained(at, "s", List.of(), "wiped");
      case 5 ->
          new IncidentEvent.Assessed(
              at,
              "p",
              null,
              false,
              null,
              Set.of(PhiType.NAME),
              List.of("c1"),
              Map.of("NY", 40 + step * 30));
      case 6 ->
          new IncidentEvent.Assessed(
              at, "p", null, true, null, Set.of(PhiType.NAME), List.of(), Map.of());
      case 7 -> new IncidentEvent.Notified(at, "p", ObligationKind.AGENCY, "sunrise");
      case 8 -> new IncidentEvent.Notified(at, "p", ObligationKind.INDIVIDUALS, "clients");
      case 9 -> new IncidentEvent.Notified(at, "p", ObligationKind.HHS, "hhs");
      case 10 -> new IncidentEvent.CorrectiveAction(at, "s", "remote wipe policy");
      case 11 -> new IncidentEvent.IsolationReleased(at, "s", PERSON, "new phone");
      case 12 -> new IncidentEvent.Recovered(at, "s");
      case 13 -> new IncidentEvent.Reviewed(at, "s", "lessons");
      case 14 ->
          new IncidentEvent.LawEnforcementHold(at, "p", false, "officer", LocalDate.of(2026, 7, 1));
      default -> new IncidentEvent.Closed(at, "s");
    };
  }

  @Property(tries = 3000)
  @Tag("POL-7.2")
  @Tag("POL-7.4")
  @Tag("POL-7.5")
  void noSequenceClosesWithoutContainmentAssessmentCorrectiveActionAndNotices(
      @ForAll("scripts") List<Integer> script) {
    Incident live = Incident.replay("INC-P", List.of(event(0, 0)));
    List<IncidentEvent> accepted = new ArrayList<>(live.events());
    int step = 1;
    for (int code : script) {
      IncidentEvent e = event(code, step++);
      IncidentState before = live.state();
      long version = live.version();
      try {
        live.apply(e);
        accepted.add(e);
      } catch (IllegalTransitionException refused) {
        assertThat(live.state()).isEqualTo(before); // refused, and nothing changed
        assertThat(live.version()).isEqualTo(version);
      }
    }
    if (live.state() == IncidentState.CLOSED) {
      List<Class<?>> kinds = accepted.stream().<Class<?>>map(Object::getClass).toList();
      assertThat(kinds)
          .contains(
              IncidentEvent.Contained.class,
              IncidentEvent.Assessed.class,
              IncidentEvent.CorrectiveAction.class,
              IncidentEvent.Reviewed.class);
      assertThat(live.notified().keySet()).containsAll(ObligationLedger.owed(live));
      assertThat(live.isolated()).isEmpty();
    }
    Incident replayed = Incident.replay("INC-P", accepted);
    assertThat(replayed.state()).isEqualTo(live.state());
    assertThat(replayed.version()).isEqualTo(live.version());
    assertThat(replayed.discoveredAt()).isEqualTo(live.discoveredAt());
    assertThat(replayed.notified()).isEqualTo(live.notified());
    assertThat(replayed.isolated()).isEqualTo(live.isolated());
  }

  @Property(tries = 2000)
  @Tag("POL-7.5")
  void deadlinesAreNeverEarlierThanTheRules(@ForAll("scripts") List<Integer> script) {
    Incident live = Incident.replay("INC-D", List.of(event(0, 0)));
    int step = 1;
    for (int code : script) {
      try {
        live.apply(event(code, step++));
      } catch (IllegalTransitionException refused) {
        // covered above
      }
      if (live.discoveredAt() == null) {
        continue;
      }
      AgencyTerms terms = DeadlineRulesTest.TERMS;
      Instant sixty =
          live.discoveredAt()
              .atZone(terms.zone())
              .toLocalDate()
              .plusDays(60)
              .atTime(23, 59, 59)
              .atZone(terms.zone())
              .toInstant();
      for (ObligationLedger.Obligation o : ObligationLedger.of(live, terms)) {
        Instant floor =
            o.kind() == ObligationKind.AGENCY
                ? live.discoveredAt().plus(terms.agencyNoticeWithin())
                : sixty;
        if (o.kind() == ObligationKind.AGENCY && floor.isAfter(sixty)) {
          floor = sixty;
        }
        assertThat(o.due()).as(o.kind().name()).isAfterOrEqualTo(floor);
        assertThat(o.due())
            .isBeforeOrEqualTo(floor.plus(live.holdDelay()).plus(Duration.ofDays(400)));
      }
    }
  }
}
