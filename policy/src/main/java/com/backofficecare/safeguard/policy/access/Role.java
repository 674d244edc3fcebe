package com.backofficecare.safeguard.policy.access;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** A named role and its grants (POL-3.2). */
public record Role(String name, List<Grant> grants) {

  public Role {
    requireNonNull(name, "name");
    grants = List.copyOf(grants);
  }
}
