package com.backofficecare.safeguard.core.detection.internal;

/**
 * An immutable list of lower-case words that says whether a token is one of them, ignoring case, in
 * one probe: the recognizers ask this of nearly every token against a hundred lists, and a
 * word-by-word comparison made a sixth of the detector's time.
 *
 * <p>A token's length rules most lists out before any look-up; otherwise the token's case-folded
 * {@link WordTable#hash} (kept by the tokenizer for words and codes) finds the one candidate, and
 * {@link Tokens#equalsIgnoreCase} confirms it, so the answer is the word-by-word one.
 */
final class WordList {
  private static final int GOLDEN = 0x9e3779b9;

  private final String[] words;
  private final int[] hashes;

  /** Bit {@code n}: a word of {@code n} characters ({@code 63} for longer ones). */
  private final long lengths;

  /**
   * Bit {@code n}: a word whose mixed hash's top six bits are {@code n}, a one-word Bloom filter
   * that answers most misses of a short list without touching its slots.
   */
  private final long hashBits;

  /** Open addressing: a word's index plus one, by its hash; 0 is empty. */
  private final int[] slots;

  private WordList(String[] words) {
    this.words = words.clone();
    this.hashes = new int[words.length];
    int size = Integer.highestOneBit(Math.max(1, words.length) * 4);
    this.slots = new int[size];
    long lengthBits = 0;
    long bloom = 0;
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (w.isEmpty() || !folded(w)) {
        throw new IllegalArgumentException("no token can ever equal " + w);
      }
      lengthBits |= 1L << Math.min(w.length(), 63);
      char[] chars = w.toCharArray();
      hashes[i] = WordTable.hash(chars, 0, chars.length);
      bloom |= 1L << ((hashes[i] * GOLDEN) >>> 26);
      int slot = spread(hashes[i]) & (size - 1);
      while (slots[slot] != 0) {
        slot = (slot + 1) & (size - 1);
      }
      slots[slot] = i + 1;
    }
    this.lengths = lengthBits;
    this.hashBits = bloom;
  }

  static WordList of(String... words) {
    return new WordList(words);
  }

  /** Whether token {@code t} of {@code tk} (any index; none outside the text) is on the list. */
  boolean has(Tokens tk, int t) {
    return indexOf(tk, t) >= 0;
  }

  /** The position on the list of token {@code t} of {@code tk} (any index), or -1. */
  int indexOf(Tokens tk, int t) {
    if (t < 0 || t >= tk.count || (lengths & 1L << Math.min(tk.length(t), 63)) == 0) {
      return -1;
    }
    byte kind = tk.kind[t];
    int h =
        kind == Tokens.WORD || kind == Tokens.ALNUM
            ? tk.hash[t]
            : WordTable.hash(tk.text.chars, tk.start[t], tk.end[t]);
    if ((hashBits & 1L << ((h * GOLDEN) >>> 26)) == 0) {
      return -1;
    }
    int mask = slots.length - 1;
    for (int slot = spread(h) & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
      int i = slots[slot] - 1;
      if (hashes[i] == h && tk.equalsIgnoreCase(t, words[i])) {
        return i;
      }
    }
    return -1;
  }

  /** Whether {@code w} is in lower case and without diacritics, as tokens are compared. */
  private static boolean folded(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (WordTable.lower(w.charAt(i)) != w.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static int spread(int h) {
    h *= GOLDEN;
    return h ^ (h >>> 16);
  }
}
