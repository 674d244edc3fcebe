package com.backofficecare.safeguard.core.detection.internal;

import java.util.Arrays;

/**
 * The text under scan copied into a reusable {@code char[]}, so that the hot path reads an array
 * instead of calling through {@link CharSequence}. Slices share the array. {@link #toString()} does
 * not reveal the contents, since they may be PHI.
 */
final class Text implements CharSequence {

  /** Buffers above this many chars are not kept for the next text. */
  private static final int RETAIN_LIMIT = 1 << 20;

  /** The characters; a loaded text starts at index 0 (only slices have an offset). */
  char[] chars;

  private int offset;
  private int length;

  Text() {
    this(new char[256], 0, 0);
  }

  private Text(char[] chars, int offset, int length) {
    this.chars = chars;
    this.offset = offset;
    this.length = length;
  }

  /** Copies {@code source} in, replacing what was held. */
  void load(CharSequence source) {
    int n = source.length();
    if (chars.length <= n) {
      chars = new char[Math.max(n + 1, chars.length * 2)];
    }
    chars[n] = '\0'; // the slot after the text: a rule reading one character on reads no other text
    if (source instanceof String string) {
      string.getChars(0, n, chars, 0);
    } else {
      for (int i = 0; i < n; i++) {
        chars[i] = source.charAt(i);
      }
    }
    offset = 0;
    length = n;
  }

  /**
   * Reads OCR's letter-for-digit confusions as the digits they stand for, in place (the length does
   * not change, so offsets hold): in a run of letters and digits whose only letters are {@code O o
   * l I} and which has at least as many digits, when it has two digits or more or is joined by
   * {@code - / .} to a neighbouring run that has digits ("4O1882l73", "O3/l4/l929", "2O9"). "O2",
   * "CO2", "B12" and words are left alone.
   */
  void foldConfusedDigits() {
    char[] c = chars;
    int n = length;
    int prevEnd = -2;
    boolean prevHadDigits = false;
    for (int i = 0; i < n; ) {
      if (runClass(c[i]) == 0) {
        i++;
        continue;
      }
      int a = i;
      int digits = 0;
      int confused = 0;
      int other = 0;
      for (; i < n; i++) {
        int k = runClass(c[i]);
        if (k == 0) {
          break;
        }
        digits += k & DIGIT;
        confused += (k & CONFUSED) >> 1;
        other += (k & OTHER) >> 2;
      }
      boolean joinedBefore = prevEnd == a - 1 && a > 0 && isJoiner(c[a - 1]) && prevHadDigits;
      boolean joinedAfter = i + 1 < n && isJoiner(c[i]) && runHasDigit(c, i + 1, n);
      if (confused > 0
          && other == 0
          && digits >= confused
          && digits >= 1
          && (digits >= 2 || joinedBefore || joinedAfter)) {
        for (int j = a; j < i; j++) {
          char ch = c[j];
          if (ch == 'O' || ch == 'o') {
            c[j] = '0';
          } else if (ch == 'l' || ch == 'I') {
            c[j] = '1';
          }
        }
      } else if (digits > 0
          && digits <= 2
          && confused + other >= 2
          && !(i - a >= 4 && allHex(c, a, i))) {
        foldDigitsInWord(c, a, i); // not in "4e1a" of a UUID or a hash: hexadecimal is a code
      }
      prevEnd = i;
      prevHadDigits = digits > 0;
    }
  }

  /**
   * "Hil1side", "Houst0n", "D0B": a 0 or 1 standing between two letters of a word is the letter it
   * looks like (O or I in capitals, o or l in lower case). Digits at a word's edge ("1st",
   * "COVID19") and other digits ("H2O") are left alone.
   */
  private static void foldDigitsInWord(char[] c, int a, int b) {
    for (int j = a + 1; j < b - 1; j++) {
      char ch = c[j];
      if ((ch != '0' && ch != '1') || !isAsciiLetter(c[j - 1]) || !isAsciiLetter(c[j + 1])) {
        if (ch >= '0' && ch <= '9') {
          return; // another digit: a code, not a misread word
        }
        continue;
      }
      boolean upper = Character.isUpperCase(c[j - 1]) && Character.isUpperCase(c[j + 1]);
      c[j] = ch == '0' ? (upper ? 'O' : 'o') : (upper ? 'I' : 'l');
    }
  }

  private static boolean allHex(char[] c, int a, int b) {
    for (int j = a; j < b; j++) {
      char ch = c[j];
      if (!((ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f') || (ch >= 'A' && ch <= 'F'))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetter(char ch) {
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
  }

  private static boolean runHasDigit(char[] c, int from, int n) {
    for (int j = from; j < n && isAsciiAlnum(c[j]); j++) {
      if (c[j] >= '0' && c[j] <= '9') {
        return true;
      }
    }
    return false;
  }

  private static final int DIGIT = 1;
  private static final int CONFUSED = 2; // O o l I
  private static final int OTHER = 4; // any other ASCII letter
  private static final byte[] RUN_CLASS = new byte[128];

  static {
    for (char ch = '0'; ch <= '9'; ch++) {
      RUN_CLASS[ch] = DIGIT;
    }
    for (char ch = 'a'; ch <= 'z'; ch++) {
      RUN_CLASS[ch] = OTHER;
      RUN_CLASS[ch - 32] = OTHER;
    }
    for (char ch : "OolI".toCharArray()) {
      RUN_CLASS[ch] = CONFUSED;
    }
  }

  /** What {@code ch} is in a run of ASCII letters and digits: 0 (none), or one of the classes. */
  private static int runClass(char ch) {
    return ch < 128 ? RUN_CLASS[ch] : 0;
  }

  private static boolean isJoiner(char ch) {
    return ch == '-' || ch == '/' || ch == '.';
  }

  /** Zeroes the copy, and lets an oversized buffer go. */
  void clear() {
    Arrays.fill(chars, 0, length, '\0');
    if (chars.length > RETAIN_LIMIT) {
      chars = new char[256];
    }
    length = 0;
  }

  @Override
  public int length() {
    return length;
  }

  @Override
  public char charAt(int index) {
    return chars[offset + index];
  }

  /** Whether {@code value} is written at {@code from}, exactly (case and all). */
  boolean regionMatches(int from, String value) {
    if (from + value.length() > length) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      if (chars[offset + from + i] != value.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Where {@code c} first stands in {@code [from, to)}, or -1. */
  int indexOf(char c, int from, int to) {
    for (int i = from; i < to; i++) {
      if (chars[offset + i] == c) {
        return i;
      }
    }
    return -1;
  }

  boolean regionIs(int from, int to, String lower) {
    if (to - from != lower.length()) {
      return false;
    }
    for (int i = 0; i < lower.length(); i++) {
      if (WordTable.lower(charAt(from + i)) != lower.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the characters in {@code [from, to)} are one of {@code lowers}, ignoring case. */
  boolean regionIsAny(int from, int to, String[] lowers) {
    for (String lower : lowers) {
      if (regionIs(from, to, lower)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code c} is an ASCII letter or digit: a segment's name, a code. */
  static boolean isAsciiAlnum(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }

  /** Whether {@code [from, to)} holds ASCII letters and digits only. */
  boolean asciiAlnum(int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isAsciiAlnum(charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code [from, to)} is not empty and holds digits only. */
  boolean allDigits(int from, int to) {
    if (to <= from) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (charAt(i) < '0' || charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** Whether the letters of {@code [from, to)} are all capitals or all lower case, and some. */
  boolean oneCase(int from, int to) {
    boolean upper = false;
    boolean lower = false;
    for (int i = from; i < to; i++) {
      upper |= charAt(i) >= 'A' && charAt(i) <= 'Z';
      lower |= charAt(i) >= 'a' && charAt(i) <= 'z';
    }
    return upper != lower;
  }

  @Override
  public Text subSequence(int start, int end) {
    return new Text(chars, offset + start, end - start);
  }

  @Override
  public String toString() {
    return "Text[length=" + length + "]";
  }
}
