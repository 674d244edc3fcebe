package com.backofficecare.safeguard.policy.access;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A named role and its grants (POL-3.2).
 *
 * @param caseloadBound whether the role reaches only the clients its holder is assigned ({@link
 *     Person#caseload()}, POL-3.3): a caregiver or scheduler sees the clients they serve, not the
 *     agency's whole roster
 */
public record Role(String name, List<Grant> grants, boolean caseloadBound) {

  public Role {
    requireNonNull(name, "name");
    grants = List.copyOf(grants);
  }

  /** A role that reaches every client of the agencies its holder is assigned to. */
  public Role(String name, List<Grant> grants) {
    this(name, grants, false);
  }
}
