package com.backofficecare.safeguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.backofficecare.safeguard.cli.SafeguardCliTest.Run;
import com.backofficecare.safeguard.core.AgencyId;
import com.backofficecare.safeguard.core.redaction.TableReport;
import com.backofficecare.safeguard.crypto.LocalKeyStore;
import com.backofficecare.safeguard.crypto.PseudonymKeys;
import com.backofficecare.safeguard.spark.RedactTableJob;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Spark job (local[2]) and the CLI give the same output for the same input: the same rows, in
 * order, with the same values, and the same report.
 */
class SparkParityTest {

  private static final String PASSPHRASE_ENV = "SAFEGUARD_SPARK_TEST_PASSPHRASE";
  private static SparkSession spark;

  @TempDir Path dir;

  @BeforeAll
  static void start() {
    spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("safeguard-parity")
            .config("spark.ui.enabled", "false")
            .config("spark.ui.showConsoleProgress", "false")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .getOrCreate();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  /** 150 visits: more rows than the sample, names, phones, quoted commas and line breaks. */
  private Path visits() throws IOException {
    String[] names = {"Ada Lovelace", "Grace Hopper", "Alan Turing", "Katherine Johnson"};
    String[] phones = {"469-510-2188", "(212) 555-0142", "214.555.0199", "972-555-0117"};
    String[] notes = {
      "\"Seen at home, SSN 123-45-6789\"",
      "no change",
      "",
      "\"Daughter Maria Lopez says \"\"fine\"\", call 469-510-2188\"",
      "\"two\nlines\"",
      "MRN 20488173 reviewed",
      "\"Dallas, TX 75201\""
    };
    StringBuilder csv = new StringBuilder("client_name,dob,reach_at,units,visit_notes,member_id\n");
    for (int i = 0; i < 150; i++) {
      csv.append(names[i % 4])
          .append(',')
          .append(1930 + i % 60)
          .append("-0")
          .append(1 + i % 9)
          .append("-1")
          .append(i % 10)
          .append(',')
          .append(phones[i % 4])
          .append(',')
          .append(i % 7)
          .append(',')
          .append(notes[i % notes.length])
          .append(',')
          .append(i % 5 == 0 ? "" : "9HV6U65RP0" + i % 10)
          .append('\n');
    }
    return Files.writeString(dir.resolve("visits.csv"), csv);
  }

  private TableReport job(Path source, String format, String mode, String... more)
      throws IOException {
    Map<String, String> options = new LinkedHashMap<>();
    options.put("--source", source.toString());
    options.put("--format", format);
    options.put("--dest", dir.resolve("spark-out").toString());
    options.put("--report", dir.resolve("spark-report.json").toString());
    options.put("--mode", mode);
    for (int i = 0; i < more.length; i += 2) {
      options.put(more[i], more[i + 1]);
    }
    return RedactTableJob.run(spark, options);
  }

  /** The job's part files, in order, read as one text (one header per part for CSV). */
  private List<String> parts(String suffix) throws IOException {
    try (Stream<Path> files = Files.list(dir.resolve("spark-out"))) {
      return files
          .filter(
              p ->
                  p.getFileName().toString().startsWith("part-")
                      && p.getFileName().toString().endsWith(suffix))
          .sorted()
          .map(
              p -> {
                try {
                  return Files.readString(p, StandardCharsets.UTF_8);
                } catch (IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              })
          .toList();
    }
  }

  private List<List<String>> sparkCsvRows() throws Exception {
    List<List<String>> rows = new ArrayList<>();
    for (String part : parts(".csv")) {
      List<List<String>> parsed = RedactTableCommandTest.parse(part, ',');
      rows.addAll(rows.isEmpty() ? parsed : parsed.subList(1, parsed.size()));
    }
    return rows;
  }

  @ParameterizedTest
  @ValueSource(strings = {"tag", "mask", "safe-harbor"})
  void aCsvTableComesOutOfSparkAsOutOfRedactTable(String mode) throws Exception {
    Path in = visits();
    Path cliReport = dir.resolve("cli-report.json");
    Run cli =
        SafeguardCliTest.run(
            "", "redact-table", in.toString(), "--mode", mode, "--report", cliReport.toString());
    assertThat(cli.exit()).as(cli.err()).isZero();
    TableReport report = job(in, "csv", mode);
    List<List<String>> expected = RedactTableCommandTest.parse(cli.out(), ',');
    assertThat(expected).hasSize(151);
    assertThat(sparkCsvRows()).isEqualTo(expected);
    assertThat(report.toJson() + "\n").isEqualTo(Files.readString(cliReport));
  }

  @Test
  void pseudonymsFromTheSameKeyStoreAgree() throws Exception {
    Path in = visits();
    Path store = dir.resolve("keys.sgks");
    String wrapped;
    try (LocalKeyStore keys =
        LocalKeyStore.builder(store)
            .passphrase(System.getenv(PASSPHRASE_ENV).toCharArray())
            .argon2(8192, 1)
            .open()) {
      wrapped = PseudonymKeys.create(keys, AgencyId.of("sunrise")).encode();
    }
    ProcessBuilder pb =
        new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp",
            CliProcess.classpath(),
            SafeguardCli.class.getName(),
            "redact-table",
            in.toString(),
            "--mode",
            "pseudonym",
            "--agency",
            "sunrise",
            "--key-store",
            store.toString(),
            "--pseudonym-key",
            wrapped);
    pb.environment().put("SAFEGUARD_PASSPHRASE", System.getenv(PASSPHRASE_ENV));
    pb.redirectError(dir.resolve("err.txt").toFile());
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(Files.readString(dir.resolve("err.txt"))).isZero();
    job(
        in,
        "csv",
        "pseudonym",
        "--agency",
        "sunrise",
        "--key-store",
        store.toString(),
        "--pseudonym-key",
        wrapped,
        "--passphrase-env",
        PASSPHRASE_ENV);
    List<List<String>> expected = RedactTableCommandTest.parse(out, ',');
    assertThat(expected.get(1).get(0)).matches("NAME_[0-9a-f]{12}");
    assertThat(sparkCsvRows()).isEqualTo(expected);
  }

  @Test
  void jsonDocumentsComeOutOfSparkAsOutOfRedact() throws Exception {
    StringBuilder lines = new StringBuilder();
    String[] texts = {
      "Client: Ada Lovelace, SSN 123-45-6789",
      "spoke w/ Dr. Marsh, call 469-510-2188",
      "nothing to report",
      "DOB 03/14/1931, lives in Dallas, TX 75201",
      "Member ID 9HV6U65RP08, email ada@example.org"
    };
    for (int i = 0; i < 40; i++) {
      lines
          .append("{\"id\":\"d")
          .append(i)
          .append("\",\"text\":\"")
          .append(texts[i % 5])
          .append("\"}\n");
    }
    Path in = Files.writeString(dir.resolve("docs.jsonl"), lines);
    Run cli = SafeguardCliTest.run("", "redact", in.toString(), "--mode", "mask");
    assertThat(cli.exit()).as(cli.err()).isZero();
    job(in, "json", "mask");
    List<String> spark = new ArrayList<>();
    for (String part : parts(".json")) {
      spark.addAll(part.lines().toList());
    }
    assertThat(texts(spark))
        .isEqualTo(texts(cli.out().lines().toList()))
        .hasSize(40)
        .contains("d0\tClient: [NAME], SSN ***-**-6789");
  }

  /** Each line's id and text, whatever the order of the fields. */
  private static List<String> texts(List<String> lines) throws IOException {
    List<String> out = new ArrayList<>();
    for (String line : lines) {
      String id = null;
      String text = null;
      try (JsonParser p = JsonLines.FACTORY.createParser(line)) {
        p.nextToken();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String field = p.currentName();
          p.nextToken();
          if (field.equals("id")) {
            id = p.getText();
          } else if (field.equals("text")) {
            text = p.getText();
          }
        }
      }
      out.add(id + "\t" + text);
    }
    return out;
  }
}
