package com.backofficecare.safeguard.crypto.tempstore;

import static java.util.Objects.requireNonNull;

import com.backofficecare.safeguard.core.AgencyId;
import com.backofficecare.safeguard.core.DataCategory;
import com.backofficecare.safeguard.crypto.IntegrityException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A temporary file in the secure store that is sanitized when it is closed. Write it once with
 * {@link #write}, read it as often as needed, and let try-with-resources delete it:
 *
 * <pre>{@code
 * try (ScopedTempFile batch = store.createTempFile(agency, DataCategory.BILLING, Duration.ofHours(1))) {
 *   batch.write(claimsCsv);
 *   upload(batch.open());
 * } // sanitized here, even on failure
 * }</pre>
 */
public final class ScopedTempFile implements AutoCloseable {

  private final SecureTempStore store;
  private final AgencyId agency;
  private final DataCategory category;
  private final Duration ttl;
  private @Nullable StoredObject object;
  private @Nullable DeletionReceipt receipt;
  private boolean closed;

  ScopedTempFile(SecureTempStore store, AgencyId agency, DataCategory category, Duration ttl) {
    this.store = store;
    this.agency = requireNonNull(agency, "agency");
    this.category = requireNonNull(category, "category");
    this.ttl = requireNonNull(ttl, "ttl");
  }

  /** Stores {@code content} as this file's contents, replacing (and sanitizing) earlier ones. */
  public synchronized StoredObject write(InputStream content) {
    checkOpen();
    StoredObject previous = object;
    object = store.put(agency, category, content, ttl);
    if (previous != null) {
      store.delete(previous.id(), "scoped");
    }
    return object;
  }

  /** The contents, authenticated. */
  public synchronized InputStream open() throws IntegrityException {
    checkOpen();
    if (object == null) {
      throw new IllegalStateException("nothing written yet");
    }
    return store.open(object.id());
  }

  /** The receipt of the deletion done by {@link #close()}, once closed (empty if never written). */
  public synchronized Optional<DeletionReceipt> receipt() {
    return Optional.ofNullable(receipt);
  }

  /** Sanitizes the contents. Idempotent. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (object != null) {
      try {
        receipt = store.delete(object.id(), "scoped");
      } catch (ObjectNotFoundException e) {
        // already reaped
      }
    }
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException("temporary file already closed and sanitized");
    }
  }
}
