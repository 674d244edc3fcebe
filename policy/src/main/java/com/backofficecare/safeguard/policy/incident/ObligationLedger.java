package com.backofficecare.safeguard.policy.incident;

import com.backofficecare.safeguard.policy.incident.IncidentEvent.Assessed;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The notification deadlines of an incident, computed from its discovery instant in the agency's
 * time zone (POL-7.5; 164.404-412):
 *
 * <ul>
 *   <li>agency: the contract's period from discovery, and never later than 60 calendar days;
 *   <li>individuals: 60 calendar days after the discovery date;
 *   <li>HHS: with the individual notices when 500 or more are affected, else within 60 days after
 *       the end of the calendar year of discovery (1 March, 29 February in a leap year);
 *   <li>media: 60 calendar days, when more than 500 residents of one state are affected.
 * </ul>
 *
 * A day deadline ends at 23:59:59 of that day in the agency's zone. Law-enforcement holds add their
 * delay to every deadline (oral holds at most 30 days).
 */
public final class ObligationLedger {

  private ObligationLedger() {}

  /** One obligation: what, by when, and when it was met (null while open). */
  public record Obligation(ObligationKind kind, Instant due, @Nullable Instant met, String basis) {
    public boolean open() {
      return met == null;
    }
  }

  /** An obligation that is overdue, or due within the warning window. */
  public record Alert(String incident, Obligation obligation, boolean overdue) {}

  /** The kinds of notice {@code incident} owes. */
  public static Set<ObligationKind> owed(Incident incident) {
    Set<ObligationKind> out = EnumSet.noneOf(ObligationKind.class);
    if (incident.discoveredAt() == null) {
      return out;
    }
    out.add(ObligationKind.AGENCY);
    Assessed a = incident.assessment();
    if (incident.breach() && a != null) {
      out.add(ObligationKind.INDIVIDUALS);
      out.add(ObligationKind.HHS);
      if (a.affectedByState().values().stream().anyMatch(n -> n > 500)) {
        out.add(ObligationKind.MEDIA);
      }
    }
    return out;
  }

  /** Every obligation of {@code incident} with its deadline. */
  public static List<Obligation> of(Incident incident, AgencyTerms terms) {
    List<Obligation> out = new ArrayList<>();
    Instant discovered = incident.discoveredAt();
    if (discovered == null) {
      return out;
    }
    ZoneId zone = terms.zone();
    LocalDate day = discovered.atZone(zone).toLocalDate();
    Duration hold = incident.holdDelay();
    Instant sixtyDays = endOf(day.plusDays(60), zone);
    for (ObligationKind k : owed(incident)) {
      Instant due;
      String basis;
      switch (k) {
        case AGENCY -> {
          Instant contract = discovered.plus(terms.agencyNoticeWithin());
          due = contract.isBefore(sixtyDays) ? contract : sixtyDays;
          basis =
              "POL-7.5; contract ("
                  + terms.agencyNoticeWithin().toHours()
                  + " h), at most 60 days (45 CFR 164.410(b))";
        }
        case INDIVIDUALS -> {
          due = sixtyDays;
          basis = "POL-7.5; 60 calendar days after discovery (45 CFR 164.404(b))";
        }
        case HHS -> {
          Assessed a = incident.assessment();
          if (a != null && a.affected() >= 500) {
            due = sixtyDays;
            basis =
                "POL-7.5; 500 or more affected: with the individual notices (45 CFR 164.408(b))";
          } else {
            due = endOf(LocalDate.of(day.getYear(), 12, 31).plusDays(60), zone);
            basis =
                "POL-7.5; fewer than 500: annual log, 60 days after the year ends (45 CFR 164.408(c))";
          }
        }
        default -> {
          due = sixtyDays;
          basis =
              "POL-7.5; more than 500 residents of a state: media within 60 days (45 CFR 164.406)";
        }
      }
      if (!hold.isZero()) {
        due = due.plus(hold);
        basis += "; delayed by law enforcement (45 CFR 164.412)";
      }
      out.add(new Obligation(k, due, incident.notified().get(k), basis));
    }
    return out;
  }

  /** Open obligations overdue at {@code now}, or due within {@code warning} of it. */
  public static List<Alert> alerts(
      Incident incident, AgencyTerms terms, Instant now, Duration warning) {
    List<Alert> out = new ArrayList<>();
    for (Obligation o : of(incident, terms)) {
      if (o.open() && !now.isBefore(o.due().minus(warning))) {
        out.add(new Alert(incident.id(), o, now.isAfter(o.due())));
      }
    }
    return out;
  }

  private static Instant endOf(LocalDate day, ZoneId zone) {
    return day.atTime(LocalTime.of(23, 59, 59)).atZone(zone).toInstant();
  }
}
