package com.backofficecare.safeguard.storage;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * What a backend knows of one blob without reading it.
 *
 * @param key the blob's key
 * @param size its length in bytes
 * @param lastModified when it was last written
 */
public record BlobInfo(String key, long size, Instant lastModified) {

  public BlobInfo {
    BlobKeys.check(key);
    requireNonNull(lastModified, "lastModified");
    if (size < 0) {
      throw new IllegalArgumentException("size must not be negative");
    }
  }
}
