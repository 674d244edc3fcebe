package com.backofficecare.safeguard.crypto.tempstore;

/** No such object in the store: never stored, deleted, or expired. */
public final class ObjectNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  ObjectNotFoundException(ObjectId id, String why) {
    super("object " + id + " " + why);
  }
}
