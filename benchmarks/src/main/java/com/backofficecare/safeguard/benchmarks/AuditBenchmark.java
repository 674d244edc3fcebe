package com.backofficecare.safeguard.benchmarks;

import com.backofficecare.safeguard.crypto.LocalKeyStore;
import com.backofficecare.safeguard.policy.audit.AuditEvent;
import com.backofficecare.safeguard.policy.audit.AuditLog;
import com.backofficecare.safeguard.policy.audit.PinnedKeys;
import com.backofficecare.safeguard.policy.audit.SigningIdentity;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Audit appends to the file log (hash chain, Merkle frontier, an Ed25519-signed tree head and an
 * fsync every 1,000 events) beside the same JSON lines written plainly with the same fsync cadence;
 * and, in {@link Verify}, verification of a 1,000,000-entry log.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class AuditBenchmark {

  static final AuditEvent EVENT =
      new AuditEvent(
          Instant.parse("2026-11-25T10:00:00Z"),
          "access",
          "u-ana",
          "sunrise",
          "SCHEDULING",
          "READ",
          "SCHEDULING",
          List.of("client-17", "client-18"),
          List.of("client_name", "phone", "visit_time"),
          List.of("client_name", "visit_time"),
          "permit",
          List.of("POL-3.1", "POL-3.2", "POL-9.1"),
          "2026.11",
          Map.of());

  private Path dir;
  private AuditLog log;
  private OutputStream plain;
  private FileChannel plainChannel;
  private byte[] line;
  private int sincePlainSync;

  @Setup(Level.Iteration)
  public void open() throws IOException {
    dir = Files.createTempDirectory("sg-audit-bench");
    log = AuditLog.open(dir.resolve("audit.log"), identity(dir), Clock.systemUTC(), 1000);
    plainChannel =
        FileChannel.open(
            dir.resolve("plain.log"),
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE,
            StandardOpenOption.APPEND);
    plain = new BufferedOutputStream(Channels.newOutputStream(plainChannel), 1 << 16);
    line =
        ("{\"kind\":\"entry\",\"event\":"
                + "{\"time\":\"2026-11-25T10:00:00Z\",\"type\":\"access\","
                + "\"actor\":\"u-ana\",\"agency\":\"sunrise\",\"category\":\"SCHEDULING\",\"action\":\"READ\","
                + "\"purpose\":\"SCHEDULING\",\"records\":[\"client-17\",\"client-18\"],\"fieldsRequested\":"
                + "[\"client_name\",\"phone\",\"visit_time\"],\"fieldsReleased\":[\"client_name\",\"visit_time\"],"
                + "\"outcome\":\"permit\",\"clauses\":[\"POL-3.1\",\"POL-3.2\",\"POL-9.1\"],\"policyVersion\":"
                + "\"2026.11\",\"detail\":{}}}\n")
            .getBytes(StandardCharsets.UTF_8);
  }

  @TearDown(Level.Iteration)
  public void close() throws IOException {
    log.close();
    plain.close();
    deleteTree(dir);
  }

  static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Benchmark
  public void auditAppend() {
    log.append(EVENT);
  }

  @Benchmark
  public void baselinePlainAppend() throws IOException {
    plain.write(line);
    if (++sincePlainSync == 1000) {
      plain.flush();
      plainChannel.force(false);
      sincePlainSync = 0;
    }
  }

  /**
   * Sixteen callers appending at once: durable (each append on disk under a signed head before it
   * returns, callers sharing group commits) beside batched (a signed, synced head every 1,000).
   */
  @State(Scope.Benchmark)
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Warmup(iterations = 2, time = 2)
  @Measurement(iterations = 5, time = 2)
  @Fork(value = 1, jvmArgsAppend = "-Xmx2g")
  public static class Concurrent {
    private Path dir;
    private AuditLog durable;
    private AuditLog batched;

    @Setup(Level.Iteration)
    public void open() throws IOException {
      dir = Files.createTempDirectory("sg-audit-concurrent");
      durable = AuditLog.open(dir.resolve("durable.log"), identity(dir));
      batched = AuditLog.open(dir.resolve("batched.log"), identity(dir), Clock.systemUTC(), 1000);
    }

    @TearDown(Level.Iteration)
    public void close() throws IOException {
      durable.close();
      batched.close();
      deleteTree(dir);
    }

    @Benchmark
    @org.openjdk.jmh.annotations.Threads(16)
    public void durableAppend16Callers() {
      durable.append(EVENT);
    }

    @Benchmark
    @org.openjdk.jmh.annotations.Threads(16)
    public void batchedAppend16Callers() {
      batched.append(EVENT);
    }
  }

  /** Verification of a log of 1,000,000 entries, written once per fork. */
  @State(Scope.Benchmark)
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 1)
  @Measurement(iterations = 3)
  @Fork(value = 1, jvmArgsAppend = "-Xmx2g")
  public static class Verify {
    private Path dir;
    private Path file;
    private PinnedKeys pinned;

    @Setup(Level.Trial)
    public void write() throws IOException {
      dir = Files.createTempDirectory("sg-audit-verify");
      file = dir.resolve("audit.log");
      SigningIdentity identity = identity(dir);
      pinned = identity.pinnedKeys();
      try (AuditLog log = AuditLog.open(file, identity, Clock.systemUTC(), 10_000)) {
        for (int i = 0; i < 1_000_000; i++) {
          log.append(EVENT);
        }
      }
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
      deleteTree(dir);
    }

    @Benchmark
    public boolean verifyMillionEntries() {
      return AuditLog.verify(file, pinned, null).intact();
    }
  }

  /** A signing identity sealed by a cheap key store in {@code dir}. */
  static SigningIdentity identity(Path dir) {
    try (LocalKeyStore keys =
        LocalKeyStore.builder(dir.resolve("keys.sgks"))
            .passphrase("benchmark".toCharArray())
            .argon2(8192, 1)
            .open()) {
      return SigningIdentity.open(dir.resolve("signing-identity.json"), keys);
    }
  }
}
