package com.backofficecare.safeguard.testing;

import static java.util.Objects.requireNonNull;

import com.backofficecare.safeguard.policy.access.AccessGuard;
import com.backofficecare.safeguard.policy.access.AccessRequest;
import com.backofficecare.safeguard.policy.access.Decision;
import com.backofficecare.safeguard.policy.access.Rule;
import java.util.Set;

/**
 * Fluent assertions that read like the policy. Each failure message explains the decision ({@link
 * Decision#explain()}), so a failing test says which rule did what.
 */
public final class SafeguardAssertions {

  private SafeguardAssertions() {}

  public static GuardAssert assertThat(AccessGuard guard) {
    return new GuardAssert(requireNonNull(guard, "guard"));
  }

  public static DecisionAssert assertThat(Decision decision) {
    return new DecisionAssert(requireNonNull(decision, "decision"));
  }

  /** Assertions on what a guard decides. */
  public static final class GuardAssert {
    private final AccessGuard guard;

    GuardAssert(AccessGuard guard) {
      this.guard = guard;
    }

    public DecisionAssert denies(AccessRequest.Builder request) {
      return denies(request.build());
    }

    public DecisionAssert denies(AccessRequest request) {
      return new DecisionAssert(guard.decide(request)).isDenied();
    }

    public DecisionAssert permits(AccessRequest.Builder request) {
      return permits(request.build());
    }

    public DecisionAssert permits(AccessRequest request) {
      return new DecisionAssert(guard.decide(request)).isPermitted();
    }
  }

  /** Assertions on one decision. */
  public static final class DecisionAssert {
    private final Decision d;

    DecisionAssert(Decision d) {
      this.d = d;
    }

    public DecisionAssert isPermitted() {
      check(d.permitted(), "expected a permit");
      return this;
    }

    /** A deny, which releases nothing. */
    public DecisionAssert isDenied() {
      check(d.denied(), "expected a deny");
      check(d.releasedFields().isEmpty(), "a deny released fields");
      return this;
    }

    /** The decision was denied by each of these rules, and cites their clauses. */
    public DecisionAssert because(Rule... rules) {
      for (Rule r : rules) {
        check(d.denyingRules().contains(r), "expected a deny by rule " + r);
        check(d.clauses().contains(r.clause()), "expected the decision to cite " + r.clause());
      }
      return this;
    }

    /** The decision names these clause ids among its reasons. */
    public DecisionAssert citing(String... clauses) {
      for (String c : clauses) {
        check(d.clauses().contains(c), "expected the decision to cite " + c);
      }
      return this;
    }

    /** Exactly these fields are released. */
    public DecisionAssert releasing(String... fields) {
      check(
          d.releasedFields().equals(Set.of(fields)),
          "expected released fields " + Set.of(fields) + " but were " + d.releasedFields());
      return this;
    }

    /** These fields are released masked. */
    public DecisionAssert masking(String... fields) {
      check(
          d.maskedFields().containsAll(Set.of(fields)),
          "expected masked fields " + Set.of(fields) + " but were " + d.maskedFields());
      return this;
    }

    /** These requested fields are withheld. */
    public DecisionAssert withholding(String... fields) {
      check(
          d.withheldFields().containsAll(Set.of(fields)),
          "expected withheld fields " + Set.of(fields) + " but were " + d.withheldFields());
      return this;
    }

    public Decision decision() {
      return d;
    }

    private void check(boolean ok, String what) {
      if (!ok) {
        throw new AssertionError(what + "; decision: " + d.explain());
      }
    }
  }
}
