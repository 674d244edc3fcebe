package com.backofficecare.safeguard.crypto;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A data key encrypted under a key-encryption key (KEK): safe to store beside the data it protects,
 * useless without the KEK. Immutable.
 */
public final class WrappedKey {

  private final String kekId;
  private final byte[] dataKeyId;
  private final byte[] ciphertext;

  WrappedKey(String kekId, byte[] dataKeyId, byte[] ciphertext) {
    this.kekId = requireNonNull(kekId, "kekId");
    this.dataKeyId = dataKeyId.clone();
    this.ciphertext = ciphertext.clone();
    if (dataKeyId.length != SymmetricKey.ID_LENGTH) {
      throw new IllegalArgumentException("data key id must be 16 bytes");
    }
  }

  /** The id of the key-encryption key that wrapped it, e.g. {@code "sunrise/k2"}. */
  public String kekId() {
    return kekId;
  }

  /** The id of the data key inside. */
  public String dataKeyId() {
    return HexFormat.of().formatHex(dataKeyId);
  }

  byte[] dataKeyIdBytes() {
    return dataKeyId.clone();
  }

  byte[] ciphertext() {
    return ciphertext.clone();
  }

  /** A text form for metadata records: {@code kekId;dataKeyId;base64}. */
  public String encode() {
    return kekId + ";" + dataKeyId() + ";" + Base64.getEncoder().encodeToString(ciphertext);
  }

  /**
   * Parses {@link #encode()}'s form.
   *
   * @throws IllegalArgumentException if {@code text} is not one
   */
  public static WrappedKey decode(String text) {
    String[] parts = requireNonNull(text, "text").split(";", -1);
    if (parts.length != 3 || parts[0].isEmpty()) {
      throw new IllegalArgumentException("wrapped key must be kekId;dataKeyId;base64");
    }
    try {
      return new WrappedKey(
          parts[0], HexFormat.of().parseHex(parts[1]), Base64.getDecoder().decode(parts[2]));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("wrapped key has a malformed id or body", e);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WrappedKey w
        && w.kekId.equals(kekId)
        && Arrays.equals(w.dataKeyId, dataKeyId)
        && Arrays.equals(w.ciphertext, ciphertext);
  }

  @Override
  public int hashCode() {
    return kekId.hashCode() * 31 + Arrays.hashCode(dataKeyId);
  }

  @Override
  public String toString() {
    return "WrappedKey[kek=" + kekId + ", dataKey=" + dataKeyId() + "]";
  }
}
