package com.backofficecare.safeguard.policy.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The guard's state lasts and is shared: what one process isolates, a restarted process and every
 * other process enforce (over PostgreSQL: safeguard-policy-postgres's tests). Real JVMs, no mocks.
 */
class GuardStateTest {

  @TempDir Path dir;

  static String run(String store, String... action) throws Exception {
    List<String> cmd =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                GuardStateWorker.class.getName(),
                store));
    cmd.addAll(List.of(action));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    return out;
  }

  private String file() {
    return dir.resolve("guard-state.log").toString();
  }

  @Test
  @Tag("POL-7.2")
  void anIsolationMadeByOneProcessIsEnforcedAfterRestartAndByEveryOther() throws Exception {
    try (GuardStateStore store = FileGuardStateStore.open(dir.resolve("guard-state.log"));
        GuardState running = GuardState.over(store, Duration.ofMillis(50))) {
      AccessGuard service = AccessGuard.create(Fixtures.policy().build(), running);
      assertThat(service.decide(Fixtures.request().build()).permitted()).isTrue();

      assertThat(run(file(), "check")).isEqualTo("permit");
      run(file(), "isolate", "device:LAPTOP-12"); // another process, since exited
      assertThat(run(file(), "check")).isEqualTo("deny"); // a third, started afterwards

      // The running service learns of it within its refresh interval, with no call of its own.
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (service.decide(Fixtures.request().build()).permitted()
          && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertThat(service.decide(Fixtures.request().build()).denyingRules())
          .containsExactly(Rule.ISOLATION);

      run(file(), "release", "device:laptop-12");
      running.refresh();
      assertThat(service.decide(Fixtures.request().build()).permitted()).isTrue();
      assertThat(run(file(), "check")).isEqualTo("permit");
    }
  }

  @Test
  @Tag("POL-3.4")
  void aRepeatDownloadIsRefusedAcrossRestartsAndKeyedOnTheSetOfRecords() throws Exception {
    assertThat(run(file(), "download")).isEqualTo("permit");
    assertThat(run(file(), "download")).isEqualTo("deny");
    try (GuardStateStore store = FileGuardStateStore.open(dir.resolve("guard-state.log"));
        GuardState state = GuardState.over(store)) {
      AccessGuard guard = AccessGuard.create(Fixtures.policy().build(), state);
      AccessRequest.Builder twice =
          Fixtures.request()
              .action(Action.DOWNLOAD)
              .encryptedChannel(true)
              .records(List.of("client-17", "client-17", "client-17"));
      assertThat(guard.decide(twice.build()).denyingRules())
          .containsExactly(Rule.DUPLICATE_DOWNLOAD);
      AccessRequest.Builder pair =
          Fixtures.request().action(Action.DOWNLOAD).encryptedChannel(true);
      assertThat(guard.decide(pair.records(List.of("client-2", "client-1")).build()).permitted())
          .isTrue();
      assertThat(
              guard
                  .decide(pair.records(List.of("client-1", "client-2", "client-1")).build())
                  .denyingRules())
          .containsExactly(Rule.DUPLICATE_DOWNLOAD);
      assertThat(
              guard.decide(pair.records(List.of("CLIENT-2", " client-1 ")).build()).denyingRules())
          .as("another spelling of the same records")
          .containsExactly(Rule.DUPLICATE_DOWNLOAD);
    }
    assertThat(Files.readString(dir.resolve("guard-state.log"))).doesNotContain("client-");
  }

  @Test
  @Tag("POL-7.2")
  void everyIsolationAcknowledgedBeforeAKillIsStillInForce() throws Exception {
    for (int round = 0; round < 5; round++) {
      List<Process> writers = new ArrayList<>();
      List<List<String>> acknowledged = new ArrayList<>();
      for (int w = 0; w < 2; w++) {
        writers.add(
            new ProcessBuilder(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp",
                    System.getProperty("java.class.path"),
                    GuardStateWorker.class.getName(),
                    file(),
                    "isolate-many",
                    "r" + round + "w" + w)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start());
        acknowledged.add(new ArrayList<>());
      }
      List<Thread> readers = new ArrayList<>();
      for (int w = 0; w < 2; w++) {
        Process p = writers.get(w);
        List<String> acks = acknowledged.get(w);
        Thread t =
            new Thread(
                () -> {
                  try (BufferedReader r =
                      new BufferedReader(
                          new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = r.readLine()) != null; ) {
                      synchronized (acks) {
                        acks.add(line);
                      }
                    }
                  } catch (IOException e) {
                    // the process was killed
                  }
                });
        t.start();
        readers.add(t);
      }
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (System.nanoTime() < deadline && acknowledged.stream().anyMatch(a -> size(a) < 20)) {
        Thread.sleep(20);
      }
      Thread.sleep(17L * round);
      writers.forEach(Process::destroyForcibly); // kill -9, mid-append or mid-sync
      for (Process p : writers) {
        p.waitFor();
      }
      for (Thread t : readers) {
        t.join();
      }
      try (GuardStateStore store = FileGuardStateStore.open(dir.resolve("guard-state.log"));
          GuardState state = GuardState.over(store)) {
        for (List<String> acks : acknowledged) {
          assertThat(acks).hasSizeGreaterThanOrEqualTo(20);
          for (String id : acks) {
            assertThat(state.isIsolated(IsolationTarget.device(id))).as(id).isTrue();
          }
        }
        state.isolate(IsolationTarget.device("after-round-" + round), "check", "t", Fixtures.NOW);
      }
    }
    // Every line of the file is whole: a torn tail was cut by the next writer.
    for (String line : Files.readAllLines(dir.resolve("guard-state.log"))) {
      assertThat(line).startsWith("{").endsWith("}");
    }
  }

  private static int size(List<String> l) {
    synchronized (l) {
      return l.size();
    }
  }

  @Test
  void aTornLastLineIsNeverAppliedAndIsCutByTheNextWriter() throws Exception {
    Path f = dir.resolve("guard-state.log");
    try (GuardStateStore store = FileGuardStateStore.open(f);
        GuardState state = GuardState.over(store)) {
      state.isolate(IsolationTarget.device("tab-1"), "lost", "secops", Fixtures.NOW);
    }
    Files.writeString(
        f,
        "{\"change\":\"release\",\"kind\":\"device\",\"id\":\"tab-1\"",
        StandardOpenOption.APPEND);
    try (GuardStateStore store = FileGuardStateStore.open(f);
        GuardState state = GuardState.over(store)) {
      assertThat(state.isIsolated(IsolationTarget.device("tab-1"))).isTrue();
      state.isolate(IsolationTarget.device("tab-2"), "lost", "secops", Fixtures.NOW);
    }
    try (GuardStateStore store = FileGuardStateStore.open(f);
        GuardState state = GuardState.over(store)) {
      assertThat(state.isolations())
          .extracting(i -> i.target().id())
          .containsExactlyInAnyOrder("tab-1", "tab-2");
    }
  }

  @Test
  void aRecordItCannotReadFailsTheRestoreRatherThanBeingSkipped() throws Exception {
    Path f = dir.resolve("guard-state.log");
    for (String bad :
        List.of(
            "{\"change\":\"forget-all\"}",
            "{\"change\":\"release\",\"kind\":\"device\",\"id\":\"x\",\"reason\":\"r\",\"by\":\"b\",\"at\":\"2026-11-25T10:00:00Z\",\"extra\":1}",
            "{\"change\":\"isolate\",\"kind\":\"device\",\"id\":\"x\",\"reason\":\"r\",\"by\":\"b\",\"at\":5}",
            "not json")) {
      Files.writeString(f, bad + "\n");
      try (GuardStateStore store = FileGuardStateStore.open(f)) {
        assertThatThrownBy(() -> GuardState.over(store)).isInstanceOf(GuardStateException.class);
      }
    }
    assertThatThrownBy(() -> FileGuardStateStore.open(dir.resolve("missing/guard-state.log")))
        .isInstanceOf(GuardStateException.class)
        .hasMessageContaining("no such directory");
  }

  @Test
  @Tag("POL-7.2")
  void targetsAreCheckedAndMatchWhatRequestsName() {
    AccessGuard guard = AccessGuard.create(Fixtures.policy().build());
    assertThatThrownBy(() -> IsolationTarget.parse("agency:Sunrise"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> IsolationTarget.parse("laptop-12"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> IsolationTarget.parse("printer:p-1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown isolation target kind");
    assertThatThrownBy(() -> IsolationTarget.parse("device: laptop-12"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> guard.isolate(IsolationTarget.person("u-nobody"), "r", "b", Fixtures.NOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a person");
    assertThatThrownBy(
            () -> guard.isolate(IsolationTarget.agency("elsewhere"), "r", "b", Fixtures.NOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not an agency");
    assertThat(guard.isolations()).isEmpty();

    guard.isolate(IsolationTarget.parse("DEVICE:LAPTOP-12"), "lost", "secops", Fixtures.NOW);
    assertThat(guard.decide(Fixtures.request().build()).denyingRules())
        .containsExactly(Rule.ISOLATION);
    guard.release(IsolationTarget.device("laptop-12"), "lost", "found", "secops", Fixtures.NOW);
    guard.isolate(IsolationTarget.system("EHR-Main"), "breach", "secops", Fixtures.NOW);
    assertThat(guard.decide(Fixtures.request().clientSystem("ehr-MAIN").build()).permitted())
        .isFalse();
    assertThat(guard.decide(Fixtures.request().build()).permitted()).isTrue();
  }

  /**
   * A release ends only its own holder's isolation: another incident's, or a termination's, stays.
   */
  @Test
  @Tag("POL-10.2")
  void aReleaseByOneHolderLeavesEveryOtherHoldersIsolation() {
    try (GuardStateStore store = FileGuardStateStore.open(dir.resolve("guard-state.log"));
        GuardState state = GuardState.over(store)) {
      IsolationTarget sunrise = IsolationTarget.agency("sunrise");
      state.isolate(sunrise, "termination", "ops-lead", Fixtures.NOW);
      state.isolate(sunrise, "incident INC-2", "secops", Fixtures.NOW);
      assertThat(state.release(sunrise, "incident INC-2", "contained", "secops", Fixtures.NOW))
          .isTrue();
      assertThat(state.release(sunrise, "incident INC-9", "never held it", "secops", Fixtures.NOW))
          .isFalse();
      assertThat(state.isIsolated(sunrise)).isTrue();
      assertThat(state.isolations())
          .extracting(AccessGuard.Isolation::holder)
          .containsExactly("termination");
    }
    try (GuardStateStore store = FileGuardStateStore.open(dir.resolve("guard-state.log"));
        GuardState state = GuardState.over(store)) {
      assertThat(state.isIsolated(IsolationTarget.agency("sunrise")))
          .isTrue(); // after a restart too
    }
  }

  /** Ids that could pass for an isolated device or system are refused, not compared. */
  @Test
  @Tag("POL-7.2")
  void requestsNamingADeviceOrSystemInAnotherSpellingAreRefused() {
    for (String id :
        List.of(
            "laptop-12 ",
            " laptop-12",
            "laptop-12\t",
            "laptop-12\u00a0",
            "laptop-12\u200b",
            "l\u0430ptop-12",
            "\uff4c\uff41ptop-12",
            "laptop\u201012",
            "")) {
      assertThatThrownBy(() -> DevicePosture.compliant(id))
          .as(id)
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> IsolationTarget.device(id))
          .as(id)
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> Fixtures.request().clientSystem(id).build())
          .as(id)
          .isInstanceOf(IllegalArgumentException.class);
    }
    AccessGuard guard = AccessGuard.create(Fixtures.policy().build());
    guard.isolate(IsolationTarget.system("EHR-One"), "incident INC-3", "secops", Fixtures.NOW);
    assertThat(guard.decide(Fixtures.request().clientSystem("ehr-ONE").build()).permitted())
        .isFalse();
  }

  /**
   * A crash between an incident's event and its isolation (or release) is healed by the next event
   * on the incident: the guard's holds follow the incident's record.
   */
  @Test
  @Tag("POL-7.2")
  void theNextIncidentEventReconcilesTheGuardWithTheIncidentsRecord() throws Exception {
    var incidents =
        com.backofficecare.safeguard.policy.incident.FileIncidentStore.open(
            dir.resolve("incidents"));
    try (GuardStateStore store = FileGuardStateStore.open(dir.resolve("guard-state.log"));
        GuardState state = GuardState.over(store)) {
      AccessGuard guard = AccessGuard.create(Fixtures.policy().build(), state);
      var service =
          com.backofficecare.safeguard.policy.incident.IncidentService.builder()
              .store(incidents)
              .guard(guard)
              .terms(
                  a ->
                      new com.backofficecare.safeguard.policy.incident.AgencyTerms(
                          a, java.time.ZoneOffset.UTC, Duration.ofDays(3), "privacy office"))
              .build();
      String id = service.report("sunrise", "u-ana", "laptop stolen", false).id();
      service.apply(
          id,
          new com.backofficecare.safeguard.policy.incident.IncidentEvent.Triaged(
              Fixtures.NOW, "secops", true, "held PHI"));
      // The declare event is recorded, but the process died before the isolation was written.
      incidents.append(
          id,
          2,
          new com.backofficecare.safeguard.policy.incident.IncidentEvent.Declared(
              Fixtures.NOW,
              "secops",
              "lost device",
              com.backofficecare.safeguard.policy.incident.IncidentEvent.Severity.HIGH,
              Fixtures.NOW,
              List.of(IsolationTarget.device("laptop-12"))));
      assertThat(guard.decide(Fixtures.request().build()).permitted()).isTrue();
      service.apply(
          id,
          new com.backofficecare.safeguard.policy.incident.IncidentEvent.CorrectiveAction(
              Fixtures.NOW, "secops", "remote wipe"));
      assertThat(guard.decide(Fixtures.request().build()).denyingRules())
          .containsExactly(Rule.ISOLATION);
    }
    // Incident records and guard state are the store's: owner-only, as the store is.
    assertThat(
            java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dir.resolve("incidents"))))
        .isEqualTo("rwx------");
    assertThat(
            java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dir.resolve("guard-state.log"))))
        .isEqualTo("rw-------");
  }

  /** Without the policy, a service still reconciles and releases, but refuses to isolate. */
  @Test
  @Tag("POL-7.2")
  void anIncidentServiceWithoutThePolicyReconcilesButDoesNotIsolate() throws Exception {
    var incidents =
        com.backofficecare.safeguard.policy.incident.FileIncidentStore.open(
            dir.resolve("incidents"));
    try (GuardStateStore store = FileGuardStateStore.open(dir.resolve("guard-state.log"));
        GuardState state = GuardState.over(store)) {
      var service =
          com.backofficecare.safeguard.policy.incident.IncidentService.builder()
              .store(incidents)
              .isolations(state)
              .terms(
                  a ->
                      new com.backofficecare.safeguard.policy.incident.AgencyTerms(
                          a, java.time.ZoneOffset.UTC, Duration.ofDays(3), "privacy office"))
              .build();
      String id = service.report("sunrise", "u-ana", "laptop stolen", false).id();
      service.apply(
          id,
          new com.backofficecare.safeguard.policy.incident.IncidentEvent.Triaged(
              Fixtures.NOW, "secops", true, "held PHI"));
      var declare =
          new com.backofficecare.safeguard.policy.incident.IncidentEvent.Declared(
              Fixtures.NOW,
              "secops",
              "lost device",
              com.backofficecare.safeguard.policy.incident.IncidentEvent.Severity.HIGH,
              Fixtures.NOW,
              List.of(IsolationTarget.device("laptop-12")));
      assertThatThrownBy(() -> service.apply(id, declare))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("needs the policy");
      assertThat(incidents.load(id)).hasSize(2); // nothing recorded
      incidents.append(id, 2, declare); // as a service with the policy would have
      service.apply(
          id,
          new com.backofficecare.safeguard.policy.incident.IncidentEvent.Contained(
              Fixtures.NOW, "secops", List.of(), "remote wipe"));
      assertThat(state.isIsolated(IsolationTarget.device("laptop-12"))).isTrue();
      service.apply(
          id,
          new com.backofficecare.safeguard.policy.incident.IncidentEvent.IsolationReleased(
              Fixtures.NOW, "secops", IsolationTarget.device("laptop-12"), "recovered"));
      assertThat(state.isIsolated(IsolationTarget.device("laptop-12"))).isFalse();
    }
  }

  /** A running guard that can no longer read others' changes denies until it can again. */
  @Test
  @Tag("POL-7.2")
  void aGuardThatCannotReadTheSharedStateFailsClosed() throws Exception {
    Path f = dir.resolve("guard-state.log");
    try (GuardStateStore store = FileGuardStateStore.open(f);
        GuardState state = GuardState.over(store, Duration.ofMillis(20))) {
      AccessGuard guard = AccessGuard.create(Fixtures.policy().build(), state);
      assertThat(guard.decide(Fixtures.request().build()).permitted()).isTrue();
      Files.writeString(f, "{\"change\":\"from-a-newer-version\"}\n", StandardOpenOption.APPEND);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (!state.unreadable() && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertThat(guard.decide(Fixtures.request().build()).permitted()).isFalse();
    }
  }
}
