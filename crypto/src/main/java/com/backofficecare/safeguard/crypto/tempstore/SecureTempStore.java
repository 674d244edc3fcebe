package com.backofficecare.safeguard.crypto.tempstore;

import static java.util.Objects.requireNonNull;

import com.backofficecare.safeguard.core.AgencyId;
import com.backofficecare.safeguard.core.DataCategory;
import com.backofficecare.safeguard.crypto.IntegrityException;
import com.backofficecare.safeguard.crypto.KeyManager;
import com.backofficecare.safeguard.crypto.KeyUnavailableException;
import com.backofficecare.safeguard.crypto.StreamingAead;
import com.backofficecare.safeguard.crypto.SymmetricKey;
import com.backofficecare.safeguard.crypto.WrappedKey;
import com.backofficecare.safeguard.storage.BlobInfo;
import com.backofficecare.safeguard.storage.BlobNotFoundException;
import com.backofficecare.safeguard.storage.BlobStore;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Encrypted temporary storage with sanitizing delete: the API applications use for files that hold
 * client data on their way somewhere (policy 3.5, 5.1, 5.3, 10.5).
 *
 * <p>Every object gets its own random data key, wrapped by the agency's key-encryption key from the
 * {@link KeyManager}; only ciphertext and the wrapped key reach the {@link BlobStore}. Objects
 * expire, and {@link #reapExpired()} deletes what has. {@link #delete} crypto-erases: it sanitizes
 * the wrapped key, then the ciphertext, checks that neither can be read back, and returns a {@link
 * DeletionReceipt}. Destroying the agency's KEKs ({@link KeyManager#destroyAgencyKeys}) erases
 * every object of the agency at once, including copies the backend cannot reach (backups, journals,
 * old SSD blocks).
 *
 * <p>Thread-safe. Several processes may share one store when the backend and the key manager both
 * allow it.
 *
 * <pre>{@code
 * SecureTempStore store = SecureTempStore.builder()
 *     .blobStore(FileSystemBlobStore.open(dir))
 *     .keyManager(LocalKeyStore.builder(keyFile).passphrase(pass).open())
 *     .build();
 * StoredObject export = store.put(agency, DataCategory.PAYROLL, csv, Duration.ofHours(4));
 * try (InputStream in = store.open(export.id())) { ... }
 * DeletionReceipt receipt = store.delete(export.id());
 * }</pre>
 */
public final class SecureTempStore implements AutoCloseable {

  /** Operational events: ids and counts, never PHI or key bytes. */
  private static final Logger LOG = LoggerFactory.getLogger(SecureTempStore.class);

  private static final String META = ".meta";
  private static final String DATA = ".data";

  /** The name of a ciphertext this store wrote: an agency id, a 32-hex token, {@code .data}. */
  private static final java.util.regex.Pattern OWN_DATA =
      java.util.regex.Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}/[0-9a-f]{32}\\.data");

  private static final java.util.regex.Pattern OWN_META =
      java.util.regex.Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}/[0-9a-f]{32}\\.meta");

  private final BlobStore blobs;
  private final KeyManager keys;
  private final StreamingAead aead;
  private final Clock clock;
  private final Duration defaultTtl;
  private final Duration maximumTtl;
  private final Duration orphanGrace;
  private final List<Consumer<StoreEvent>> listeners;

  private SecureTempStore(Builder b) {
    this.listeners = List.copyOf(b.listeners);
    this.blobs = requireNonNull(b.blobs);
    this.keys = requireNonNull(b.keys);
    this.aead = b.aead;
    this.clock = b.clock;
    this.defaultTtl = b.defaultTtl;
    this.maximumTtl = b.maximumTtl;
    this.orphanGrace = b.orphanGrace;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Configures a {@link SecureTempStore}; the backend and key manager are required. */
  public static final class Builder {
    private @Nullable BlobStore blobs;
    private @Nullable KeyManager keys;
    private StreamingAead aead = StreamingAead.aes256Gcm();
    private Clock clock = Clock.systemUTC();
    private Duration defaultTtl = Duration.ofHours(24);
    private Duration maximumTtl = Duration.ofDays(30);
    private Duration orphanGrace = Duration.ofHours(1);
    private boolean warmUp = true;
    private final List<Consumer<StoreEvent>> listeners = new ArrayList<>();

    private Builder() {}

    /** Calls {@code listener} after every store, open and delete (the audit trail listens). */
    public Builder onEvent(Consumer<StoreEvent> listener) {
      listeners.add(requireNonNull(listener, "listener"));
      return this;
    }

    /**
     * Whether {@link #build()} warms up AES-GCM ({@link StreamingAead#warmUp()}, once per JVM) so
     * that the first object after start-up is stored at full speed. Default true.
     */
    public Builder warmUp(boolean warmUp) {
      this.warmUp = warmUp;
      return this;
    }

    /** Where ciphertext goes. */
    public Builder blobStore(BlobStore blobs) {
      this.blobs = requireNonNull(blobs, "blobs");
      return this;
    }

    /** Who wraps data keys. */
    public Builder keyManager(KeyManager keys) {
      this.keys = requireNonNull(keys, "keys");
      return this;
    }

    public Builder streamingAead(StreamingAead aead) {
      this.aead = requireNonNull(aead, "aead");
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = requireNonNull(clock, "clock");
      return this;
    }

    /** How long objects live when {@code put} names no time (default 24 hours). */
    public Builder defaultTimeToLive(Duration ttl) {
      this.defaultTtl = positive(ttl, "default time to live");
      return this;
    }

    /** The longest time to live a {@code put} may ask for (default 30 days, policy 5.3). */
    public Builder maximumTimeToLive(Duration ttl) {
      this.maximumTtl = positive(ttl, "maximum time to live");
      return this;
    }

    /**
     * How old a ciphertext without metadata must be before start-up recovery sanitizes it as the
     * leftover of a crashed write (default 1 hour, so other processes' writes in flight are
     * spared).
     */
    public Builder orphanGracePeriod(Duration grace) {
      this.orphanGrace = requireNonNull(grace, "grace");
      return this;
    }

    /** Builds the store and sanitizes what crashed writes and deletes left behind. */
    public SecureTempStore build() {
      if (blobs == null || keys == null) {
        throw new IllegalStateException("blobStore and keyManager are required");
      }
      if (defaultTtl.compareTo(maximumTtl) > 0) {
        throw new IllegalStateException("default time to live exceeds the maximum");
      }
      if (warmUp) {
        StreamingAead.warmUp();
      }
      SecureTempStore store = new SecureTempStore(this);
      store.recover();
      return store;
    }

    private static Duration positive(Duration d, String what) {
      requireNonNull(d, what);
      if (d.isZero() || d.isNegative()) {
        throw new IllegalArgumentException(what + " must be positive");
      }
      return d;
    }
  }

  /** Stores {@code content} for {@code agency} with the default time to live. */
  public StoredObject put(AgencyId agency, DataCategory category, InputStream content) {
    return put(agency, category, content, defaultTtl);
  }

  /**
   * Encrypts {@code content} (read to its end, not closed) into a new object that expires after
   * {@code ttl}.
   *
   * @throws IllegalArgumentException if {@code ttl} is not positive or exceeds the maximum
   * @throws KeyUnavailableException if the agency's keys were destroyed
   */
  public StoredObject put(
      AgencyId agency, DataCategory category, InputStream content, Duration ttl) {
    requireNonNull(agency, "agency");
    requireNonNull(category, "category");
    requireNonNull(content, "content");
    requireNonNull(ttl, "ttl");
    if (ttl.isZero() || ttl.isNegative() || ttl.compareTo(maximumTtl) > 0) {
      throw new IllegalArgumentException("time to live must be positive and at most " + maximumTtl);
    }
    ObjectId id = ObjectId.random(agency);
    Instant created = clock.instant();
    try (SymmetricKey dataKey = SymmetricKey.generate()) {
      WrappedKey wrapped = keys.wrap(agency, dataKey);
      long size;
      // The times are bound into the ciphertext (format 2); the size is known only at the end.
      byte[] aad =
          new ObjectRecord(new StoredObject(id, category, 0, created, created.plus(ttl)), wrapped)
              .associatedData();
      StoredObject object;
      try {
        try (EncryptingSource source = new EncryptingSource(aead, dataKey, aad, content)) {
          blobs.put(dataKey(id), source);
          size = source.plaintextBytes();
        } catch (IOException e) {
          throw new UncheckedIOException("encryption failed for object " + id, e);
        }
        object = new StoredObject(id, category, size, created, created.plus(ttl));
        blobs.put(
            metaKey(id), new ByteArrayInputStream(new ObjectRecord(object, wrapped).encode()));
      } catch (RuntimeException e) {
        // The ciphertext a failed put may have left is sanitized now, not an hour later by
        // recovery.
        try {
          blobs.sanitize(dataKey(id));
        } catch (RuntimeException again) {
          e.addSuppressed(again);
        }
        throw e;
      }
      emit(new StoreEvent(StoreEvent.Type.STORED, id, category, size, created, null));
      return object;
    }
  }

  /** Stores the file at {@code path}; the caller deletes the plaintext file. */
  public StoredObject put(AgencyId agency, DataCategory category, Path path, Duration ttl) {
    try (InputStream in = Files.newInputStream(path)) {
      return put(agency, category, in, ttl);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the file to store", e);
    }
  }

  /**
   * The plaintext of object {@code id}. The whole object is authenticated before the first byte is
   * returned, so a tampered object releases nothing; the stream authenticates again as it reads, so
   * a change made between the two passes still fails.
   *
   * @throws IntegrityException if the object was tampered with
   * @throws ObjectNotFoundException if there is no such object, or it expired (and is deleted now)
   * @throws DamagedObjectException if its metadata cannot be read as its own
   * @throws KeyUnavailableException if its keys were destroyed
   */
  public InputStream open(ObjectId id) throws IntegrityException {
    ObjectRecord r = record(id);
    SymmetricKey key = keys.unwrap(id.agency(), r.wrappedKey());
    byte[] aad = r.associatedData();
    try (InputStream verify = aead.decryptingStream(key, aad, blobs.get(dataKey(id)))) {
      verify.transferTo(OutputStream.nullOutputStream());
    } catch (IntegrityException e) {
      key.destroy();
      throw e;
    } catch (IOException e) {
      key.destroy();
      throw new UncheckedIOException("cannot read object " + id, e);
    } catch (BlobNotFoundException e) {
      key.destroy();
      throw new ObjectNotFoundException(id, "has metadata but no ciphertext");
    }
    emit(
        new StoreEvent(
            StoreEvent.Type.OPENED,
            id,
            r.object().category(),
            r.object().size(),
            clock.instant(),
            null));
    return destroyingOnClose(aead.decryptingStream(key, aad, blobs.get(dataKey(id))), key);
  }

  /**
   * The plaintext of object {@code id} in one pass: each segment is released once it has
   * authenticated, and a truncation or extension fails at the end of the stream, after the earlier
   * segments were read. Half the work of {@link #open}; for consumers that discard what they read
   * when the stream fails (a hash, an upload that is aborted on error).
   *
   * @throws ObjectNotFoundException if there is no such object, or it expired
   * @throws DamagedObjectException if its metadata cannot be read as its own
   * @throws KeyUnavailableException if its keys were destroyed
   */
  public InputStream openStreaming(ObjectId id) {
    ObjectRecord r = record(id);
    SymmetricKey key = keys.unwrap(id.agency(), r.wrappedKey());
    InputStream ciphertext;
    try {
      ciphertext = blobs.get(dataKey(id));
    } catch (BlobNotFoundException e) {
      key.destroy();
      throw new ObjectNotFoundException(id, "has metadata but no ciphertext");
    }
    return destroyingOnClose(aead.decryptingStream(key, r.associatedData(), ciphertext), key);
  }

  private static InputStream destroyingOnClose(InputStream in, SymmetricKey key) {
    return new FilterInputStream(in) {
      @Override
      public void close() throws IOException {
        try {
          super.close();
        } finally {
          key.destroy();
        }
      }
    };
  }

  /**
   * The object's catalog entry, if it exists and has not expired.
   *
   * @throws DamagedObjectException if its metadata cannot be read as its own
   */
  public Optional<StoredObject> stat(ObjectId id) {
    try {
      return Optional.of(record(id).object());
    } catch (ObjectNotFoundException e) {
      return Optional.empty();
    }
  }

  /** Every object of {@code agency}, expired ones included until the reaper runs. */
  public List<StoredObject> list(AgencyId agency) {
    return catalog(agency.value() + "/");
  }

  /** Every object in the store. */
  public List<StoredObject> list() {
    return catalog("");
  }

  /**
   * Sanitizes object {@code id}: its wrapped data key, then its ciphertext, then checks both are
   * gone. Idempotent only in effect: a second call finds nothing to delete.
   *
   * @throws ObjectNotFoundException if there is no such object
   */
  public DeletionReceipt delete(ObjectId id) {
    return delete(id, "requested");
  }

  /** Deletes every object of {@code agency} (termination, policy 10.3). */
  public List<DeletionReceipt> deleteAll(AgencyId agency) {
    List<DeletionReceipt> out = new ArrayList<>();
    for (StoredObject o : list(agency)) {
      out.add(delete(o.id(), "termination"));
    }
    return out;
  }

  /** Deletes every object that has expired (policy 3.5, 5.3); returns the receipts. */
  public List<DeletionReceipt> reapExpired() {
    Instant now = clock.instant();
    List<DeletionReceipt> out = new ArrayList<>();
    for (StoredObject o : list()) {
      if (o.expiredAt(now)) {
        try {
          out.add(delete(o.id(), "expired"));
        } catch (ObjectNotFoundException e) {
          // deleted concurrently
        }
      }
    }
    if (!out.isEmpty()) {
      LOG.info("reaper sanitized {} expired object(s)", out.size());
    }
    return out;
  }

  /**
   * Runs {@link #reapExpired()} every {@code period} on {@code scheduler}, handing receipts to
   * {@code receipts}; cancel the returned future to stop.
   */
  public ScheduledFuture<?> scheduleReaper(
      ScheduledExecutorService scheduler, Duration period, Consumer<DeletionReceipt> receipts) {
    return scheduler.scheduleAtFixedRate(
        () -> reapExpired().forEach(receipts),
        period.toMillis(),
        period.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  /**
   * A temporary file that lives encrypted in this store and sanitizes itself on {@link
   * ScopedTempFile#close()}: for try-with-resources.
   */
  public ScopedTempFile createTempFile(AgencyId agency, DataCategory category, Duration ttl) {
    return new ScopedTempFile(this, agency, category, ttl);
  }

  @Override
  public void close() {
    keys.close();
    blobs.close();
  }

  @Override
  public String toString() {
    return "SecureTempStore[" + blobs + ", " + keys + "]";
  }

  /**
   * As {@link #delete(ObjectId)}, naming why in the receipt: {@code requested}, {@code expired},
   * {@code retention}, {@code termination}, {@code scoped}.
   */
  public DeletionReceipt delete(ObjectId id, String reason) {
    if (!java.util.Set.of("requested", "expired", "retention", "termination", "scoped", "orphan")
        .contains(reason)) {
      throw new IllegalArgumentException("unknown deletion reason");
    }
    ObjectRecord r = recordEvenIfExpired(id);
    boolean overwrites = blobs.capabilities().contains(BlobStore.Capability.OVERWRITE_ON_SANITIZE);
    blobs.sanitize(metaKey(id)); // the wrapped data key: the object's cryptographic erase
    blobs.sanitize(dataKey(id));
    boolean verified =
        blobs.stat(metaKey(id)).isEmpty()
            && blobs.stat(dataKey(id)).isEmpty()
            && stat(id).isEmpty();
    StoredObject o = r.object();
    DeletionReceipt receipt =
        new DeletionReceipt(
            id,
            o.category(),
            o.size(),
            clock.instant(),
            reason,
            DeletionReceipt.CRYPTOGRAPHIC_ERASE,
            overwrites,
            verified);
    emit(
        new StoreEvent(
            StoreEvent.Type.DELETED, id, o.category(), o.size(), receipt.deletedAt(), receipt));
    return receipt;
  }

  private void emit(StoreEvent e) {
    for (Consumer<StoreEvent> l : listeners) {
      l.accept(e);
    }
  }

  private ObjectRecord record(ObjectId id) {
    ObjectRecord r = recordEvenIfExpired(id);
    if (r.object().expiredAt(clock.instant())) {
      delete(id, "expired");
      throw new ObjectNotFoundException(id, "has expired and was deleted");
    }
    return r;
  }

  private ObjectRecord recordEvenIfExpired(ObjectId id) {
    requireNonNull(id, "id");
    byte[] bytes;
    try (InputStream in = blobs.get(metaKey(id))) {
      bytes = in.readAllBytes();
    } catch (BlobNotFoundException e) {
      throw new ObjectNotFoundException(id, "does not exist");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read metadata of object " + id, e);
    }
    ObjectRecord r;
    try {
      r = ObjectRecord.decode(bytes);
    } catch (IllegalArgumentException e) {
      throw new DamagedObjectException(id, "has metadata of an unknown format");
    }
    if (!r.object().id().equals(id)) {
      throw new DamagedObjectException(id, "has metadata that names another object");
    }
    return r;
  }

  private List<StoredObject> catalog(String prefix) {
    List<StoredObject> out = new ArrayList<>();
    for (BlobInfo b : blobs.list(prefix)) {
      if (OWN_META.matcher(b.key()).matches()) {
        try {
          out.add(recordEvenIfExpired(idOf(b.key())).object());
        } catch (ObjectNotFoundException | DamagedObjectException e) {
          // deleted while listing, or damaged: see damaged()
        }
      }
    }
    return out;
  }

  /**
   * The objects of {@code agency} whose metadata cannot be read as theirs (edited, truncated,
   * written by an unknown version, or another object's copied in): {@link #list} cannot show them,
   * nor can they be opened; {@link #sanitizeDamaged} erases them.
   */
  public List<ObjectId> damaged(AgencyId agency) {
    return damaged(agency.value() + "/");
  }

  /** The objects of every agency whose metadata cannot be read as theirs: see {@link #damaged}. */
  public List<ObjectId> damaged() {
    return damaged("");
  }

  private List<ObjectId> damaged(String prefix) {
    List<ObjectId> out = new ArrayList<>();
    for (BlobInfo b : blobs.list(prefix)) {
      if (OWN_META.matcher(b.key()).matches()) {
        ObjectId id = idOf(b.key());
        try {
          recordEvenIfExpired(id);
        } catch (ObjectNotFoundException e) {
          // deleted meanwhile
        } catch (DamagedObjectException e) {
          out.add(id);
        }
      }
    }
    return out;
  }

  /**
   * Sanitizes a damaged object's metadata and ciphertext without reading them (its wrapped key goes
   * with the metadata; the agency's key destruction covers any copy).
   *
   * @return whether neither can be read back
   */
  public boolean sanitizeDamaged(ObjectId id) {
    requireNonNull(id, "id");
    blobs.sanitize(metaKey(id));
    blobs.sanitize(dataKey(id));
    return blobs.stat(metaKey(id)).isEmpty() && blobs.stat(dataKey(id)).isEmpty();
  }

  /**
   * Start-up recovery: sanitizes ciphertexts without metadata (crashed puts) untouched for the
   * grace period. Only names this store creates ({@code agency/32-hex-token.data}) are looked at: a
   * file or S3 object that merely ends in {@code .data} is not the store's to delete.
   */
  private void recover() {
    Instant cutoff = clock.instant().minus(orphanGrace);
    int sanitized = 0;
    for (BlobInfo b : blobs.list("")) {
      if (OWN_DATA.matcher(b.key()).matches() && b.lastModified().isBefore(cutoff)) {
        String meta = b.key().substring(0, b.key().length() - DATA.length()) + META;
        if (blobs.stat(meta).isEmpty()) {
          blobs.sanitize(b.key());
          sanitized++;
        }
      }
    }
    if (sanitized > 0) {
      LOG.info("recovery sanitized {} ciphertext(s) left by interrupted writes", sanitized);
    }
  }

  private static ObjectId idOf(String blobKey) {
    int slash = blobKey.indexOf('/');
    String token = blobKey.substring(slash + 1, blobKey.length() - META.length());
    return ObjectId.parse(blobKey.substring(0, slash) + ":" + token);
  }

  private static String metaKey(ObjectId id) {
    return id.agency().value() + "/" + id.token() + META;
  }

  private static String dataKey(ObjectId id) {
    return id.agency().value() + "/" + id.token() + DATA;
  }
}
