package com.backofficecare.safeguard.cli;

import static com.backofficecare.safeguard.cli.GuardAuditCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command's failures map to the documented statuses, in one place, without stack traces. */
class ExitStatusTest {

  @TempDir Path dir;

  private String policy() {
    return GuardAuditCommandTest.POLICY.resolve("policy.json").toString();
  }

  private String request() {
    return GuardAuditCommandTest.POLICY.resolve("requests/permit-payroll-export.json").toString();
  }

  @Test
  void aGuardStateThatCannotBeReadIsRetryNeverDenied() throws Exception {
    Path store = Files.createDirectories(dir.resolve("store"));
    Files.writeString(store.resolve("guard-state.log"), "not a guard state record\n");
    GuardAuditCommandTest.Run r =
        run(
            "guard",
            "check",
            "--store",
            store.toString(),
            "--policy",
            policy(),
            "--request",
            request());
    assertThat(r.exit()).isEqualTo(ExitStatus.RETRY).isNotEqualTo(ExitStatus.DENIED_OR_INVALID);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("safeguard: ").doesNotContain("\tat ");
  }

  @Test
  void debugPrintsTheStackTraceAndNothingElseDoes() throws Exception {
    Path store = Files.createDirectories(dir.resolve("store"));
    Files.writeString(store.resolve("guard-state.log"), "not a guard state record\n");
    GuardAuditCommandTest.Run r =
        run(
            "guard",
            "check",
            "--debug",
            "--store",
            store.toString(),
            "--policy",
            policy(),
            "--request",
            request());
    assertThat(r.exit()).isEqualTo(ExitStatus.RETRY);
    assertThat(r.err()).contains("\tat ");
  }

  @Test
  void aMalformedTreeHeadIsBadDataAndItsTextIsNotEchoed() throws Exception {
    Path log = dir.resolve("audit.log");
    try (com.backofficecare.safeguard.crypto.LocalKeyStore keys =
            com.backofficecare.safeguard.crypto.LocalKeyStore.builder(dir.resolve("k.sgks"))
                .passphrase("exit-status-test".toCharArray())
                .argon2(8192, 1)
                .open();
        com.backofficecare.safeguard.policy.audit.SigningIdentity id =
            com.backofficecare.safeguard.policy.audit.SigningIdentity.open(
                dir.resolve("id.json"), keys)) {
      com.backofficecare.safeguard.policy.audit.AuditLog.open(log, id).close();
    }
    Path head = Files.writeString(dir.resolve("head.json"), "{\"size\": \"SSN 123-45-6789\"");
    GuardAuditCommandTest.Run r =
        run("audit", "verify", log.toString(), "--tree-head", head.toString());
    assertThat(r.exit()).isEqualTo(ExitStatus.BAD_DATA);
    assertThat(r.err()).doesNotContain("123-45-6789").doesNotContain("\tat ");
    Files.writeString(
        head,
        "{\"size\":1,\"root\":\"a\",\"chain\":\"b\",\"time\":\"2026-12-01T00:00:00Z\","
            + "\"publicKey\":\"k\",\"signature\":\"s\",\"extra\":\"123-45-6789\"}");
    r = run("audit", "verify", log.toString(), "--tree-head", head.toString());
    assertThat(r.exit()).isEqualTo(ExitStatus.BAD_DATA);
    assertThat(r.err()).contains("exactly the fields").doesNotContain("123-45-6789");
  }

  @Test
  void aMissingLogIsNoSuchInputAndAMistypedFlagIsUsage() {
    assertThat(run("audit", "verify", dir.resolve("nope.log").toString()).exit())
        .isEqualTo(ExitStatus.NO_SUCH_INPUT);
    assertThat(run("audit", "verify", "--tree-haed", "x", "y").exit()).isEqualTo(ExitStatus.USAGE);
  }

  @Test
  void aMissingFileToScanOrRedactIsNoSuchInput() {
    for (String command : new String[] {"scan", "redact", "redact-table"}) {
      assertThat(run(command, dir.resolve("nope.jsonl").toString()).exit())
          .as(command)
          .isEqualTo(ExitStatus.NO_SUCH_INPUT);
    }
  }
}
