package com.backofficecare.safeguard.policy.access;

import com.backofficecare.safeguard.core.SafeguardException;

/**
 * The guard's state could not be read, written or understood. The guard fails closed: a state
 * change that throws this was not made, and a record that cannot be read stops the restore rather
 * than being skipped.
 */
public final class GuardStateException extends SafeguardException {

  private static final long serialVersionUID = 1L;

  public GuardStateException(String message) {
    super(message);
  }

  public GuardStateException(String message, Throwable cause) {
    super(message, cause);
  }
}
