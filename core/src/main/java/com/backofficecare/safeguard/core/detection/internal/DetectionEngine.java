package com.backofficecare.safeguard.core.detection.internal;

import com.backofficecare.safeguard.core.PhiType;
import com.backofficecare.safeguard.core.detection.Finding;
import java.util.EnumSet;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Runs every recognizer over a text's tokens and resolves overlaps. Not API: use {@code
 * PhiDetector}.
 *
 * <p>Each thread reuses one workspace (the text's copy, token arrays, candidates), so a scan
 * allocates little beyond its findings; the copy is zeroed when the scan ends.
 */
public final class DetectionEngine {

  private static volatile @Nullable DetectionEngine shared;

  private final ContextModel model;
  private final ThreadLocal<Workspace> workspaces;

  private DetectionEngine(Lexicon lexicon, ContextModel model) {
    this.model = model;
    this.workspaces = ThreadLocal.withInitial(() -> new Workspace(lexicon));
  }

  /**
   * The engine with the bundled lexicon and model, loaded once.
   *
   * @throws com.backofficecare.safeguard.core.detection.DetectionModelException if the bundled
   *     model is missing or corrupt
   */
  public static DetectionEngine shared() {
    DetectionEngine e = shared;
    if (e == null) {
      synchronized (DetectionEngine.class) {
        e = shared;
        if (e == null) {
          e = new DetectionEngine(Lexicon.get(), ContextModel.bundled());
          shared = e;
        }
      }
    }
    return e;
  }

  /**
   * An engine with the bundled lexicon and the model in {@code modelFile} (a retrained one).
   *
   * @throws com.backofficecare.safeguard.core.detection.DetectionModelException if the file is
   *     missing, corrupt or of another version
   */
  public static DetectionEngine withModel(java.nio.file.Path modelFile) {
    return new DetectionEngine(Lexicon.get(), ContextModel.load(modelFile));
  }

  /**
   * Findings at or above {@code minimumConfidence} of the given types, ordered by start, with an
   * agency profile's {@code rules} when given.
   */
  public List<Finding> detect(
      CharSequence text,
      double minimumConfidence,
      EnumSet<PhiType> types,
      @Nullable ProfileRules rules) {
    FoldedText folded = FoldedText.of(text);
    if (folded == null) {
      return detectFolded(text, minimumConfidence, types, rules);
    }
    try {
      return folded.mapBack(detectFolded(folded.text(), minimumConfidence, types, rules));
    } finally {
      folded.clear();
    }
  }

  private List<Finding> detectFolded(
      CharSequence text,
      double minimumConfidence,
      EnumSet<PhiType> types,
      @Nullable ProfileRules rules) {
    Workspace w = workspaces.get();
    if (w.busy) {
      w = new Workspace(Lexicon.get()); // re-entered on this thread (a callback): use a fresh one
    }
    w.busy = true;
    try {
      w.candidates.start(minimumConfidence, types);
      w.tokens.reset(text);
      int docCase = ContextModel.cases(w.tokens, w.scratch);
      w.recognizers.startText(w.scratch.lineCase);
      for (int t = 0; t < w.tokens.count; t++) {
        w.recognizers.at(t);
      }
      model.propose(w.tokens, w.scratch, docCase, w.candidates);
      if (w.tokens.lines > 0) {
        w.columns.scan(w.tokens.text, w.candidates);
        w.cards.scan(w.tokens.text, w.candidates);
      }
      w.segments.scan(w.tokens.text, w.candidates);
      w.messages.scan(w.tokens.text, w.candidates);
      w.documents.scan(w.tokens.text, w.candidates);
      w.inserts.scan(w.tokens.text, w.candidates);
      w.pdfForms.scan(w.tokens.text, w.candidates);
      w.nacha.scan(w.tokens.text, w.candidates);
      w.directory.scan(w.tokens.text, w.candidates);
      if (rules != null) {
        rules.propose(w.tokens, w.candidates);
      }
      List<Finding> found = w.candidates.resolve();
      if (w.tokens.labelSource()) {
        found = withinLabelFields(found, w.tokens.text);
      }
      if (types.contains(PhiType.NAME)) {
        found =
            NameTails.extend(
                found,
                w.tokens,
                types.contains(PhiType.ID) && minimumConfidence <= NameTails.NUMBER_CONFIDENCE);
      }
      if (types.contains(PhiType.NAME) && minimumConfidence <= NameEchoes.CONFIDENCE) {
        found = w.echoes.extend(found, w.tokens);
      }
      if (types.contains(PhiType.DATE) && minimumConfidence <= DayRanges.CONFIDENCE) {
        found = DayRanges.extend(found, w.tokens);
      }
      if (minimumConfidence <= IdentifierEchoes.CONFIDENCE) {
        found = IdentifierEchoes.extend(found, w.tokens, types);
      }
      if (minimumConfidence <= ReadBacks.CONFIDENCE) {
        found = ReadBacks.extend(found, w.tokens, types);
      }
      return rules == null ? found : rules.keepAllowed(found, w.tokens);
    } finally {
      w.tokens.clear();
      w.candidates.clear();
      w.scratch.shrink();
      w.busy = false;
    }
  }

  /**
   * In a label printer's source, a finding that runs across fields ("MRN:^FS^FO200,50^FD00412233",
   * a label and the next field's value) keeps only what its last field holds.
   */
  private static List<Finding> withinLabelFields(List<Finding> found, Text s) {
    List<Finding> out = null;
    for (int i = 0; i < found.size(); i++) {
      Finding f = found.get(i);
      int data = -1;
      for (int j = f.start(); j + 3 <= f.end(); j++) {
        if (s.charAt(j) == '^' && s.charAt(j + 1) == 'F' && s.charAt(j + 2) == 'D') {
          data = j + 3;
        }
      }
      if (data < 0 || data >= f.end()) {
        if (out != null) {
          out.add(f);
        }
        continue;
      }
      if (out == null) {
        out = new java.util.ArrayList<>(found.subList(0, i));
      }
      out.add(new Finding(f.type(), data, f.end(), f.confidence(), f.recognizer(), f.reason()));
    }
    return out == null ? found : out;
  }

  private static final class Workspace {
    final Tokens tokens;
    final Candidates candidates = new Candidates();
    final NameEchoes echoes = new NameEchoes();
    final Columns columns = new Columns();
    final VCards cards = new VCards();
    final X12Segments segments = new X12Segments();
    final Hl7Segments messages = new Hl7Segments();
    final CdaDocuments documents = new CdaDocuments();
    final SqlInserts inserts = new SqlInserts();
    final PdfFormFields pdfForms = new PdfFormFields();
    final NachaRecords nacha = new NachaRecords();
    final DirectoryEntries directory = new DirectoryEntries();
    final ContextModel.Scratch scratch = new ContextModel.Scratch();
    final Recognizers recognizers;
    boolean busy;

    Workspace(Lexicon lexicon) {
      tokens = new Tokens(lexicon);
      recognizers = new Recognizers(tokens, candidates);
    }
  }
}
