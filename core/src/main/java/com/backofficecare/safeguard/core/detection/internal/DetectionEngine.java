package com.backofficecare.safeguard.core.detection.internal;

import com.backofficecare.safeguard.core.PhiType;
import com.backofficecare.safeguard.core.detection.Finding;
import java.util.EnumSet;
import java.util.List;

/**
 * Runs every recognizer over a text's tokens and resolves overlaps. Not API: use
 * {@code PhiDetector}.
 */
public final class DetectionEngine {

  private static final DetectionEngine SHARED = new DetectionEngine(Lexicon.get());

  private final Lexicon lexicon;

  private DetectionEngine(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The engine with the bundled lexicon, loaded once. */
  public static DetectionEngine shared() {
    return SHARED;
  }

  /** Findings at or above {@code minimumConfidence} of the given types, ordered by start. */
  public List<Finding> detect(CharSequence text, double minimumConfidence, EnumSet<PhiType> types) {
    Tokens tokens = new Tokens(text, lexicon);
    Candidates out = new Candidates();
    Recognizers recognizers = new Recognizers(tokens, out);
    for (int t = 0; t < tokens.count; t++) {
      recognizers.at(t);
    }
    return out.resolve(text.length(), minimumConfidence, types);
  }
}
