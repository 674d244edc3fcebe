package com.backofficecare.safeguard.policy.access;

import static java.util.Objects.requireNonNull;

import com.backofficecare.safeguard.core.DataCategory;
import java.util.Set;

/**
 * What a role may do with one data category: the actions, for which purposes, on which fields, and
 * which of those fields it sees masked.
 */
public record Grant(
    DataCategory category,
    Set<Action> actions,
    Set<Purpose> purposes,
    Set<String> fields,
    Set<String> masked) {

  public Grant {
    requireNonNull(category, "category");
    actions = Set.copyOf(actions);
    purposes = Set.copyOf(purposes);
    fields = Set.copyOf(fields);
    masked = Set.copyOf(masked);
    if (!fields.containsAll(masked)) {
      throw new IllegalArgumentException("a grant masks fields it does not grant");
    }
  }
}
