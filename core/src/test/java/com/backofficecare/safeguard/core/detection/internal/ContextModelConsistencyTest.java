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
}
