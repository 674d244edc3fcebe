package com.backofficecare.safeguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SafeguardCliTest {

  record Run(int exit, String out, String err) {}

  static Run run(String stdin, String... args) {
    InputStream oldIn = System.in;
    PrintStream oldOut = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StringWriter err = new StringWriter();
    try {
      System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      CommandLine cli = new CommandLine(new SafeguardCli());
      cli.setErr(new PrintWriter(err, true));
      int exit = cli.execute(args);
      return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString());
    } finally {
      System.setIn(oldIn);
      System.setOut(oldOut);
    }
  }

  @Test
  void scanWritesOneLineOfSpansPerDocument() {
    Run r =
        run(
            "{\"id\": \"d1\", \"text\": \"SSN 123-45-6789\"}\n{\"id\": 7, \"text\": \"none\"}\n",
            "scan");
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .isEqualTo(
            "{\"id\":\"d1\",\"spans\":[{\"start\":4,\"end\":15,\"type\":\"SSN\",\"confidence\":0.98}]}\n"
                + "{\"id\":7,\"spans\":[]}\n");
  }

  @Test
  void scanOnSeveralThreadsWritesInInputOrder() {
    StringBuilder in = new StringBuilder();
    for (int i = 0; i < 300; i++) {
      String text =
          i % 3 == 0
              ? "SSN 123-45-6789 ".repeat(1 + i % 40)
              : "spoke w/ Dr. Marsh, call 469-510-2188";
      in.append("{\"id\":").append(i).append(",\"text\":\"").append(text).append("\"}\n");
    }
    Run one = run(in.toString(), "scan", "--threads", "1");
    Run four = run(in.toString(), "scan", "--threads", "4");
    assertThat(one.exit()).isZero();
    assertThat(four.out()).isEqualTo(one.out());
    assertThat(four.out().lines().map(l -> l.substring(6, l.indexOf(','))).toList())
        .isEqualTo(java.util.stream.IntStream.range(0, 300).mapToObj(String::valueOf).toList());
  }

  @Test
  void aBadLineAfterManyDocumentsStopsAfterWritingEveryEarlierOne() {
    String good = "{\"id\":\"ok\",\"text\":\"SSN 123-45-6789\"}\n".repeat(50);
    Run r = run(good + "{\"id\":\"bad\",\n", "scan", "--threads", "2");
    assertThat(r.exit()).isEqualTo(65);
    assertThat(r.out().lines()).hasSize(50);
    assertThat(r.err()).contains("line 51");
  }

  /** A line far past --max-line-chars is refused without ever being held: a 32 MB heap suffices. */
  @Test
  void anOverlongLineIsSkippedWithinABoundedHeap(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("big.jsonl");
    try (var w = Files.newBufferedWriter(in)) {
      w.write("{\"id\":\"big\",\"text\":\"");
      char[] chunk = "SSN 123-45-6789 ".repeat(4096).toCharArray();
      for (int i = 0; i < 600; i++) { // about 40 million characters on one line
        w.write(chunk);
      }
      w.write("\"}\n{\"id\":\"after\",\"text\":\"SSN 123-45-6789\"}\n");
    }
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx32m",
                "-cp",
                CliProcess.classpath(),
                SafeguardCli.class.getName(),
                "scan",
                "--max-line-chars",
                "100000",
                "--skip-bad",
                in.toString())
            .redirectError(dir.resolve("err.txt").toFile())
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).isZero();
    String err = Files.readString(dir.resolve("err.txt"));
    assertThat(err)
        .contains("line 1: longer than 100000 characters")
        .doesNotContain("Exception")
        .doesNotContain("123-45");
    assertThat(out).contains("\"id\":\"after\"").doesNotContain("\"id\":\"big\"");
  }

  /** A file saved by a Windows tool opens with a byte order mark; its first record is kept. */
  @Test
  void scanReadsAFileThatOpensWithAByteOrderMark(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("in.jsonl");
    Files.write(
        in,
        ("\uFEFF{\"id\":\"a\",\"text\":\"call 469-510-2188\"}\n\uFEFF{\"id\":\"b\"}\n")
            .getBytes(StandardCharsets.UTF_8));
    Run r = run("", "scan", "--skip-bad", in.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("{\"id\":\"a\",\"spans\":[{").contains("\"type\":\"PHONE\"");
    assertThat(r.err()).contains("line 2").contains("skipped 1");
  }

  @Test
  void zeroThreadsIsAUsageError() {
    assertThat(run("", "scan", "--threads", "0").exit()).isEqualTo(2);
  }

  @Test
  void scanReadsAFile(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, "{\"id\":\"a\",\"text\":\"call 469-510-2188\"}\n");
    Run r = run("", "scan", in.toString());
    assertThat(r.out()).contains("\"type\":\"PHONE\"");
  }

  @Test
  @Tag("POL-9.1")
  void aMalformedLineIsNamedWithoutEchoingItsContent() {
    String secret = "Ada Lovelace 123-45-6789";
    Run r =
        run("{\"id\":\"ok\",\"text\":\"x\"}\n{\"id\":\"bad\",\"text\":\"" + secret + "\n", "scan");
    assertThat(r.exit()).isEqualTo(ExitStatus.BAD_DATA);
    assertThat(r.err()).contains("line 2").doesNotContain("Lovelace").doesNotContain("6789");
    assertThat(r.out()).contains("\"id\":\"ok\"");
  }

  @Test
  void skipBadContinuesPastMalformedLines() {
    Run r =
        run("[1,2]\n{\"text\":\"no id\"}\n{\"id\":\"ok\",\"text\":\"x\"}\n", "scan", "--skip-bad");
    assertThat(r.exit()).isZero();
    assertThat(r.err())
        .contains("line 1: not a JSON object")
        .contains("line 2: missing field \"id\"")
        .contains("skipped 2");
    assertThat(r.out()).isEqualTo("{\"id\":\"ok\",\"spans\":[]}\n");
  }

  @Test
  @Tag("POL-3.2")
  void redactReplacesFindings() {
    Run r =
        run(
            "{\"id\":\"n\",\"text\":\"Client: Ada Lovelace, SSN 123-45-6789\"}\n",
            "redact",
            "--mode",
            "mask");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).isEqualTo("{\"id\":\"n\",\"text\":\"Client: [NAME], SSN ***-**-6789\"}\n");
  }

  @Test
  void pseudonymModeNeedsAnAgencyAndASecretFromTheEnvironment() {
    Run r = run("{\"id\":\"n\",\"text\":\"x\"}\n", "redact", "--mode", "pseudonym");
    assertThat(r.exit()).isNotZero();
    assertThat(r.err()).contains("--agency");
  }

  @Test
  void everyCommandHasHelp() {
    for (String cmd : new String[] {"scan", "redact"}) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      PrintStream old = System.out;
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      try {
        assertThat(new CommandLine(new SafeguardCli()).execute(cmd, "--help")).isZero();
      } finally {
        System.setOut(old);
      }
      assertThat(out.toString(StandardCharsets.UTF_8)).contains("Usage: safeguard " + cmd);
    }
  }
}
