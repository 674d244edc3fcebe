package com.backofficecare.safeguard.crypto;

import java.io.IOException;

/**
 * Ciphertext failed authentication: it was modified, truncated, extended, reordered, or belongs to
 * another object, agency or key. No plaintext of the failing segment is released, and a stream that
 * threw this keeps throwing it. The message says where, never what.
 */
public final class IntegrityException extends IOException {

  private static final long serialVersionUID = 1L;

  public IntegrityException(String message) {
    super(message);
  }
}
