package com.backofficecare.safeguard.crypto.internal;

import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;

/** HKDF with HMAC-SHA-256 (RFC 5869), from Bouncy Castle: the JDK 17 API has none. */
public final class Hkdf {

  /** The most output HKDF-SHA-256 can give: 255 hash lengths. */
  public static final int MAX_OUTPUT = 255 * 32;

  private Hkdf() {}

  /**
   * Derives {@code length} bytes from {@code ikm}.
   *
   * @throws IllegalArgumentException if {@code length} is not in [1, 8160]
   */
  public static byte[] derive(byte[] ikm, byte[] salt, byte[] info, int length) {
    if (length < 1 || length > MAX_OUTPUT) {
      throw new IllegalArgumentException(
          "HKDF-SHA-256 output must be 1 to " + MAX_OUTPUT + " bytes");
    }
    HKDFBytesGenerator g = new HKDFBytesGenerator(new SHA256Digest());
    g.init(new HKDFParameters(ikm, salt, info));
    byte[] out = new byte[length];
    g.generateBytes(out, 0, length);
    return out;
  }
}
