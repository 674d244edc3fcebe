package com.backofficecare.safeguard.crypto.internal;

import com.backofficecare.safeguard.core.secret.SecretBytes;
import java.security.GeneralSecurityException;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-GCM with a 96-bit nonce and a 128-bit tag, on the JDK's cipher (AES-NI and CLMUL intrinsics;
 * Bouncy Castle's GCM is about 45 times slower). One instance per thread: it keeps its {@link
 * Cipher}. Other nonce and tag sizes are refused, as the format never uses them.
 */
public final class Gcm {

  public static final int NONCE_LENGTH = 12;
  public static final int TAG_LENGTH = 16;

  private final Cipher cipher;
  private final Key key;

  /** A cipher for {@code key} (16, 24 or 32 bytes; copied, and zeroed by {@link #destroy}). */
  public Gcm(byte[] key) {
    if (key.length != 16 && key.length != 24 && key.length != 32) {
      throw new IllegalArgumentException("AES key must be 16, 24 or 32 bytes");
    }
    this.key = new Key(key.clone());
    try {
      this.cipher = Cipher.getInstance("AES/GCM/NoPadding");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK lacks AES/GCM/NoPadding", e);
    }
  }

  /**
   * Encrypts {@code in[inOff, inOff+len)} into {@code out} at {@code outOff}; returns the bytes
   * written ({@code len + 16}).
   */
  public int encrypt(
      byte[] nonce, byte[] aad, byte[] in, int inOff, int len, byte[] out, int outOff) {
    checkNonce(nonce);
    try {
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_LENGTH * 8, nonce));
      if (aad.length > 0) {
        cipher.updateAAD(aad);
      }
      return cipher.doFinal(in, inOff, len, out, outOff);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM encryption failed", e);
    }
  }

  /**
   * Decrypts and authenticates {@code in[inOff, inOff+len)}; returns the plaintext length.
   *
   * @throws AEADBadTagException if the ciphertext, nonce or associated data is not authentic
   */
  public int decrypt(
      byte[] nonce, byte[] aad, byte[] in, int inOff, int len, byte[] out, int outOff)
      throws AEADBadTagException {
    checkNonce(nonce);
    if (len < TAG_LENGTH) {
      throw new AEADBadTagException("ciphertext shorter than the tag");
    }
    try {
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_LENGTH * 8, nonce));
      if (aad.length > 0) {
        cipher.updateAAD(aad);
      }
      return cipher.doFinal(in, inOff, len, out, outOff);
    } catch (AEADBadTagException e) {
      throw e;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM decryption failed", e);
    }
  }

  /** Zeroes this cipher's copy of the key. */
  public void destroy() {
    key.destroy();
  }

  private static void checkNonce(byte[] nonce) {
    if (nonce.length != NONCE_LENGTH) {
      throw new IllegalArgumentException("AES-GCM nonce must be 12 bytes");
    }
  }

  /**
   * A {@link SecretKey} that can be zeroed: {@code SecretKeySpec.destroy()} throws on Java 17. The
   * provider still copies the bytes into its key schedule, which only the JDK can clear.
   */
  private static final class Key implements SecretKey {
    private static final long serialVersionUID = 1L;
    private final transient SecretBytes bytes; // never serialized

    Key(byte[] bytes) {
      this.bytes = SecretBytes.adopt(bytes, "Key[AES]");
    }

    @Override
    public String getAlgorithm() {
      return "AES";
    }

    @Override
    public String getFormat() {
      return "RAW";
    }

    @Override
    public byte[] getEncoded() {
      return bytes.bytes().clone(); // throws once destroyed
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
      return "Key[AES]";
    }
  }
}
