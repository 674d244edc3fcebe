package com.backofficecare.safeguard.core;

/**
 * The root of every unchecked exception Safeguard's modules throw (the storage SPI, which depends
 * on nothing of ours, has its own root, {@code StorageException}). Catch this to handle any
 * Safeguard failure; catch a subclass for a specific one. Messages name ids, counts, files, lines
 * and paths, never PHI, key bytes or the text of what was refused.
 */
public abstract class SafeguardException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  protected SafeguardException(String message) {
    super(message);
  }

  protected SafeguardException(String message, Throwable cause) {
    super(message, cause);
  }
}
