package com.backofficecare.safeguard.core.detection.internal;

import com.backofficecare.safeguard.core.PhiType;
import com.backofficecare.safeguard.core.detection.Finding;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;

/**
 * What the recognizers propose for one text, and the overlap resolution that picks among them.
 * Proposals live in parallel arrays, reused from text to text; only the kept ones become {@link
 * Finding}s.
 */
final class Candidates {

  private static final PhiType[] TYPES = PhiType.values();

  private int count;
  private byte[] type = new byte[32];
  private int[] start = new int[32];
  private int[] end = new int[32];
  private double[] confidence = new double[32];
  private String[] recognizer = new String[32];
  private String[] reason = new String[32];
  private int[] order = new int[32];
  private int[] scratch = new int[32];
  private final BitSet covered = new BitSet();
  private double minimumConfidence;
  private EnumSet<PhiType> types = EnumSet.noneOf(PhiType.class);

  /** Starts a text: only candidates this confident, of these types, will be kept. */
  void start(double minimumConfidence, EnumSet<PhiType> types) {
    clear();
    this.minimumConfidence = minimumConfidence;
    this.types = types;
  }

  double minimumConfidence() {
    return minimumConfidence;
  }

  boolean wants(PhiType t) {
    return types.contains(t);
  }

  void add(PhiType t, int s, int e, double c, String recognizerName, String why) {
    if (e <= s || c < minimumConfidence || !types.contains(t)) {
      return;
    }
    if (count == start.length) {
      grow();
    }
    type[count] = (byte) t.ordinal();
    start[count] = s;
    end[count] = e;
    confidence[count] = Math.min(1.0, c);
    recognizer[count] = recognizerName;
    reason[count] = why;
    count++;
  }

  /**
   * Adds range {@code [a, e]} as the {@code i}th of {@code ranges} (for {@link #dropWithin}), grown
   * when full; returns the array that holds it.
   */
  static int[] withRange(int[] ranges, int i, int a, int e) {
    if ((i + 1) * 2 > ranges.length) {
      ranges = Arrays.copyOf(ranges, ranges.length * 2);
    }
    ranges[i * 2] = a;
    ranges[i * 2 + 1] = e;
    return ranges;
  }

  /** Sets in {@code into} the characters the proposals of type {@code t} cover. */
  void cover(PhiType t, BitSet into) {
    for (int i = 0; i < count; i++) {
      if (type[i] == t.ordinal()) {
        into.set(start[i], end[i]);
      }
    }
  }

  /** How many proposals there are: a mark the look-ups below can be limited to. */
  int count() {
    return count;
  }

  /**
   * Whether one of the first {@code limit} proposals of type {@code t} (or, unless {@code same}, of
   * another type) covers a character of {@code [s, e)}.
   */
  boolean overlaps(PhiType t, boolean same, int s, int e, int limit) {
    for (int i = 0; i < limit; i++) {
      if ((type[i] == t.ordinal()) == same && start[i] < e && end[i] > s) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code s} moved left over what the first {@code limit} proposals of type {@code t} cover, while
   * both the character at it and the one before are covered.
   */
  int widenStart(PhiType t, int s, int limit) {
    while (s > 0 && overlaps(t, true, s, s + 1, limit) && overlaps(t, true, s - 1, s, limit)) {
      int to = s;
      for (int i = 0; i < limit; i++) {
        if (type[i] == t.ordinal() && start[i] < s && end[i] >= s) {
          to = Math.min(to, start[i]);
        }
      }
      s = to;
    }
    return s;
  }

  /**
   * {@code e} (an end, exclusive) moved right over what the first {@code limit} proposals of type
   * {@code t} cover, while both the character at it and the one before are covered.
   */
  int widenEnd(PhiType t, int e, int limit) {
    while (e > 0 && overlaps(t, true, e, e + 1, limit) && overlaps(t, true, e - 1, e, limit)) {
      int to = e;
      for (int i = 0; i < limit; i++) {
        if (type[i] == t.ordinal() && start[i] <= e && end[i] > e) {
          to = Math.max(to, end[i]);
        }
      }
      e = to;
    }
    return e;
  }

  /** Values whose format itself says what they are, kept wherever they are written. */
  private static final EnumSet<PhiType> SELF_EVIDENT =
      EnumSet.of(PhiType.SSN, PhiType.PHONE, PhiType.EMAIL, PhiType.IP, PhiType.CARD, PhiType.URL);

  private static final EnumSet<PhiType> DROPPABLE = EnumSet.complementOf(SELF_EVIDENT);

  /**
   * Drops the proposals that lie within one of the {@code n} ranges {@code [ranges[2i], ranges[2i +
   * 1])}, which are in order and apart: a segment's codes, a header's words. Values whose format
   * itself says what they are (an SSN, a phone, an e-mail or IP address, a card, a URL) are kept
   * wherever they are written.
   */
  void dropWithin(int[] ranges, int n) {
    dropWithin(ranges, n, DROPPABLE);
  }

  /** As {@link #dropWithin(int[], int)}, only the proposals of the {@code droppable} types. */
  void dropWithin(int[] ranges, int n, EnumSet<PhiType> droppable) {
    int kept = 0;
    for (int i = 0; i < count; i++) {
      int lo = 0;
      int hi = n - 1;
      while (lo < hi) { // the last range that starts at or before the proposal
        int mid = (lo + hi + 1) >>> 1;
        if (ranges[2 * mid] <= start[i]) {
          lo = mid;
        } else {
          hi = mid - 1;
        }
      }
      if (ranges[2 * lo] <= start[i]
          && end[i] <= ranges[2 * lo + 1]
          && droppable.contains(TYPES[type[i]])) {
        continue;
      }
      type[kept] = type[i];
      start[kept] = start[i];
      end[kept] = end[i];
      confidence[kept] = confidence[i];
      recognizer[kept] = recognizer[i];
      reason[kept] = reason[i];
      kept++;
    }
    count = kept;
  }

  /** Forgets the proposals (recognizer names and reasons are constants: nothing to wipe). */
  void clear() {
    count = 0;
    covered.clear();
  }

  /**
   * Keeps the most confident candidates that do not overlap, preferring the longer on ties (then
   * the earlier, then the first proposed), and returns them ordered by start.
   */
  List<Finding> resolve() {
    if (count == 0) {
      return List.of();
    }
    for (int i = 0; i < count; i++) {
      order[i] = i;
    }
    sort(0, count, true);
    int kept = 0;
    for (int i = 0; i < count; i++) {
      int c = order[i];
      if (free(start[c], end[c])) {
        covered.set(start[c], end[c]);
        order[kept++] = c;
      }
    }
    sort(0, kept, false);
    List<Finding> out = new ArrayList<>(kept);
    for (int i = 0; i < kept; i++) {
      int c = order[i];
      out.add(
          new Finding(TYPES[type[c]], start[c], end[c], confidence[c], recognizer[c], reason[c]));
    }
    return out;
  }

  /**
   * Whether no kept candidate covers a character of {@code [s, e)}. Reads only the span's own bits:
   * a search for the next set bit could run across the whole text for every candidate.
   */
  private boolean free(int s, int e) {
    for (int i = s; i < e; i++) {
      if (covered.get(i)) {
        return false;
      }
    }
    return true;
  }

  private boolean before(int a, int b, boolean byPriority) {
    if (byPriority) {
      int c = Double.compare(confidence[b], confidence[a]);
      if (c == 0) {
        c = Integer.compare(end[b] - start[b], end[a] - start[a]);
      }
      if (c != 0) {
        return c < 0;
      }
    }
    return start[a] != start[b] ? start[a] < start[b] : a < b;
  }

  /**
   * Sorts {@code order[from, to)}: runs of 12, the usual size of a whole text's proposals, by
   * insertion, then merged bottom-up, O(n log n) whatever the proposals. No recursion: a loop
   * compiles small. The order is total (ties go to the first proposed), so any sort gives the same
   * result.
   */
  private void sort(int from, int to, boolean byPriority) {
    for (int lo = from; lo < to; lo += 12) {
      int hi = Math.min(lo + 12, to);
      for (int i = lo + 1; i < hi; i++) {
        int x = order[i];
        int j = i - 1;
        while (j >= lo && before(x, order[j], byPriority)) {
          order[j + 1] = order[j];
          j--;
        }
        order[j + 1] = x;
      }
    }
    for (int width = 12; width < to - from; width *= 2) {
      for (int lo = from; lo + width < to; lo += 2 * width) {
        int mid = lo + width;
        int hi = Math.min(lo + 2 * width, to);
        if (before(order[mid - 1], order[mid], byPriority)) {
          continue; // already in order
        }
        System.arraycopy(order, lo, scratch, lo, hi - lo);
        for (int i = lo, a = lo, b = mid; i < hi; i++) {
          if (b >= hi || (a < mid && !before(scratch[b], scratch[a], byPriority))) {
            order[i] = scratch[a++];
          } else {
            order[i] = scratch[b++];
          }
        }
      }
    }
  }

  private void grow() {
    int n = count * 2;
    type = Arrays.copyOf(type, n);
    start = Arrays.copyOf(start, n);
    end = Arrays.copyOf(end, n);
    confidence = Arrays.copyOf(confidence, n);
    recognizer = Arrays.copyOf(recognizer, n);
    reason = Arrays.copyOf(reason, n);
    order = Arrays.copyOf(order, n);
    scratch = new int[n];
  }
}
