package com.backofficecare.safeguard.policy.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compaction drops what can no longer affect a decision and nothing else: across a {@code kill -9}
 * mid-compaction, a process appending while another compacts, a handle opened before a compaction
 * elsewhere, and a restart. Real JVMs, no mocks.
 */
class GuardStateCompactionTest {

  @TempDir Path dir;

  private Path log() {
    return dir.resolve("guard-state.log");
  }

  private String file() {
    return log().toString();
  }

  private static AccessRequest.Builder download(String... records) {
    return Fixtures.request()
        .action(Action.DOWNLOAD)
        .encryptedChannel(true)
        .records(List.of(records));
  }

  private static AccessRequest at(AccessRequest.Builder b, Instant at) {
    return b.at(at).authentication(new Authentication(true, at.minusSeconds(60))).build();
  }

  @Test
  @Tag("POL-3.4")
  void compactionKeepsWhatDecidesAndDropsWhatNoLongerCan() throws Exception {
    Instant now = Fixtures.NOW;
    AccessPolicy flagging =
        Fixtures.policy()
            .duplicateDownloads(AccessPolicy.DuplicateDownloads.FLAG, Duration.ofDays(30))
            .build();
    try (GuardStateStore store = FileGuardStateStore.open(log());
        GuardState state = GuardState.over(store)) {
      AccessGuard guard = AccessGuard.create(flagging, state);
      guard.isolate(IsolationTarget.device("laptop-99"), "incident A", "secops", now);
      guard.isolate(IsolationTarget.device("laptop-99"), "incident B", "secops", now);
      guard.isolate(IsolationTarget.device("tab-3"), "incident A", "secops", now);
      guard.release(IsolationTarget.device("laptop-99"), "incident A", "found", "secops", now);
      guard.release(IsolationTarget.device("tab-3"), "incident A", "found", "secops", now);
      for (int i = 0; i < 500; i++) {
        guard.decide(at(download("client-1"), now.minusSeconds(i))); // repeats: one is live
      }
      guard.decide(at(download("client-old"), now.minus(Duration.ofDays(31))));
      state.claimOneTimeCode("u-ana", 100, now.minus(Duration.ofHours(25)));
      state.claimOneTimeCode("u-bo", 200, now.minusSeconds(60));
      state.oneTimeCodeFailed("u-bo", now.minusSeconds(30));
      state.oneTimeCodeFailed("u-cy", now.minus(Duration.ofHours(30)));

      GuardState.Compaction c = state.compact(now);
      assertThat(c.before()).isEqualTo(5 + 501 + 4);
      // the snapshot mark, laptop-99 held by B, client-1, u-bo's step and failure
      assertThat(c.after()).isEqualTo(5);
      assertThat(Files.readAllLines(log())).hasSize(5);
    }
    try (GuardStateStore store = FileGuardStateStore.open(log());
        GuardState state = GuardState.over(store)) {
      AccessGuard guard =
          AccessGuard.create(
              Fixtures.policy()
                  .duplicateDownloads(AccessPolicy.DuplicateDownloads.REFUSE, Duration.ofDays(30))
                  .build(),
              state);
      assertThat(state.isolations())
          .singleElement()
          .satisfies(
              i -> {
                assertThat(i.target()).isEqualTo(IsolationTarget.device("laptop-99"));
                assertThat(i.holder()).isEqualTo("incident B");
                assertThat(i.by()).isEqualTo("secops");
                assertThat(i.since()).isEqualTo(now);
              });
      assertThat(guard.decide(download("client-1").at(now).build()).denyingRules())
          .contains(Rule.DUPLICATE_DOWNLOAD);
      assertThat(state.claimOneTimeCode("u-bo", 200, now)).as("a replay").isFalse();
      assertThat(state.oneTimeCodeFailuresSince("u-bo", now.minusSeconds(60))).isEqualTo(1);
    }
  }

  @Test
  @Tag("POL-3.4")
  void aFileWhereDeadRecordsDominateIsCompactedWhenOpened() throws Exception {
    AccessPolicy flagging =
        Fixtures.policy()
            .duplicateDownloads(AccessPolicy.DuplicateDownloads.FLAG, Duration.ofHours(24))
            .build();
    try (GuardStateStore store = FileGuardStateStore.open(log());
        GuardState state = GuardState.over(store)) {
      AccessGuard guard = AccessGuard.create(flagging, state);
      guard.isolate(IsolationTarget.device("laptop-99"), "incident A", "secops", Fixtures.NOW);
      for (int i = 0; i < 12_000; i++) {
        guard.decide(download("client-1").build());
      }
    }
    assertThat(Files.readAllLines(log())).hasSize(12_001);
    try (GuardStateStore store = FileGuardStateStore.open(log());
        GuardState state = GuardState.over(store)) {
      assertThat(Files.readAllLines(log())).hasSize(3); // the mark, the isolation, the download
      assertThat(state.isIsolated(IsolationTarget.device("laptop-99"))).isTrue();
      assertThat(
              AccessGuard.create(Fixtures.policy().build(), state)
                  .decide(download("client-1").build())
                  .denyingRules())
          .containsExactly(Rule.DUPLICATE_DOWNLOAD);
    }
    assertThat(GuardStateTest.run(file(), "isolated", "device:laptop-99")).isEqualTo("true");
  }

  /**
   * A handle that read the file before another process released an isolation and compacted (so the
   * release is gone from the file) reloads the new file: the isolation ends there too, and what it
   * writes afterwards goes to the new file, where a process started later finds it.
   */
  @Test
  @Tag("POL-7.2")
  void aHandleOpenedBeforeACompactionElsewhereReloadsAndWritesToTheNewFile() throws Exception {
    try (GuardStateStore store = FileGuardStateStore.open(log());
        GuardState state = GuardState.over(store)) {
      state.isolate(IsolationTarget.device("d-1"), "worker", "secops", Fixtures.NOW);
      state.isolate(IsolationTarget.device("d-2"), "worker", "secops", Fixtures.NOW);
      GuardStateTest.run(file(), "release", "device:d-1");
      assertThat(GuardStateTest.run(file(), "compact")).isEqualTo("3 2");
      GuardStateTest.run(file(), "isolate", "device:d-3");
      state.refresh();
      assertThat(state.isIsolated(IsolationTarget.device("d-1"))).isFalse();
      assertThat(state.isIsolated(IsolationTarget.device("d-2"))).isTrue();
      assertThat(state.isIsolated(IsolationTarget.device("d-3"))).isTrue();
      GuardStateTest.run(file(), "compact");
      state.isolate(IsolationTarget.device("d-4"), "worker", "secops", Fixtures.NOW);
    }
    assertThat(GuardStateTest.run(file(), "isolated", "device:d-4")).isEqualTo("true");
    assertThat(GuardStateTest.run(file(), "isolated", "device:d-1")).isEqualTo("false");
  }

  @Test
  @Tag("POL-7.2")
  void aKillMidCompactionLeavesTheOldFileOrTheNewAndEveryLiveEntry() throws Exception {
    try (GuardStateStore store = FileGuardStateStore.open(log());
        GuardState state = GuardState.over(store)) {
      state.isolate(IsolationTarget.device("before"), "incident A", "secops", Fixtures.NOW);
      state.isolate(IsolationTarget.device("released"), "incident A", "secops", Fixtures.NOW);
      state.release(IsolationTarget.device("released"), "incident A", "ok", "secops", Fixtures.NOW);
    }
    List<String> acknowledged = new ArrayList<>();
    for (int round = 0; round < 6; round++) {
      Worker w = Worker.start(file(), "isolate-compact-many", "r" + round);
      w.awaitLines(10 + 3 * round);
      w.kill(); // kill -9: before, during or after a compaction's write, sync or rename
      acknowledged.addAll(w.lines());
      try (GuardStateStore store = FileGuardStateStore.open(log());
          GuardState state = GuardState.over(store)) {
        assertThat(state.isIsolated(IsolationTarget.device("before"))).isTrue();
        assertThat(state.isIsolated(IsolationTarget.device("released"))).isFalse();
        for (String id : acknowledged) {
          assertThat(state.isIsolated(IsolationTarget.device(id))).as(id).isTrue();
        }
        assertThat(
                AccessGuard.create(Fixtures.policy().build(), state)
                    .decide(download(acknowledged.get(acknowledged.size() - 1)).build())
                    .denyingRules())
            .as("the last acknowledged download")
            .contains(Rule.DUPLICATE_DOWNLOAD);
      }
    }
    assertThat(Files.readAllLines(log()).get(0)).contains("\"snapshot\"");
  }

  @Test
  @Tag("POL-7.2")
  void oneProcessCompactsWhileAnotherIsolatesAndNothingIsLost() throws Exception {
    try (GuardStateStore store = FileGuardStateStore.open(log());
        GuardState running = GuardState.over(store)) {
      Worker compactor = Worker.start(file(), "compact-loop");
      Worker isolator = Worker.start(file(), "isolate-many", "p");
      isolator.awaitLines(60);
      compactor.awaitLines(20);
      isolator.kill();
      compactor.kill();
      running.refresh(); // opened before every compaction: follows them
      List<String> acks = isolator.lines();
      assertThat(acks).hasSizeGreaterThanOrEqualTo(60);
      for (String id : acks) {
        assertThat(running.isIsolated(IsolationTarget.device(id))).as(id).isTrue();
      }
      try (GuardStateStore again = FileGuardStateStore.open(log());
          GuardState restarted = GuardState.over(again)) {
        assertThat(restarted.isolations()).hasSameSizeAs(running.isolations());
      }
    }
  }

  /** A worker JVM whose printed lines are collected as they come. */
  private static final class Worker {
    private final Process process;
    private final List<String> lines = Collections.synchronizedList(new ArrayList<>());
    private final Thread reader;

    private Worker(Process process) {
      this.process = process;
      this.reader =
          new Thread(
              () -> {
                try (BufferedReader r =
                    new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                  for (String line; (line = r.readLine()) != null; ) {
                    lines.add(line);
                  }
                } catch (IOException e) {
                  // killed
                }
              });
      reader.start();
    }

    static Worker start(String store, String... action) throws IOException {
      List<String> cmd =
          new ArrayList<>(
              List.of(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-cp",
                  System.getProperty("java.class.path"),
                  GuardStateWorker.class.getName(),
                  store));
      cmd.addAll(List.of(action));
      return new Worker(
          new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start());
    }

    void awaitLines(int n) throws InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (lines.size() < n && process.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      assertThat(lines).as("lines printed by the worker").hasSizeGreaterThanOrEqualTo(n);
    }

    void kill() throws InterruptedException {
      process.destroyForcibly();
      process.waitFor();
      reader.join();
    }

    List<String> lines() {
      synchronized (lines) {
        return List.copyOf(lines);
      }
    }
  }
}
