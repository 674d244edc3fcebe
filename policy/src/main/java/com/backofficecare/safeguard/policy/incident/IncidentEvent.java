package com.backofficecare.safeguard.policy.incident;

import static java.util.Objects.requireNonNull;

import com.backofficecare.safeguard.core.PhiType;
import com.backofficecare.safeguard.policy.access.IsolationTarget;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What happens to an incident: each event is a transition (or an act within a state) that {@link
 * IncidentService} validates against the state machine, then persists and audits. Every event says
 * when and by whom. Free text (descriptions, reasons) must not hold PHI; the audit trail scrubs it
 * anyway.
 */
public sealed interface IncidentEvent {

  Instant at();

  String by();

  /**
   * This event as the one-line JSON, with its type name, that an {@link IncidentStore} keeps; read
   * it back with {@link #fromJson}.
   */
  default String toJson() {
    return EventCodec.write(this);
  }

  /**
   * The event that {@link #toJson} wrote.
   *
   * @throws IllegalArgumentException if {@code json} is not an incident event
   */
  static IncidentEvent fromJson(String json) {
    return EventCodec.read(json);
  }

  /** A report of a suspected or known incident (POL-7.1). */
  record Reported(Instant at, String by, String agency, String description, boolean attempt)
      implements IncidentEvent {}

  /** Triage: an incident, or closed as not one (with the reason). */
  record Triaged(Instant at, String by, boolean incident, String reason) implements IncidentEvent {}

  /**
   * Declaration: category, severity, the discovery instant (the first moment it was known or should
   * have been known), and what to isolate at once (POL-7.2).
   */
  record Declared(
      Instant at,
      String by,
      String category,
      Severity severity,
      Instant discoveredAt,
      List<IsolationTarget> isolate)
      implements IncidentEvent {
    public Declared {
      isolate = List.copyOf(isolate);
    }
  }

  /** An earlier discovery instant, found later: discovery can move earlier, never later. */
  record DiscoveryAmended(Instant at, String by, Instant discoveredAt, String reason)
      implements IncidentEvent {}

  /** Containment: further isolation, and what was done (POL-7.2, 7.3). */
  record Contained(Instant at, String by, List<IsolationTarget> isolate, String actions)
      implements IncidentEvent {
    public Contained {
      isolate = List.copyOf(isolate);
    }
  }

  /**
   * The breach assessment of 164.402: an exception, or PHI secured by encryption with an
   * uncompromised key, or the four-factor risk assessment; and the scope (POL-7.3).
   *
   * @param exception an exception of 164.402(1), or null
   * @param securedByEncryption the PHI was encrypted with a key that was not compromised
   * @param factors the four-factor assessment, or null
   * @param phiTypes the kinds of identifiers involved
   * @param affectedRecords record ids touched (from the audit trail)
   * @param affectedByState individuals affected, by state or jurisdiction of residence
   */
  record Assessed(
      Instant at,
      String by,
      @Nullable BreachException exception,
      boolean securedByEncryption,
      @Nullable RiskFactors factors,
      Set<PhiType> phiTypes,
      List<String> affectedRecords,
      Map<String, Integer> affectedByState)
      implements IncidentEvent {
    public Assessed {
      phiTypes = Set.copyOf(phiTypes);
      affectedRecords = List.copyOf(affectedRecords);
      affectedByState = Map.copyOf(affectedByState);
    }

    /** Individuals affected in total. */
    public int affected() {
      return affectedByState.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  /** A notice was given (POL-7.5). */
  record Notified(Instant at, String by, ObligationKind kind, String recipient)
      implements IncidentEvent {}

  /**
   * A law-enforcement delay (164.412): a written request for the period it states, or an oral one
   * (the official recorded) for at most 30 days.
   */
  record LawEnforcementHold(
      Instant at, String by, boolean written, String official, @Nullable LocalDate until)
      implements IncidentEvent {}

  /** A corrective action taken (POL-7.4). */
  record CorrectiveAction(Instant at, String by, String action) implements IncidentEvent {}

  /** An explicit, attributed end of an isolation. */
  record IsolationReleased(Instant at, String by, IsolationTarget target, String reason)
      implements IncidentEvent {}

  record Recovered(Instant at, String by) implements IncidentEvent {}

  record Reviewed(Instant at, String by, String lessons) implements IncidentEvent {}

  record Closed(Instant at, String by) implements IncidentEvent {}

  /** How serious an incident is. */
  enum Severity {
    LOW,
    MODERATE,
    HIGH,
    CRITICAL
  }

  /** The exceptions of 164.402(1). */
  enum BreachException {
    /** Unintentional, good-faith access by a workforce member within authority. */
    UNINTENTIONAL_WORKFORCE_ACCESS,
    /** Inadvertent disclosure between persons authorized at the same entity. */
    INADVERTENT_AUTHORIZED_DISCLOSURE,
    /** The recipient could not reasonably have retained the PHI. */
    RECIPIENT_COULD_NOT_RETAIN
  }

  /**
   * The four factors of 164.402(2). Complete only when every factor is answered.
   *
   * @param natureAndExtent the PHI and identifiers involved, and the likelihood of
   *     re-identification
   * @param unauthorizedPerson who used or received the PHI
   * @param acquiredOrViewed whether the PHI was actually acquired or viewed
   * @param mitigation the extent to which the risk was mitigated
   * @param lowProbabilityOfCompromise the conclusion
   */
  record RiskFactors(
      String natureAndExtent,
      String unauthorizedPerson,
      boolean acquiredOrViewed,
      String mitigation,
      boolean lowProbabilityOfCompromise) {
    public RiskFactors {
      requireNonNull(natureAndExtent, "natureAndExtent");
      requireNonNull(unauthorizedPerson, "unauthorizedPerson");
      requireNonNull(mitigation, "mitigation");
    }

    public boolean complete() {
      return !natureAndExtent.isBlank() && !unauthorizedPerson.isBlank() && !mitigation.isBlank();
    }
  }
}
