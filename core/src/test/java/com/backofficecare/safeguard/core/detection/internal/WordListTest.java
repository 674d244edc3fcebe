package com.backofficecare.safeguard.core.detection.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backofficecare.safeguard.core.detection.Corpus;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * A {@link WordList} answers exactly what comparing the token with each of its words, ignoring
 * case, answers: the recognizers' decisions must not change with the faster look-up.
 */
class WordListTest {

  private static final List<String> WORDS =
      List.of(
          "dr",
          "mrs",
          "o'brien",
          "muller",
          "is",
          "at",
          "rn",
          "ssn",
          "d0b",
          "x",
          "client-id",
          "123",
          "#",
          "st.",
          "naive",
          "dob",
          "ok");

  private static final WordList LIST = WordList.of(WORDS.toArray(new String[0]));

  @Property(tries = 300)
  void agreesWithComparingEachWord(@ForAll("texts") String text) {
    Tokens tk = new Tokens(Lexicon.get());
    tk.reset(text);
    for (int t = -1; t <= tk.count; t++) {
      assertThat(LIST.has(tk, t)).as("token %d of %s", t, text).isEqualTo(byEachWord(tk, t));
    }
  }

  @Test
  void agreesOnEveryTokenOfALabelledSet() {
    Tokens tk = new Tokens(Lexicon.get());
    List<Corpus.Doc> docs = Corpus.load("first-sight-2.jsonl");
    java.util.TreeSet<String> seen = new java.util.TreeSet<>();
    for (Corpus.Doc d : docs) {
      for (String w : d.text().split("[^A-Za-z0-9']+")) {
        seen.add(w.toLowerCase(java.util.Locale.ROOT));
      }
    }
    seen.remove("");
    List<String> words = new ArrayList<>();
    int i = 0;
    for (String w : seen) {
      if (i++ % 5 == 0) {
        words.add(w); // names, words, numbers and codes of another writer's texts
      }
    }
    WordList big = WordList.of(words.toArray(new String[0]));
    int members = 0;
    for (Corpus.Doc d : docs) {
      tk.reset(d.text());
      for (int t = 0; t < tk.count; t++) {
        boolean expected = false;
        for (String w : words) {
          expected |= tk.equalsIgnoreCase(t, w);
        }
        assertThat(big.has(tk, t)).as("token %d of %s", t, d.id()).isEqualTo(expected);
        members += expected ? 1 : 0;
      }
      tk.clear();
    }
    assertThat(members).isGreaterThan(1000);
  }

  @Test
  void refusesWordsThatCouldNeverMatch() {
    assertThatThrownBy(() -> WordList.of("Dr")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WordList.of("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WordList.of("josé")).isInstanceOf(IllegalArgumentException.class);
  }

  private static boolean byEachWord(Tokens tk, int t) {
    for (String w : WORDS) {
      if (tk.equalsIgnoreCase(t, w)) {
        return true;
      }
    }
    return false;
  }

  @Provide
  Arbitrary<String> texts() {
    List<String> pieces = new ArrayList<>(WORDS);
    pieces.addAll(
        List.of(
            "DR",
            "Dr",
            "MRS",
            "O'Brien",
            "O’BRIEN",
            "MÜLLER",
            "Muller",
            "IS",
            "At",
            "RN.",
            "SSN:",
            "D0B",
            "X",
            "Client-ID",
            "1234",
            "##",
            "St.",
            "NAÏVE",
            "naive",
            "Dob",
            "OK!",
            "Ok",
            "okay",
            "dr.",
            "ßtraße",
            "İs",
            "K",
            "\n",
            " ",
            "\t",
            "-",
            "'"));
    return Arbitraries.of(pieces).list().ofMinSize(0).ofMaxSize(12).map(l -> String.join(" ", l));
  }
}
