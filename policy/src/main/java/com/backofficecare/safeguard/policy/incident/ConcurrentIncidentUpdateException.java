package com.backofficecare.safeguard.policy.incident;

import com.backofficecare.safeguard.core.SafeguardException;

/** Another transition of the same incident was applied first; read it again and retry. */
public final class ConcurrentIncidentUpdateException extends SafeguardException {

  private static final long serialVersionUID = 1L;

  /**
   * For an {@link IncidentStore}: {@code incident} has {@code actual} events, not the {@code
   * expected} that the caller read.
   */
  public ConcurrentIncidentUpdateException(String incident, long expected, long actual) {
    super("incident " + incident + " is at version " + actual + ", not " + expected);
  }
}
