package com.backofficecare.safeguard.core.detection.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The word lists the name model reads: given names of the people home care serves. */
class LexiconTest {

  private static int classes(String word) {
    char[] chars = word.toCharArray();
    return Lexicon.get().word(chars, 0, chars.length);
  }

  /** Japanese, Russian, Ukrainian, Punjabi, Persian and Pacific Islander given names are listed. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "hiroshi",
        "kenji",
        "anatoly",
        "mikhail",
        "yevgeny",
        "oleksandr",
        "gurpreet",
        "sukhwinder",
        "venkatesh",
        "farhad",
        "sione",
        "tevita",
        "keoni",
        "olusegun"
      })
  void givenNamesAreListed(String name) {
    assertThat(classes(name) & Lexicon.FIRST).as(name).isNotZero();
  }

  /** Abbreviations a note uses are left out of the given names, whatever they name elsewhere. */
  @ParameterizedTest
  @ValueSource(strings = {"aoi", "sota", "esi", "dao"})
  void abbreviationsAreNoGivenNames(String word) {
    assertThat(classes(word) & Lexicon.FIRST).as(word).isZero();
  }
}
