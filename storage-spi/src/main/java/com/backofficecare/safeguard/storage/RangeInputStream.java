package com.backofficecare.safeguard.storage;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** A window of another stream: skips to the offset, then stops after the length. */
final class RangeInputStream extends FilterInputStream {

  private long toSkip;
  private long remaining;

  RangeInputStream(InputStream in, long offset, long length) {
    super(in);
    this.toSkip = offset;
    this.remaining = length;
  }

  private void skipToOffset() throws IOException {
    while (toSkip > 0) {
      long n = in.skip(toSkip);
      if (n <= 0) {
        if (in.read() < 0) {
          toSkip = 0;
          remaining = 0;
          return;
        }
        n = 1;
      }
      toSkip -= n;
    }
  }

  @Override
  public int read() throws IOException {
    skipToOffset();
    if (remaining <= 0) {
      return -1;
    }
    int b = in.read();
    if (b >= 0) {
      remaining--;
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    skipToOffset();
    if (remaining <= 0) {
      return len == 0 ? 0 : -1;
    }
    int n = in.read(b, off, (int) Math.min(len, remaining));
    if (n > 0) {
      remaining -= n;
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    skipToOffset();
    long s = in.skip(Math.min(n, remaining));
    remaining -= Math.max(0, s);
    return s;
  }

  @Override
  public int available() throws IOException {
    return toSkip > 0 ? 0 : (int) Math.min(in.available(), remaining);
  }

  @Override
  public boolean markSupported() {
    return false;
  }
}
