package com.backofficecare.safeguard.core.detection.internal;

import java.util.Locale;
import java.util.Map;

/**
 * An immutable map from lower-case words to non-zero bit masks that answers case-insensitive
 * look-ups of a slice of a {@link CharSequence} without allocating: the detector's hot path.
 */
final class WordTable {

  private final String[] keys;
  private final int[] values;
  private final int mask;

  WordTable(Map<String, Integer> words) {
    int capacity = Integer.highestOneBit(Math.max(4, words.size() * 2 - 1)) << 1;
    keys = new String[capacity];
    values = new int[capacity];
    mask = capacity - 1;
    words.forEach(
        (w, v) -> {
          String word = w.toLowerCase(Locale.ROOT);
          int slot = hash(word, 0, word.length()) & mask;
          while (keys[slot] != null && !keys[slot].equals(word)) {
            slot = (slot + 1) & mask;
          }
          keys[slot] = word;
          values[slot] |= v;
        });
  }

  /** The mask stored for the slice, or 0 when absent. */
  int get(CharSequence text, int start, int end) {
    int slot = hash(text, start, end) & mask;
    int len = end - start;
    for (String key = keys[slot]; key != null; key = keys[slot]) {
      if (key.length() == len && equalsIgnoreCase(key, text, start)) {
        return values[slot];
      }
      slot = (slot + 1) & mask;
    }
    return 0;
  }

  int get(String word) {
    return get(word, 0, word.length());
  }

  private static boolean equalsIgnoreCase(String lower, CharSequence text, int start) {
    for (int i = 0; i < lower.length(); i++) {
      if (lower.charAt(i) != lower(text.charAt(start + i))) {
        return false;
      }
    }
    return true;
  }

  static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
  }

  private static int hash(CharSequence s, int start, int end) {
    int h = 0x9747b28c;
    for (int i = start; i < end; i++) {
      h = (h ^ lower(s.charAt(i))) * 0x01000193;
    }
    return h ^ (h >>> 16);
  }
}
