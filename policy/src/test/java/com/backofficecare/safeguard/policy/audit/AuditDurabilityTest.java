package com.backofficecare.safeguard.policy.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a durable audit log acknowledged survives {@code kill -9}; entries nobody signed are never
 * trusted or adopted; several processes appending to one log lose nothing. Real processes.
 */
@Tag("POL-9.1")
class AuditDurabilityTest {

  /** Rounds of kill -9 (the acceptance run uses 200: -Dsafeguard.killRounds=200). */
  private static final int KILL_ROUNDS = Integer.getInteger("safeguard.killRounds", 12);

  @TempDir Path dir;

  private static Process worker(Path log, int threads, int events, String tag) throws Exception {
    return new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp",
            System.getProperty("java.class.path"),
            AuditAppendWorker.class.getName(),
            log.toString(),
            String.valueOf(threads),
            String.valueOf(events),
            tag)
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  private static Set<String> actors(Path log) {
    Set<String> out = new HashSet<>();
    for (AuditEvent e : AuditLog.events(log)) {
      out.add(e.actor());
    }
    return out;
  }

  @Test
  void everyAcknowledgedEventSurvivesKillNine() throws Exception {
    Path log = dir.resolve("audit.log");
    Random random = new Random(42);
    Set<String> acked = ConcurrentHashMap.newKeySet();
    for (int round = 0; round < KILL_ROUNDS; round++) {
      Process p = worker(log, 8, 100_000, "r" + round);
      BufferedReader r =
          new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      java.util.concurrent.CountDownLatch opened = new java.util.concurrent.CountDownLatch(1);
      Thread reader =
          new Thread(
              () -> {
                try {
                  for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (line.startsWith("ack ")) {
                      acked.add(line.substring(4));
                    } else if (line.startsWith("open ")) {
                      opened.countDown();
                    }
                  }
                } catch (java.io.IOException e) {
                  // the process died
                }
              });
      reader.start();
      assertThat(opened.await(60, java.util.concurrent.TimeUnit.SECONDS))
          .as("worker started")
          .isTrue();
      Thread.sleep(20 + random.nextInt(400)); // then kill it at a random point of its appends
      p.destroyForcibly().waitFor();
      reader.join();
      // Reopening checks every entry and head, and the last head's signature; every signature is
      // checked every 25 rounds and at the end (each is a full pass over a growing log).
      try (AuditLog reopened = AuditLog.open(log, TestIdentity.of(log))) {
        assertThat(reopened.size()).isGreaterThanOrEqualTo(0);
      }
      if (round % 25 == 0 || round == KILL_ROUNDS - 1) {
        AuditLog.Verification v = AuditLog.verify(log, TestIdentity.pinned(log), null);
        assertThat(v.intact()).as("round %d: %s", round, v.problem()).isTrue();
      }
      Set<String> present = actors(log);
      Set<String> lost = new HashSet<>(acked);
      lost.removeAll(present);
      assertThat(lost).as("round %d: acknowledged but lost", round).isEmpty();
    }
    assertThat(acked).as("some appends were acknowledged before the kills").isNotEmpty();
  }

  /** Rounds of six writers at once: 1 in CI, {@code -Dsafeguard.concurrentRounds=50} in full. */
  private static final int CONCURRENT_ROUNDS = Integer.getInteger("safeguard.concurrentRounds", 1);

  @Test
  void sixProcessesAppendingAtOnceLoseNothing() throws Exception {
    Path log = dir.resolve("audit.log");
    for (int round = 1; round <= CONCURRENT_ROUNDS; round++) {
      List<Process> ps = new ArrayList<>();
      for (int k = 0; k < 6; k++) {
        ps.add(worker(log, 2, 40, "r" + round + "p" + k));
      }
      for (Process p : ps) {
        p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        assertThat(p.waitFor()).isZero();
      }
      AuditLog.Verification v = AuditLog.verify(log, TestIdentity.pinned(log), null);
      assertThat(v.intact()).as("round %d: %s", round, v.problem()).isTrue();
      assertThat(v.entries()).isEqualTo(240L * round);
      assertThat(actors(log)).hasSize(240 * round);
    }
  }

  /** An entry appended by hand with a correct hash chain but no signed head: never trusted. */
  @Test
  void anUnsignedTailFailsVerificationAndIsQuarantinedNotAdopted() throws Exception {
    Path log = dir.resolve("audit.log");
    try (AuditLog a = AuditLog.open(log, TestIdentity.of(log))) {
      for (int i = 0; i < 3; i++) {
        a.append(AuditLogTest.event(i));
      }
    }
    List<String> lines = Files.readAllLines(log);
    String lastEntry =
        lines.stream().filter(l -> l.contains("\"index\":2,")).findFirst().orElseThrow();
    String chainHex =
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(lastEntry).get("chain").asText();
    byte[] forged =
        EventJson.write(
            new AuditEvent(
                java.time.Instant.parse("2026-11-26T00:00:00Z"),
                "termination.deleted",
                "mallory",
                "sunrise",
                "PAYROLL",
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                "done",
                List.of("POL-10.5"),
                null,
                java.util.Map.of("object", "sunrise:forged")));
    var d = MerkleTree.sha256();
    d.update(java.util.HexFormat.of().parseHex(chainHex));
    String chain = java.util.HexFormat.of().formatHex(d.digest(MerkleTree.leafHash(forged)));
    Files.writeString(
        log, AuditLog.entryLine(3, forged, chain) + "\n", java.nio.file.StandardOpenOption.APPEND);

    AuditLog.Verification v = AuditLog.verify(log, TestIdentity.pinned(log), null);
    assertThat(v.intact()).isFalse();
    assertThat(v.problem()).contains("uncommitted");

    try (AuditLog a = AuditLog.open(log, TestIdentity.of(log))) {
      assertThat(a.quarantined()).isEqualTo(1);
      a.append(AuditLogTest.event(3));
    }
    assertThat(AuditLog.verify(log, TestIdentity.pinned(log), null).intact()).isTrue();
    assertThat(actors(log)).doesNotContain("mallory");
    try (var files = Files.list(dir)) {
      assertThat(files.filter(f -> f.getFileName().toString().startsWith("audit.log.quarantine-")))
          .hasSize(1);
    }
  }

  @Test
  void aSecondWriterInTheSameProcessIsRefusedClearly() {
    Path log = dir.resolve("audit.log");
    try (AuditLog a = AuditLog.open(log, TestIdentity.of(log))) {
      assertThatThrownBy(() -> AuditLog.open(log, TestIdentity.of(log)))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("already open in this process");
    }
  }
}
