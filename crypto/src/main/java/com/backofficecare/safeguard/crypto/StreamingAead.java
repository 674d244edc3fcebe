package com.backofficecare.safeguard.crypto;

import static java.util.Objects.requireNonNull;

import com.backofficecare.safeguard.crypto.internal.Gcm;
import com.backofficecare.safeguard.crypto.internal.Hkdf;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.crypto.AEADBadTagException;

/**
 * Segmented AES-256-GCM for objects of any size in constant memory, in the spirit of Tink's
 * streaming AEAD. The byte format is specified in {@code crypto/FORMAT.md}.
 *
 * <p>Each object gets a fresh salt, from which HKDF derives its own segment key, bound to the
 * header and to the associated data (agency and object id). Each segment's nonce holds a random
 * prefix, the segment's index and a last-segment flag. So any modification, truncation, extension,
 * reordering of segments, or swap of objects between agencies or ids fails authentication with an
 * {@link IntegrityException}. Immutable and thread-safe; the streams it makes are not.
 */
public final class StreamingAead {

  /** Plaintext bytes per segment by default: 64 KiB, where the JDK's GCM is fastest early. */
  public static final int DEFAULT_SEGMENT_SIZE = 64 * 1024;

  /** Header length in bytes. */
  public static final int HEADER_LENGTH = 64;

  static final byte[] MAGIC = {'S', 'G', 'A', 'E'};
  static final byte VERSION = 1;
  static final int MIN_SEGMENT = 4 * 1024;
  static final int MAX_SEGMENT = 8 * 1024 * 1024;
  private static final int SALT_LENGTH = 32;
  private static final int PREFIX_LENGTH = 7;
  private static final byte[] INFO =
      "safeguard-streaming-aead-v1".getBytes(StandardCharsets.US_ASCII);
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final byte[] NO_AAD = new byte[0];

  private static final AtomicBoolean WARM = new AtomicBoolean();
  private static final long WARM_UP_LIMIT_MILLIS = 1500;

  private final int segmentSize;

  private StreamingAead(int segmentSize) {
    this.segmentSize = segmentSize;
  }

  /** The format with {@link #DEFAULT_SEGMENT_SIZE}. */
  public static StreamingAead aes256Gcm() {
    return new StreamingAead(DEFAULT_SEGMENT_SIZE);
  }

  /**
   * The format with another plaintext segment size. Readers take the size from the header, so any
   * instance reads what any other wrote.
   *
   * @throws IllegalArgumentException unless 4 KiB &lt;= size &lt;= 8 MiB
   */
  public static StreamingAead aes256Gcm(int segmentSize) {
    checkSegmentSize(segmentSize);
    return new StreamingAead(segmentSize);
  }

  /**
   * Brings the JDK's AES-GCM to full speed now rather than during the first file: until the JIT has
   * compiled the cipher and its callers, GCM runs some 50 times slower. Encrypts and decrypts small
   * objects, first through every code path in 1 KiB calls (which compile sooner than large ones),
   * then in default-size segments until the rate stops improving; a few hundred milliseconds (at
   * most {@value #WARM_UP_LIMIT_MILLIS} ms) once per JVM, a no-op after that. Thread-safe.
   */
  public static void warmUp() {
    if (!WARM.compareAndSet(false, true)) {
      return;
    }
    long deadline = System.nanoTime() + WARM_UP_LIMIT_MILLIS * 1_000_000L;
    try (SymmetricKey key = SymmetricKey.generate()) {
      byte[] aad = {1};
      StreamingAead small = new StreamingAead(MIN_SEGMENT);
      for (int i = 0; i < 20; i++) {
        roundTrip(small, key, aad, new byte[3 * MIN_SEGMENT + 1]);
      }
      Gcm gcm = new Gcm(key.material());
      byte[] buf = new byte[1024];
      byte[] sealed = new byte[buf.length + Gcm.TAG_LENGTH];
      byte[] opened = new byte[sealed.length];
      byte[] nonce = new byte[Gcm.NONCE_LENGTH];
      for (int i = 0; i < 6000; i++) {
        nonce(nonce, new byte[PREFIX_LENGTH], i, false);
        int n = gcm.encrypt(nonce, NO_AAD, buf, 0, buf.length, sealed, 0);
        gcm.decrypt(nonce, NO_AAD, sealed, 0, n, opened, 0);
      }
      gcm.destroy();
      StreamingAead standard = new StreamingAead(DEFAULT_SEGMENT_SIZE);
      byte[] object = new byte[4 * DEFAULT_SEGMENT_SIZE];
      long best = Long.MAX_VALUE;
      int sinceBetter = 0;
      for (int round = 0;
          (round < 150 || sinceBetter < 12) && System.nanoTime() < deadline;
          round++) {
        long t0 = System.nanoTime();
        roundTrip(standard, key, aad, object);
        long t = System.nanoTime() - t0;
        if (t < best * 0.95) {
          best = t;
          sinceBetter = 0;
        } else {
          sinceBetter++;
        }
      }
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM warm-up failed", e);
    }
  }

  private static void roundTrip(StreamingAead aead, SymmetricKey key, byte[] aad, byte[] plain)
      throws IOException {
    java.io.ByteArrayOutputStream ct = new java.io.ByteArrayOutputStream(plain.length + 1024);
    try (OutputStream out = aead.encryptingStream(key, aad, ct)) {
      out.write(plain);
    }
    try (InputStream in =
        aead.decryptingStream(key, aad, new java.io.ByteArrayInputStream(ct.toByteArray()))) {
      in.readAllBytes();
    }
  }

  /** The plaintext bytes per segment this instance writes. */
  public int segmentSize() {
    return segmentSize;
  }

  /** The ciphertext length of a plaintext of {@code plaintextLength} bytes. */
  public long ciphertextLength(long plaintextLength) {
    long segments = Math.max(1, (plaintextLength + segmentSize - 1) / segmentSize);
    return HEADER_LENGTH + plaintextLength + segments * Gcm.TAG_LENGTH;
  }

  /**
   * A stream that encrypts what is written to it into {@code ciphertext}. Closing it writes the
   * last segment and closes {@code ciphertext}; an unclosed stream leaves a truncated object, which
   * no reader accepts.
   */
  public OutputStream encryptingStream(
      SymmetricKey key, byte[] associatedData, OutputStream ciphertext) throws IOException {
    requireNonNull(ciphertext, "ciphertext");
    byte[] header = new byte[HEADER_LENGTH];
    ByteBuffer h = ByteBuffer.wrap(header);
    h.put(MAGIC).put(VERSION).putInt(segmentSize).put(key.idBytes());
    byte[] random = new byte[SALT_LENGTH + PREFIX_LENGTH];
    RANDOM.nextBytes(random);
    h.put(random);
    Gcm gcm = segmentCipher(key, header, associatedData);
    ciphertext.write(header);
    return new Encrypting(ciphertext, gcm, noncePrefix(header), segmentSize);
  }

  /**
   * A stream of the plaintext of {@code ciphertext}. Each segment is released only once it has
   * authenticated; a truncation or extension is detected at the end. A whole-object guarantee
   * (nothing released unless everything authenticates) needs a first pass, as {@code
   * SecureTempStore.open} does. The first read throws {@link IntegrityException} if the header is
   * not authentic for this key.
   */
  public InputStream decryptingStream(
      SymmetricKey key, byte[] associatedData, InputStream ciphertext) {
    requireNonNull(key, "key");
    requireNonNull(associatedData, "associatedData");
    return new Decrypting(requireNonNull(ciphertext, "ciphertext"), key, associatedData.clone());
  }

  private static Gcm segmentCipher(SymmetricKey key, byte[] header, byte[] associatedData) {
    requireNonNull(associatedData, "associatedData");
    byte[] info = new byte[INFO.length + HEADER_LENGTH + associatedData.length];
    System.arraycopy(INFO, 0, info, 0, INFO.length);
    System.arraycopy(header, 0, info, INFO.length, HEADER_LENGTH);
    System.arraycopy(associatedData, 0, info, INFO.length + HEADER_LENGTH, associatedData.length);
    byte[] salt = Arrays.copyOfRange(header, 25, 25 + SALT_LENGTH);
    byte[] segmentKey = Hkdf.derive(key.material(), salt, info, SymmetricKey.LENGTH);
    try {
      return new Gcm(segmentKey);
    } finally {
      Arrays.fill(segmentKey, (byte) 0);
    }
  }

  private static byte[] noncePrefix(byte[] header) {
    return Arrays.copyOfRange(header, HEADER_LENGTH - PREFIX_LENGTH, HEADER_LENGTH);
  }

  static void nonce(byte[] nonce, byte[] prefix, long segment, boolean last) {
    if (segment > 0xffffffffL) {
      throw new IllegalStateException("object exceeds 2^32 segments");
    }
    System.arraycopy(prefix, 0, nonce, 0, PREFIX_LENGTH);
    nonce[7] = (byte) (segment >>> 24);
    nonce[8] = (byte) (segment >>> 16);
    nonce[9] = (byte) (segment >>> 8);
    nonce[10] = (byte) segment;
    nonce[11] = (byte) (last ? 1 : 0);
  }

  private static void checkSegmentSize(int size) {
    if (size < MIN_SEGMENT || size > MAX_SEGMENT) {
      throw new IllegalArgumentException("segment size must be 4 KiB to 8 MiB, was " + size);
    }
  }

  private static final class Encrypting extends OutputStream {
    private final OutputStream out;
    private final Gcm gcm;
    private final byte[] prefix;
    private final byte[] plain;
    private final byte[] cipher;
    private final byte[] nonce = new byte[Gcm.NONCE_LENGTH];
    private int filled;
    private long segment;
    private boolean closed;

    Encrypting(OutputStream out, Gcm gcm, byte[] prefix, int segmentSize) {
      this.out = out;
      this.gcm = gcm;
      this.prefix = prefix;
      this.plain = new byte[segmentSize];
      this.cipher = new byte[segmentSize + Gcm.TAG_LENGTH];
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      java.util.Objects.checkFromIndexSize(off, len, b.length);
      if (closed) {
        throw new IOException("stream closed");
      }
      while (len > 0) {
        if (filled == plain.length) {
          seal(false); // more data follows, so the full buffer is not the last segment
        }
        if (filled == 0 && len > plain.length) {
          // A whole segment with more after it: encrypt it in place, without copying it in.
          nonce(nonce, prefix, segment++, false);
          out.write(cipher, 0, gcm.encrypt(nonce, NO_AAD, b, off, plain.length, cipher, 0));
          off += plain.length;
          len -= plain.length;
          continue;
        }
        int n = Math.min(len, plain.length - filled);
        System.arraycopy(b, off, plain, filled, n);
        filled += n;
        off += n;
        len -= n;
      }
    }

    private void seal(boolean last) throws IOException {
      nonce(nonce, prefix, segment++, last);
      int n = gcm.encrypt(nonce, NO_AAD, plain, 0, filled, cipher, 0);
      out.write(cipher, 0, n);
      filled = 0;
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }

    @Override
    public void close() throws IOException {
      if (closed) {
        return;
      }
      closed = true;
      try {
        seal(true);
        out.close();
      } finally {
        Arrays.fill(plain, (byte) 0);
        gcm.destroy();
      }
    }
  }

  private static final class Decrypting extends InputStream {
    private final InputStream in;
    private final SymmetricKey key;
    private final byte[] aad;
    private Gcm gcm;
    private byte[] prefix;
    private byte[] cipher; // one segment and one byte of look-ahead
    private byte[] plain;
    private final byte[] nonce = new byte[Gcm.NONCE_LENGTH];
    private int carried; // look-ahead bytes already at the start of cipher
    private int pos;
    private int limit;
    private long segment;
    private boolean done;
    private IntegrityException failure;

    @SuppressWarnings("NullAway.Init") // the header is read, and the buffers made, on first read
    Decrypting(InputStream in, SymmetricKey key, byte[] aad) {
      this.in = in;
      this.key = key;
      this.aad = aad;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      java.util.Objects.checkFromIndexSize(off, len, b.length);
      if (len == 0) {
        return 0;
      }
      while (pos == limit) {
        if (done) {
          return -1;
        }
        if (plain != null && len >= plain.length) {
          // Room for a whole segment: GCM writes plaintext only once the tag has verified, so
          // decrypting straight into the caller's buffer releases nothing unauthenticated.
          int n = nextSegment(b, off);
          if (n > 0 || done) {
            return n > 0 ? n : -1;
          }
          continue;
        }
        limit = nextSegment(plain, 0);
        pos = 0;
      }
      int n = Math.min(len, limit - pos);
      System.arraycopy(plain, pos, b, off, n);
      pos += n;
      return n;
    }

    @Override
    public int available() {
      return limit - pos;
    }

    /** Decrypts the next segment into {@code out} at {@code at}; returns its plaintext length. */
    private int nextSegment(byte[] out, int at) throws IOException {
      if (failure != null) {
        throw failure;
      }
      if (gcm == null) {
        start();
        if (out == null) {
          out = plain;
        }
      }
      int want = cipher.length;
      int have = carried + readFully(cipher, carried, want - carried);
      boolean last = have < want;
      int segmentLength = last ? have : want - 1;
      if (segmentLength < Gcm.TAG_LENGTH) {
        throw fail("ciphertext truncated: segment " + segment + " is incomplete or missing");
      }
      nonce(nonce, prefix, segment, last);
      int n;
      try {
        n = gcm.decrypt(nonce, NO_AAD, cipher, 0, segmentLength, out, at);
      } catch (AEADBadTagException e) {
        throw fail(
            "segment "
                + segment
                + " failed authentication (modified, reordered,"
                + " truncated, extended or not this object's)");
      }
      segment++;
      if (last) {
        done = true;
        gcm.destroy();
      } else {
        cipher[0] = cipher[want - 1];
        carried = 1;
      }
      return n;
    }

    private void start() throws IOException {
      byte[] header = new byte[HEADER_LENGTH];
      if (readFully(header, 0, HEADER_LENGTH) < HEADER_LENGTH) {
        throw fail("ciphertext truncated: header incomplete");
      }
      ByteBuffer h = ByteBuffer.wrap(header);
      byte[] magic = new byte[4];
      h.get(magic);
      if (!Arrays.equals(magic, MAGIC) || h.get() != VERSION) {
        throw fail("not a Safeguard streaming-AEAD object of format version 1");
      }
      int segmentSize = h.getInt();
      if (segmentSize < MIN_SEGMENT || segmentSize > MAX_SEGMENT) {
        throw fail("header names an impossible segment size");
      }
      byte[] keyId = new byte[SymmetricKey.ID_LENGTH];
      h.get(keyId);
      if (!MessageDigest.isEqual(keyId, key.idBytes())) {
        throw fail("object was encrypted under another key than " + key.id());
      }
      gcm = segmentCipher(key, header, aad);
      prefix = noncePrefix(header);
      cipher = new byte[segmentSize + Gcm.TAG_LENGTH + 1];
      plain = new byte[segmentSize];
    }

    private IntegrityException fail(String message) {
      failure = new IntegrityException(message);
      pos = limit = 0;
      if (plain != null) {
        Arrays.fill(plain, (byte) 0);
      }
      return failure;
    }

    private int readFully(byte[] b, int off, int len) throws IOException {
      int total = 0;
      while (total < len) {
        int n = in.read(b, off + total, len - total);
        if (n < 0) {
          break;
        }
        total += n;
      }
      return total;
    }

    @Override
    public void close() throws IOException {
      if (plain != null) {
        Arrays.fill(plain, (byte) 0);
      }
      if (gcm != null) {
        gcm.destroy();
      }
      in.close();
    }
  }
}
