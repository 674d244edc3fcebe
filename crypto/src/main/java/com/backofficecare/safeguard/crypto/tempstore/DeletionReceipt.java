package com.backofficecare.safeguard.crypto.tempstore;

import static java.util.Objects.requireNonNull;

import com.backofficecare.safeguard.core.AgencyId;
import com.backofficecare.safeguard.core.DataCategory;
import java.time.Instant;

/**
 * Proof that one object was sanitized (policy 10.5, 10.6): what, whose, when, how, and the check
 * that it can no longer be opened. Feeds the data-destruction certificate.
 *
 * @param object the object's id
 * @param category its data category
 * @param size its plaintext length in bytes
 * @param deletedAt when the deletion completed
 * @param reason why it was deleted: {@code "requested"}, {@code "expired"}, {@code "scoped"},
 *     {@code "termination"}, {@code "orphan"}
 * @param method how: always cryptographic erase of the object's data key, the NIST SP 800-88
 *     "purge" technique for encrypted storage
 * @param ciphertextOverwritten whether the backend overwrote the ciphertext in place before
 *     removing it (best effort; see README on SSDs and journaling file systems)
 * @param verified whether the object was checked to be gone: neither its wrapped key nor its
 *     ciphertext can be read back from the backend
 */
public record DeletionReceipt(
    ObjectId object,
    DataCategory category,
    long size,
    Instant deletedAt,
    String reason,
    String method,
    boolean ciphertextOverwritten,
    boolean verified) {

  /** The method every receipt names. */
  public static final String CRYPTOGRAPHIC_ERASE =
      "cryptographic-erase (NIST SP 800-88 purge): data key destroyed, ciphertext removed";

  public DeletionReceipt {
    requireNonNull(object, "object");
    requireNonNull(category, "category");
    requireNonNull(deletedAt, "deletedAt");
    requireNonNull(reason, "reason");
    requireNonNull(method, "method");
  }

  public AgencyId agency() {
    return object.agency();
  }

  /** The receipt as one JSON object. */
  public String toJson() {
    return JsonObjects.write(
        g -> {
          g.writeStringField("object", object.toString());
          g.writeStringField("agency", agency().value());
          g.writeStringField("category", category.name());
          g.writeNumberField("size", size);
          g.writeStringField("deletedAt", deletedAt.toString());
          g.writeStringField("reason", reason);
          g.writeStringField("method", method);
          g.writeBooleanField("ciphertextOverwritten", ciphertextOverwritten);
          g.writeBooleanField("verified", verified);
        });
  }
}
