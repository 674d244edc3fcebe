package com.backofficecare.safeguard.crypto;

import static java.util.Objects.requireNonNull;

import com.backofficecare.safeguard.core.AgencyId;
import com.backofficecare.safeguard.core.redaction.PseudonymKey;

/**
 * An agency's pseudonym key kept the way its data keys are: a random secret wrapped under the
 * agency's key-encryption key. The wrapped form ({@link WrappedKey#encode()}) is safe to store and
 * to hand to other processes (Spark executors, a second CLI run): each one that can open the
 * agency's {@link KeyManager} derives the same {@link PseudonymKey}, so tokens agree and joins
 * across files still work; none of them is given key bytes. Destroying the agency's keys
 * (termination) makes its pseudonyms unlinkable for good.
 */
public final class PseudonymKeys {

  private PseudonymKeys() {}

  /**
   * Draws a new pseudonym secret for {@code agency} and returns it wrapped under the agency's
   * current KEK; the plaintext is zeroed before this returns.
   *
   * @throws KeyUnavailableException if the agency's keys were destroyed
   */
  public static WrappedKey create(KeyManager keys, AgencyId agency) {
    requireNonNull(keys, "keys");
    requireNonNull(agency, "agency");
    try (SymmetricKey secret = SymmetricKey.generate()) {
      return keys.wrap(agency, secret);
    }
  }

  /**
   * The agency's pseudonym key inside {@code wrapped}. The unwrapped secret is zeroed once the key
   * is derived; the caller destroys the returned key when done.
   *
   * @throws KeyUnavailableException if the KEK was destroyed or is unknown, or {@code wrapped} is
   *     not the agency's
   */
  public static PseudonymKey open(KeyManager keys, AgencyId agency, WrappedKey wrapped) {
    requireNonNull(keys, "keys");
    requireNonNull(agency, "agency");
    requireNonNull(wrapped, "wrapped");
    try (SymmetricKey secret = keys.unwrap(agency, wrapped)) {
      return PseudonymKey.derive(secret.material(), agency);
    }
  }
}
