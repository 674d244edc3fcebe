package com.backofficecare.safeguard.policy.incident;

import static java.util.Objects.requireNonNull;

import com.backofficecare.safeguard.policy.access.IsolationTarget;
import com.backofficecare.safeguard.policy.incident.IncidentEvent.Assessed;
import com.backofficecare.safeguard.policy.incident.IncidentEvent.LawEnforcementHold;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An incident as the replay of its events: the state machine itself. {@link #apply} checks an event
 * against the current state and throws {@link IllegalTransitionException} for one it does not
 * allow; nothing is ever ignored. Not thread-safe: {@link IncidentService} serializes changes and
 * hands out copies.
 */
public final class Incident {

  private final String id;
  private String agency = "";
  private IncidentState state = IncidentState.REPORTED;
  private long version;
  private @Nullable Instant reportedAt;
  private @Nullable Instant discoveredAt;
  private @Nullable Assessed assessment;
  private boolean breach;
  private final Map<ObligationKind, Instant> notified = new EnumMap<>(ObligationKind.class);
  private final List<LawEnforcementHold> holds = new ArrayList<>();
  private final List<String> correctiveActions = new ArrayList<>();
  private final Set<IsolationTarget> isolated = new LinkedHashSet<>();
  private final List<IncidentEvent> events = new ArrayList<>();

  private Incident(String id) {
    this.id = requireNonNull(id, "id");
  }

  /** The incident that {@code events} produce, checked event by event. */
  public static Incident replay(String id, List<IncidentEvent> events) {
    Incident i = new Incident(id);
    for (IncidentEvent e : events) {
      i.apply(e);
    }
    return i;
  }

  /**
   * Applies {@code e} if the state machine allows it.
   *
   * @throws IllegalTransitionException naming the state, the event and why not
   */
  public void apply(IncidentEvent e) {
    requireNonNull(e, "event");
    String name = e.getClass().getSimpleName();
    if (version == 0 && !(e instanceof IncidentEvent.Reported)) {
      throw illegal(name, "an incident starts with its report");
    }
    if (state == IncidentState.CLOSED || state == IncidentState.CLOSED_NOT_INCIDENT) {
      throw illegal(name, "the incident is closed");
    }
    if (e instanceof IncidentEvent.Reported r) {
      if (version != 0) {
        throw illegal(name, "already reported");
      }
      agency = r.agency();
      reportedAt = r.at();
    } else if (e instanceof IncidentEvent.Triaged t) {
      require(IncidentState.REPORTED, name);
      if (t.reason().isBlank()) {
        throw illegal(name, "triage needs a reason");
      }
      state = t.incident() ? IncidentState.TRIAGED : IncidentState.CLOSED_NOT_INCIDENT;
    } else if (e instanceof IncidentEvent.Declared d) {
      require(IncidentState.TRIAGED, name);
      if (d.discoveredAt().isAfter(reportedAt)) {
        throw illegal(name, "discovery cannot be later than the report: it was known by then");
      }
      discoveredAt = d.discoveredAt();
      isolated.addAll(d.isolate());
      state = IncidentState.DECLARED;
    } else if (e instanceof IncidentEvent.DiscoveryAmended a) {
      if (discoveredAt == null) {
        throw illegal(name, "not declared yet");
      }
      if (!a.discoveredAt().isBefore(discoveredAt)) {
        throw illegal(name, "discovery may move earlier, never later");
      }
      discoveredAt = a.discoveredAt();
    } else if (e instanceof IncidentEvent.Contained c) {
      if (state != IncidentState.DECLARED && state != IncidentState.CONTAINED) {
        throw illegal(name, "containment follows declaration");
      }
      isolated.addAll(c.isolate());
      state = IncidentState.CONTAINED;
    } else if (e instanceof Assessed a) {
      require(IncidentState.CONTAINED, name);
      assessment = a;
      breach =
          a.exception() == null
              && !a.securedByEncryption()
              && !(a.factors() != null
                  && a.factors().complete()
                  && a.factors().lowProbabilityOfCompromise());
      state = breach ? IncidentState.BREACH_CONFIRMED : IncidentState.NOT_A_BREACH;
    } else if (e instanceof IncidentEvent.Notified n) {
      if (discoveredAt == null) {
        throw illegal(name, "not declared yet");
      }
      if (n.kind() != ObligationKind.AGENCY && !breach) {
        throw illegal(name, "notices to individuals, HHS or media follow a confirmed breach");
      }
      notified.putIfAbsent(n.kind(), n.at());
      if (state == IncidentState.BREACH_CONFIRMED) {
        state = IncidentState.NOTIFYING;
      }
    } else if (e instanceof LawEnforcementHold h) {
      if (state != IncidentState.BREACH_CONFIRMED && state != IncidentState.NOTIFYING) {
        throw illegal(name, "a hold delays the notices of a confirmed breach");
      }
      if (h.written() && h.until() == null) {
        throw illegal(name, "a written hold states its period");
      }
      holds.add(h);
    } else if (e instanceof IncidentEvent.CorrectiveAction c) {
      if (discoveredAt == null) {
        throw illegal(name, "not declared yet");
      }
      correctiveActions.add(c.action());
    } else if (e instanceof IncidentEvent.IsolationReleased r) {
      if (!isolated.remove(r.target())) {
        throw illegal(name, "that target is not isolated by this incident");
      }
    } else if (e instanceof IncidentEvent.Recovered) {
      if (state != IncidentState.NOT_A_BREACH && state != IncidentState.NOTIFYING) {
        throw illegal(name, "recovery follows the assessment (and, for a breach, the notices)");
      }
      state = IncidentState.RECOVERED;
    } else if (e instanceof IncidentEvent.Reviewed) {
      require(IncidentState.RECOVERED, name);
      if (correctiveActions.isEmpty()) {
        throw illegal(name, "no corrective action is recorded (POL-7.4)");
      }
      state = IncidentState.POST_INCIDENT_REVIEW;
    } else if (e instanceof IncidentEvent.Closed) {
      require(IncidentState.POST_INCIDENT_REVIEW, name);
      if (!isolated.isEmpty()) {
        throw illegal(name, isolated.size() + " isolation(s) still in force: release them first");
      }
      for (ObligationKind k : ObligationLedger.owed(this)) {
        if (!notified.containsKey(k)) {
          throw illegal(name, "the " + k + " notice is still owed (POL-7.5)");
        }
      }
      state = IncidentState.CLOSED;
    }
    events.add(e);
    version++;
  }

  private void require(IncidentState wanted, String name) {
    if (state != wanted) {
      throw illegal(name, "it needs state " + wanted);
    }
  }

  private IllegalTransitionException illegal(String event, String why) {
    return new IllegalTransitionException(id, state, event, why);
  }

  public String id() {
    return id;
  }

  public String agency() {
    return agency;
  }

  public IncidentState state() {
    return state;
  }

  /** Events applied so far: the version the next append must expect. */
  public long version() {
    return version;
  }

  public @Nullable Instant reportedAt() {
    return reportedAt;
  }

  /** The discovery instant once declared: the clock of every deadline. */
  public @Nullable Instant discoveredAt() {
    return discoveredAt;
  }

  public @Nullable Assessed assessment() {
    return assessment;
  }

  /** Whether the assessment found a breach of unsecured PHI. */
  public boolean breach() {
    return breach;
  }

  public Map<ObligationKind, Instant> notified() {
    return Collections.unmodifiableMap(notified);
  }

  public List<LawEnforcementHold> holds() {
    return Collections.unmodifiableList(holds);
  }

  /** Total delay ordered by law enforcement (oral holds count at most 30 days). */
  public Duration holdDelay() {
    Duration total = Duration.ZERO;
    for (LawEnforcementHold h : holds) {
      Instant end =
          h.until() != null
              ? h.until()
                  .atStartOfDay(java.time.ZoneOffset.UTC)
                  .toInstant()
                  .plus(Duration.ofDays(1))
              : h.at().plus(Duration.ofDays(30));
      if (!h.written()) {
        Instant cap = h.at().plus(Duration.ofDays(30));
        end = end.isAfter(cap) ? cap : end;
      }
      if (end.isAfter(h.at())) {
        total = total.plus(Duration.between(h.at(), end));
      }
    }
    return total;
  }

  public List<String> correctiveActions() {
    return Collections.unmodifiableList(correctiveActions);
  }

  /** The isolations this incident has in force. */
  public Set<IsolationTarget> isolated() {
    return Collections.unmodifiableSet(isolated);
  }

  public List<IncidentEvent> events() {
    return Collections.unmodifiableList(events);
  }

  /** A copy, for handing out while the service keeps changing the original. */
  Incident copy() {
    return replay(id, events);
  }

  @Override
  public String toString() {
    return "Incident[" + id + ", " + agency + ", " + state + ", version " + version + "]";
  }
}
