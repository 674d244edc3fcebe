package com.backofficecare.safeguard.core.detection.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.backofficecare.safeguard.core.detection.Corpus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The tagger's fast scoring (per-text cache of word roles, dense shape tables, compact weights)
 * must give each token the very scores training gave it: the sum of its features' weights, looked
 * up one by one, as {@link ContextFeatures#extract} lists them.
 */
class ContextModelConsistencyTest {

  @Test
  void fastScoresAreTheSumOfTheTrainedFeatures() {
    ContextModel model = ContextModel.bundled();
    Tokens tk = new Tokens(Lexicon.get());
    ContextModel.Scratch s = new ContextModel.Scratch();
    int[] features = new int[ContextFeatures.MAX];
    List<Corpus.Doc> docs = Corpus.load("first-sight-2.jsonl");
    int checked = 0;
    for (Corpus.Doc d : docs.subList(0, 60)) {
      tk.reset(d.text());
      int docCase = ContextModel.cases(tk, s);
      model.scoreAll(tk, s, docCase);
      for (int t = 0; t < tk.count; t++) {
        if (s.gate[t]) {
          continue;
        }
        float[] slow = new float[ContextModel.LABELS];
        int k = ContextFeatures.extract(tk, t, docCase, s.lineCase[t], features, null);
        model.emitCompact(features, k, slow, 0);
        for (int l = 0; l < ContextModel.LABELS; l++) {
          assertThat(s.emissions[t * ContextModel.LABELS + l]).isCloseTo(slow[l], within(1e-3f));
        }
        checked++;
      }
      tk.clear();
    }
    assertThat(checked).isGreaterThan(1000);
  }

  /**
   * Scores do not depend on what the workspace scanned before: once the vocabulary cache kept
   * across texts is full, a word's features are summed as a cache entry is, to the last bit.
   */
  @Test
  void scoresAreTheSameWithAFullVocabularyCache() throws Exception {
    ContextModel model = ContextModel.bundled();
    List<String> words;
    try (var in = Lexicon.class.getResourceAsStream("common-words.txt")) {
      words =
          new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
              .lines()
              .filter(w -> w.chars().allMatch(Character::isLowerCase))
              .limit(20_000)
              .toList();
    }
    String probe =
        "Spoke with Maria Lopez on 3/14 about "
            + String.join(" ", words.subList(19_000, 19_400))
            + ", call 555-201-4477.";
    float[] fresh = scores(model, new ContextModel.Scratch(), probe);
    ContextModel.Scratch used = new ContextModel.Scratch();
    for (int i = 0; i + 500 <= 18_000; i += 500) {
      scores(model, used, String.join(" ", words.subList(i, i + 500)));
    }
    assertThat(scores(model, used, probe)).isEqualTo(fresh);
  }

  private static float[] scores(ContextModel model, ContextModel.Scratch s, String text) {
    Tokens tk = new Tokens(Lexicon.get());
    tk.reset(text);
    s.ensure(tk.count);
    int docCase = ContextModel.cases(tk, s);
    model.scoreAll(tk, s, docCase);
    float[] out = java.util.Arrays.copyOf(s.emissions, tk.count * ContextModel.LABELS);
    tk.clear();
    return out;
  }
}
