package com.backofficecare.safeguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GuardAuditCommandTest {

  static final Path POLICY =
      Path.of(System.getProperty("safeguard.root", "..")).resolve("examples/policy");

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int exit = SafeguardCli.run(args);
      return new Run(
          exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  @Test
  @Tag("POL-6.2")
  @Tag("POL-9.1")
  void guardCheckPrintsTheDecisionAndAuditsIt(@TempDir Path dir) throws Exception {
    Path log = dir.resolve("audit.log");
    Run permit =
        run(
            "guard",
            "check",
            "--policy",
            POLICY.resolve("policy.json").toString(),
            "--request",
            POLICY.resolve("requests/permit-scheduler-reads-visits.json").toString(),
            "--audit",
            log.toString());
    assertThat(permit.exit()).as(permit.err()).isZero();
    assertThat(permit.out())
        .contains("\"decision\":\"permit\"")
        .contains("\"masked\":[\"phone\"]")
        .contains("\"withheld\":[\"diagnosis\"]")
        .contains("\"policyVersion\":\"2026.11\"");
    Run deny =
        run(
            "guard",
            "check",
            "--policy",
            POLICY.resolve("policy.json").toString(),
            "--request",
            POLICY.resolve("requests/deny-public-wifi.json").toString(),
            "--audit",
            log.toString());
    assertThat(deny.exit()).isEqualTo(1);
    assertThat(deny.out()).contains("\"decision\":\"deny\"").contains("POL-6.2");

    Path keys = dir.resolve("audit.keys");
    Files.writeString(keys, run("signing-key", "--log", log.toString()).out());
    Run verify = run("audit", "verify", log.toString(), "--key", keys.toString());
    assertThat(verify.exit()).isZero();
    assertThat(verify.out()).contains("intact: 2 entries");
    Run unpinned = run("audit", "verify", log.toString());
    assertThat(unpinned.exit()).isEqualTo(1);
    assertThat(unpinned.out()).contains("ISSUER NOT VERIFIED");
    Run show = run("audit", "show", log.toString());
    assertThat(show.out().lines()).hasSize(2).allMatch(l -> l.startsWith("{\"index\":"));
  }

  @Test
  @Tag("POL-9.1")
  void auditVerifyCatchesTamperingAndTruncationAgainstASavedHead(@TempDir Path dir)
      throws Exception {
    Path log = dir.resolve("audit.log");
    for (int i = 0; i < 3; i++) {
      run(
          "guard",
          "check",
          "--policy",
          POLICY.resolve("policy.json").toString(),
          "--request",
          POLICY.resolve("requests/deny-marketing.json").toString(),
          "--audit",
          log.toString());
    }
    Run head = run("audit", "head", log.toString());
    assertThat(head.exit()).isZero();
    Path headFile = dir.resolve("head.json");
    Files.writeString(headFile, head.out());
    Path keys = dir.resolve("audit.keys");
    Files.writeString(keys, run("signing-key", "--log", log.toString()).out());
    assertThat(
            run(
                    "audit",
                    "verify",
                    log.toString(),
                    "--tree-head",
                    headFile.toString(),
                    "--key",
                    keys.toString())
                .exit())
        .isZero();

    List<String> lines = Files.readAllLines(log);
    Files.write(log, lines.subList(0, lines.size() - 2)); // drop the last entry and its head
    Run truncated = run("audit", "verify", log.toString(), "--tree-head", headFile.toString());
    assertThat(truncated.exit()).isEqualTo(1);
    assertThat(truncated.out()).contains("truncated");

    Files.write(log, lines);
    String entry = lines.stream().filter(l -> l.contains("\"index\":1,")).findFirst().orElseThrow();
    lines.set(lines.indexOf(entry), entry.replace("MARKETING", "OPERATIONS"));
    Files.write(log, lines);
    Run modified = run("audit", "verify", log.toString());
    assertThat(modified.exit()).isEqualTo(1);
    assertThat(modified.out()).contains("first bad entry: 1");
  }

  /** A trail made from scratch by someone else verifies only if its key is pinned. */
  @Test
  @Tag("POL-9.1")
  void aSelfMadeTrailIsNotTrusted(@TempDir Path dir) throws Exception {
    Path genuine = dir.resolve("audit.log");
    run(
        "guard",
        "check",
        "--policy",
        POLICY.resolve("policy.json").toString(),
        "--request",
        POLICY.resolve("requests/deny-marketing.json").toString(),
        "--audit",
        genuine.toString());
    Path keys = dir.resolve("audit.keys");
    Files.writeString(keys, run("signing-key", "--log", genuine.toString()).out());
    Path forged = dir.resolve("other/audit.log");
    Files.createDirectories(forged.getParent());
    run(
        "guard",
        "check",
        "--policy",
        POLICY.resolve("policy.json").toString(),
        "--request",
        POLICY.resolve("requests/permit-scheduler-reads-visits.json").toString(),
        "--audit",
        forged.toString());
    Run r = run("audit", "verify", forged.toString(), "--key", keys.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("ISSUER NOT VERIFIED");
  }

  @Test
  void anInvalidPolicyFileIsBadDataNamingTheLine(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("policy.json");
    Files.writeString(
        bad,
        Files.readString(POLICY.resolve("policy.json")).replace("\"READ\", \"WRITE\"", "\"PEEK\""));
    Run r =
        run(
            "guard",
            "check",
            "--policy",
            bad.toString(),
            "--request",
            POLICY.resolve("requests/deny-marketing.json").toString());
    assertThat(r.exit()).isEqualTo(ExitStatus.BAD_DATA);
    assertThat(r.err()).contains("policy.json:").contains("roles[0].grants[0].actions");
  }
}
