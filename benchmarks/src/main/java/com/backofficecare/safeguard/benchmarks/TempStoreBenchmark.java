package com.backofficecare.safeguard.benchmarks;

import com.backofficecare.safeguard.core.AgencyId;
import com.backofficecare.safeguard.core.DataCategory;
import com.backofficecare.safeguard.crypto.LocalKeyStore;
import com.backofficecare.safeguard.crypto.tempstore.SecureTempStore;
import com.backofficecare.safeguard.crypto.tempstore.StoredObject;
import com.backofficecare.safeguard.storage.FileSystemBlobStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.Random;
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
 * Encrypted put + get of a 64 MiB object through {@link SecureTempStore} on the file-system
 * backend, beside plaintext write + read of the same bytes to the same directory, with the same
 * durability (fsync before the write returns). One operation = one object stored and read back
 * whole; deleting it (a sanitizing overwrite for the store, an unlink for the baseline) happens
 * after each operation, untimed. MB/s = 67.1 MB times operations per second. {@code get} is {@code
 * open} (whole object authenticated before release: two passes) or {@code openStreaming} (one pass,
 * each segment authenticated before release).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class TempStoreBenchmark {

  static final int SIZE = 64 << 20;

  private final AgencyId agency = AgencyId.of("bench");
  private final byte[] buffer = new byte[64 * 1024];
  private byte[] object;
  private Path dir;
  private SecureTempStore store;

  @Setup
  public void setUp() throws IOException {
    object = new byte[SIZE];
    new Random(3).nextBytes(object);
    dir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "sg-bench");
    store =
        SecureTempStore.builder()
            .blobStore(FileSystemBlobStore.open(dir.resolve("store")))
            .keyManager(
                LocalKeyStore.builder(dir.resolve("keys.sgks"))
                    .passphrase("benchmark passphrase".toCharArray())
                    .argon2(8192, 1)
                    .open())
            .build();
  }

  @TearDown
  public void tearDown() throws IOException {
    store.close();
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  private StoredObject last;

  @TearDown(Level.Invocation)
  public void deleteLast() throws IOException {
    if (last != null) {
      store.delete(last.id());
      last = null;
    }
    Files.deleteIfExists(dir.resolve("plain.bin"));
  }

  @Benchmark
  public long encryptedPutGet() throws IOException {
    last =
        store.put(
            agency, DataCategory.PAYROLL, new ByteArrayInputStream(object), Duration.ofHours(1));
    return Drain.drain(store.open(last.id()), buffer);
  }

  @Benchmark
  public long encryptedPutGetStreaming() throws IOException {
    last =
        store.put(
            agency, DataCategory.PAYROLL, new ByteArrayInputStream(object), Duration.ofHours(1));
    return Drain.drain(store.openStreaming(last.id()), buffer);
  }

  @Benchmark
  public long baselinePlaintextWriteRead() throws IOException {
    Path p = dir.resolve("plain.bin");
    try (FileChannel ch =
            FileChannel.open(
                p,
                StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE);
        OutputStream out = Channels.newOutputStream(ch)) {
      new ByteArrayInputStream(object).transferTo(out);
      ch.force(true);
    }
    return Drain.drain(Files.newInputStream(p), buffer);
  }
}
