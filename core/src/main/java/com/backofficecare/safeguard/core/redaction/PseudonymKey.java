package com.backofficecare.safeguard.core.redaction;

import static java.util.Objects.requireNonNull;

import com.backofficecare.safeguard.core.AgencyId;
import com.backofficecare.safeguard.core.secret.SecretBytes;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A per-agency HMAC-SHA256 key for keyed pseudonyms and date shifts: the same value under the same
 * agency always maps to the same token, so joins across files still work, while another agency's
 * tokens are unrelated.
 *
 * <p>The key bytes never leave this object; {@link #toString()} shows only the agency. Call {@link
 * #destroy()} when done to zero them.
 */
public final class PseudonymKey {

  private static final int KEY_BYTES = 32;

  private final AgencyId agency;
  private final SecretBytes key;

  private PseudonymKey(AgencyId agency, byte[] key) {
    this.agency = agency;
    this.key = SecretBytes.adopt(key, "pseudonym key of agency " + agency);
  }

  /**
   * Derives the agency's key from a master secret of at least 32 bytes (HMAC-SHA256 of the agency
   * id under the secret). The caller keeps ownership of {@code secret}.
   */
  public static PseudonymKey derive(byte[] secret, AgencyId agency) {
    requireNonNull(secret, "secret");
    requireNonNull(agency, "agency");
    if (secret.length < KEY_BYTES) {
      throw new IllegalArgumentException(
          "pseudonym secret must be at least " + KEY_BYTES + " bytes, was " + secret.length);
    }
    byte[] derived =
        hmac(secret, ("safeguard/pseudonym/v1/" + agency.value()).getBytes(StandardCharsets.UTF_8));
    return new PseudonymKey(agency, derived);
  }

  /** A fresh random key for {@code agency}, for tests and one-off exports. */
  public static PseudonymKey random(AgencyId agency) {
    byte[] key = new byte[KEY_BYTES];
    new SecureRandom().nextBytes(key);
    return new PseudonymKey(requireNonNull(agency, "agency"), key);
  }

  /** The agency this key belongs to. */
  public AgencyId agency() {
    return agency;
  }

  /** HMAC-SHA256 of {@code domain || 0 || value} under this key. */
  byte[] mac(String domain, String value) {
    byte[] k = key.bytes(); // throws once destroyed
    byte[] d = domain.getBytes(StandardCharsets.UTF_8);
    byte[] v = value.getBytes(StandardCharsets.UTF_8);
    byte[] msg = new byte[d.length + 1 + v.length];
    System.arraycopy(d, 0, msg, 0, d.length);
    System.arraycopy(v, 0, msg, d.length + 1, v.length);
    try {
      return hmac(k, msg);
    } finally {
      Arrays.fill(msg, (byte) 0);
      Arrays.fill(v, (byte) 0);
    }
  }

  /** Zeroes the key; later use throws {@link IllegalStateException}. */
  public void destroy() {
    key.destroy();
  }

  public boolean isDestroyed() {
    return key.isDestroyed();
  }

  @Override
  public String toString() {
    return "PseudonymKey[agency=" + agency + "]";
  }

  private static byte[] hmac(byte[] key, byte[] message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(message);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }
}
