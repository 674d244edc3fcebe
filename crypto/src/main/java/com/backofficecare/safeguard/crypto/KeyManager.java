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

  /**
   * Seals a secret of the operator itself (the private key of its signing identity) with
   * authenticated encryption under the operator's key-encryption key, created on first use. That
   * KEK belongs to no agency: {@link #destroyAgencyKeys} never touches it, and it stays where the
   * agencies' KEKs are (the passphrase-protected file, or the HSM).
   *
   * @param context what the secret is, bound into the seal: opening it under another context fails
   * @return the sealed bytes, safe to keep in a plain file
   */
  byte[] sealOperatorSecret(String context, byte[] secret);

  /**
   * The secret {@link #sealOperatorSecret} sealed under {@code context}; the caller zeroes it after
   * use.
   *
   * @throws KeyUnavailableException if {@code sealed} is not authentic, was sealed for another
   *     context, or the operator KEK is not in this key manager
   */
  byte[] openOperatorSecret(String context, byte[] sealed);

  @Override
  default void close() {}
}
