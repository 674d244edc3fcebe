package com.backofficecare.safeguard.crypto;

import com.backofficecare.safeguard.core.SafeguardException;

/**
 * A key cannot be used: it was destroyed (crypto-erased), is unknown to the key manager, or the key
 * store could not be opened. The message names key ids, never key bytes.
 */
public class KeyUnavailableException extends SafeguardException {

  private static final long serialVersionUID = 1L;

  public KeyUnavailableException(String message) {
    super(message);
  }

  public KeyUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
