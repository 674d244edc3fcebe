package com.backofficecare.safeguard.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("POL-5.1")
@Tag("POL-9.1")
class StreamingAeadTest {

  private static final int SEGMENT = 4096;
  private static final StreamingAead AEAD = StreamingAead.aes256Gcm(SEGMENT);
  private static final SymmetricKey KEY = SymmetricKey.generate();
  private static final byte[] AAD = "agency=sunrise|id=1".getBytes(StandardCharsets.UTF_8);

  static byte[] plaintext(int size, long seed) {
    byte[] b = new byte[size];
    new Random(seed).nextBytes(b);
    return b;
  }

  static byte[] encrypt(SymmetricKey key, byte[] aad, byte[] plain) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream enc = AEAD.encryptingStream(key, aad, out)) {
      // uneven writes, to cross segment boundaries at odd places
      int i = 0;
      int step = 1;
      while (i < plain.length) {
        int n = Math.min(step, plain.length - i);
        enc.write(plain, i, n);
        i += n;
        step = step * 3 % 5001 + 1;
      }
    }
    return out.toByteArray();
  }

  static byte[] decrypt(SymmetricKey key, byte[] aad, byte[] ct) throws IOException {
    try (InputStream in = AEAD.decryptingStream(key, aad, new ByteArrayInputStream(ct))) {
      return in.readAllBytes();
    }
  }

  @Provide
  Arbitrary<Integer> sizesAroundSegmentBoundaries() {
    return Arbitraries.oneOf(
        Arbitraries.integers().between(0, 3).map(k -> k * SEGMENT),
        Arbitraries.integers().between(0, 3).map(k -> k * SEGMENT - 1).filter(n -> n >= 0),
        Arbitraries.integers().between(0, 3).map(k -> k * SEGMENT + 1),
        Arbitraries.integers().between(0, 5 * SEGMENT));
  }

  @Property(tries = 200)
  void roundTripsAtEverySize(@ForAll("sizesAroundSegmentBoundaries") int size) throws IOException {
    byte[] plain = plaintext(size, size);
    byte[] ct = encrypt(KEY, AAD, plain);
    assertThat(ct).hasSize((int) AEAD.ciphertextLength(size));
    assertThat(decrypt(KEY, AAD, ct)).isEqualTo(plain);
  }

  @Property(tries = 300)
  void everySingleBitFlipFailsAndReleasesNothingOfThatSegment(
      @ForAll @IntRange(min = 0, max = 3 * 4096 + 100) int size, @ForAll Random random)
      throws IOException {
    byte[] plain = plaintext(size, 7);
    byte[] ct = encrypt(KEY, AAD, plain);
    int bit = random.nextInt(ct.length * 8);
    ct[bit / 8] ^= (byte) (1 << (bit % 8));
    assertThatFailsReleasingAtMostEarlierSegments(ct, plain, bit / 8);
  }

  @Property(tries = 200)
  void truncationAndExtensionFail(
      @ForAll @IntRange(min = 0, max = 3 * 4096 + 100) int size,
      @ForAll @IntRange(min = 1, max = 5000) int cut,
      @ForAll boolean extend) {
    byte[] plain = plaintext(size, 8);
    byte[] ct = uncheckedEncrypt(plain);
    byte[] changed =
        extend
            ? Arrays.copyOf(ct, ct.length + cut)
            : Arrays.copyOf(ct, Math.max(0, ct.length - cut));
    assertThatThrownBy(() -> decrypt(KEY, AAD, changed)).isInstanceOf(IntegrityException.class);
  }

  @Test
  void truncationExactlyAtASegmentBoundaryFails() throws IOException {
    byte[] plain = plaintext(3 * SEGMENT, 9);
    byte[] ct = encrypt(KEY, AAD, plain);
    int twoSegments = StreamingAead.HEADER_LENGTH + 2 * (SEGMENT + 16);
    assertThatThrownBy(() -> decrypt(KEY, AAD, Arrays.copyOf(ct, twoSegments)))
        .isInstanceOf(IntegrityException.class)
        .hasMessageContaining("segment 1");
  }

  @Test
  void swappedSegmentsFail() throws IOException {
    byte[] plain = plaintext(3 * SEGMENT + 10, 10);
    byte[] ct = encrypt(KEY, AAD, plain);
    int s = SEGMENT + 16;
    int h = StreamingAead.HEADER_LENGTH;
    byte[] swapped = ct.clone();
    System.arraycopy(ct, h, swapped, h + s, s);
    System.arraycopy(ct, h + s, swapped, h, s);
    assertThatThrownBy(() -> decrypt(KEY, AAD, swapped))
        .isInstanceOf(IntegrityException.class)
        .hasMessageContaining("segment 0");
  }

  @Test
  void anObjectMovedToAnotherAgencyOrIdOrKeyFails() throws IOException {
    byte[] ct = encrypt(KEY, AAD, plaintext(100, 11));
    byte[] otherAad = "agency=other|id=1".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> decrypt(KEY, otherAad, ct)).isInstanceOf(IntegrityException.class);
    assertThatThrownBy(() -> decrypt(SymmetricKey.generate(), AAD, ct))
        .isInstanceOf(IntegrityException.class)
        .hasMessageContaining("another key");
  }

  @Test
  void aSegmentSpliceFromAnotherObjectUnderTheSameKeyFails() throws IOException {
    byte[] a = encrypt(KEY, AAD, plaintext(2 * SEGMENT + 5, 12));
    byte[] b = encrypt(KEY, AAD, plaintext(2 * SEGMENT + 5, 13));
    byte[] spliced = a.clone();
    int h = StreamingAead.HEADER_LENGTH;
    System.arraycopy(b, h, spliced, h, SEGMENT + 16);
    assertThatThrownBy(() -> decrypt(KEY, AAD, spliced)).isInstanceOf(IntegrityException.class);
  }

  @Test
  void aFailedStreamKeepsFailing() throws IOException {
    byte[] ct = encrypt(KEY, AAD, plaintext(10, 14));
    ct[ct.length - 1] ^= 1;
    InputStream in = AEAD.decryptingStream(KEY, AAD, new ByteArrayInputStream(ct));
    assertThatThrownBy(in::read).isInstanceOf(IntegrityException.class);
    assertThatThrownBy(in::read).isInstanceOf(IntegrityException.class);
  }

  @Test
  void aDestroyedKeyCannotEncryptOrDecrypt() throws IOException {
    SymmetricKey k = SymmetricKey.generate();
    byte[] ct = encrypt(k, AAD, plaintext(10, 15));
    k.destroy();
    assertThat(k.isDestroyed()).isTrue();
    assertThatThrownBy(() -> decrypt(k, AAD, ct))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("destroyed");
    assertThat(k.toString()).contains(k.id()).contains("destroyed");
  }

  @Test
  void memoryPerStreamIsBoundedBySegmentsNotObjectSize() throws IOException {
    // 64 MiB through an encrypting and a decrypting stream: what the thread allocates in all
    // (buffers and per-segment garbage) stays far below the object's size.
    StreamingAead aead = StreamingAead.aes256Gcm();
    long size = 64L << 20;
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
    long before = threads.getCurrentThreadAllocatedBytes();
    java.io.PipedInputStream pipeIn = new java.io.PipedInputStream(1 << 16);
    java.io.PipedOutputStream pipeOut = new java.io.PipedOutputStream(pipeIn);
    Thread writer =
        new Thread(
            () -> {
              try (OutputStream enc = aead.encryptingStream(KEY, AAD, pipeOut)) {
                byte[] chunk = new byte[1 << 16];
                for (long i = 0; i < size; i += chunk.length) {
                  enc.write(chunk);
                }
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    writer.start();
    long read = 0;
    try (InputStream dec = aead.decryptingStream(KEY, AAD, pipeIn)) {
      byte[] buf = new byte[1 << 16];
      for (int n; (n = dec.read(buf)) >= 0; ) {
        read += n;
      }
    }
    long allocated = threads.getCurrentThreadAllocatedBytes() - before;
    assertThat(read).isEqualTo(size);
    assertThat(allocated).as("bytes allocated by the reading thread").isLessThan(size / 8);
  }

  private static byte[] uncheckedEncrypt(byte[] plain) {
    try {
      return encrypt(KEY, AAD, plain);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** Reads until failure; what was released must be whole segments before the damaged byte. */
  private static void assertThatFailsReleasingAtMostEarlierSegments(
      byte[] ct, byte[] plain, int damagedByte) throws IOException {
    ByteArrayOutputStream released = new ByteArrayOutputStream();
    try (InputStream in = AEAD.decryptingStream(KEY, AAD, new ByteArrayInputStream(ct))) {
      byte[] buf = new byte[777];
      for (int n; (n = in.read(buf)) >= 0; ) {
        released.write(buf, 0, n);
      }
      throw new AssertionError("tampering went undetected");
    } catch (IntegrityException expected) {
      int segmentOfDamage =
          Math.max(0, (damagedByte - StreamingAead.HEADER_LENGTH) / (SEGMENT + 16));
      byte[] got = released.toByteArray();
      assertThat(got.length).isLessThanOrEqualTo(segmentOfDamage * SEGMENT);
      assertThat(got).isEqualTo(Arrays.copyOf(plain, got.length));
    }
  }
}
