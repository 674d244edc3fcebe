package com.backofficecare.safeguard.core.detection.internal;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * An immutable map from lower-case words to two bit masks (packed in a {@code long}, low and high
 * half) that answers case-insensitive look-ups of a slice of the text without allocating: the
 * detector's hot path, one probe per word.
 *
 * <p>Open addressing over one {@code int[]} of slots (8 bits of the hash and the entry's offset),
 * and every entry (its masks, then its characters) laid out contiguously in one {@code char[]}: a
 * look-up touches two cache lines where a table of {@code String} keys touches four.
 */
final class WordTable {

  private static final int HEADER = 5; // the length, then the 64-bit value in four chars

  /** A slot holds hash bits above the pool offset; the pool must stay below 2^24 chars. */
  private static final int FINGERPRINT = 0xff000000;

  private final int[] slots;
  private final char[] pool;
  private final int mask;

  WordTable(Map<String, Integer> low, Map<String, Integer> high) {
    Map<String, Long> merged = new TreeMap<>();
    low.forEach(
        (w, v) -> merged.merge(w.toLowerCase(Locale.ROOT), v & 0xffffffffL, (x, y) -> x | y));
    high.forEach(
        (w, v) -> merged.merge(w.toLowerCase(Locale.ROOT), (long) v << 32, (x, y) -> x | y));
    int capacity = Integer.highestOneBit(Math.max(4, merged.size() * 2 - 1)) << 1;
    slots = new int[capacity];
    mask = capacity - 1;
    int poolSize = 0;
    for (String w : merged.keySet()) {
      poolSize += HEADER + w.length();
    }
    if (poolSize >= 1 << 24) {
      throw new IllegalArgumentException("word list too large: " + poolSize + " chars");
    }
    pool = new char[poolSize];
    int offset = 0;
    for (Map.Entry<String, Long> e : merged.entrySet()) {
      String word = e.getKey();
      long value = e.getValue();
      pool[offset] = (char) word.length();
      for (int i = 0; i < 4; i++) {
        pool[offset + 1 + i] = (char) (value >>> (16 * i));
      }
      word.getChars(0, word.length(), pool, offset + HEADER);
      int h = finish(hash(word.toCharArray(), 0, word.length()));
      int slot = h & mask;
      while (slots[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = (h & FINGERPRINT) | (offset + 1); // +1: zero marks an empty slot
      offset += HEADER + word.length();
    }
  }

  /** The masks stored for {@code text[start, end)} whose {@link #hash} is given; 0 if absent. */
  long get(int hash, char[] text, int start, int end) {
    int h = finish(hash);
    int len = end - start;
    for (int slot = h & mask; ; slot = (slot + 1) & mask) {
      int s = slots[slot];
      if (s == 0) {
        return 0;
      }
      if ((s & FINGERPRINT) == (h & FINGERPRINT)) {
        int offset = (s & ~FINGERPRINT) - 1;
        if (pool[offset] == len && matches(offset + HEADER, text, start, len)) {
          return pool[offset + 1]
              | (long) pool[offset + 2] << 16
              | (long) pool[offset + 3] << 32
              | (long) pool[offset + 4] << 48;
        }
      }
    }
  }

  private boolean matches(int at, char[] text, int start, int len) {
    for (int i = 0; i < len; i++) {
      if (pool[at + i] != lower(text[start + i])) {
        return false;
      }
    }
    return true;
  }

  static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c < 0xc0 ? c : fold(c);
  }

  /** Latin letters with diacritics to their lower-case base: Ü, ü to u; ễ to e; Ø to o. */
  private static final char FOLD_END = 0x1f00; // through Latin Extended Additional (Vietnamese)

  private static final char[] FOLD = foldTable();

  static char fold(char c) {
    return c >= 0xc0 && c < FOLD_END ? FOLD[c - 0xc0] : c;
  }

  private static char[] foldTable() {
    char[] t = new char[FOLD_END - 0xc0];
    for (char c = 0xc0; c < FOLD_END; c++) {
      char base =
          java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD)
              .charAt(0);
      t[c - 0xc0] =
          base < 0x80 && Character.isLetter(base)
              ? Character.toLowerCase(base)
              : Character.toLowerCase(c);
    }
    t[0xd8 - 0xc0] = 'o';
    t[0xf8 - 0xc0] = 'o';
    t[0x110 - 0xc0] = 'd';
    t[0x111 - 0xc0] = 'd';
    t[0x131 - 0xc0] = 'i';
    t[0x141 - 0xc0] = 'l';
    t[0x142 - 0xc0] = 'l';
    return t;
  }

  /** The word as the table keeps it: diacritics folded (case is folded on lookup). */
  static String fold(String word) {
    char[] w = word.toCharArray();
    for (int i = 0; i < w.length; i++) {
      w[i] = w[i] < 0xc0 ? w[i] : fold(w[i]);
    }
    return new String(w);
  }

  /**
   * The slice's hash: {@link #step} over its characters from 0. Case-insensitive for ASCII and
   * blind to diacritics, consistent with the comparison ({@code c | 0x20} folds A-Z and keeps every
   * other character's equality class; {@link #fold} maps accented letters first).
   */
  static int hash(char[] s, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      h = step(h, s[i]);
    }
    return h;
  }

  /** One character into a running hash; cheap enough for the tokenizer's inner loop. */
  static int step(int h, char c) {
    return (h << 5) - h + ((c < 0xc0 ? c : fold(c)) | 0x20);
  }

  private static int finish(int h) {
    h *= 0x9e3779b9;
    return h ^ (h >>> 15);
  }
}
