package com.backofficecare.safeguard.crypto.tempstore;

import com.backofficecare.safeguard.core.SafeguardException;

/** No such object in the store: never stored, deleted, or expired. */
public final class ObjectNotFoundException extends SafeguardException {

  private static final long serialVersionUID = 1L;

  ObjectNotFoundException(ObjectId id, String why) {
    super("object " + id + " " + why);
  }
}
