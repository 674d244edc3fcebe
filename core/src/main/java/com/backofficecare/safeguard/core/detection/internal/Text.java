package com.backofficecare.safeguard.core.detection.internal;

import java.util.Arrays;

/**
 * The text under scan copied into a reusable {@code char[]}, so that the hot path reads an array
 * instead of calling through {@link CharSequence}. Slices share the array. {@link #toString()}
 * does not reveal the contents, since they may be PHI.
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
    if (chars.length < n) {
      chars = new char[Math.max(n, chars.length * 2)];
    }
    if (source instanceof String) {
      ((String) source).getChars(0, n, chars, 0);
    } else {
      for (int i = 0; i < n; i++) {
        chars[i] = source.charAt(i);
      }
    }
    offset = 0;
    length = n;
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

  @Override
  public Text subSequence(int start, int end) {
    return new Text(chars, offset + start, end - start);
  }

  @Override
  public String toString() {
    return "Text[length=" + length + "]";
  }
}
