package com.backofficecare.safeguard.policy.incident;

import static java.util.Objects.requireNonNull;

import com.backofficecare.safeguard.policy.access.AccessGuard;
import com.backofficecare.safeguard.policy.access.GuardState;
import com.backofficecare.safeguard.policy.access.IsolationTarget;
import com.backofficecare.safeguard.policy.audit.AuditEvent;
import com.backofficecare.safeguard.policy.audit.AuditSink;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Runs incidents: checks each event against the state machine, persists it with optimistic
 * versioning, appends it to the audit trail, and acts on it: declaring or containing isolates what
 * the event names through the access guard at once (POL-7.2), and only an explicit {@link
 * IncidentEvent.IsolationReleased} ends an isolation. Every event first makes the isolations the
 * incident holds in the guard's state match its record, which needs the state only: the policy is
 * needed to check the targets of an event that isolates. Thread-safe.
 */
public final class IncidentService {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final IncidentStore store;
  private final @Nullable AccessGuard guard;
  private final @Nullable GuardState isolations;
  private final @Nullable AuditSink audit;
  private final Function<String, AgencyTerms> terms;
  private final Clock clock;
  private final Map<String, Object> locks = new ConcurrentHashMap<>();

  private IncidentService(Builder b) {
    this.store = requireNonNull(b.store);
    this.guard = b.guard;
    this.isolations = b.guard != null ? b.guard.state() : b.isolations;
    this.audit = b.audit;
    this.terms = requireNonNull(b.terms);
    this.clock = b.clock;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Configures an {@link IncidentService}; the store and the agencies' terms are required. */
  public static final class Builder {
    private @Nullable IncidentStore store;
    private @Nullable AccessGuard guard;
    private @Nullable GuardState isolations;
    private @Nullable AuditSink audit;
    private @Nullable Function<String, AgencyTerms> terms;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    public Builder store(IncidentStore store) {
      this.store = requireNonNull(store, "store");
      return this;
    }

    /**
     * The guard that isolations go through: its policy checks new targets, its state keeps them.
     */
    public Builder guard(AccessGuard guard) {
      this.guard = requireNonNull(guard, "guard");
      return this;
    }

    /**
     * Where isolations are kept, for a service without the policy at hand (instead of {@link
     * #guard}): events reconcile the state with the incident's record and a release ends the
     * incident's isolation, but an event that isolates is refused, since only the policy can check
     * its targets.
     */
    public Builder isolations(GuardState state) {
      this.isolations = requireNonNull(state, "state");
      return this;
    }

    public Builder audit(AuditSink audit) {
      this.audit = requireNonNull(audit, "audit");
      return this;
    }

    /** Each agency's incident terms (notice period, time zone, contact). */
    public Builder terms(Function<String, AgencyTerms> terms) {
      this.terms = requireNonNull(terms, "terms");
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = requireNonNull(clock, "clock");
      return this;
    }

    public IncidentService build() {
      if (store == null || terms == null) {
        throw new IllegalStateException("store and terms are required");
      }
      if (guard != null && isolations != null && guard.state() != isolations) {
        throw new IllegalStateException("the guard keeps its isolations in another state");
      }
      return new IncidentService(this);
    }
  }

  /** Opens an incident from a report (POL-7.1); returns it. */
  public Incident report(String agency, String by, String description, boolean attempt) {
    byte[] r = new byte[3];
    RANDOM.nextBytes(r);
    Instant now = clock.instant();
    String id = "INC-" + DAY.format(now) + "-" + HexFormat.of().formatHex(r);
    return apply(id, new IncidentEvent.Reported(now, by, agency, description, attempt));
  }

  /**
   * Applies {@code event} to incident {@code id}.
   *
   * @throws IllegalTransitionException if the state machine does not allow it
   * @throws ConcurrentIncidentUpdateException if another process changed the incident meanwhile
   */
  public Incident apply(String id, IncidentEvent event) {
    synchronized (locks.computeIfAbsent(id, k -> new Object())) {
      Incident incident = Incident.replay(id, store.load(id));
      reconcile(incident);
      long version = incident.version();
      incident.apply(event); // throws before anything is written
      List<IsolationTarget> targets = isolations(event);
      if (guard != null) {
        targets.forEach(guard::requireKnown);
      } else if (isolations != null && !targets.isEmpty()) {
        throw new IllegalStateException(
            "an event that isolates needs the policy, which checks its targets; nothing was"
                + " recorded");
      }
      // Isolate before the event is recorded and release after: a crash in between leaves an
      // isolation too many, never one too few, and the next event on the incident reconciles.
      boolean releases = event instanceof IncidentEvent.IsolationReleased;
      if (!releases) {
        act(incident, event);
      }
      store.append(id, version, event);
      if (releases) {
        act(incident, event);
      }
      if (audit != null) {
        audit.append(auditEvent(incident, event));
        audit.commit();
      }
      return incident.copy();
    }
  }

  /** The incident as its events replay. */
  public Incident get(String id) {
    List<IncidentEvent> events = store.load(id);
    if (events.isEmpty()) {
      throw new IllegalArgumentException("no incident " + id);
    }
    return Incident.replay(id, events);
  }

  /** The incident's obligations and their deadlines. */
  public List<ObligationLedger.Obligation> obligations(String id) {
    Incident i = get(id);
    return ObligationLedger.of(i, terms.apply(i.agency()));
  }

  /** Overdue and near-due obligations of every open incident at {@code now}. */
  public List<ObligationLedger.Alert> alerts(Duration warning) {
    Instant now = clock.instant();
    List<ObligationLedger.Alert> out = new ArrayList<>();
    for (String id : store.incidents()) {
      Incident i = get(id);
      out.addAll(ObligationLedger.alerts(i, terms.apply(i.agency()), now, warning));
    }
    return out;
  }

  /** The agency's terms for {@code incident}. */
  public AgencyTerms terms(Incident incident) {
    return terms.apply(incident.agency());
  }

  private void act(Incident incident, IncidentEvent event) {
    String why = holder(incident);
    if (guard != null) {
      isolations(event).forEach(t -> guard.isolate(t, why, event.by(), event.at()));
    }
    if (event instanceof IncidentEvent.IsolationReleased r) {
      if (guard != null) {
        guard.release(r.target(), why, r.reason(), r.by(), r.at()); // logged as before
      } else if (isolations != null) {
        isolations.release(r.target(), why, r.reason(), r.by(), r.at());
      }
    }
  }

  /**
   * Makes the guard's isolations held by {@code incident} match its record, healing a crash between
   * an event and the isolation or release that goes with it.
   */
  private void reconcile(Incident incident) {
    GuardState state = isolations;
    if (state == null || incident.version() == 0) {
      return;
    }
    String holder = holder(incident);
    Instant now = clock.instant();
    java.util.Set<IsolationTarget> held = new java.util.HashSet<>();
    for (AccessGuard.Isolation i : state.isolations()) {
      if (i.holder().equals(holder)) {
        held.add(i.target());
        if (!incident.isolated().contains(i.target())) {
          state.release(
              i.target(), holder, "reconciled with the incident's record", "safeguard", now);
        }
      }
    }
    for (IsolationTarget t : incident.isolated()) {
      if (!held.contains(t)) {
        state.isolate(t, holder, "safeguard", now);
      }
    }
  }

  private static String holder(Incident incident) {
    return "incident " + incident.id();
  }

  private static List<IsolationTarget> isolations(IncidentEvent e) {
    if (e instanceof IncidentEvent.Declared d) {
      return d.isolate();
    }
    return e instanceof IncidentEvent.Contained c ? c.isolate() : List.of();
  }

  private static AuditEvent auditEvent(Incident i, IncidentEvent e) {
    String name = e.getClass().getSimpleName();
    String clause;
    if (e instanceof IncidentEvent.Reported) {
      clause = "POL-7.1";
    } else if (e instanceof IncidentEvent.Declared
        || e instanceof IncidentEvent.Contained
        || e instanceof IncidentEvent.IsolationReleased) {
      clause = "POL-7.2";
    } else if (e instanceof IncidentEvent.CorrectiveAction) {
      clause = "POL-7.4";
    } else if (e instanceof IncidentEvent.Notified
        || e instanceof IncidentEvent.LawEnforcementHold) {
      clause = "POL-7.5";
    } else {
      clause = "POL-7.3";
    }
    return new AuditEvent(
        e.at(),
        "incident." + name.toLowerCase(java.util.Locale.ROOT),
        e.by(),
        i.agency(),
        null,
        null,
        null,
        List.of(),
        List.of(),
        List.of(),
        i.state().name().toLowerCase(java.util.Locale.ROOT),
        List.of(clause),
        null,
        Map.of("incident", i.id(), "version", Long.toString(i.version())));
  }
}
