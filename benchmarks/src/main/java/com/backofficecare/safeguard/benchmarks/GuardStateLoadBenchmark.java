package com.backofficecare.safeguard.benchmarks;

import com.backofficecare.safeguard.policy.access.FileGuardStateStore;
import com.backofficecare.safeguard.policy.access.GuardState;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Restoring the guard's state from {@code guard-state.log} holding 10 isolations in force, 1,000
 * recent downloads and {@code dead} records that no longer decide anything (repeats of those
 * downloads, as a policy that flags repeats writes them): {@code firstOpen} opens the file as it
 * grew, reading every line (and then compacting it, which is part of that open); {@code
 * compactedOpen} opens the same state once compacted. The first grows with the dead records, the
 * second does not.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class GuardStateLoadBenchmark {

  @Param({"10000", "100000", "1000000"})
  public int dead;

  private Path dir;
  private Path grown;
  private Path compacted;
  private Path work;

  @Setup
  public void write() throws IOException {
    dir = Files.createTempDirectory("guard-state-bench");
    grown = dir.resolve("grown.log");
    Instant at = Instant.now();
    try (BufferedWriter w = Files.newBufferedWriter(grown, StandardCharsets.UTF_8)) {
      for (int i = 0; i < 10; i++) {
        w.write(
            "{\"change\":\"isolate\",\"kind\":\"device\",\"id\":\"laptop-"
                + i
                + "\",\"holder\":\"incident INC-"
                + i
                + "\",\"by\":\"secops\",\"at\":\""
                + at
                + "\"}\n");
      }
      for (int i = 0; i < 1_000 + dead; i++) {
        w.write(
            "{\"change\":\"download\",\"key\":\""
                + String.format("%064x", i % 1_000)
                + "\",\"at\":\""
                + at.minusSeconds(i % 3_600)
                + "\"}\n");
      }
    }
    Path c = dir.resolve("compacted").resolve("guard-state.log");
    Files.createDirectories(c.getParent());
    Files.copy(grown, c);
    try (FileGuardStateStore store = FileGuardStateStore.open(c);
        GuardState state = GuardState.over(store)) {
      state.compact();
    }
    compacted = c;
    work = dir.resolve("work").resolve("guard-state.log");
    Files.createDirectories(work.getParent());
  }

  /** A fresh copy of the grown file for each open: the open compacts it. */
  @Setup(Level.Invocation)
  public void copy() throws IOException {
    Files.copy(grown, work, StandardCopyOption.REPLACE_EXISTING);
  }

  @TearDown
  public void delete() throws IOException {
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Benchmark
  public int firstOpen() {
    return open(work);
  }

  @Benchmark
  public int compactedOpen() {
    return open(compacted);
  }

  private static int open(Path file) {
    try (FileGuardStateStore store = FileGuardStateStore.open(file);
        GuardState state = GuardState.over(store)) {
      return state.isolations().size();
    }
  }
}
