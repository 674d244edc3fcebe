package com.backofficecare.safeguard.storage;

import java.util.concurrent.CountDownLatch;

/**
 * Content for failure tests: {@code total} bytes that arrive slowly once {@code signalAfter} have
 * been read, when {@link #started} opens, so that a test can cut the server in mid-write. Shipped
 * in the storage-spi test-jar.
 */
public final class SlowSource extends java.io.InputStream {

  public final CountDownLatch started = new CountDownLatch(1);
  private final long signalAfter;
  private final long total;
  private final long pauseMillis;
  private long n;

  public SlowSource(long signalAfter, long total, long pauseMillis) {
    this.signalAfter = signalAfter;
    this.total = total;
    this.pauseMillis = pauseMillis;
  }

  @Override
  public int read() {
    return n >= total ? -1 : (int) (n++ & 0x7f);
  }

  @Override
  public int read(byte[] b, int off, int len) {
    if (n >= total) {
      return -1;
    }
    if (n > signalAfter) {
      started.countDown();
      try {
        Thread.sleep(pauseMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    int m = (int) Math.min(Math.min(len, 64 * 1024), total - n);
    for (int i = 0; i < m; i++) {
      b[off + i] = (byte) (n++ & 0x7f);
    }
    return m;
  }
}
