package com.backofficecare.safeguard.core.secret;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import javax.security.auth.Destroyable;

/**
 * Bytes of a secret (a key, a TOTP seed), held by the object that owns them and zeroed by {@link
 * #destroy()}; once destroyed, {@link #bytes()} throws. Never printed: {@link #toString()} names
 * what it holds and whether it is destroyed. The one implementation of "a secret that can be
 * destroyed" behind {@code SymmetricKey}, {@code PseudonymKey}, {@code TotpSecret} and the AES key
 * handed to the JDK's cipher.
 */
public final class SecretBytes implements Destroyable {

  private final byte[] bytes;
  private final String what;
  private volatile boolean destroyed;

  private SecretBytes(byte[] bytes, String what) {
    this.bytes = bytes;
    this.what = what;
  }

  /**
   * Takes over {@code bytes} (not copied: the caller drops its reference); {@code what} names it.
   */
  public static SecretBytes adopt(byte[] bytes, String what) {
    return new SecretBytes(requireNonNull(bytes, "bytes"), requireNonNull(what, "what"));
  }

  /**
   * The bytes themselves, not copied: use them at once and keep no reference.
   *
   * @throws IllegalStateException once destroyed
   */
  public byte[] bytes() {
    if (destroyed) {
      throw new IllegalStateException(what + " was destroyed");
    }
    return bytes;
  }

  public int length() {
    return bytes.length;
  }

  /** Zeroes the bytes. Idempotent. */
  @Override
  public void destroy() {
    Arrays.fill(bytes, (byte) 0);
    destroyed = true;
  }

  @Override
  public boolean isDestroyed() {
    return destroyed;
  }

  @Override
  public String toString() {
    return what + "[" + (destroyed ? "destroyed" : "hidden") + "]";
  }
}
