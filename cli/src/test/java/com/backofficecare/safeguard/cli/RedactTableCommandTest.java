package com.backofficecare.safeguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.backofficecare.safeguard.cli.SafeguardCliTest.Run;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code safeguard redact-table}: CSV, TSV and JSON lines redacted field by field, strictly. */
class RedactTableCommandTest {

  @TempDir Path dir;

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }

  static List<List<String>> parse(String csv, char delimiter) throws Exception {
    CsvTable t = new CsvTable(new StringReader(csv), delimiter, 1 << 20);
    List<List<String>> rows = new ArrayList<>();
    for (List<String> r = t.next(); r != null; r = t.next()) {
      rows.add(r);
    }
    return rows;
  }

  @Test
  @Tag("POL-3.2")
  void csvColumnsAreClassifiedByNameAndSampleAndEveryOtherCellScanned() throws Exception {
    Path in =
        write(
            "visits.csv",
            """
        client_name,dob,reach_at,units,notes
        Ada Lovelace,1931-03-14,469-510-2188,3,"Seen at home, SSN 123-45-6789"
        Grace Hopper,1906-12-09,(212) 555-0142,2,"Said ""fine""\"
        Alan Turing,1912-06-23,214.555.0199,1,
        Edsger Dijkstra,1930-05-11,972-555-0117,4,no change
        Barbara Liskov,1939-11-07,817 555 0123,2,"two
        lines"
        """);
    Path report = dir.resolve("report.json");
    Run r = SafeguardCliTest.run("", "redact-table", in.toString(), "--report", report.toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.exit()).isZero();
    assertThat(parse(r.out(), ','))
        .containsExactly(
            List.of("client_name", "dob", "reach_at", "units", "notes"),
            List.of("[NAME]", "[DATE]", "[PHONE]", "3", "Seen at home, SSN [SSN]"),
            List.of("[NAME]", "[DATE]", "[PHONE]", "2", "Said \"fine\""),
            List.of("[NAME]", "[DATE]", "[PHONE]", "1", ""),
            List.of("[NAME]", "[DATE]", "[PHONE]", "4", "no change"),
            List.of("[NAME]", "[DATE]", "[PHONE]", "2", "two\nlines"));
    assertThat(Files.readString(report))
        .isEqualTo(
            "{\"rows\":5,"
                + "\"findings\":{\"NAME\":5,\"DATE\":5,\"PHONE\":5,\"SSN\":1},\"columns\":["
                + "{\"name\":\"client_name\",\"type\":\"NAME\",\"source\":\"FIELD_NAME\",\"action\":\"REPLACE\"},"
                + "{\"name\":\"dob\",\"type\":\"DATE\",\"source\":\"FIELD_NAME\",\"action\":\"REPLACE\"},"
                + "{\"name\":\"reach_at\",\"type\":\"PHONE\",\"source\":\"VALUE\",\"action\":\"REPLACE\"},"
                + "{\"name\":\"units\",\"type\":null,\"source\":\"NONE\",\"action\":\"SCAN\"},"
                + "{\"name\":\"notes\",\"type\":null,\"source\":\"NONE\",\"action\":\"SCAN\"}]}\n");
  }

  @Test
  void tsvFromStandardInputWithMaskMode() throws Exception {
    Run r =
        SafeguardCliTest.run(
            "ssn\tcomment\r\n123-45-6789\t\"a\ttab\"\r\n",
            "redact-table",
            "--format",
            "tsv",
            "--mode",
            "mask");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(parse(r.out(), '\t'))
        .containsExactly(List.of("ssn", "comment"), List.of("***-**-6789", "a\ttab"));
  }

  @Test
  @Tag("POL-3.2")
  void jsonLinesOfAnyShapeKeepTheirShape() throws Exception {
    Path in =
        write(
            "people.jsonl",
            """
        {"id":1,"ssn":123456789,"age":93,"active":true,"contact":{"phone":"469 510 2188","note":null},"notes":["Call Ada Lovelace","ok"],"visits":4}
        {"id":2,"ssn":"987-65-4321","age":45,"active":false,"contact":{},"notes":[],"visits":0.5}
        """);
    Run r = SafeguardCliTest.run("", "redact-table", in.toString(), "--mode", "safe-harbor");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .isEqualTo(
            "{\"id\":1,\"ssn\":\"[SSN]\",\"age\":\"90+\",\"active\":true,\"contact\":{\"phone\":\"[PHONE]\","
                + "\"note\":null},\"notes\":[\"Call [NAME]\",\"ok\"],\"visits\":4}\n"
                + "{\"id\":2,\"ssn\":\"[SSN]\",\"age\":45,\"active\":false,\"contact\":{},\"notes\":[],"
                + "\"visits\":0.5}\n");
  }

  /** Each row: the input, then what the error must say. None may echo the row. */
  @ParameterizedTest(name = "{1}")
  @Tag("POL-9.1")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      textBlock =
          """
      'name,ssn\\nAda Lovelace,123-45-6789\\nGrace Hopper\\n'          | t.csv: line 3: 1 fields where the header row has 2
      'name,ssn\\nAda Lovelace,"123-45-6789\\n'                        | t.csv: line 2: a quoted field is never closed
      'name,ssn\\nAda "Lovelace",123-45-6789\\n'                       | t.csv: line 2: a quote inside an unquoted field
      'name,ssn\\n"Ada Lovelace"x,123-45-6789\\n'                      | t.csv: line 2: text after a closing quote
      'name,name\\nAda Lovelace,123-45-6789\\n'                        | t.csv: line 1: column 2 is named twice
      'name,ssn\\rAda Lovelace,123-45-6789\\n'                         | t.csv: line 1: a carriage return not followed by a line feed
      """)
  void badCsvStopsWithExit65NamingTheLineNeverTheContent(String content, String expected)
      throws IOException {
    Path in = write("t.csv", content.replace("\\n", "\n").replace("\\r", "\r"));
    Run r = SafeguardCliTest.run("", "redact-table", in.toString());
    assertThat(r.exit()).isEqualTo(65);
    assertThat(r.err()).contains(expected);
    assertThat(withoutPath(r.err(), in)).doesNotContain("Lovelace", "6789", "Exception");
  }

  @Test
  void rowsBeforeABadRowAreWrittenWhenTheSampleIsSmall() throws IOException {
    Path in = write("t.csv", "name,ssn\nAda Lovelace,123-45-6789\nGrace,1,2\n");
    Run r = SafeguardCliTest.run("", "redact-table", in.toString(), "--sample-rows", "0");
    assertThat(r.exit()).isEqualTo(65);
    assertThat(r.out()).isEqualTo("name,ssn\n[NAME],[SSN]\n");
  }

  @ParameterizedTest(name = "{1}")
  @Tag("POL-9.1")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      textBlock =
          """
      '{"ssn":"123-45-6789","ssn":"1"}'                 | t.jsonl: line 1: a field named twice
      '["123-45-6789"]'                                 | t.jsonl: line 1: not a JSON object
      '{"ssn":"123-45-6789"'                            | t.jsonl: line 1: malformed JSON at column
      '{"ssn":"123-45-6789"} {"x":1}'                   | t.jsonl: line 1: unexpected content after the JSON object
      """)
  void badJsonStopsWithExit65(String content, String expected) throws IOException {
    Path in = write("t.jsonl", content + "\n");
    Run r = SafeguardCliTest.run("", "redact-table", in.toString());
    assertThat(r.exit()).isEqualTo(65);
    assertThat(r.err()).contains(expected);
    assertThat(withoutPath(r.err(), in)).doesNotContain("6789");
  }

  @Test
  void aMissingFileIs66AndAMistypedFlagOrUnknownFormatIs2() throws IOException {
    Run missing = SafeguardCliTest.run("", "redact-table", dir.resolve("none.csv").toString());
    assertThat(missing.exit()).isEqualTo(66);
    assertThat(missing.err()).contains("no such file");
    Path in = write("t.csv", "a\n1\n");
    assertThat(SafeguardCliTest.run("", "redact-table", in.toString(), "--mdoe", "tag").exit())
        .isEqualTo(2);
    assertThat(SafeguardCliTest.run("", "redact-table", write("t.txt", "a\n").toString()).exit())
        .isEqualTo(2);
    assertThat(SafeguardCliTest.run("", "redact-table", in.toString(), "--format", "xml").exit())
        .isEqualTo(2);
  }

  /** Runs the CLI in its own JVM with the key store passphrase in its environment. */
  private Run process(String... args) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                CliProcess.classpath(),
                SafeguardCli.class.getName()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().put("SAFEGUARD_PASSPHRASE", "table-test-passphrase");
    pb.redirectError(dir.resolve("err.txt").toFile());
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Run(p.waitFor(), out, Files.readString(dir.resolve("err.txt")));
  }

  @Test
  void pseudonymsFromAKeyStoreAgreeAcrossRuns() throws Exception {
    Path ks = dir.resolve("keys.sgks");
    Run created = process("pseudonym-key", "--key-store", ks.toString(), "--agency", "sunrise");
    assertThat(created.exit()).as(created.err()).isZero();
    String wrapped = created.out().strip();
    Path in = write("t.csv", "client_name,notes\nAda Lovelace,seen\n");
    String[] args = {
      "redact-table",
      in.toString(),
      "--mode",
      "pseudonym",
      "--agency",
      "sunrise",
      "--key-store",
      ks.toString(),
      "--pseudonym-key",
      wrapped
    };
    Run one = process(args);
    Run two = process(args);
    assertThat(one.exit()).as(one.err()).isZero();
    assertThat(one.out()).isEqualTo(two.out()).startsWith("client_name,notes\nNAME_");
    Run noStore =
        process(
            "redact-table",
            in.toString(),
            "--mode",
            "pseudonym",
            "--agency",
            "sunrise",
            "--key-store",
            dir.resolve("gone").toString(),
            "--pseudonym-key",
            wrapped);
    assertThat(noStore.exit()).isEqualTo(66);
  }

  /** Ten million characters through a 32 MB heap: the table is streamed, never held. */
  @Test
  void aLargeTableStreamsWithinABoundedHeap() throws Exception {
    Path in = dir.resolve("big.csv");
    try (var w = Files.newBufferedWriter(in)) {
      w.write("id,status,notes\n");
      for (int i = 0; i < 200_000; i++) {
        w.write(i + ",active,nothing new to report today\n");
      }
    }
    assertThat(Files.size(in)).isGreaterThan(8_000_000);
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx32m",
                "-cp",
                CliProcess.classpath(),
                SafeguardCli.class.getName(),
                "redact-table",
                in.toString())
            .redirectError(dir.resolve("err.txt").toFile())
            .redirectOutput(dir.resolve("out.csv").toFile())
            .start();
    assertThat(p.waitFor()).as(Files.readString(dir.resolve("err.txt"))).isZero();
    try (var lines = Files.lines(dir.resolve("out.csv"), StandardCharsets.UTF_8)) {
      assertThat(lines.count()).isEqualTo(200_001);
    }
  }

  /** The message without the input's path, whose random temporary directory may hold any digits. */
  private static String withoutPath(String message, Path in) {
    return message.replace(in.toString(), "<input>");
  }
}
