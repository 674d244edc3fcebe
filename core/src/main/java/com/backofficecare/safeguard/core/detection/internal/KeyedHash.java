package com.backofficecare.safeguard.core.detection.internal;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.ShortBufferException;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keyed hashes an agency's roster is kept as: HMAC-SHA256 (truncated to 64 bits) of a
 * normalized word or value, under a key drawn at random when the roster is loaded and kept in
 * memory only, plus a seeded cheap hash that lets most words of a text skip the HMAC.
 *
 * <p>Normalized means letters and digits only, lower case, diacritics folded ("O'Brien" and
 * "OBRIEN" are both {@code obrien}; "204-88-173" is {@code 20488173}). Not thread-safe: each thread
 * takes its own {@link #copy()}.
 */
final class KeyedHash {

  static final byte WORD = 'w';
  static final byte VALUE = 'v';

  private final Mac mac;
  private final long seed;
  private byte[] message = new byte[64];
  private final byte[] digest = new byte[32];

  private KeyedHash(Mac mac, long seed) {
    this.mac = mac;
    this.seed = seed;
  }

  /** A fresh random key and seed. */
  static KeyedHash random() {
    SecureRandom random = new SecureRandom();
    byte[] key = new byte[32];
    random.nextBytes(key);
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return new KeyedHash(mac, random.nextLong());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    } finally {
      Arrays.fill(key, (byte) 0);
    }
  }

  /** The same key and seed, for another thread. */
  KeyedHash copy() {
    try {
      return new KeyedHash((Mac) mac.clone(), seed);
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("HmacSHA256 cannot be cloned", e);
    }
  }

  /** {@link #normal} and {@link #nameNormal} of the ASCII characters, looked up, not computed. */
  private static final char[] ASCII_NORMAL = new char[0x80];

  private static final char[] ASCII_NAME_NORMAL = new char[0x80];

  static {
    for (char c = 0; c < 0x80; c++) {
      char x =
          (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
              ? c
              : c >= 'A' && c <= 'Z' ? (char) (c + 32) : 0;
      ASCII_NORMAL[c] = x;
      ASCII_NAME_NORMAL[c] = x == '1' ? 'l' : x == '0' ? 'o' : x;
    }
  }

  /** A character as normalized: lower-case letter or digit; 0 for anything else (skipped). */
  static char normal(char c) {
    if (c < 0x80) {
      return ASCII_NORMAL[c];
    }
    return Character.isLetterOrDigit(c) ? Character.toLowerCase(WordTable.fold(c)) : 0;
  }

  /**
   * A character of a name as normalized: as {@link #normal}, with OCR's digits for letters read as
   * the letters ({@code 1} as {@code l}, {@code 0} as {@code o}): "Hi11" is Hill.
   */
  static char nameNormal(char c) {
    if (c < 0x80) {
      return ASCII_NAME_NORMAL[c];
    }
    char x = normal(c);
    return x == '1' ? 'l' : x == '0' ? 'o' : x;
  }

  /** One normalized character into a running cheap hash (start from 0). */
  static long step(long h, char normal) {
    return (h ^ normal) * 0x100000001b3L + 1;
  }

  /** The cheap hash's final value in {@code domain}: a prefilter, never stored as a key. */
  long cheap(long h, byte domain) {
    long x = h ^ seed ^ (domain * 0x9e3779b97f4a7c15L);
    x = (x ^ (x >>> 33)) * 0xff51afd7ed558ccdL;
    x = (x ^ (x >>> 33)) * 0xc4ceb9e53e1b9b3fL;
    return x ^ (x >>> 33);
  }

  /**
   * The keyed hash of the normalized characters of {@code chars[from, to)} in {@code domain}
   * ({@link #nameNormal} for words); never 0. The message buffer is zeroed after use.
   */
  long key(byte domain, char[] chars, int from, int to) {
    int n = 1;
    for (int i = from; i < to; i++) {
      char c = domain == VALUE ? normal(chars[i]) : nameNormal(chars[i]);
      if (c != 0) {
        n = put(n, c);
      }
    }
    return mac(domain, n);
  }

  /** The keyed hash of {@code normal[from, to)}, characters already normalized, as {@link #key}. */
  long keyOfNormal(byte domain, char[] normal, int from, int to) {
    int n = 1;
    for (int i = from; i < to; i++) {
      n = put(n, normal[i]);
    }
    return mac(domain, n);
  }

  private int put(int n, char c) {
    if (n + 2 > message.length) {
      message = Arrays.copyOf(message, message.length * 2);
    }
    message[n] = (byte) (c >>> 8);
    message[n + 1] = (byte) c;
    return n + 2;
  }

  private long mac(byte domain, int n) {
    message[0] = domain;
    try {
      mac.update(message, 0, n);
      mac.doFinal(digest, 0);
    } catch (ShortBufferException e) {
      throw new IllegalStateException(e);
    } finally {
      Arrays.fill(message, 0, n, (byte) 0);
    }
    long k = 0;
    for (int i = 0; i < 8; i++) {
      k = k << 8 | (digest[i] & 0xff);
    }
    Arrays.fill(digest, (byte) 0);
    return k == 0 ? 1 : k;
  }

  /** The key of two keys of one person, whichever order they come in; never 0. */
  static long pair(long a, long b) {
    long lo = Math.min(a, b);
    long hi = Math.max(a, b);
    long x = lo * 0x9e3779b97f4a7c15L + Long.rotateLeft(hi, 29);
    x = (x ^ (x >>> 31)) * 0xbf58476d1ce4e5b9L;
    x ^= x >>> 29;
    return x == 0 ? 1 : x;
  }
}
