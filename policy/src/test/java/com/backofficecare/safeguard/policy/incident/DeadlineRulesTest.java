package com.backofficecare.safeguard.policy.incident;

import static org.assertj.core.api.Assertions.assertThat;

import com.backofficecare.safeguard.core.PhiType;
import com.backofficecare.safeguard.policy.incident.IncidentEvent.Severity;
import com.backofficecare.safeguard.policy.incident.ObligationLedger.Obligation;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each deadline rule of the ledger, by name (POL-7.5; 45 CFR 164.404-412). */
@Tag("POL-7.5")
class DeadlineRulesTest {

  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  static final AgencyTerms TERMS =
      new AgencyTerms(
          "sunrise",
          NEW_YORK,
          Duration.ofDays(3),
          "Back Office Care privacy office, 1-800-555-0100, privacy@backofficecare.example");

  /** An incident discovered at {@code discovered}, assessed with these per-state counts. */
  static Incident breach(Instant discovered, Map<String, Integer> byState, IncidentEvent... more) {
    Instant at = discovered.plusSeconds(3600);
    List<IncidentEvent> events =
        new ArrayList<>(
            List.of(
                new IncidentEvent.Reported(
                    at, "u-ana", "sunrise", "laptop stolen from a car", false),
                new IncidentEvent.Triaged(at, "secops", true, "device held PHI"),
                new IncidentEvent.Declared(
                    at, "secops", "lost device", Severity.HIGH, discovered, List.of()),
                new IncidentEvent.Contained(at, "secops", List.of(), "device wiped remotely"),
                new IncidentEvent.Assessed(
                    at,
                    "privacy",
                    null,
                    false,
                    null,
                    Set.of(PhiType.NAME, PhiType.SSN),
                    List.of("client-1"),
                    byState)));
    events.addAll(List.of(more));
    return Incident.replay("INC-T", events);
  }

  static Instant due(Incident i, ObligationKind k) {
    return ObligationLedger.of(i, TERMS).stream()
        .filter(o -> o.kind() == k)
        .map(Obligation::due)
        .findFirst()
        .orElse(null);
  }

  static Instant endOfDay(String date) {
    return LocalDate.parse(date).atTime(23, 59, 59).atZone(NEW_YORK).toInstant();
  }

  @Test
  void agencyNoticeFollowsTheContractPeriod() {
    Instant d = Instant.parse("2026-05-04T14:00:00Z");
    assertThat(due(breach(d, Map.of("NY", 3)), ObligationKind.AGENCY))
        .isEqualTo(d.plus(Duration.ofDays(3)));
  }

  @Test
  void agencyNoticeIsNeverLaterThanSixtyDays() {
    AgencyTerms slow = new AgencyTerms("sunrise", NEW_YORK, Duration.ofDays(60), "c");
    Instant d = Instant.parse("2026-05-04T14:00:00Z");
    Instant due = ObligationLedger.of(breach(d, Map.of("NY", 3)), slow).get(0).due();
    assertThat(due).isBeforeOrEqualTo(endOfDay("2026-07-03"));
  }

  @Test
  void individualsWithinSixtyCalendarDaysAcrossALeapFebruary() {
    Instant d = Instant.parse("2028-01-15T15:00:00Z"); // 2028 is a leap year
    assertThat(due(breach(d, Map.of("NY", 10)), ObligationKind.INDIVIDUALS))
        .isEqualTo(endOfDay("2028-03-15"));
  }

  @ParameterizedTest(name = "{0} affected: HHS due {1}")
  @CsvSource({"499, 2027-03-01", "500, 2026-07-03", "501, 2026-07-03"})
  void hhsWithTheIndividualNoticesFromFiveHundredElseTheAnnualLog(int affected, String due) {
    Instant d = Instant.parse("2026-05-04T14:00:00Z");
    Map<String, Integer> split = Map.of("NY", affected - affected / 2, "NJ", affected / 2);
    assertThat(due(breach(d, split), ObligationKind.HHS)).isEqualTo(endOfDay(due));
  }

  @Test
  void theAnnualLogIsDueTwentyNinthFebruaryInALeapYear() {
    Instant d = Instant.parse("2027-10-01T14:00:00Z");
    assertThat(due(breach(d, Map.of("NY", 20)), ObligationKind.HHS))
        .isEqualTo(endOfDay("2028-02-29"));
  }

  @ParameterizedTest(name = "{0}: media owed = {1}")
  @CsvSource({
    "'NY=500', false",
    "'NY=501', true",
    "'NY=300;NJ=300', false",
    "'NY=499;NJ=501', true"
  })
  void mediaWhenMoreThanFiveHundredResidentsOfOneState(String counts, boolean owed) {
    Map<String, Integer> byState = new java.util.HashMap<>();
    for (String kv : counts.split(";")) {
      String[] p = kv.split("=");
      byState.put(p[0], Integer.parseInt(p[1]));
    }
    Incident i = breach(Instant.parse("2026-05-04T14:00:00Z"), byState);
    assertThat(ObligationLedger.owed(i).contains(ObligationKind.MEDIA)).isEqualTo(owed);
  }

  @Test
  void deadlinesFallAtTheEndOfTheDayInTheAgencysZone() {
    // 03:00 UTC on 1 March is still 28 February in New York: the 60 days count from there.
    Instant d = Instant.parse("2026-03-01T03:00:00Z");
    assertThat(due(breach(d, Map.of("NY", 5)), ObligationKind.INDIVIDUALS))
        .isEqualTo(endOfDay("2026-04-29"));
  }

  @Test
  void aWrittenHoldDelaysByItsStatedPeriod() {
    Instant d = Instant.parse("2026-05-04T14:00:00Z");
    Instant holdAt = Instant.parse("2026-05-10T00:00:00Z");
    Incident held =
        breach(
            d,
            Map.of("NY", 5),
            new IncidentEvent.LawEnforcementHold(
                holdAt,
                "privacy",
                true,
                "Det. R. Alvarez, county police",
                LocalDate.of(2026, 6, 8)));
    Duration delay = Duration.between(holdAt, Instant.parse("2026-06-09T00:00:00Z"));
    assertThat(due(held, ObligationKind.INDIVIDUALS)).isEqualTo(endOfDay("2026-07-03").plus(delay));
  }

  @Test
  void anOralHoldDelaysAtMostThirtyDays() {
    Instant d = Instant.parse("2026-05-04T14:00:00Z");
    Instant holdAt = Instant.parse("2026-05-10T00:00:00Z");
    Incident held =
        breach(
            d,
            Map.of("NY", 5),
            new IncidentEvent.LawEnforcementHold(
                holdAt,
                "privacy",
                false,
                "Special Agent K. Osei, by phone",
                LocalDate.of(2026, 9, 30)));
    assertThat(due(held, ObligationKind.INDIVIDUALS))
        .isEqualTo(endOfDay("2026-07-03").plus(Duration.ofDays(30)));
  }

  @Test
  void noBreachMeansOnlyTheAgencyIsOwedNotice() {
    Instant at = Instant.parse("2026-05-04T15:00:00Z");
    Incident secured =
        Incident.replay(
            "INC-S",
            List.of(
                new IncidentEvent.Reported(at, "u", "sunrise", "encrypted backup tape lost", false),
                new IncidentEvent.Triaged(at, "s", true, "tape held PHI"),
                new IncidentEvent.Declared(
                    at, "s", "lost media", Severity.MODERATE, at.minusSeconds(60), List.of()),
                new IncidentEvent.Contained(at, "s", List.of(), "key confirmed safe"),
                new IncidentEvent.Assessed(
                    at,
                    "p",
                    null,
                    true,
                    null,
                    Set.of(PhiType.NAME),
                    List.of(),
                    Map.of("NY", 900))));
    assertThat(secured.breach()).isFalse();
    assertThat(ObligationLedger.owed(secured)).containsExactly(ObligationKind.AGENCY);
  }
}
