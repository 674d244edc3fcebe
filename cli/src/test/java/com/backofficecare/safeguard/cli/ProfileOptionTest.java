package com.backofficecare.safeguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.backofficecare.safeguard.cli.SafeguardCliTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code scan --profile} and {@code redact --profile}: an agency's roster, and bad profiles. */
@Tag("POL-2.3")
class ProfileOptionTest {

  private static final String DOC =
      "{\"id\": \"d1\", \"text\": \"yes quenvolda at 9, mrn 20488173\"}\n";

  @TempDir Path dir;

  private Path profile(String yaml, String csv) throws IOException {
    Files.writeString(dir.resolve("roster.csv"), csv);
    return Files.writeString(dir.resolve("p.yaml"), yaml);
  }

  private Path good() throws IOException {
    return profile(
        """
        agency: sunrise
        roster: {file: roster.csv, columns: {first: NAME, last: NAME, mrn: MRN}}
        recognizers:
          - {name: client-id, type: ID, pattern: "SRH-[0-9]{6}"}
        """,
        "first,last,mrn\nQuenvolda,Trabiszewski,204-88-173\n");
  }

  @Test
  void scanFindsTheRosterWithAProfileAndNotWithout() throws IOException {
    Run with = SafeguardCliTest.run(DOC, "scan", "--profile", good().toString());
    assertThat(with.exit()).isZero();
    assertThat(with.out())
        .isEqualTo(
            "{\"id\":\"d1\",\"spans\":["
                + "{\"start\":4,\"end\":13,\"type\":\"NAME\",\"confidence\":0.95},"
                + "{\"start\":24,\"end\":32,\"type\":\"MRN\",\"confidence\":0.99}]}\n");
    assertThat(SafeguardCliTest.run(DOC, "scan").out()).isNotEqualTo(with.out());
  }

  @Test
  void redactUsesTheProfile() throws IOException {
    Run r = SafeguardCliTest.run(DOC, "redact", "--profile", good().toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out()).isEqualTo("{\"id\":\"d1\",\"text\":\"yes [NAME] at 9, mrn [MRN]\"}\n");
  }

  /** Each row: the profile, the roster, then what the error must say. */
  @ParameterizedTest(name = "{2}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      textBlock =
          """
      'agency: a\\nrooster: {}\\n'                                         | 'a,b\\n'                          | p.yaml:2: rooster: unknown key
      'agency: a\\nagency: b\\n'                                           | 'a,b\\n'                          | p.yaml:2: agency: duplicate key
      'agency: a\\nrecognizers:\\n  - {name: x, type: ID, pattern: \"Quenvolda(\"}\\n' | 'a,b\\n'         | p.yaml:3: recognizers[0].pattern: pattern does not compile
      'agency: a\\nroster: {file: roster.csv, columns: {a: NAME}}\\n'     | 'a,b\\nQuenvolda,Trabiszewski,x\\n' | roster.csv:2: 3 fields where the header row has 2
      'agency: a\\nroster: {file: gone.csv, columns: {a: NAME}}\\n'       | 'a,b\\n'                          | p.yaml:2: roster.file: no such roster file
      """)
  void aBadProfileStopsWithExit65NamingFileAndLine(String yaml, String csv, String expected)
      throws IOException {
    Path p = profile(yaml.replace("\\n", "\n"), csv.replace("\\n", "\n"));
    for (String command : new String[] {"scan", "redact"}) {
      Run r = SafeguardCliTest.run(DOC, command, "--profile", p.toString());
      assertThat(r.exit()).isEqualTo(65);
      assertThat(r.out()).isEmpty();
      assertThat(r.err()).contains(expected).doesNotContain("Quenvolda", "Trabiszewski");
    }
  }

  @Test
  void aFloorSetTwiceIsAUsageError() throws IOException {
    Path p = profile("agency: a\nminimumConfidence: 0.7\n", "a\n");
    assertThat(
            SafeguardCliTest.run(DOC, "scan", "--profile", p.toString(), "--min-confidence", "0.6")
                .exit())
        .isEqualTo(2);
  }
}
