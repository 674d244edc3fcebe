package com.backofficecare.safeguard.core.detection.internal;

import com.backofficecare.safeguard.core.PhiType;
import com.backofficecare.safeguard.core.detection.Finding;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

/** What the recognizers propose for one text, and the overlap resolution that picks among them. */
final class Candidates {

  private final List<Finding> proposed = new ArrayList<>();

  void add(PhiType type, int start, int end, double confidence, String recognizer, String reason) {
    if (end > start) {
      proposed.add(new Finding(type, start, end, Math.min(1.0, confidence), recognizer, reason));
    }
  }

  /**
   * Keeps the most confident candidates that do not overlap, preferring the longer on ties, and
   * returns them ordered by start.
   */
  List<Finding> resolve(int textLength, double minimumConfidence, EnumSet<PhiType> types) {
    Finding[] sorted = proposed.stream()
        .filter(f -> f.confidence() >= minimumConfidence && types.contains(f.type()))
        .toArray(Finding[]::new);
    Arrays.sort(sorted, Comparator.comparingDouble(Finding::confidence).reversed()
        .thenComparing(Comparator.comparingInt(Finding::length).reversed())
        .thenComparingInt(Finding::start));
    BitSet covered = new BitSet(textLength);
    List<Finding> kept = new ArrayList<>(sorted.length);
    for (Finding f : sorted) {
      int next = covered.nextSetBit(f.start());
      if (next < 0 || next >= f.end()) {
        covered.set(f.start(), f.end());
        kept.add(f);
      }
    }
    kept.sort(Comparator.comparingInt(Finding::start));
    return kept;
  }
}
