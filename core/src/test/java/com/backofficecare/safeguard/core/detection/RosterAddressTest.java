package com.backofficecare.safeguard.core.detection;

import static org.assertj.core.api.Assertions.assertThat;

import com.backofficecare.safeguard.core.AgencyId;
import com.backofficecare.safeguard.core.PhiType;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A roster's street addresses match with their suffixes and directionals written in full or
 * abbreviated the USPS way, with or without a period, in any case.
 */
@Tag("POL-2.3")
class RosterAddressTest {

  private static final PhiDetector DETECTOR =
      PhiDetector.builder()
          .profile(
              DetectionProfile.builder()
                  .agency(AgencyId.of("sunrise-home-care"))
                  .person(
                      List.of("Quenvolda", "Trabiszewski"),
                      Map.of(
                          PhiType.ADDRESS,
                          List.of(
                              "4417 Quillmoor Lane",
                              "120 N. Birchwood Avenue",
                              "88 Sandhollow Ct")))
                  .deny(PhiType.NAME, "Marisol West")
                  .build())
          .build();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      lives at 4417 Quillmoor Lane since      | 4417 Quillmoor Lane
      lives at 4417 QUILLMOOR LN. since       | 4417 QUILLMOOR LN
      lives at 4417 quillmoor ln since        | 4417 quillmoor ln
      moved to 120 North Birchwood Ave today  | 120 North Birchwood Ave
      moved to 120 n birchwood av. today      | 120 n birchwood av
      moved to 120 N. BIRCHWOOD AVENUE today  | 120 N. BIRCHWOOD AVENUE
      visit at 88 Sandhollow Court at 9       | 88 Sandhollow Court
      visit at 88 sandhollow ct. at 9         | 88 sandhollow ct
      """)
  void findsAnAddressWithItsSuffixAndDirectionalWrittenAnyWay(String text, String expected) {
    assertThat(rosterAddresses(text)).containsExactly(expected);
  }

  @Test
  void anotherSuffixOrDirectionalIsAnotherAddress() {
    assertThat(rosterAddresses("lives at 4417 Quillmoor Court since")).isEmpty();
    assertThat(rosterAddresses("moved to 120 South Birchwood Avenue today")).isEmpty();
    assertThat(rosterAddresses("lives at 4417 Quillmoor Lanes since")).isEmpty();
  }

  @Test
  void onlyAValueThatStartsWithANumberIsReadAsAStreet() {
    assertThat(DETECTOR.detect("called Marisol West today"))
        .anyMatch(f -> f.recognizer().equals("profile.deny"));
    assertThat(DETECTOR.detect("called Marisol W today"))
        .noneMatch(f -> f.recognizer().equals("profile.deny"));
  }

  /** Any casing and abbreviation of a roster street is found, whichever way the roster has it. */
  @Property(tries = 300)
  void anyVariantOfARosterStreetMatches(@ForAll("streets") Street street) {
    PhiDetector detector =
        PhiDetector.builder()
            .profile(
                DetectionProfile.builder()
                    .agency(AgencyId.of("a"))
                    .person(
                        List.of("Quenvolda"), Map.of(PhiType.ADDRESS, List.of(street.onRoster())))
                    .build())
            .build();
    String written = street.inText();
    String text = "visit at " + written + " today";
    List<String> found =
        detector.detect(text).stream()
            .filter(f -> f.recognizer().equals("roster.value") && f.type() == PhiType.ADDRESS)
            .map(f -> text.substring(f.start(), f.end()))
            .toList();
    assertThat(found)
        .containsExactly(
            written.endsWith(".") ? written.substring(0, written.length() - 1) : written);
  }

  /**
   * A street: a number, maybe a directional, a name, a suffix; each word in one of its written
   * forms (a form index per word) as on the roster and as in the text, the text's in random case
   * and with a period after an abbreviation or not.
   */
  record Street(
      int number,
      String[] directional,
      String name,
      String[] suffix,
      int rosterForms,
      int textForms,
      long caseBits,
      boolean periods) {

    String onRoster() {
      return number
          + " "
          + (directional.length == 0 ? "" : directional[rosterForms % directional.length] + " ")
          + name
          + " "
          + suffix[(rosterForms / 7) % suffix.length];
    }

    String inText() {
      StringBuilder b = new StringBuilder().append(number).append(' ');
      if (directional.length > 0) {
        b.append(word(directional[textForms % directional.length])).append(' ');
      }
      b.append(name).append(' ').append(word(suffix[(textForms / 7) % suffix.length]));
      StringBuilder cased = new StringBuilder();
      for (int i = 0; i < b.length(); i++) {
        char c = b.charAt(i);
        cased.append(
            (caseBits >>> (i % 64) & 1) != 0 ? Character.toUpperCase(c) : Character.toLowerCase(c));
      }
      return cased.toString();
    }

    private String word(String form) {
      return periods && form.length() <= 4 ? form + "." : form;
    }
  }

  @Provide
  Arbitrary<Street> streets() {
    List<String[]> suffixes =
        List.of(
            new String[] {"Street", "St", "Str"}, new String[] {"Avenue", "Ave", "Av"},
            new String[] {"Lane", "Ln"}, new String[] {"Road", "Rd"},
            new String[] {"Boulevard", "Blvd"}, new String[] {"Drive", "Dr"},
            new String[] {"Court", "Ct"}, new String[] {"Place", "Pl"},
            new String[] {"Terrace", "Ter"}, new String[] {"Parkway", "Pkwy"},
            new String[] {"Circle", "Cir"}, new String[] {"Highway", "Hwy"});
    List<String[]> directionals =
        List.of(
            new String[0],
            new String[0],
            new String[] {"North", "N"},
            new String[] {"South", "S"},
            new String[] {"East", "E"},
            new String[] {"West", "W"},
            new String[] {"Northeast", "NE"},
            new String[] {"Southwest", "SW"});
    Arbitrary<String> names =
        Arbitraries.strings()
            .withCharRange('a', 'z')
            .ofMinLength(5)
            .ofMaxLength(10)
            .map(s -> Character.toUpperCase(s.charAt(0)) + s.substring(1));
    return Combinators.combine(
            Arbitraries.integers().between(1, 99_999),
            Arbitraries.of(directionals),
            names,
            Arbitraries.of(suffixes),
            Arbitraries.integers().between(0, 1000),
            Arbitraries.integers().between(0, 1000),
            Arbitraries.longs(),
            Arbitraries.of(true, false))
        .as(Street::new);
  }

  private static List<String> rosterAddresses(String text) {
    return DETECTOR.detect(text).stream()
        .filter(f -> f.recognizer().equals("roster.value") && f.type() == PhiType.ADDRESS)
        .map(f -> text.substring(f.start(), f.end()))
        .toList();
  }
}
