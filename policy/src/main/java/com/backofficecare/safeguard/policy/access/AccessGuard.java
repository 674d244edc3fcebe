package com.backofficecare.safeguard.policy.access;

import static java.util.Objects.requireNonNull;

import com.backofficecare.safeguard.core.AgencyId;
import com.backofficecare.safeguard.core.DataCategory;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The minimum-necessary access guard: decides every read, write, export, download and transmission
 * of client data. Deny by default: a request is permitted only when every rule passes and a role of
 * the person grants the category, action and purpose; a permit releases exactly the requested
 * fields the role grants, with the masked ones marked. Isolation of an agency, person, client
 * system or device beats every permit until it is released.
 *
 * <p>Thread-safe; {@link #replacePolicy} swaps the policy atomically, so a decision is made wholly
 * under one version. Listeners see every decision and isolation change (the audit trail subscribes
 * one).
 */
public final class AccessGuard {

  /** Operational events: ids and counts, never PHI or key bytes. */
  private static final Logger LOG = LoggerFactory.getLogger(AccessGuard.class);

  private static final Set<Obligation> PERMIT = Set.of(Obligation.AUDIT, Obligation.EXPIRE);
  private static final Set<Obligation> PERMIT_MASKED =
      Set.of(Obligation.AUDIT, Obligation.EXPIRE, Obligation.MASK);
  private static final Set<Obligation> DENY = Set.of(Obligation.AUDIT);
  private static final long ALL_RULES = (1L << Rule.values().length) - 1;

  private volatile AccessPolicy policy;
  private final GuardState state;
  private final List<Consumer<Decision>> decisionListeners = new CopyOnWriteArrayList<>();

  /**
   * An isolation in force or its release: what, who holds it (an incident, a termination), why (for
   * an isolation, its holder), by whom, since when.
   */
  public record Isolation(
      IsolationTarget target,
      String holder,
      String reason,
      String by,
      Instant since,
      boolean released) {}

  private AccessGuard(AccessPolicy policy, GuardState state) {
    this.policy = requireNonNull(policy, "policy");
    this.state = requireNonNull(state, "state");
  }

  /** A guard enforcing {@code policy} with state in memory only ({@link GuardState#inMemory()}). */
  public static AccessGuard create(AccessPolicy policy) {
    return new AccessGuard(policy, GuardState.inMemory());
  }

  /**
   * A guard enforcing {@code policy} with {@code state}, which may be shared with other guards,
   * incident services and terminations, and persisted ({@link GuardState#over}).
   */
  public static AccessGuard create(AccessPolicy policy, GuardState state) {
    return new AccessGuard(policy, state);
  }

  /** The policy in force. */
  public AccessPolicy policy() {
    return policy;
  }

  /** The isolations and downloads this guard enforces. */
  public GuardState state() {
    return state;
  }

  /** Swaps in {@code next} atomically; decisions in flight finish under the old one. */
  public void replacePolicy(AccessPolicy next) {
    policy = requireNonNull(next, "next");
  }

  /** Calls {@code listener} with every decision, after it is made. */
  public void onDecision(Consumer<Decision> listener) {
    decisionListeners.add(requireNonNull(listener, "listener"));
  }

  /** Calls {@code listener} on every isolation and release made through this guard's state. */
  public void onIsolation(Consumer<Isolation> listener) {
    state.onIsolation(listener);
  }

  /**
   * Isolates {@code target} at once (POL-7.2, 10.2) on behalf of {@code holder}, durably: every
   * request naming it is denied until every holder released it.
   *
   * @throws IllegalArgumentException if the target is an agency or person the policy does not know
   *     (an isolation that matches nothing protects nothing)
   * @throws GuardStateException if it could not be recorded: it is then not in force
   */
  public void isolate(IsolationTarget target, String holder, String by, Instant at) {
    requireKnown(target);
    state.isolate(target, holder, by, at);
    LOG.info("isolated {} (held by {}, by {})", target, holder, by);
  }

  /**
   * Ends {@code holder}'s isolation of {@code target}: an explicit, attributed act that listeners
   * (the audit trail) record; another holder's isolation of it stays.
   *
   * @return whether {@code holder} held it
   */
  public boolean release(
      IsolationTarget target, String holder, String reason, String by, Instant at) {
    boolean held = state.release(target, holder, reason, by, at);
    if (held) {
      LOG.info("released {} (held by {}, by {})", target, holder, by);
    }
    return held;
  }

  public boolean isIsolated(IsolationTarget target) {
    return state.isIsolated(target);
  }

  /** The isolations in force. */
  public List<Isolation> isolations() {
    return state.isolations();
  }

  /**
   * Checks that the policy knows an agency or person {@code target} names; devices and client
   * systems are not listed in a policy, so any well-formed id is accepted.
   *
   * @throws IllegalArgumentException if it does not
   */
  public void requireKnown(IsolationTarget target) {
    AccessPolicy p = policy;
    boolean known =
        switch (target.kind()) {
          case AGENCY -> p.agency(AgencyId.of(target.id())) != null;
          case PERSON -> p.person(target.id()) != null;
          case DEVICE, SYSTEM -> true;
        };
    if (!known) {
      throw new IllegalArgumentException(
          "isolation target "
              + target
              + " is not "
              + (target.kind() == IsolationTarget.Kind.AGENCY ? "an agency" : "a person")
              + " of policy "
              + p.version());
    }
  }

  /**
   * The records of {@code category} among {@code records} that {@code person} may be given at all:
   * all of them if a role of theirs that is not caseload-bound grants anything of that category,
   * else those in their caseload; none if they are isolated (POL-3.3, 7.2). A list screen shows
   * only these; {@link #decide} still decides each request.
   */
  public List<String> filter(
      String person, DataCategory category, java.util.Collection<String> records) {
    AccessPolicy p = policy;
    Person who = p.person(person);
    if (who == null || state.isIsolated(IsolationTarget.person(person))) {
      return List.of();
    }
    boolean wholeAgency =
        who.roles().stream()
            .map(p.roles()::get)
            .anyMatch(
                role ->
                    role != null
                        && !role.caseloadBound()
                        && role.grants().stream().anyMatch(g -> g.category() == category));
    return records.stream().filter(rec -> wholeAgency || who.caseload().contains(rec)).toList();
  }

  /** Decides {@code request}: see the class comment. Never throws for a well-formed request. */
  public Decision decide(AccessRequest request) {
    Decision d = evaluate(policy, request);
    for (Consumer<Decision> l : decisionListeners) {
      l.accept(d);
    }
    return d;
  }

  private Decision evaluate(AccessPolicy p, AccessRequest r) {
    long failed = 0;
    Instant at = r.at();
    if (state.isolatedAny(r)) {
      failed |= bit(Rule.ISOLATION);
    }
    Agency agency = p.agency(r.agency());
    Person person = p.person(r.person());
    if (agency == null) {
      failed |= bit(Rule.KNOWN_AGENCY);
    } else if (!agency.contractedScope().contains(r.category())) {
      failed |= bit(Rule.SCOPE_OF_WORK);
    }
    if (person == null || !person.assignedAgencies().contains(r.agency())) {
      failed |= bit(Rule.ASSIGNMENT);
    }
    if (person != null) {
      if (person.confidentialityAgreementSigned() == null) {
        failed |= bit(Rule.CONFIDENTIALITY_AGREEMENT);
      }
      if (person.trainingCompleted() == null
          || person
              .trainingCompleted()
              .atStartOfDay(java.time.ZoneOffset.UTC)
              .toInstant()
              .plus(p.trainingValidity())
              .isBefore(at)) {
        failed |= bit(Rule.TRAINING);
      }
    }
    boolean phi = p.holdsPhi(r.category());
    if (agency != null && phi && !agency.baaSigned()) {
      failed |= bit(Rule.BAA);
    }
    if ((phi || (agency != null && agency.mfaRequired())) && !freshMfa(r, person, p.mfaMaxAge())) {
      failed |= bit(Rule.MFA);
    }
    if (!r.device().meetsPolicy()) {
      failed |= bit(Rule.DEVICE);
    }
    if (!r.network().trusted()) {
      failed |= bit(Rule.NETWORK);
    }
    if ((r.action() == Action.TRANSMIT || r.action() == Action.DOWNLOAD) && !r.encryptedChannel()) {
      failed |= bit(Rule.SECURE_CHANNEL);
    }
    if (r.purpose() == Purpose.SALE) {
      failed |= bit(Rule.NO_SALE);
    }
    if (r.purpose() == Purpose.MARKETING && (agency == null || !agency.marketingPermission())) {
      failed |= bit(Rule.MARKETING);
    }
    if (r.recipient() == Recipient.OUTSIDE_AGENCY) {
      failed |= bit(Rule.NO_OUTSIDE_DISCLOSURE);
    }
    String[] names = p.fieldNames(r.category());
    long requested = 0;
    Set<String> unknown = Set.of();
    for (String f : r.fields()) {
      Integer b = p.fieldBit(r.category(), f);
      if (b == null) {
        unknown = unknown.isEmpty() ? new java.util.LinkedHashSet<>() : unknown;
        unknown.add(f);
      } else {
        requested |= 1L << b;
      }
    }
    long[][] grants = person == null ? null : p.grants(person.id());
    int slot =
        AccessPolicy.slot(r.category().ordinal(), r.action().ordinal(), r.purpose().ordinal());
    long granted = grants == null ? 0 : grants[0][slot];
    long maskedGrant = grants == null ? 0 : grants[1][slot];
    // A caseload-bound role grants its fields only for the person's own clients: for a request
    // naming any other record (or none), only what their other roles grant counts.
    boolean caseloadBound = grants != null && granted != 0 && grants[4][slot] != 0;
    if (grants != null
        && person != null
        && caseloadBound
        && (r.records().isEmpty() || !person.caseload().containsAll(r.records()))) {
      granted = grants[2][slot];
      maskedGrant = grants[3][slot];
      if ((requested & granted) == 0) {
        failed |= bit(Rule.CASELOAD);
      }
    } else if (granted == 0) {
      failed |= bit(Rule.ROLE);
    } else if ((requested & granted) == 0) {
      failed |= bit(Rule.MINIMUM_NECESSARY);
    }
    boolean flagged = false;
    if (failed == 0 && (r.action() == Action.DOWNLOAD || r.action() == Action.EXPORT)) {
      boolean refuse = p.duplicates() == AccessPolicy.DuplicateDownloads.REFUSE;
      if (state.download(
          r.person(),
          r.agency().value(),
          r.category().ordinal(),
          r.records(),
          at,
          p.duplicateWindow(),
          refuse)) {
        if (refuse) {
          failed |= bit(Rule.DUPLICATE_DOWNLOAD);
        } else {
          flagged = true;
        }
      }
    }
    if (failed != 0) {
      return new Decision(
          r,
          false,
          failed,
          ALL_RULES & ~failed,
          names,
          0,
          0,
          requested,
          unknown,
          DENY,
          p.version(),
          at);
    }
    long released = requested & granted;
    long masked = released & maskedGrant;
    Set<Obligation> obligations = masked != 0 ? PERMIT_MASKED : PERMIT;
    if (flagged) {
      EnumSet<Obligation> o = EnumSet.copyOf(obligations);
      o.add(Obligation.REVIEW_DUPLICATE);
      obligations = o;
    }
    return new Decision(
        r,
        true,
        0,
        applicable(r, phi) | (caseloadBound ? bit(Rule.CASELOAD) : 0),
        names,
        released,
        masked,
        requested,
        unknown,
        obligations,
        p.version(),
        at.plus(p.decisionTtl()));
  }

  private static long applicable(AccessRequest r, boolean phi) {
    long passed =
        bit(Rule.ISOLATION)
            | bit(Rule.KNOWN_AGENCY)
            | bit(Rule.SCOPE_OF_WORK)
            | bit(Rule.ASSIGNMENT)
            | bit(Rule.CONFIDENTIALITY_AGREEMENT)
            | bit(Rule.TRAINING)
            | bit(Rule.DEVICE)
            | bit(Rule.NETWORK)
            | bit(Rule.NO_SALE)
            | bit(Rule.NO_OUTSIDE_DISCLOSURE)
            | bit(Rule.ROLE)
            | bit(Rule.MINIMUM_NECESSARY);
    if (phi) {
      passed |= bit(Rule.BAA) | bit(Rule.MFA);
    }
    if (r.action() == Action.TRANSMIT || r.action() == Action.DOWNLOAD) {
      passed |= bit(Rule.SECURE_CHANNEL);
    }
    if (r.action() == Action.DOWNLOAD || r.action() == Action.EXPORT) {
      passed |= bit(Rule.DUPLICATE_DOWNLOAD);
    }
    if (r.purpose() == Purpose.MARKETING) {
      passed |= bit(Rule.MARKETING);
    }
    return passed;
  }

  private static boolean freshMfa(AccessRequest r, @Nullable Person person, Duration maxAge) {
    return person != null
        && person.mfaEnrolled()
        && r.authentication().multiFactor()
        && !r.authentication().at().plus(maxAge).isBefore(r.at())
        && !r.authentication().at().isAfter(r.at());
  }

  private static long bit(Rule rule) {
    return 1L << rule.ordinal();
  }
}
