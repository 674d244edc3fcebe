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

  /** The key store passphrase the commands of these tests are given. */
  static final String PASSPHRASE = "cli-test-passphrase";

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int exit = SafeguardCli.run(java.util.Map.of("SAFEGUARD_PASSPHRASE", PASSPHRASE), args);
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
            "--store",
            dir.resolve("store").toString(),
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
            "--store",
            dir.resolve("store").toString(),
            "--audit",
            log.toString());
    assertThat(deny.exit()).isEqualTo(1);
    assertThat(deny.out()).contains("\"decision\":\"deny\"").contains("POL-6.2");

    Path keys = dir.resolve("audit.keys");
    Files.writeString(keys, run("signing-key", "--store", dir.resolve("store").toString()).out());
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
          "--store",
          dir.resolve("store").toString(),
          "--audit",
          log.toString());
    }
    Path keys = dir.resolve("audit.keys");
    Files.writeString(keys, run("signing-key", "--store", dir.resolve("store").toString()).out());
    Run head = run("audit", "head", log.toString(), "--key", keys.toString());
    assertThat(head.exit()).as(head.err()).isZero();
    Path headFile = dir.resolve("head.json");
    Files.writeString(headFile, head.out());
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
    Run truncated =
        run(
            "audit",
            "verify",
            log.toString(),
            "--tree-head",
            headFile.toString(),
            "--key",
            keys.toString());
    assertThat(truncated.exit()).isEqualTo(1);
    assertThat(truncated.out()).contains("truncated");

    Files.write(log, lines);
    String entry = lines.stream().filter(l -> l.contains("\"index\":1,")).findFirst().orElseThrow();
    lines.set(lines.indexOf(entry), entry.replace("MARKETING", "OPERATIONS"));
    Files.write(log, lines);
    Run modified = run("audit", "verify", log.toString(), "--key", keys.toString());
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
        "--store",
        dir.resolve("store").toString(),
        "--audit",
        genuine.toString());
    Path keys = dir.resolve("audit.keys");
    Files.writeString(keys, run("signing-key", "--store", dir.resolve("store").toString()).out());
    Path forged = dir.resolve("other/audit.log");
    Files.createDirectories(forged.getParent());
    run(
        "guard",
        "check",
        "--policy",
        POLICY.resolve("policy.json").toString(),
        "--request",
        POLICY.resolve("requests/permit-scheduler-reads-visits.json").toString(),
        "--store",
        dir.resolve("attacker-store").toString(),
        "--audit",
        forged.toString());
    Run r = run("audit", "verify", forged.toString(), "--key", keys.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("ISSUER NOT VERIFIED");
  }

  private static Run decide(Path dir, String request) {
    return run(
        "guard",
        "check",
        "--policy",
        POLICY.resolve("policy.json").toString(),
        "--request",
        POLICY.resolve("requests/" + request).toString(),
        "--store",
        dir.resolve("store").toString(),
        "--audit",
        dir.resolve("store/audit.log").toString());
  }

  /**
   * The signing key is sealed by the key store: no file of the store holds it in clear, and a
   * rotated identity still verifies the trail its old key signed, with the keys printed after.
   */
  @Test
  @Tag("POL-9.1")
  void theSigningKeyIsInNoPlainFileAndRotationKeepsTheTrailVerifiable(@TempDir Path dir)
      throws Exception {
    assertThat(decide(dir, "deny-marketing.json").exit()).isEqualTo(1);
    try (var files = Files.list(dir.resolve("store"))) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .contains("signing-identity.json", "audit.log", "keystore.sgks")
          .doesNotContain("audit.log.key");
    }
    Path before = dir.resolve("before.keys");
    Files.writeString(before, run("signing-key", "--store", dir.resolve("store").toString()).out());
    Run rotated = run("signing-key", "--store", dir.resolve("store").toString(), "--rotate");
    assertThat(rotated.exit()).as(rotated.err()).isZero();
    assertThat(rotated.out().lines().filter(l -> l.startsWith("safeguard-signing-key"))).hasSize(2);
    assertThat(rotated.out()).contains("# retired ");
    Path after = dir.resolve("after.keys");
    Files.writeString(after, rotated.out());
    assertThat(decide(dir, "deny-marketing.json").exit()).isEqualTo(1);
    String log = dir.resolve("store/audit.log").toString();
    Run all = run("audit", "verify", log, "--key", after.toString());
    assertThat(all.exit()).as(all.out()).isZero();
    assertThat(all.out()).contains("intact: 2 entries");
    Run old = run("audit", "verify", log, "--key", before.toString());
    assertThat(old.exit()).as("a head signed by the new key is not the old pin's").isEqualTo(1);
    // Without the passphrase, nothing signs.
    int exit =
        SafeguardCli.run(
            java.util.Map.of(), "signing-key", "--store", dir.resolve("store").toString());
    assertThat(exit).isEqualTo(ExitStatus.USAGE);
  }

  /**
   * A store an older release left with its key in plain text: sealed on first use, still pinned.
   */
  @Test
  void aPlainKeyFileOfAnOlderReleaseIsSealedAndRemoved(@TempDir Path dir) throws Exception {
    java.security.KeyPair kp =
        java.security.KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    String pub = java.util.Base64.getEncoder().encodeToString(kp.getPublic().getEncoded());
    Files.createDirectories(dir.resolve("store"));
    Path plain = dir.resolve("store/audit.log.key");
    Files.writeString(
        plain,
        java.util.Base64.getEncoder().encodeToString(kp.getPrivate().getEncoded())
            + "\n"
            + pub
            + "\n");
    assertThat(decide(dir, "deny-marketing.json").exit()).isEqualTo(1);
    assertThat(plain).doesNotExist();
    Run keys = run("signing-key", "--store", dir.resolve("store").toString());
    assertThat(keys.out()).contains(pub);
  }

  /**
   * A witness file kept off the host: each {@code audit head --witness} first checks the log
   * against the last head it kept, so a truncation between two runs is caught.
   */
  @Test
  @Tag("POL-9.1")
  void aWitnessCatchesATruncationBetweenTwoHeads(@TempDir Path dir) throws Exception {
    for (int i = 0; i < 3; i++) {
      decide(dir, "deny-marketing.json");
    }
    Path keys = dir.resolve("audit.keys");
    Files.writeString(keys, run("signing-key", "--store", dir.resolve("store").toString()).out());
    Path witness = dir.resolve("witness/heads.jsonl");
    Files.createDirectories(witness.getParent());
    String log = dir.resolve("store/audit.log").toString();
    Run first =
        run("audit", "head", log, "--key", keys.toString(), "--witness", witness.toString());
    assertThat(first.exit()).as(first.err()).isZero();
    decide(dir, "deny-marketing.json");
    assertThat(
            run("audit", "head", log, "--key", keys.toString(), "--witness", witness.toString())
                .exit())
        .isZero();
    assertThat(Files.readAllLines(witness)).hasSize(2);

    List<String> lines = Files.readAllLines(Path.of(log));
    Files.write(Path.of(log), lines.subList(0, lines.size() - 2)); // the last entry and its head
    Run caught =
        run("audit", "head", log, "--key", keys.toString(), "--witness", witness.toString());
    assertThat(caught.exit()).isEqualTo(1);
    assertThat(caught.err()).contains("truncated").contains("nothing was witnessed");
    assertThat(Files.readAllLines(witness)).hasSize(2);
    Run unpinned = run("audit", "head", log, "--key", dir.resolve("none.keys").toString());
    assertThat(unpinned.exit()).isEqualTo(ExitStatus.NO_SUCH_INPUT);
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

  /** {@code guard compact}: dry run first, then the file shrinks and its isolation still holds. */
  @Test
  @Tag("POL-7.2")
  void guardCompactDropsDeadRecordsAndKeepsTheIsolations(@TempDir Path dir) throws Exception {
    Path store = dir.resolve("store");
    Files.createDirectories(store);
    Path file = store.resolve("guard-state.log");
    StringBuilder grown = new StringBuilder();
    grown.append(
        "{\"change\":\"isolate\",\"kind\":\"device\",\"id\":\"laptop-12\","
            + "\"holder\":\"incident INC-1\",\"by\":\"secops\",\"at\":\"2026-11-24T20:00:00Z\"}\n");
    for (int i = 0; i < 50; i++) {
      grown.append(
          "{\"change\":\"download\",\"key\":\"k\",\"at\":\""
              + java.time.Instant.now().minusSeconds(i)
              + "\"}\n");
    }
    Files.writeString(file, grown);
    Run plan = run("guard", "compact", "--store", store.toString(), "--dry-run");
    assertThat(plan.exit()).as(plan.err()).isZero();
    assertThat(plan.out().trim()).isEqualTo("{\"records\":51,\"kept\":3,\"compacted\":false}");
    assertThat(Files.readAllLines(file)).hasSize(51);
    Run done = run("guard", "compact", "--store", store.toString());
    assertThat(done.out().trim()).isEqualTo("{\"records\":51,\"kept\":3,\"compacted\":true}");
    assertThat(Files.readAllLines(file)).hasSize(3);
    Run check =
        run(
            "guard",
            "check",
            "--store",
            store.toString(),
            "--policy",
            POLICY.resolve("policy.json").toString(),
            "--request",
            POLICY.resolve("requests/permit-scheduler-reads-visits.json").toString());
    assertThat(check.exit()).as("laptop-12 is still isolated").isEqualTo(1);
    assertThat(run("guard", "compact", "--store", dir.resolve("stor").toString()).exit())
        .isEqualTo(66);
  }
}
