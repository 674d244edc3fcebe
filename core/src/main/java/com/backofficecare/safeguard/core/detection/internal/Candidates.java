package com.backofficecare.safeguard.core.detection.internal;

import com.backofficecare.safeguard.core.PhiType;
import com.backofficecare.safeguard.core.detection.Finding;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

/** What the recognizers propose for one text, and the overlap resolution that picks among them. */
final class Candidates {

  private static final Comparator<Finding> PRIORITY = (a, b) -> {
    int c = Double.compare(b.confidence(), a.confidence());
    if (c == 0) {
      c = Integer.compare(b.length(), a.length());
    }
    return c != 0 ? c : Integer.compare(a.start(), b.start());
  };

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
    proposed.removeIf(f -> f.confidence() < minimumConfidence || !types.contains(f.type()));
    if (proposed.isEmpty()) {
      return List.of();
    }
    proposed.sort(PRIORITY);
    BitSet covered = new BitSet(textLength);
    List<Finding> kept = new ArrayList<>(proposed.size());
    for (Finding f : proposed) {
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
