package com.backofficecare.safeguard.policy.mfa;

import static java.util.Objects.requireNonNull;

import com.backofficecare.safeguard.core.secret.SecretBytes;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.security.auth.Destroyable;

/**
 * A person's TOTP shared secret. Destroyable; {@link #toString()} never shows it. Exported only as
 * Base32 for enrolment ({@link #toBase32()}), which the application shows once.
 */
public final class TotpSecret implements Destroyable {

  private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SecretBytes bytes;

  private TotpSecret(byte[] bytes) {
    this.bytes = SecretBytes.adopt(bytes, "TotpSecret");
  }

  /** A new random secret of 20 bytes (160 bits, RFC 4226's recommendation). */
  public static TotpSecret random() {
    byte[] b = new byte[20];
    RANDOM.nextBytes(b);
    return new TotpSecret(b);
  }

  /** The secret with these bytes (copied). */
  public static TotpSecret of(byte[] bytes) {
    if (requireNonNull(bytes, "bytes").length < 16) {
      throw new IllegalArgumentException("a TOTP secret needs at least 16 bytes");
    }
    return new TotpSecret(bytes.clone());
  }

  /**
   * Parses Base32 (RFC 4648, padding and spaces ignored, any case).
   *
   * @throws IllegalArgumentException if it is not Base32 (the message does not echo it)
   */
  public static TotpSecret fromBase32(String text) {
    String s =
        requireNonNull(text, "text")
            .replace(" ", "")
            .replace("=", "")
            .toUpperCase(java.util.Locale.ROOT);
    byte[] out = new byte[s.length() * 5 / 8];
    int buffer = 0;
    int bits = 0;
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      int v = ALPHABET.indexOf(s.charAt(i));
      if (v < 0) {
        throw new IllegalArgumentException("not Base32 at position " + i);
      }
      buffer = (buffer << 5) | v;
      bits += 5;
      if (bits >= 8) {
        out[n++] = (byte) (buffer >>> (bits - 8));
        bits -= 8;
      }
    }
    TotpSecret secret = of(Arrays.copyOf(out, n));
    Arrays.fill(out, (byte) 0);
    return secret;
  }

  /** The secret in Base32, for an authenticator app's enrolment QR code. */
  public String toBase32() {
    StringBuilder sb = new StringBuilder();
    int buffer = 0;
    int bits = 0;
    for (byte b : bytes()) {
      buffer = (buffer << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        sb.append(ALPHABET.charAt((buffer >>> (bits - 5)) & 31));
        bits -= 5;
      }
    }
    if (bits > 0) {
      sb.append(ALPHABET.charAt((buffer << (5 - bits)) & 31));
    }
    return sb.toString();
  }

  byte[] bytes() {
    return bytes.bytes(); // throws once destroyed
  }

  @Override
  public void destroy() {
    bytes.destroy();
  }

  @Override
  public boolean isDestroyed() {
    return bytes.isDestroyed();
  }

  @Override
  public String toString() {
    return bytes.toString();
  }
}
