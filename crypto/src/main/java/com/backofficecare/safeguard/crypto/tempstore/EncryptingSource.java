package com.backofficecare.safeguard.crypto.tempstore;

import com.backofficecare.safeguard.crypto.StreamingAead;
import com.backofficecare.safeguard.crypto.SymmetricKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * Ciphertext pulled from a plaintext stream, so that a backend's {@code put} can read it: the
 * encrypting stream is pushed one chunk at a time into a buffer of about two segments.
 */
final class EncryptingSource extends InputStream {

  private final InputStream plaintext;
  private final OutputStream encrypting;
  private final Buffer buffer = new Buffer();
  private final byte[] chunk;
  private long plaintextBytes;
  private boolean finished;

  EncryptingSource(StreamingAead aead, SymmetricKey key, byte[] aad, InputStream plaintext)
      throws IOException {
    this.plaintext = plaintext;
    this.chunk = new byte[4 * aead.segmentSize()]; // whole segments skip the encryptor's copy
    this.encrypting = aead.encryptingStream(key, aad, buffer);
  }

  /** Plaintext bytes consumed so far. */
  long plaintextBytes() {
    return plaintextBytes;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    while (buffer.available() == 0) {
      if (finished) {
        return -1;
      }
      int n = plaintext.read(chunk);
      if (n < 0) {
        finished = true;
        encrypting.close();
      } else {
        plaintextBytes += n;
        encrypting.write(chunk, 0, n);
      }
    }
    return buffer.take(b, off, len);
  }

  @Override
  public void close() {
    Arrays.fill(chunk, (byte) 0);
  }

  /** A growable byte queue; it holds at most a segment or two at a time. */
  private static final class Buffer extends OutputStream {
    private byte[] bytes = new byte[1 << 16];
    private int start;
    private int end;

    int available() {
      return end - start;
    }

    int take(byte[] b, int off, int len) {
      int n = Math.min(len, end - start);
      System.arraycopy(bytes, start, b, off, n);
      start += n;
      if (start == end) {
        start = end = 0;
      }
      return n;
    }

    @Override
    public void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      if (end + len > bytes.length) {
        System.arraycopy(bytes, start, bytes, 0, end - start);
        end -= start;
        start = 0;
        if (end + len > bytes.length) {
          bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, end + len));
        }
      }
      System.arraycopy(b, off, bytes, end, len);
      end += len;
    }
  }
}
