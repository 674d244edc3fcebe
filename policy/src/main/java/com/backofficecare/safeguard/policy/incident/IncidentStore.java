package com.backofficecare.safeguard.policy.incident;

import java.util.List;

/**
 * Where incident events are kept: append-only per incident, with optimistic versioning so that two
 * concurrent transitions of one incident are never both applied.
 */
public interface IncidentStore {

  /**
   * Appends {@code event} as event number {@code expectedVersion} of {@code incident}.
   *
   * @throws ConcurrentIncidentUpdateException if the incident has moved on since it was read
   */
  void append(String incident, long expectedVersion, IncidentEvent event);

  /** Every event of {@code incident}, in order (empty if there is none). */
  List<IncidentEvent> load(String incident);

  /** The ids of every incident. */
  List<String> incidents();
}
