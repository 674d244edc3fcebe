package com.backofficecare.safeguard.core.detection.internal;

import com.backofficecare.safeguard.core.PhiType;

/**
 * What a reader of a fixed layout found in one text: the values its fields type and the ranges that
 * are the layout's own (codes, keys, bookkeeping), where other recognizers' guesses are dropped
 * before the values are proposed. Kept in text order; reused text after text.
 */
final class FixedFields {

  private static final PhiType[] TYPES = PhiType.values();

  private int[] own = new int[32];
  private int ranges;
  private int[] values = new int[48];
  private int count;

  void reset() {
    ranges = 0;
    count = 0;
  }

  /** {@code [a, e)} is the layout's own; ranges come in text order and may touch. */
  void own(int a, int e) {
    if (ranges > 0 && own[2 * ranges - 1] >= a) {
      own[2 * ranges - 1] = Math.max(e, own[2 * ranges - 1]);
      return;
    }
    if ((ranges + 1) * 2 > own.length) {
      own = java.util.Arrays.copyOf(own, own.length * 2);
    }
    own[2 * ranges] = a;
    own[2 * ranges + 1] = e;
    ranges++;
  }

  /** {@code [a, e)} holds a value of {@code type}. */
  void value(PhiType type, int a, int e) {
    if ((count + 1) * 3 > values.length) {
      values = java.util.Arrays.copyOf(values, values.length * 2);
    }
    values[3 * count] = a;
    values[3 * count + 1] = e;
    values[3 * count + 2] = type.ordinal();
    count++;
  }

  /** The number of values so far, to {@link #truncate} back to. */
  int values() {
    return count;
  }

  /** Forgets the values found after the first {@code n}. */
  void truncate(int n) {
    count = n;
  }

  /** Drops the guesses inside the layout's own ranges, then proposes the values. */
  void propose(Candidates out, double confidence, String recognizer, String why) {
    if (ranges > 0) {
      out.dropWithin(own, ranges);
    }
    for (int i = 0; i < count; i++) {
      out.add(
          TYPES[values[3 * i + 2]], values[3 * i], values[3 * i + 1], confidence, recognizer, why);
    }
  }
}
