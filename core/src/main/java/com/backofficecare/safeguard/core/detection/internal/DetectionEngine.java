package com.backofficecare.safeguard.core.detection.internal;

import com.backofficecare.safeguard.core.PhiType;
import com.backofficecare.safeguard.core.detection.Finding;
import java.util.EnumSet;
import java.util.List;

/**
 * Runs every recognizer over a text's tokens and resolves overlaps. Not API: use
 * {@code PhiDetector}.
 *
 * <p>Each thread reuses one workspace (the text's copy, token arrays, candidates), so a scan
 * allocates little beyond its findings; the copy is zeroed when the scan ends.
 */
public final class DetectionEngine {

  private static final DetectionEngine SHARED = new DetectionEngine(Lexicon.get());

  private final ThreadLocal<Workspace> workspaces;

  private DetectionEngine(Lexicon lexicon) {
    this.workspaces = ThreadLocal.withInitial(() -> new Workspace(lexicon));
  }

  /** The engine with the bundled lexicon, loaded once. */
  public static DetectionEngine shared() {
    return SHARED;
  }

  /** Findings at or above {@code minimumConfidence} of the given types, ordered by start. */
  public List<Finding> detect(CharSequence text, double minimumConfidence, EnumSet<PhiType> types) {
    Workspace w = workspaces.get();
    if (w.busy) {
      w = new Workspace(Lexicon.get()); // re-entered on this thread (a callback): use a fresh one
    }
    w.busy = true;
    try {
      w.candidates.start(minimumConfidence, types);
      w.tokens.reset(text);
      for (int t = 0; t < w.tokens.count; t++) {
        w.recognizers.at(t);
      }
      if (w.tokens.lines > 0) {
        w.columns.scan(w.tokens.text, w.candidates);
      }
      List<Finding> found = w.candidates.resolve();
      return types.contains(PhiType.NAME) && minimumConfidence <= NameEchoes.CONFIDENCE
          ? w.echoes.extend(found, w.tokens) : found;
    } finally {
      w.tokens.clear();
      w.candidates.clear();
      w.busy = false;
    }
  }

  private static final class Workspace {
    final Tokens tokens;
    final Candidates candidates = new Candidates();
    final NameEchoes echoes = new NameEchoes();
    final Columns columns = new Columns();
    final Recognizers recognizers;
    boolean busy;

    Workspace(Lexicon lexicon) {
      tokens = new Tokens(lexicon);
      recognizers = new Recognizers(tokens, candidates);
    }
  }
}
