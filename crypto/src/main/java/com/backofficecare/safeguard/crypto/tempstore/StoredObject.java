package com.backofficecare.safeguard.crypto.tempstore;

import static java.util.Objects.requireNonNull;

import com.backofficecare.safeguard.core.AgencyId;
import com.backofficecare.safeguard.core.DataCategory;
import java.time.Instant;

/**
 * What the store knows of an object without opening it: never its contents.
 *
 * @param id the object's id
 * @param category the policy data category of its contents
 * @param size plaintext length in bytes
 * @param created when it was stored
 * @param expires when the reaper deletes it
 */
public record StoredObject(
    ObjectId id, DataCategory category, long size, Instant created, Instant expires) {

  public StoredObject {
    requireNonNull(id, "id");
    requireNonNull(category, "category");
    requireNonNull(created, "created");
    requireNonNull(expires, "expires");
  }

  public AgencyId agency() {
    return id.agency();
  }

  /** Whether it has expired at {@code now}. */
  public boolean expiredAt(Instant now) {
    return !now.isBefore(expires);
  }

  /** The object's metadata as one JSON object (what {@code safeguard store ls} prints). */
  public String toJson() {
    return JsonObjects.write(
        g -> {
          g.writeStringField("id", id.toString());
          g.writeStringField("agency", agency().value());
          g.writeStringField("category", category.name());
          g.writeNumberField("size", size);
          g.writeStringField("created", created.toString());
          g.writeStringField("expires", expires.toString());
        });
  }
}
