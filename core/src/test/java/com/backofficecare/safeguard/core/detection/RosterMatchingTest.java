package com.backofficecare.safeguard.core.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backofficecare.safeguard.core.AgencyId;
import com.backofficecare.safeguard.core.PhiType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The roster's matching forms, allow and deny values and an agency's own recognizers. */
@Tag("POL-2.3")
class RosterMatchingTest {

  static final DetectionProfile PROFILE =
      DetectionProfile.builder()
          .agency(AgencyId.of("sunrise-home-care"))
          .person(
              List.of("Quenvolda", "Trabiszewski"),
              Map.of(
                  PhiType.MRN,
                  List.of("204-88-173"),
                  PhiType.PHONE,
                  List.of("+1 614.555.0187"),
                  PhiType.ADDRESS,
                  List.of("4417 Quillmoor Lane")))
          .person(List.of("Will", "Okonkwo-Reyes"), Map.of())
          .person(List.of("Mary Ann", "García Márquez"), Map.of())
          .person(List.of("Jun-ho", "Park"), Map.of(PhiType.HEALTH_PLAN_ID, List.of("XQZ88812345")))
          .person(List.of("J. Ravensworth-Bird"), Map.of())
          .person(List.of("Dariusz", "Wrobel"), Map.of())
          .person(List.of("Berniece", "Hill"), Map.of())
          .allow("Sunrise Home Care")
          .allow("800-555-0100")
          .allowPattern("Team [A-Z]\\w+")
          .deny(PhiType.NAME, "Gumbo")
          .recognizer(
              CustomRecognizer.builder("sunrise-client-id", PhiType.ID, "SRH-[0-9]{6}")
                  .context(List.of("client", "member"))
                  .confidence(0.9)
                  .build())
          .recognizer(
              CustomRecognizer.builder("card-ref", PhiType.CARD, "[0-9]{16}")
                  .validator(CustomRecognizer.Validator.LUHN)
                  .confidence(0.7)
                  .build())
          .build();

  static final PhiDetector DETECTOR = PhiDetector.builder().profile(PROFILE).build();

  /** Each row: text, then the type and exact text of a finding from the profile. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      saw Quenvolda Trabiszewski today                | NAME    | Quenvolda Trabiszewski
      SAW QUENVOLDA TRABISZEWSKI TODAY                | NAME    | QUENVOLDA TRABISZEWSKI
      saw quenvolda trabiszewski today                | NAME    | quenvolda trabiszewski
      client: Trabiszewski, Quenvolda                 | NAME    | Trabiszewski, Quenvolda
      signed Q. Trabiszewski                          | NAME    | Q. Trabiszewski
      signed q trabiszewski                           | NAME    | q trabiszewski
      Trabiszewski, Q. called                         | NAME    | Trabiszewski, Q.
      yes quenvolda at 9                              | NAME    | quenvolda
      trabiszewski's daughter called                  | NAME    | trabiszewski
      Mr. Okonkwo-Reyes declined                      | NAME    | Okonkwo-Reyes
      okonkwo reyes declined                          | NAME    | okonkwo reyes
      will okonkwo-reyes declined                     | NAME    | will okonkwo-reyes
      MARY ANN GARCIA MARQUEZ IN ER                   | NAME    | MARY ANN GARCIA MARQUEZ
      told Mrs. Márquez                               | NAME    | Márquez
      Jun-ho Park at home                             | NAME    | Jun-ho Park
      saw Mrs. Park                                   | NAME    | Park
      per j ravensworth-bird                          | NAME    | j ravensworth-bird
      last name W-R-O-B-E-L                           | NAME    | W-R-O-B-E-L
      at the trabiszewskis today                      | NAME    | trabiszewski
      CLIENT NAME: HI11, BERNIECE                     | NAME    | HI11, BERNIECE
      hi will its me                                  | NAME    | will
      will: ok see you                                | NAME    | will
      the aide Will was late                          | NAME    | Will
      MRN 20488173 reviewed                           | MRN     | 20488173
      chart 204 88 173 reviewed                       | MRN     | 204 88 173
      call 614-555-0187 re visit                      | PHONE   | 614-555-0187
      call 1-614-555-0187 re visit                    | PHONE   | 1-614-555-0187
      dates 05/04/2028 and MRN-204-88-173             | MRN     | 204-88-173
      member xqz-888-12345 active                     | HEALTH_PLAN_ID | xqz-888-12345
      lives at 4417 quillmoor lane since              | ADDRESS | 4417 quillmoor lane
      Gumbo came by                                   | NAME    | Gumbo
      """)
  void findsTheRosterAsWritten(String text, PhiType type, String expected) {
    assertThat(DETECTOR.detect(text))
        .filteredOn(
            f -> f.recognizer().startsWith("roster.") || f.recognizer().startsWith("profile."))
        .extracting(f -> f.type() + ":" + text.substring(f.start(), f.end()))
        .contains(type + ":" + expected);
  }

  @Test
  void findsSayWhatMatchedWithoutTheValue() {
    String text = "Quenvolda Trabiszewski, MRN 204-88-173";
    List<Finding> found = DETECTOR.detect(text);
    assertThat(found)
        .extracting(Finding::reason)
        .allSatisfy(
            r -> {
              assertThat(r.toLowerCase()).doesNotContain("quenvolda", "trabiszewski", "204");
            });
    assertThat(found)
        .filteredOn(f -> f.recognizer().startsWith("roster."))
        .extracting(Finding::reason)
        .allSatisfy(r -> assertThat(r).contains("agency roster"))
        .hasSize(2);
    assertThat(found)
        .filteredOn(f -> f.recognizer().equals("roster.name"))
        .allSatisfy(f -> assertThat(f.confidence()).isGreaterThanOrEqualTo(0.95));
  }

  @Test
  void aCommonWordIsNotANameAlone() {
    assertThat(DETECTOR.detect("we will see")).noneMatch(f -> f.recognizer().startsWith("roster."));
    assertThat(DETECTOR.detect("park the car"))
        .noneMatch(f -> f.recognizer().startsWith("roster."));
  }

  @Test
  void aRosterNameIsWidenedToTheNameFoundAroundIt() {
    String text = "Visit note for Larry Quenvolda Trabiszewski, DOB 1956-08-16.";
    assertThat(PhiDetector.standard().detect(text))
        .filteredOn(f -> f.type() == PhiType.NAME)
        .extracting(f -> text.substring(f.start(), f.end()))
        .containsExactly("Larry Quenvolda Trabiszewski");
    assertThat(DETECTOR.detect(text))
        .filteredOn(f -> f.type() == PhiType.NAME)
        .extracting(f -> f.recognizer() + ":" + text.substring(f.start(), f.end()))
        .containsExactly("roster.name:Larry Quenvolda Trabiszewski");
  }

  @Test
  void aNameNotOfOnePersonIsNotJoinedByAComma() {
    String text = "Okonkwo-Reyes, Quenvolda";
    assertThat(DETECTOR.detect(text))
        .filteredOn(f -> f.recognizer().equals("roster.name"))
        .extracting(f -> text.substring(f.start(), f.end()))
        .containsExactly("Okonkwo-Reyes", "Quenvolda");
  }

  @Test
  void allowedValuesAreNeverFindings() {
    String text = "Sunrise Home Care, call 800-555-0100 or Team Blue.";
    assertThat(DETECTOR.detect(text)).isEmpty();
  }

  @Test
  void recognizersRaiseTheirConfidenceAfterAContextWord() {
    assertThat(DETECTOR.detect("client SRH-004211"))
        .filteredOn(f -> f.type() == PhiType.ID)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.confidence()).isEqualTo(0.95);
              assertThat(f.recognizer()).isEqualTo("profile.sunrise-client-id");
            });
    assertThat(DETECTOR.detect("ref SRH-004211"))
        .filteredOn(f -> f.type() == PhiType.ID)
        .singleElement()
        .satisfies(f -> assertThat(f.confidence()).isEqualTo(0.9));
  }

  @Test
  void aValidatorRefusesMatchesThatFailIt() {
    // Luhn-valid with no card issuer's prefix: only the agency's recognizer proposes it
    assertThat(DETECTOR.detect("ref 1000000000000008 ok"))
        .anyMatch(f -> f.recognizer().equals("profile.card-ref"));
    assertThat(DETECTOR.detect("ref 1000000000000009 ok"))
        .noneMatch(f -> f.recognizer().equals("profile.card-ref"));
  }

  @Test
  void aProfileSetsTypesAndFloorUnlessTheBuilderDoes() {
    DetectionProfile names =
        DetectionProfile.builder()
            .agency(AgencyId.of("a"))
            .types(Set.of(PhiType.NAME))
            .minimumConfidence(0.9)
            .build();
    PhiDetector d = PhiDetector.builder().profile(names).build();
    assertThat(d.types()).containsExactly(PhiType.NAME);
    assertThat(d.minimumConfidence()).isEqualTo(0.9);
    assertThatThrownBy(() -> PhiDetector.builder().minimumConfidence(0.6).profile(names).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("minimum confidence");
    assertThatThrownBy(
            () -> PhiDetector.builder().profile(names).types(Set.of(PhiType.SSN)).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("types");
  }

  @Test
  void theBuilderRefusesContradictions() {
    assertThatThrownBy(() -> DetectionProfile.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("agency");
    assertThatThrownBy(
            () ->
                DetectionProfile.builder()
                    .agency(AgencyId.of("a"))
                    .allow("Gumbo")
                    .deny(PhiType.NAME, "GUMBO")
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("allowed and denied");
    CustomRecognizer r = CustomRecognizer.builder("x", PhiType.ID, "X[0-9]+").build();
    assertThatThrownBy(() -> DetectionProfile.builder().recognizer(r).recognizer(r))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> DetectionProfile.builder().person(List.of(), Map.of(PhiType.MRN, List.of("1-2"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("1-2");
    assertThatThrownBy(() -> CustomRecognizer.builder("x", PhiType.ID, "SECRET(").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("SECRET");
  }

  @Test
  void theDefaultDetectorIsUnchangedByAProfileElsewhere() {
    String text = "saw quenvolda at 9; Gumbo came by";
    assertThat(PhiDetector.standard().detect(text))
        .noneMatch(
            f -> f.recognizer().startsWith("roster.") || f.recognizer().startsWith("profile."));
  }
}
