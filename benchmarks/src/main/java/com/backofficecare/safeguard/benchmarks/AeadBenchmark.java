package com.backofficecare.safeguard.benchmarks;

import com.backofficecare.safeguard.crypto.StreamingAead;
import com.backofficecare.safeguard.crypto.SymmetricKey;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The streaming AEAD over a 16 MiB object in memory, one thread, beside two baselines in the same
 * run: the JDK's AES-256-GCM alone on the same 64 KiB segments (what the format adds overhead to)
 * and a plain copy. MB/s = 16.78 MB times operations per second. Compare with {@code openssl speed
 * -evp aes-256-gcm} on the same machine (README).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class AeadBenchmark {

  static final int SIZE = 16 << 20;
  static final int SEGMENT = StreamingAead.DEFAULT_SEGMENT_SIZE;

  private final StreamingAead aead = StreamingAead.aes256Gcm();
  private final SymmetricKey key = SymmetricKey.generate();
  private final byte[] aad = "agency|object".getBytes(java.nio.charset.StandardCharsets.UTF_8);
  private byte[] plaintext;
  private byte[] ciphertext;
  private byte[] chunk;
  private byte[] sealed;
  private Cipher cipher;
  private SecretKeySpec rawKey;

  @Setup
  public void setUp() throws Exception {
    plaintext = new byte[SIZE];
    new Random(1).nextBytes(plaintext);
    ByteArrayOutputStream out = new ByteArrayOutputStream(SIZE + SIZE / 100);
    try (OutputStream enc = aead.encryptingStream(key, aad, out)) {
      enc.write(plaintext);
    }
    ciphertext = out.toByteArray();
    chunk = new byte[SEGMENT];
    sealed = new byte[SEGMENT + 16];
    cipher = Cipher.getInstance("AES/GCM/NoPadding");
    byte[] k = new byte[32];
    new Random(2).nextBytes(k);
    rawKey = new SecretKeySpec(k, "AES");
  }

  @Benchmark
  public void encrypt(Blackhole bh) throws IOException {
    try (OutputStream enc = aead.encryptingStream(key, aad, OutputStream.nullOutputStream())) {
      enc.write(plaintext);
    }
  }

  @Benchmark
  public long decrypt() throws IOException {
    long n = 0;
    try (InputStream in = aead.decryptingStream(key, aad, new ByteArrayInputStream(ciphertext))) {
      for (int r; (r = in.read(chunk)) >= 0; ) {
        n += r;
      }
    }
    return n;
  }

  @Benchmark
  public int baselineJdkGcmSegments() throws Exception {
    byte[] iv = new byte[12];
    int last = 0;
    for (int off = 0, i = 0; off < SIZE; off += SEGMENT, i++) {
      iv[8] = (byte) i;
      iv[9] = (byte) (i >> 8);
      cipher.init(Cipher.ENCRYPT_MODE, rawKey, new GCMParameterSpec(128, iv));
      last = cipher.doFinal(plaintext, off, SEGMENT, sealed, 0);
    }
    return last;
  }

  @Benchmark
  public int baselineCopy() {
    for (int off = 0; off < SIZE; off += SEGMENT) {
      System.arraycopy(plaintext, off, chunk, 0, SEGMENT);
    }
    return chunk[7];
  }
}
