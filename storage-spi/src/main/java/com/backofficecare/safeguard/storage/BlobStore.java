package com.backofficecare.safeguard.storage;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Opaque bytes under keys: the one interface a storage backend implements.
 *
 * <p>Keys are 1 to 512 characters of {@code [A-Za-z0-9._:/-]}, not starting with {@code /}, with no
 * empty, {@code .} or {@code ..} segment ({@link BlobKeys#check}). Implementations are safe for
 * concurrent use by several threads; those with {@link Capability#SHARED} also by several
 * processes. Every failure is a {@link StorageException}: unchecked, naming the operation and the
 * key, never the content.
 */
public interface BlobStore extends AutoCloseable {

  /**
   * Stores {@code content} under {@code key}, replacing what was there. Atomic: readers see the old
   * value or the whole new one, never a part; if reading {@code content} fails, nothing changes.
   * The stream is read to its end but not closed.
   */
  void put(String key, InputStream content);

  /**
   * The bytes under {@code key}, as a stream the caller closes.
   *
   * @throws BlobNotFoundException if there is none
   */
  InputStream get(String key);

  /**
   * At most {@code length} bytes under {@code key} from {@code offset}; fewer at the end.
   *
   * @throws BlobNotFoundException if there is none
   */
  default InputStream get(String key, long offset, long length) {
    BlobKeys.check(key);
    if (offset < 0 || length < 0) {
      throw new IllegalArgumentException("offset and length must not be negative");
    }
    return new RangeInputStream(get(key), offset, length);
  }

  /** The size and time of the blob under {@code key}, if there is one. */
  Optional<BlobInfo> stat(String key);

  /** The blobs whose keys start with {@code prefix}, ordered by key. */
  List<BlobInfo> list(String prefix);

  /** Removes the blob under {@code key}; returns whether there was one. */
  boolean delete(String key);

  /**
   * Removes the blob under {@code key} so that this backend keeps no readable copy of it, as far as
   * it can: the file-system backend overwrites the bytes and syncs before unlinking, a versioned
   * bucket removes every version. What remains beyond the backend's reach (SSD remapping, journals,
   * backups) is why the secure store crypto-erases as well.
   *
   * @return whether there was a blob
   */
  default boolean sanitize(String key) {
    return delete(key);
  }

  /** What this backend guarantees beyond the interface's contract. */
  Set<Capability> capabilities();

  /** Releases what the store owns; calling it again does nothing. */
  @Override
  void close();

  /** A backend's guarantees, for callers and for the conformance kit. */
  enum Capability {
    /** {@link #sanitize} overwrites stored bytes in place before removing them. */
    OVERWRITE_ON_SANITIZE,
    /** Several processes may use the same store at once. */
    SHARED,
    /** Ranged reads are served by the backend, not by skipping. */
    NATIVE_RANGE_READ,
    /** The store keeps versions, and {@link #sanitize} removes all of them. */
    VERSIONED
  }
}
