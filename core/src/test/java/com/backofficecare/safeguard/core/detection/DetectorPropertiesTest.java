package com.backofficecare.safeguard.core.detection;

import static org.assertj.core.api.Assertions.assertThat;

import com.backofficecare.safeguard.core.PhiType;
import java.text.Normalizer;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** Invariants of the detector over arbitrary and fuzzed input. */
class DetectorPropertiesTest {

  private final PhiDetector detector = PhiDetector.standard();

  @Property(tries = 2000)
  void anyTextGivesOrderedDisjointFindingsWithinBounds(
      @ForAll @StringLength(max = 400) String text) {
    assertWellFormed(text, detector.detect(text));
  }

  @Property(tries = 2000)
  void identifierLikeNoiseNeverBreaksTheDetector(@ForAll("noise") String text) {
    assertWellFormed(text, detector.detect(text));
  }

  /**
   * Every run of up to three tokens of marks, numbers and the words rules look back and ahead for,
   * joined or apart: such a run puts a rule's neighbour at the edge of the text, where a rule
   * reading it can fall off ("/10 3/10" once threw). All of them, not a sample, since a random text
   * reaches so short an edge case too seldom.
   */
  @Test
  void everyShortRunOfMarksNumbersAndCuesIsRead() {
    List<String> tokens =
        List.of(
            "/", "10", "5", "3/10", "-", ":", "#", ".", ")", "\"", "+", "dr", "MRN", "PS", "rn",
            "rate", "ssn");
    List<String> gaps = List.of("", " ");
    int n = tokens.size();
    for (int i = 0; i < n * n * n; i++) {
      for (int g = 0; g < 4; g++) {
        String text =
            tokens.get(i % n)
                + gaps.get(g & 1)
                + tokens.get(i / n % n)
                + gaps.get(g >> 1)
                + tokens.get(i / n / n);
        assertWellFormed(text, detector.detect(text));
      }
    }
  }

  @Property(tries = 300)
  void aValidSsnIsFoundWhateverSurroundsIt(
      @ForAll("filler") String before, @ForAll("filler") String after) {
    String ssn = "123-45-6789";
    String text = before + " SSN " + ssn + " " + after;
    int at = before.length() + 5;
    assertThat(detector.detect(text))
        .anySatisfy(
            f -> {
              assertThat(f.type()).isEqualTo(PhiType.SSN);
              assertThat(f.start()).isEqualTo(at);
              assertThat(f.end()).isEqualTo(at + ssn.length());
            });
  }

  @Property(tries = 300)
  void decomposedAccentsGiveTheFindingsOfTheComposedText(@ForAll("accented") String text) {
    String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    List<Finding> found = detector.detect(decomposed);
    assertWellFormed(decomposed, found);
    assertThat(found.stream().map(f -> f.type() + " " + composedSlice(decomposed, f)).toList())
        .isEqualTo(
            detector.detect(composed).stream()
                .map(f -> f.type() + " " + composed.substring(f.start(), f.end()))
                .toList());
  }

  private static String composedSlice(String text, Finding f) {
    return Normalizer.normalize(text.substring(f.start(), f.end()), Normalizer.Form.NFC);
  }

  @Provide
  Arbitrary<String> accented() {
    return Arbitraries.of(
            "José",
            "Ramírez",
            "Zoë",
            "Brontë",
            "Nguyễn",
            "Thị",
            "Hương",
            "Renée",
            "Côté",
            "Łukasz",
            "spoke with",
            "called",
            "Mrs.",
            "the client",
            "aide",
            "SSN 123-45-6789",
            "DOB",
            "03/04/1931",
            "Peña",
            "Müller",
            "café",
            ",",
            ".",
            "\n",
            "señora",
            "Dr.",
            "crème")
        .list()
        .ofMaxSize(25)
        .map(words -> String.join(" ", words));
  }

  @Provide
  Arbitrary<String> noise() {
    return Arbitraries.strings().withChars("0123456789-./:@()# ,abcdefXYZ+\n").ofMaxLength(300);
  }

  @Provide
  Arbitrary<String> filler() {
    return Arbitraries.strings().withChars("abcdefgh ,.;").ofMaxLength(60);
  }

  private static void assertWellFormed(String text, List<Finding> findings) {
    int last = 0;
    for (Finding f : findings) {
      assertThat(f.start()).isGreaterThanOrEqualTo(last);
      assertThat(f.end()).isLessThanOrEqualTo(text.length());
      assertThat(f.confidence()).isBetween(0.5, 1.0);
      last = f.end();
    }
  }
}
