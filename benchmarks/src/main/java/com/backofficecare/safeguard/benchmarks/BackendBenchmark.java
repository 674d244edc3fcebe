package com.backofficecare.safeguard.benchmarks;

import com.backofficecare.safeguard.core.AgencyId;
import com.backofficecare.safeguard.core.DataCategory;
import com.backofficecare.safeguard.crypto.LocalKeyStore;
import com.backofficecare.safeguard.crypto.tempstore.SecureTempStore;
import com.backofficecare.safeguard.crypto.tempstore.StoredObject;
import com.backofficecare.safeguard.storage.BlobStore;
import com.backofficecare.safeguard.storage.postgres.PostgresBlobStore;
import com.backofficecare.safeguard.storage.s3.S3BlobStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
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
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Put + get of 16 MiB objects through {@link SecureTempStore} (encrypted, authenticated open)
 * beside the raw backend (plaintext bytes, same server) in the same run, on PostgreSQL and on S3.
 * Needs the servers of {@code .ci/services}: {@code eval "$(bash .ci/services start)"} first.
 * Deleting each object happens after each operation, untimed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 4, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class BackendBenchmark {

  static final int SIZE = 16 << 20;

  @Param({"postgres", "s3"})
  public String backend;

  private final AgencyId agency = AgencyId.of("bench");
  private final byte[] buffer = new byte[64 * 1024];
  private byte[] object;
  private BlobStore blobs;
  private SecureTempStore store;
  private Path keys;
  private StoredObject lastObject;
  private String lastKey;

  @Setup
  public void setUp() throws IOException {
    object = new byte[SIZE];
    new Random(4).nextBytes(object);
    if (backend.equals("postgres")) {
      PGSimpleDataSource ds = new PGSimpleDataSource();
      ds.setUrl(env("SAFEGUARD_PG_URL"));
      blobs = PostgresBlobStore.builder(ds).schema("safeguard_bench").build();
    } else {
      blobs =
          S3BlobStore.builder()
              .endpoint(URI.create(env("SAFEGUARD_S3_ENDPOINT")))
              .pathStyle(true)
              .credentials(env("SAFEGUARD_S3_ACCESS_KEY"), env("SAFEGUARD_S3_SECRET_KEY"))
              .bucket("safeguard-bench")
              .createBucketIfMissing(true)
              .build();
    }
    keys = Files.createTempFile("sg-bench", ".sgks");
    Files.delete(keys);
    store =
        SecureTempStore.builder()
            .blobStore(blobs)
            .keyManager(
                LocalKeyStore.builder(keys)
                    .passphrase("benchmark passphrase".toCharArray())
                    .argon2(8192, 1)
                    .open())
            .build();
  }

  private static String env(String name) {
    String v = System.getenv(name);
    if (v == null) {
      throw new IllegalStateException(
          name + " unset: run eval \"$(bash .ci/services start)\" first");
    }
    return v;
  }

  @TearDown(Level.Invocation)
  public void deleteLast() {
    if (lastObject != null) {
      store.delete(lastObject.id());
      lastObject = null;
    }
    if (lastKey != null) {
      blobs.delete(lastKey);
      lastKey = null;
    }
  }

  @TearDown
  public void tearDown() throws IOException {
    store.close();
    Files.deleteIfExists(keys);
  }

  @Benchmark
  public long securePutGet() throws IOException {
    lastObject =
        store.put(
            agency, DataCategory.BILLING, new ByteArrayInputStream(object), Duration.ofHours(1));
    return Drain.drain(store.open(lastObject.id()), buffer);
  }

  @Benchmark
  public long baselineRawPutGet() throws IOException {
    lastKey = "raw/" + System.nanoTime();
    blobs.put(lastKey, new ByteArrayInputStream(object));
    return Drain.drain(blobs.get(lastKey), buffer);
  }
}
