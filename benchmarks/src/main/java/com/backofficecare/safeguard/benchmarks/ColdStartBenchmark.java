package com.backofficecare.safeguard.benchmarks;

import com.backofficecare.safeguard.crypto.StreamingAead;
import com.backofficecare.safeguard.crypto.SymmetricKey;
import java.io.IOException;
import java.io.OutputStream;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The first megabyte through the AEAD after JVM start-up, in a fresh JVM each time: with the
 * library's warm-up (run by {@code SecureTempStore.build()}) and without it. The stream is opened
 * (key derivation, header) before the clock starts, so this is the cipher's throughput on the first
 * megabyte; {@code firstStreamOpen} times the per-object set-up on its own. Single-shot times; MB/s
 * = 1.05 / seconds.
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
  private OutputStream stream;

  @Setup(Level.Trial)
  public void start() {
    if (warmUp) {
      StreamingAead.warmUp();
    }
    key = SymmetricKey.generate();
  }

  @Setup(Level.Iteration)
  public void open() throws IOException {
    stream = aead.encryptingStream(key, new byte[0], OutputStream.nullOutputStream());
  }

  @Benchmark
  public void firstMegabyte() throws IOException {
    stream.write(megabyte);
    stream.close();
  }

  @Benchmark
  public OutputStream firstStreamOpen() throws IOException {
    return aead.encryptingStream(key, new byte[0], OutputStream.nullOutputStream());
  }
}
