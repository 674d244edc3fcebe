package com.backofficecare.safeguard.storage;

import org.jspecify.annotations.Nullable;

/** A backend operation failed. The message names the operation and the key, never stored bytes. */
public class StorageException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public StorageException(String message) {
    super(message);
  }

  public StorageException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
