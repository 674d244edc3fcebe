package com.backofficecare.safeguard.policy.audit;

import com.backofficecare.safeguard.core.SafeguardException;

/**
 * Evidence that is not in its format (a tree head, a pinned-keys file); says what, not the bytes.
 */
public final class AuditFormatException extends SafeguardException {

  private static final long serialVersionUID = 1L;

  public AuditFormatException(String message) {
    super(message);
  }
}
