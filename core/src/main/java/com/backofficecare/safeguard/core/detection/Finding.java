package com.backofficecare.safeguard.core.detection;

import static java.util.Objects.requireNonNull;

import com.backofficecare.safeguard.core.PhiType;

/**
 * One identifier found in a text: its type, where it is, how sure the detector is, and why.
 *
 * <p>A finding holds offsets, never the identifier itself, so it can be logged and audited without
 * leaking PHI. Offsets are {@link String} indices, end exclusive.
 *
 * @param type the kind of identifier
 * @param start index of its first character
 * @param end index after its last character
 * @param confidence from 0 (a guess) to 1 (validated by checksum and context)
 * @param recognizer the recognizer that produced it, e.g. {@code "card.luhn"}
 * @param reason the evidence in words, naming labels and checks but never the value
 */
public record Finding(
    PhiType type, int start, int end, double confidence, String recognizer, String reason) {

  public Finding {
    requireNonNull(type, "type");
    requireNonNull(recognizer, "recognizer");
    requireNonNull(reason, "reason");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be within [0, 1]: " + confidence);
    }
  }

  /** The number of characters covered. */
  public int length() {
    return end - start;
  }

  /** Whether this finding shares at least one character with {@code other}. */
  public boolean overlaps(Finding other) {
    return start < other.end && other.start < end;
  }
}
