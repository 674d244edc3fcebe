package com.backofficecare.safeguard.storage;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;

/** Blobs in this process's memory: for tests and for data that must never touch a disk. */
public final class InMemoryBlobStore implements BlobStore {

  @SuppressWarnings("ArrayRecordComponent") // never compared or hashed
  private record Entry(byte[] bytes, Instant written) {}

  private final ConcurrentSkipListMap<String, Entry> blobs = new ConcurrentSkipListMap<>();
  private final Clock clock;

  private InMemoryBlobStore(Clock clock) {
    this.clock = clock;
  }

  /** An empty store. */
  public static InMemoryBlobStore create() {
    return new InMemoryBlobStore(Clock.systemUTC());
  }

  /** An empty store that stamps blobs with {@code clock}'s time. */
  public static InMemoryBlobStore create(Clock clock) {
    return new InMemoryBlobStore(requireNonNull(clock, "clock"));
  }

  @Override
  public void put(String key, InputStream content) {
    BlobKeys.check(key);
    requireNonNull(content, "content");
    byte[] bytes;
    try {
      bytes = content.readAllBytes();
    } catch (IOException e) {
      throw new StorageException("put failed for key " + key, e);
    }
    Entry old = blobs.put(key, new Entry(bytes, clock.instant()));
    if (old != null) {
      Arrays.fill(old.bytes, (byte) 0);
    }
  }

  @Override
  public InputStream get(String key) {
    BlobKeys.check(key);
    Entry e = blobs.get(key);
    if (e == null) {
      throw new BlobNotFoundException(key);
    }
    return new ByteArrayInputStream(e.bytes.clone());
  }

  @Override
  public Optional<BlobInfo> stat(String key) {
    BlobKeys.check(key);
    Entry e = blobs.get(key);
    return e == null ? Optional.empty() : Optional.of(new BlobInfo(key, e.bytes.length, e.written));
  }

  @Override
  public List<BlobInfo> list(String prefix) {
    BlobKeys.checkPrefix(prefix);
    return blobs.tailMap(prefix, true).entrySet().stream()
        .takeWhile(e -> e.getKey().startsWith(prefix))
        .map(e -> new BlobInfo(e.getKey(), e.getValue().bytes.length, e.getValue().written))
        .toList();
  }

  @Override
  public boolean delete(String key) {
    BlobKeys.check(key);
    return blobs.remove(key) != null;
  }

  @Override
  public boolean sanitize(String key) {
    BlobKeys.check(key);
    Entry e = blobs.remove(key);
    if (e != null) {
      Arrays.fill(e.bytes, (byte) 0);
    }
    return e != null;
  }

  @Override
  public Set<Capability> capabilities() {
    return EnumSet.of(Capability.OVERWRITE_ON_SANITIZE);
  }

  @Override
  public void close() {
    for (Map.Entry<String, Entry> e : blobs.entrySet()) {
      Arrays.fill(e.getValue().bytes, (byte) 0);
    }
    blobs.clear();
  }

  @Override
  public String toString() {
    return "InMemoryBlobStore[" + blobs.size() + " blobs]";
  }
}
