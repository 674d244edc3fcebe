package com.backofficecare.safeguard.policy.access;

import static java.util.Objects.requireNonNull;

/**
 * Something the guard can isolate (policy 7.2 on an incident, 10.2 on termination): while
 * isolated, every request naming it is denied, whatever else permits it.
 */
public record IsolationTarget(Kind kind, String id) {

  /** What is isolated. */
  public enum Kind {
    AGENCY,
    PERSON,
    /** A client system (an agency's EHR or payroll platform) that requests name by its id. */
    SYSTEM,
    DEVICE
  }

  public IsolationTarget {
    requireNonNull(kind, "kind");
    requireNonNull(id, "id");
  }

  public static IsolationTarget agency(String id) {
    return new IsolationTarget(Kind.AGENCY, id);
  }

  public static IsolationTarget person(String id) {
    return new IsolationTarget(Kind.PERSON, id);
  }

  public static IsolationTarget device(String id) {
    return new IsolationTarget(Kind.DEVICE, id);
  }

  public static IsolationTarget system(String id) {
    return new IsolationTarget(Kind.SYSTEM, id);
  }
}
