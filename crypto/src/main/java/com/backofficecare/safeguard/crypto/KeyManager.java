package com.backofficecare.safeguard.crypto;

import com.backofficecare.safeguard.core.AgencyId;

/**
 * Envelope encryption: wraps each object's data key under the owning agency's current
 * key-encryption key (KEK), so that destroying an agency's KEKs crypto-erases all of its data in
 * one step (policy section 10). Implementations keep KEKs where the application cannot read them:
 * {@link LocalKeyStore} (a passphrase-protected file) or {@link Pkcs11KeyManager} (an HSM).
 */
public interface KeyManager extends AutoCloseable {

  /**
   * Wraps {@code dataKey} under {@code agency}'s current KEK, creating the agency's first KEK if it
   * has none.
   *
   * @throws KeyUnavailableException if the agency's keys were destroyed
   */
  WrappedKey wrap(AgencyId agency, SymmetricKey dataKey);

  /**
   * The data key inside {@code wrapped}; the caller destroys it after use.
   *
   * @throws KeyUnavailableException if the KEK was destroyed or is unknown, or the wrapped key is
   *     not authentic for this agency
   */
  SymmetricKey unwrap(AgencyId agency, WrappedKey wrapped);

  /**
   * Starts a new KEK version for {@code agency}; new wraps use it, old wraps still unwrap.
   *
   * @return the new KEK's id
   */
  String rotate(AgencyId agency);

  /** Re-wraps {@code wrapped} under the agency's current KEK, without touching the data. */
  default WrappedKey rewrap(AgencyId agency, WrappedKey wrapped) {
    try (SymmetricKey key = unwrap(agency, wrapped)) {
      return wrap(agency, key);
    }
  }

  /**
   * Destroys every KEK of {@code agency}: from then on none of its wrapped keys unwrap, wherever
   * copies of them or of the data survive. Idempotent.
   */
  void destroyAgencyKeys(AgencyId agency);

  /** Whether {@link #destroyAgencyKeys} was called for {@code agency}. */
  boolean isDestroyed(AgencyId agency);

  @Override
  default void close() {}
}
