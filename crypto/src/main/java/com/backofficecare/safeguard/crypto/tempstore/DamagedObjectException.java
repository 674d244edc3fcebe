package com.backofficecare.safeguard.crypto.tempstore;

import com.backofficecare.safeguard.core.SafeguardException;

/**
 * An object whose metadata cannot be read as its own: edited, truncated, written by an unknown
 * version, or another object's copied over it. Nothing of it is released; {@link
 * SecureTempStore#damaged} lists such objects and {@link SecureTempStore#sanitizeDamaged} erases
 * them.
 */
public final class DamagedObjectException extends SafeguardException {

  private static final long serialVersionUID = 1L;

  DamagedObjectException(ObjectId id, String why) {
    super("object " + id + " " + why);
  }
}
