package com.backofficecare.safeguard.storage;

import java.io.IOException;
import java.io.InputStream;

/** Stream helpers that backends share. */
public final class BlobStreams {

  private BlobStreams() {}

  /**
   * Reads until {@code buffer} is full or the stream ends; returns the bytes read (fewer than the
   * buffer's length only at the end). Backends cut content into chunks or parts with it.
   */
  public static int readFully(InputStream in, byte[] buffer) throws IOException {
    int total = 0;
    while (total < buffer.length) {
      int n = in.read(buffer, total, buffer.length - total);
      if (n < 0) {
        break;
      }
      total += n;
    }
    return total;
  }
}
