package com.backofficecare.safeguard.core.detection.internal;

import java.util.Arrays;

/**
 * What the readers of segmented interchange formats (X12, HL7 v2) share: the segments of one text
 * found in a first pass, the ranges of codes within them where other recognizers' findings are
 * dropped, and a second pass that reads each segment's positions. One per workspace; the arrays are
 * reused from text to text, and a huge text's are not kept.
 */
abstract class SegmentReader {

  private static final int RETAIN_LIMIT = 1 << 14;

  private int[] segments = new int[16];
  private int segmentCount;
  private int[] ranges = new int[32];
  private int count;

  /** Forgets the segments of the text before. */
  final void startText() {
    segmentCount = 0;
  }

  /** Records a segment found at {@code a}. */
  final void found(int a) {
    segments = grow(segments, segmentCount + 1);
    segments[segmentCount++] = a;
  }

  final int segmentCount() {
    return segmentCount;
  }

  /**
   * Drops what others proposed within the codes {@link #codes} marks, when {@code dropCodes}, then
   * reads every segment.
   */
  final void readAll(Text s, Candidates out, boolean dropCodes) {
    if (dropCodes) {
      count = 0;
      for (int r = 0; r < segmentCount; r++) {
        segment(s, segments[r]);
        codes(s);
      }
      out.dropWithin(ranges, count);
    }
    for (int r = 0; r < segmentCount; r++) {
      segment(s, segments[r]);
      read(s, out);
    }
    if (segments.length > RETAIN_LIMIT || ranges.length > RETAIN_LIMIT) {
      segments = new int[16]; // a huge text's positions are not kept for the next text
      ranges = new int[32];
    }
  }

  /**
   * Splits the segment at {@code a}; returns where it ends, or {@code a} when none starts there.
   */
  abstract int segment(Text s, int a);

  /** Marks, with {@link #keep}, the codes of the segment split last. */
  abstract void codes(Text s);

  /** Proposes the identifiers of the segment split last. */
  abstract void read(Text s, Candidates out);

  /** Adds a range to drop within, joined to the last one when they touch (ranges stay sorted). */
  final void keep(int a, int e) {
    if (count > 0 && a <= ranges[count * 2 - 1] + 1) {
      ranges[count * 2 - 1] = Math.max(e, ranges[count * 2 - 1]);
      return;
    }
    ranges = grow(ranges, count * 2 + 2);
    ranges[count * 2] = a;
    ranges[count * 2 + 1] = e;
    count++;
  }

  /** {@code a}, or a copy twice its length when it holds fewer than {@code needed} slots. */
  private static int[] grow(int[] a, int needed) {
    return needed > a.length ? Arrays.copyOf(a, Math.max(needed, a.length * 2)) : a;
  }
}
