package com.backofficecare.safeguard.core.detection.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.backofficecare.safeguard.core.detection.Corpus;
import com.backofficecare.safeguard.core.detection.PhiDetector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every rule reads only the text's own tokens and characters. A fresh thread's workspace holds 64
 * tokens, then 128, and a text that fills it to the last slot, or all but one, leaves nothing after
 * its last token to read: the labelled texts, each cut to exactly 63, 64, 127 and 128 tokens, scan
 * without error, each on a thread of its own. Releases before session 36 threw here on a name, a
 * number said in words, a grouped IMEI's last digits or a label's value ending the text.
 */
class WorkspaceBoundsTest {

  @Test
  void textsCutToFillAFreshWorkspaceScan() throws Exception {
    Tokens tk = new Tokens(Lexicon.get());
    List<String> cuts = new ArrayList<>();
    for (String file : corpusFiles()) {
      for (Corpus.Doc doc : Corpus.load(file)) {
        tk.reset(doc.text());
        for (int n : new int[] {63, 64, 127, 128}) {
          if (tk.count > n) {
            cuts.add(doc.text().substring(0, tk.end[n - 1]));
          }
        }
      }
    }
    assertThat(cuts).hasSizeGreaterThan(1000);
    PhiDetector detector = PhiDetector.standard();
    List<String> failed = new ArrayList<>();
    for (String cut : cuts) {
      ExecutorService fresh = Executors.newSingleThreadExecutor();
      try {
        fresh.submit(() -> detector.detect(cut)).get();
      } catch (java.util.concurrent.ExecutionException e) {
        // the exception's class and the text's length only: corpus texts hold (invented) PHI
        // (a trace the JIT left out, after the same exception thrown often, names no method)
        StackTraceElement[] trace = e.getCause().getStackTrace();
        failed.add(
            e.getCause().getClass().getSimpleName()
                + (trace.length == 0
                    ? ""
                    : " in " + trace[0].getMethodName() + ":" + trace[0].getLineNumber())
                + ", "
                + cut.length()
                + " chars");
      } finally {
        fresh.shutdown();
      }
    }
    assertThat(failed).isEmpty();
  }

  private static List<String> corpusFiles() {
    Path dir = Path.of("src/test/resources/corpus");
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".jsonl"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
