package com.backofficecare.safeguard.core.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The detector reuses one workspace per thread; what it finds in a text must not depend on what
 * that thread scanned before, nor on other threads scanning at the same time.
 */
class WorkspaceReuseTest {

  private final PhiDetector detector = PhiDetector.standard();
  private final List<String> texts =
      Corpus.load("phi-dev.jsonl").stream().limit(400).map(Corpus.Doc::text).toList();

  @Test
  void findingsDoNotDependOnTheTextScannedBefore() {
    List<List<Finding>> forward = new ArrayList<>();
    for (String t : texts) {
      forward.add(detector.detect(t));
    }
    for (int i = texts.size() - 1; i >= 0; i--) {
      String longer = texts.get(i).repeat(20); // grows the workspace, then a short text follows
      detector.detect(longer);
      assertThat(detector.detect(texts.get(i))).isEqualTo(forward.get(i));
    }
  }

  /**
   * A name that ends the text, in a text whose tokens fill a fresh workspace's arrays to their last
   * slot (64, then 128): the release before read the slot after the last token and threw.
   */
  @Test
  void aNameEndingATextThatFillsTheWorkspaceIsFound() throws Exception {
    for (int words = 1; words <= 140; words++) {
      String text = "ok ".repeat(words) + "Patient: Bishop, Cornelius A.";
      assertThat(detectOnAFreshThread(text))
          .as("%d words", words)
          .extracting(f -> text.substring(f.start(), f.end()))
          .contains("Bishop, Cornelius A.");
    }
  }

  /**
   * Texts that end in what a rule reads past (a number said in words, a plate, a degree, a
   * spelling, a day after a pause), at every length around a workspace's 64 and 128 slots.
   */
  @Test
  void textsEndingInAnyValueThatFillTheWorkspaceScan() throws Exception {
    List<String> endings =
        List.of(
            "she lives at nine-oh-four",
            "at nine-oh-four West",
            "White minivan, 7RKL392",
            "Duc Pham, M.D",
            "P as in Paul",
            "W-O-J-C-I-K",
            "on the, uh, eleventh",
            "12 Oak St, nine three six five",
            "3 0 0 5 -",
            "which makes him ninety-one",
            "Paul, Paul");
    for (String ending : endings) {
      for (int words = 40; words <= 130; words++) {
        String text = "ok ".repeat(words) + ending;
        assertThat(detectOnAFreshThread(text)).as("%d words, then %s", words, ending).isNotNull();
      }
    }
  }

  /** Each text on a thread of its own, so that each meets a workspace of 64 tokens. */
  private List<Finding> detectOnAFreshThread(String text) throws Exception {
    ExecutorService fresh = Executors.newSingleThreadExecutor();
    try {
      Future<List<Finding>> found = fresh.submit(() -> detector.detect(text));
      return found.get();
    } finally {
      fresh.shutdown();
    }
  }

  @Test
  void threadsScanningAtOnceFindWhatOneThreadFinds() throws Exception {
    List<List<Finding>> expected = texts.stream().map(detector::detect).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<List<Finding>>>> runs = new ArrayList<>();
      for (int r = 0; r < 4; r++) {
        int offset = r * 37;
        runs.add(
            pool.submit(
                () -> {
                  List<List<Finding>> got = new ArrayList<>(texts.size());
                  for (int i = 0; i < texts.size(); i++) {
                    got.add(null);
                  }
                  for (int k = 0; k < texts.size(); k++) {
                    int i = (k + offset) % texts.size();
                    got.set(i, detector.detect(texts.get(i)));
                  }
                  return got;
                }));
      }
      for (Future<List<List<Finding>>> run : runs) {
        assertThat(run.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aCharSequenceThatIsNotAStringIsScannedAlike() {
    for (String t : texts.subList(0, 50)) {
      assertThat(detector.detect(new StringBuilder(t))).isEqualTo(detector.detect(t));
    }
  }
}
