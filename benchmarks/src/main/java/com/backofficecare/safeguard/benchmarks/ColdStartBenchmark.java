package com.backofficecare.safeguard.benchmarks;

import com.backofficecare.safeguard.crypto.StreamingAead;
import com.backofficecare.safeguard.crypto.SymmetricKey;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The first megabyte encrypted after JVM start-up, in a fresh JVM each time: with the library's
 * warm-up (run by {@code SecureTempStore.build()}) and without it. Single-shot times; MB/s =
 * 1.05 / seconds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 8)
public class ColdStartBenchmark {

  @Param({"true", "false"})
  public boolean warmUp;

  private final StreamingAead aead = StreamingAead.aes256Gcm();
  private final byte[] megabyte = new byte[1 << 20];
  private SymmetricKey key;

  @Setup
  public void start() {
    if (warmUp) {
      StreamingAead.warmUp();
    }
    key = SymmetricKey.generate();
  }

  @Benchmark
  public void firstMegabyte() throws IOException {
    try (OutputStream out = aead.encryptingStream(key, new byte[0], OutputStream.nullOutputStream())) {
      out.write(megabyte);
    }
  }
}
