package com.backofficecare.safeguard.core.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.backofficecare.safeguard.core.PhiType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Profile files: the good shapes load, every bad one is refused with file, line and path. */
@Tag("POL-2.3")
class DetectionProfileFileTest {

  static final String ROSTER =
      """
      first_name,last_name,mrn,phone,notes
      Quenvolda,Trabiszewski,204-88-173,(614) 555-0187,"likes tea, ""strong"" brew"
      Ileana,Vostrikova-Bell,MRN-77120,,
      """;

  static final String YAML =
      """
      agency: sunrise-home-care
      minimumConfidence: 0.5
      roster:
        file: roster.csv                  # header row names the columns
        columns: {first_name: NAME, last_name: NAME, mrn: MRN, phone: PHONE}
      allow: ["Sunrise Home Care", "800-555-0100", {pattern: "Team [A-Z][a-z]+"}]
      deny:
        - {type: NAME, values: ["Gumbo"]}
      recognizers:
        - {name: sunrise-client-id, type: ID, pattern: "SRH-[0-9]{6}", context: [client, member], confidence: 0.9}
      """;

  @TempDir Path dir;

  private Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  private List<DetectionProfileException.Problem> problems(String name, String content)
      throws IOException {
    Path file = write(name, content);
    DetectionProfileException e =
        catchThrowableOfType(DetectionProfileException.class, () -> DetectionProfile.load(file));
    assertThat(e).as("refused").isNotNull();
    assertThat(e.getMessage()).doesNotContain("Quenvolda", "Trabiszewski", "204-88", "SECRET");
    return e.problems();
  }

  @Test
  void loadsTheYamlShape() throws IOException {
    write("roster.csv", ROSTER);
    DetectionProfile profile = DetectionProfile.load(write("sunrise.yaml", YAML));
    assertThat(profile.agency().value()).isEqualTo("sunrise-home-care");
    assertThat(profile.toString())
        .isEqualTo("DetectionProfile[agency=sunrise-home-care, people=2]");
    PhiDetector d = PhiDetector.builder().profile(profile).build();
    String text =
        "TRABISZEWSKI, QUENVOLDA mrn 20488173; ileana vostrikova-bell MRN-77120;"
            + " Sunrise Home Care; client SRH-123456; Gumbo";
    assertThat(d.detect(text))
        .extracting(f -> f.type() + ":" + text.substring(f.start(), f.end()))
        .contains(
            "NAME:TRABISZEWSKI, QUENVOLDA",
            "MRN:20488173",
            "NAME:ileana vostrikova-bell",
            "MRN:MRN-77120",
            "ID:SRH-123456",
            "NAME:Gumbo")
        .noneMatch(s -> s.contains("Sunrise"));
  }

  @Test
  void loadsTheSameAsJson() throws IOException {
    write("roster.csv", ROSTER);
    DetectionProfile profile =
        DetectionProfile.load(
            write(
                "p.json",
                """
        {"agency": "a1", "types": ["NAME", "MRN"],
         "roster": {"file": "roster.csv", "columns": {"first_name": "NAME", "mrn": "MRN"}},
         "recognizers": [{"name": "iban", "type": "ACCOUNT", "pattern": "[A-Z]{2}[0-9A-Z]{13,32}",
           "validator": "mod97"}]}
        """));
    assertThat(profile.types()).contains(java.util.Set.of(PhiType.NAME, PhiType.MRN));
    PhiDetector d = PhiDetector.builder().profile(profile).build();
    assertThat(d.detect("quenvolda"))
        .singleElement()
        .satisfies(f -> assertThat(f.recognizer()).isEqualTo("roster.name"));
  }

  @Test
  void refusesUnknownAndDuplicateKeys() throws IOException {
    assertThat(
            problems(
                "p.yaml",
                """
        agency: a
        roster:
          file: r.csv
          colums: {a: NAME}
        agency: b
        recognizers:
          - {name: x, type: ID, pattern: "X", confidense: 0.9}
        """))
        .extracting(Object::toString)
        .containsExactlyInAnyOrder(
            dir.resolve("p.yaml") + ":5: agency: duplicate key",
            dir.resolve("p.yaml") + ":4: roster.colums: unknown key",
            dir.resolve("p.yaml") + ":3: roster.columns: missing",
            dir.resolve("p.yaml") + ":7: recognizers[0].confidense: unknown key");
  }

  @Test
  void refusesAPatternThatDoesNotCompile() throws IOException {
    assertThat(
            problems(
                "p.json",
                """
        {"agency": "a",
         "recognizers": [
           {"name": "x", "type": "ID", "pattern": "SECRET([0-9]"}],
         "allow": [{"pattern": "SECRET[a-"}]}
        """))
        .extracting(p -> p.line() + " " + p.path() + " " + p.message())
        .containsExactlyInAnyOrder(
            "3 recognizers[0].pattern pattern does not compile: missing closing )",
            "4 allow[0].pattern pattern does not compile: missing closing ]");
  }

  @Test
  void refusesRosterRowsOfTheWrongWidthByLine() throws IOException {
    write(
        "roster.csv",
        """
                        first_name,last_name,mrn
                        Quenvolda,Trabiszewski,204-88-173
                        Quenvolda,Trabiszewski
                        "multi
                        line",x,y
                        Quenvolda,Trabiszewski,204-88-173,x
                        """);
    assertThat(
            problems(
                "p.yaml",
                """
        agency: a
        roster: {file: roster.csv, columns: {first_name: NAME, mrn: MRN}}
        """))
        .extracting(p -> p.file().endsWith("roster.csv") + " " + p.line() + " " + p.message())
        .containsExactly(
            "true 3 2 fields where the header row has 3",
            "true 6 4 fields where the header row has 3");
  }

  @Test
  void refusesAMissingRosterFileAndColumn() throws IOException {
    assertThat(
            problems(
                "p.yaml",
                """
        agency: a
        roster: {file: nowhere.csv, columns: {first_name: NAME}}
        """))
        .extracting(Object::toString)
        .containsExactly(
            dir.resolve("p.yaml") + ":2: roster.file: no such roster file: nowhere.csv");
    write("roster.csv", ROSTER);
    assertThat(
            problems(
                "q.yaml",
                """
        agency: a
        roster: {file: roster.csv, columns: {given: NAME, mrn: MRNN}}
        """))
        .extracting(p -> p.line() + " " + p.path() + " " + p.message())
        .containsExactly(
            "2 roster.columns.mrn not a type (one of "
                + java.util.Arrays.toString(PhiType.values())
                + ")");
    assertThat(
            problems(
                "r.yaml",
                """
        agency: a
        roster: {file: roster.csv, columns: {given: NAME}}
        """))
        .extracting(p -> p.line() + " " + p.path() + " " + p.message())
        .containsExactly("1 given no such column in the header row");
  }

  @Test
  void refusesWrongValuesAndMalformedFiles() throws IOException {
    assertThat(
            problems(
                "p.yaml",
                """
        agency: Not An Id
        minimumConfidence: 2
        types: [NAME, SECRET]
        deny:
          - {type: NAME, values: ["x"]}
        """))
        .extracting(p -> p.line() + " " + p.path())
        .containsExactly("1 agency", "2 minimumConfidence", "3 types[1]", "5 deny[0].values[0]");
    assertThat(problems("m.json", "{\"agency\": \"a\",\n \"allow\": [SECRET}"))
        .extracting(p -> p.line() + " " + p.message())
        .containsExactly("2 not well-formed JSON");
    assertThat(problems("empty.yaml", ""))
        .extracting(p -> p.message())
        .containsExactly("the file is empty");
    assertThat(
            catchThrowableOfType(
                    DetectionProfileException.class,
                    () -> DetectionProfile.load(dir.resolve("gone.yaml")))
                .problems())
        .extracting(Object::toString)
        .containsExactly(dir.resolve("gone.yaml") + ": no such profile file");
  }
}
