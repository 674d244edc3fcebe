package com.backofficecare.safeguard.core.detection.internal;

import java.util.Arrays;

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

  private WordTable(int[] slots, char[] pool) {
    this.slots = slots;
    this.pool = pool;
    this.mask = slots.length - 1;
  }

  /**
   * Collects words and their masks straight into the table's layout (no sorted map, no boxing: the
   * lexicon is built by every fresh JVM that detects, so its cost is start-up time). A word given
   * again has its masks OR-ed into the first.
   */
  static final class Builder {
    private int[] slots = new int[1 << 18];
    private char[] pool = new char[1 << 20];
    private int size;
    private int used;

    /** ORs {@code classes} into the low mask of {@code word} (lower case, folded). */
    void word(String word, int classes) {
      add(word, classes & 0xffffffffL);
    }

    /** ORs {@code cues} into the high mask of {@code word} (lower case, folded). */
    void cue(String word, int cues) {
      add(word, (long) cues << 32);
    }

    private void add(String word, long value) {
      int len = word.length();
      int h = finish(hash(word));
      for (int slot = h & (slots.length - 1); ; slot = (slot + 1) & (slots.length - 1)) {
        int s = slots[slot];
        if (s == 0) {
          append(word, value);
          slots[slot] = (h & FINGERPRINT) | (used - HEADER - len + 1);
          if (++size * 2 > slots.length) {
            slots = rehash(slots.length * 2);
          }
          return;
        }
        int offset = (s & ~FINGERPRINT) - 1;
        if ((s & FINGERPRINT) == (h & FINGERPRINT)
            && pool[offset] == len
            && word.equals(new String(pool, offset + HEADER, len))) {
          long merged = value(pool, offset) | value;
          for (int i = 0; i < 4; i++) {
            pool[offset + 1 + i] = (char) (merged >>> (16 * i));
          }
          return;
        }
      }
    }

    private void append(String word, long value) {
      int need = used + HEADER + word.length();
      if (need >= 1 << 24) {
        throw new IllegalArgumentException("word list too large: " + need + " chars");
      }
      if (need > pool.length) {
        pool = Arrays.copyOf(pool, Math.max(need, pool.length * 2));
      }
      pool[used] = (char) word.length();
      for (int i = 0; i < 4; i++) {
        pool[used + 1 + i] = (char) (value >>> (16 * i));
      }
      word.getChars(0, word.length(), pool, used + HEADER);
      used = need;
    }

    /** The slots of every entry so far, in a table of {@code capacity}, in pool order. */
    private int[] rehash(int capacity) {
      int[] out = new int[capacity];
      for (int offset = 0; offset < used; offset += HEADER + pool[offset]) {
        int h = finish(hash(pool, offset + HEADER, offset + HEADER + pool[offset]));
        int slot = h & (capacity - 1);
        while (out[slot] != 0) {
          slot = (slot + 1) & (capacity - 1);
        }
        out[slot] = (h & FINGERPRINT) | (offset + 1);
      }
      return out;
    }

    /** The table: twice as many slots as words, rounded up to a power of two. */
    WordTable build() {
      return new WordTable(
          rehash(Integer.highestOneBit(Math.max(4, size * 2 - 1)) << 1), Arrays.copyOf(pool, used));
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
          return value(pool, offset);
        }
      }
    }
  }

  private static long value(char[] pool, int offset) {
    return pool[offset + 1]
        | (long) pool[offset + 2] << 16
        | (long) pool[offset + 3] << 32
        | (long) pool[offset + 4] << 48;
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

  /**
   * Latin letters with diacritics to their lower-case base (Ü, ü to u; ễ to e; Ø to o), and
   * Cyrillic and Greek look-alikes to the Latin letter they look like.
   */
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
    // Cyrillic and Greek letters drawn like Latin ones, so that a name typed with one of them
    // ("Mаria" with a Cyrillic a) is still read as the name.
    String lookAlikes =
        "аaАaвbВbеeЕeкkКkмmМmнhНhоoОoрpРpсcСcтtТtуyУyхxХxіiІiјjЈjѕsЅsһhԁd"
            + "ΑaΒbΕeΖzΗhΙiΚkΜmΝnΟoοoΡpΤtΥyΧx";
    for (int i = 0; i < lookAlikes.length(); i += 2) {
      t[lookAlikes.charAt(i) - 0xc0] = lookAlikes.charAt(i + 1);
    }
    return t;
  }

  /** The word as the table keeps it: diacritics folded (case is folded on lookup). */
  static String fold(String word) {
    int first = 0;
    while (first < word.length() && word.charAt(first) < 0xc0) {
      first++;
    }
    if (first == word.length()) {
      return word;
    }
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

  private static int hash(String s) {
    int h = 0;
    for (int i = 0; i < s.length(); i++) {
      h = step(h, s.charAt(i));
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
