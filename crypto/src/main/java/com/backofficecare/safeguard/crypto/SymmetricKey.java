package com.backofficecare.safeguard.crypto;

import com.backofficecare.safeguard.core.secret.SecretBytes;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import javax.security.auth.Destroyable;

/**
 * A 256-bit secret key that can be destroyed: {@link #destroy()} zeroes its bytes, after which it
 * can no longer be used. Its bytes never leave this package; {@link #id()} names it.
 *
 * <p>Each object in the secure store has one of these as its data key; destroying the key (and
 * every wrapped copy) is the object's cryptographic erase.
 */
public final class SymmetricKey implements Destroyable, AutoCloseable {

  /** Key length in bytes. */
  public static final int LENGTH = 32;

  /** Length of a key id in bytes (hex: twice as many characters). */
  public static final int ID_LENGTH = 16;

  private static final SecureRandom RANDOM = new SecureRandom();

  private final SecretBytes material;
  private final byte[] id;

  private SymmetricKey(byte[] material, byte[] id) {
    this.id = id;
    this.material = SecretBytes.adopt(material, "key " + id());
  }

  /** A new random key with a new random id. */
  public static SymmetricKey generate() {
    byte[] m = new byte[LENGTH];
    byte[] id = new byte[ID_LENGTH];
    RANDOM.nextBytes(m);
    RANDOM.nextBytes(id);
    return new SymmetricKey(m, id);
  }

  /** Wraps {@code material} (taken over, not copied) with {@code id}; for this package only. */
  static SymmetricKey adopt(byte[] material, byte[] id) {
    if (material.length != LENGTH || id.length != ID_LENGTH) {
      Arrays.fill(material, (byte) 0);
      throw new IllegalArgumentException("key must be 32 bytes with a 16-byte id");
    }
    return new SymmetricKey(material, id.clone());
  }

  /** The key's id, as 32 hex characters. Not secret. */
  public String id() {
    return HexFormat.of().formatHex(id);
  }

  byte[] idBytes() {
    return id.clone();
  }

  /** The key bytes themselves, not copied: callers in this package must not keep them. */
  byte[] material() {
    return material.bytes(); // throws once destroyed
  }

  /** Zeroes the key. Idempotent. */
  @Override
  public void destroy() {
    material.destroy();
  }

  @Override
  public boolean isDestroyed() {
    return material.isDestroyed();
  }

  /** Same as {@link #destroy()}, for try-with-resources. */
  @Override
  public void close() {
    destroy();
  }

  @Override
  public String toString() {
    return "SymmetricKey[id=" + id() + (isDestroyed() ? ", destroyed" : "") + "]";
  }
}
