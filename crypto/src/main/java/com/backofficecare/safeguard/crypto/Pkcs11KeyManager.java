package com.backofficecare.safeguard.crypto;

import static java.util.Objects.requireNonNull;

import com.backofficecare.safeguard.core.AgencyId;
import com.backofficecare.safeguard.crypto.internal.Gcm;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.Security;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * A {@link KeyManager} whose key-encryption keys live in a PKCS#11 token (an HSM, or SoftHSM2 in
 * tests) and never leave it: wrapping is AES-256-GCM inside the token (many tokens refuse AES key
 * wrap for this use). Destroying an agency's keys destroys the token objects, which is the
 * strongest crypto-erase this library offers: no file remnant holds the KEK.
 *
 * <p>KEKs are token objects labelled {@code safeguard:AGENCY:kN}. Configure the JDK's SunPKCS11
 * provider with a config file naming the token's library and slot; adding {@code
 * attributes(generate, CKO_SECRET_KEY, CKK_AES) = { CKA_SENSITIVE = true CKA_EXTRACTABLE = false }}
 * keeps generated keys unexportable.
 */
public final class Pkcs11KeyManager implements KeyManager {

  private static final String PREFIX = "safeguard:";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Provider provider;
  private final KeyStore token;

  private Pkcs11KeyManager(Provider provider, KeyStore token) {
    this.provider = provider;
    this.token = token;
  }

  /**
   * Opens the token that SunPKCS11 {@code config} names, logging in with {@code pin} (copied and
   * zeroed after use by the caller's choice: this method does not keep it).
   *
   * @throws KeyUnavailableException if the provider cannot be configured or the login fails
   */
  public static Pkcs11KeyManager open(Path config, char[] pin) {
    requireNonNull(config, "config");
    Provider base = Security.getProvider("SunPKCS11");
    if (base == null) {
      throw new KeyUnavailableException("this JDK has no SunPKCS11 provider");
    }
    Provider configured;
    try {
      configured = base.configure(config.toString());
    } catch (RuntimeException e) {
      throw new KeyUnavailableException("cannot configure PKCS#11 from " + config, e);
    }
    return open(configured, pin);
  }

  /** Opens the token of an already configured PKCS#11 {@code provider}. */
  public static Pkcs11KeyManager open(Provider provider, char[] pin) {
    requireNonNull(provider, "provider");
    requireNonNull(pin, "pin");
    try {
      KeyStore ks = KeyStore.getInstance("PKCS11", provider);
      ks.load(null, pin);
      return new Pkcs11KeyManager(provider, ks);
    } catch (GeneralSecurityException | IOException e) {
      throw new KeyUnavailableException("cannot log in to the PKCS#11 token", e);
    }
  }

  @Override
  public synchronized WrappedKey wrap(AgencyId agency, SymmetricKey dataKey) {
    List<String> keks = kekIds(agency);
    if (keks.isEmpty()) {
      if (isDestroyed(agency)) {
        throw new KeyUnavailableException("keys of agency " + agency + " were destroyed");
      }
      create(agency, 1);
      keks = kekIds(agency);
    }
    String kekId = keks.get(keks.size() - 1);
    byte[] nonce = new byte[Gcm.NONCE_LENGTH];
    RANDOM.nextBytes(nonce);
    try {
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding", provider);
      c.init(Cipher.ENCRYPT_MODE, kek(kekId), new GCMParameterSpec(128, nonce));
      c.updateAAD(KeyWrapping.associatedData(agency, kekId, dataKey.id()));
      byte[] sealed = c.doFinal(dataKey.material());
      byte[] out = new byte[nonce.length + sealed.length];
      System.arraycopy(nonce, 0, out, 0, nonce.length);
      System.arraycopy(sealed, 0, out, nonce.length, sealed.length);
      return new WrappedKey(kekId, dataKey.idBytes(), out);
    } catch (GeneralSecurityException e) {
      throw new KeyUnavailableException("the token could not wrap under " + kekId, e);
    }
  }

  @Override
  public synchronized SymmetricKey unwrap(AgencyId agency, WrappedKey wrapped) {
    if (!KeyWrapping.belongsTo(wrapped.kekId(), agency)) {
      throw new KeyUnavailableException(
          "key " + wrapped.kekId() + " is not agency " + agency + "'s");
    }
    if (!kekIds(agency).contains(wrapped.kekId())) {
      throw new KeyUnavailableException(
          isDestroyed(agency)
              ? "keys of agency " + agency + " were destroyed (crypto-erased)"
              : "unknown key-encryption key " + wrapped.kekId());
    }
    byte[] body = wrapped.ciphertext();
    byte[] material = null;
    try {
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding", provider);
      c.init(
          Cipher.DECRYPT_MODE,
          kek(wrapped.kekId()),
          new GCMParameterSpec(128, Arrays.copyOf(body, Gcm.NONCE_LENGTH)));
      c.updateAAD(KeyWrapping.associatedData(agency, wrapped.kekId(), wrapped.dataKeyId()));
      material = c.doFinal(body, Gcm.NONCE_LENGTH, body.length - Gcm.NONCE_LENGTH);
      return SymmetricKey.adopt(material, wrapped.dataKeyIdBytes());
    } catch (AEADBadTagException e) {
      throw new KeyUnavailableException(
          "wrapped key " + wrapped.dataKeyId() + " is not authentic for agency " + agency);
    } catch (GeneralSecurityException e) {
      if (material != null) {
        Arrays.fill(material, (byte) 0);
      }
      throw new KeyUnavailableException("the token could not unwrap " + wrapped.dataKeyId(), e);
    }
  }

  @Override
  public synchronized String rotate(AgencyId agency) {
    if (isDestroyed(agency)) {
      throw new KeyUnavailableException("keys of agency " + agency + " were destroyed");
    }
    return create(agency, kekIds(agency).size() + 1);
  }

  @Override
  public synchronized void destroyAgencyKeys(AgencyId agency) {
    try {
      for (String id : kekIds(agency)) {
        token.deleteEntry(alias(id));
      }
      if (!token.containsAlias(tombstone(agency))) {
        // A marker that this agency's keys were destroyed, so no new KEK is quietly created.
        KeyGenerator g = KeyGenerator.getInstance("AES", provider);
        g.init(128);
        token.setEntry(tombstone(agency), new KeyStore.SecretKeyEntry(g.generateKey()), null);
      }
    } catch (GeneralSecurityException e) {
      throw new KeyUnavailableException(
          "the token could not destroy agency " + agency + "'s keys", e);
    }
  }

  @Override
  public synchronized boolean isDestroyed(AgencyId agency) {
    try {
      return token.containsAlias(tombstone(agency));
    } catch (GeneralSecurityException e) {
      throw new KeyUnavailableException("cannot read the token", e);
    }
  }

  @Override
  public synchronized byte[] sealOperatorSecret(String context, byte[] secret) {
    requireNonNull(context, "context");
    requireNonNull(secret, "secret");
    try {
      if (!token.containsAlias(alias(KeyWrapping.OPERATOR_KEK))) {
        KeyGenerator g = KeyGenerator.getInstance("AES", provider);
        g.init(256);
        token.setEntry(
            alias(KeyWrapping.OPERATOR_KEK), new KeyStore.SecretKeyEntry(g.generateKey()), null);
      }
      byte[] nonce = new byte[Gcm.NONCE_LENGTH];
      RANDOM.nextBytes(nonce);
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding", provider);
      c.init(Cipher.ENCRYPT_MODE, kek(KeyWrapping.OPERATOR_KEK), new GCMParameterSpec(128, nonce));
      c.updateAAD(KeyWrapping.operatorAssociatedData(context));
      byte[] sealed = c.doFinal(secret);
      byte[] out = new byte[nonce.length + sealed.length];
      System.arraycopy(nonce, 0, out, 0, nonce.length);
      System.arraycopy(sealed, 0, out, nonce.length, sealed.length);
      return out;
    } catch (GeneralSecurityException e) {
      throw new KeyUnavailableException("the token could not seal an operator secret", e);
    }
  }

  @Override
  public synchronized byte[] openOperatorSecret(String context, byte[] sealed) {
    requireNonNull(context, "context");
    requireNonNull(sealed, "sealed");
    if (sealed.length < Gcm.NONCE_LENGTH + Gcm.TAG_LENGTH) {
      throw new KeyUnavailableException("a sealed operator secret is malformed");
    }
    try {
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding", provider);
      c.init(
          Cipher.DECRYPT_MODE,
          kek(KeyWrapping.OPERATOR_KEK),
          new GCMParameterSpec(128, Arrays.copyOf(sealed, Gcm.NONCE_LENGTH)));
      c.updateAAD(KeyWrapping.operatorAssociatedData(context));
      return c.doFinal(sealed, Gcm.NONCE_LENGTH, sealed.length - Gcm.NONCE_LENGTH);
    } catch (AEADBadTagException e) {
      throw new KeyUnavailableException("a sealed operator secret is not authentic for this token");
    } catch (GeneralSecurityException e) {
      throw new KeyUnavailableException("the token could not open an operator secret", e);
    }
  }

  /** The ids of {@code agency}'s KEKs on the token, oldest first. */
  public synchronized List<String> kekIds(AgencyId agency) {
    String prefix = PREFIX + agency.value() + ":k";
    List<Integer> versions = new ArrayList<>();
    try {
      for (String alias : Collections.list(token.aliases())) {
        if (alias.startsWith(prefix)) {
          versions.add(Integer.parseInt(alias.substring(prefix.length())));
        }
      }
    } catch (GeneralSecurityException | NumberFormatException e) {
      throw new KeyUnavailableException("cannot list the token's keys", e);
    }
    Collections.sort(versions);
    return versions.stream().map(v -> agency.value() + "/k" + v).toList();
  }

  @Override
  public String toString() {
    return "Pkcs11KeyManager[" + provider.getName() + "]";
  }

  private String create(AgencyId agency, int version) {
    String id = agency.value() + "/k" + version;
    try {
      KeyGenerator g = KeyGenerator.getInstance("AES", provider);
      g.init(256);
      SecretKey k = g.generateKey();
      token.setEntry(alias(id), new KeyStore.SecretKeyEntry(k), null);
      return id;
    } catch (GeneralSecurityException e) {
      throw new KeyUnavailableException("the token could not create " + id, e);
    }
  }

  private Key kek(String kekId) throws GeneralSecurityException {
    Key k = token.getKey(alias(kekId), null);
    if (k == null) {
      throw new KeyUnavailableException("key-encryption key " + kekId + " is not on the token");
    }
    return k;
  }

  private static String alias(String kekId) {
    int slash = kekId.indexOf('/');
    return PREFIX + kekId.substring(0, slash) + ":" + kekId.substring(slash + 1);
  }

  private static String tombstone(AgencyId agency) {
    return PREFIX + agency.value() + ":destroyed";
  }
}
