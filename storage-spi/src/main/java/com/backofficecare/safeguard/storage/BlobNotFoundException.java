package com.backofficecare.safeguard.storage;

/** No blob is stored under the key asked for. */
public class BlobNotFoundException extends StorageException {

  private static final long serialVersionUID = 1L;

  private final String key;

  public BlobNotFoundException(String key) {
    super("no blob under key " + key);
    this.key = key;
  }

  /** The key that was asked for. */
  public String key() {
    return key;
  }
}
