package com.backofficecare.safeguard.crypto.tempstore;

import static java.util.Objects.requireNonNull;

import com.backofficecare.safeguard.core.DataCategory;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Something the secure store did to an object, for the audit trail: stored, opened or deleted (with
 * the deletion receipt). Ids and sizes only, never contents.
 */
public record StoreEvent(
    Type type,
    ObjectId object,
    DataCategory category,
    long size,
    Instant at,
    @Nullable DeletionReceipt receipt) {

  /** What happened. */
  public enum Type {
    STORED,
    OPENED,
    DELETED
  }

  public StoreEvent {
    requireNonNull(type, "type");
    requireNonNull(object, "object");
    requireNonNull(category, "category");
    requireNonNull(at, "at");
  }
}
