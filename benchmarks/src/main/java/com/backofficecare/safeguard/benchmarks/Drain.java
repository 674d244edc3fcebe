package com.backofficecare.safeguard.benchmarks;

import java.io.IOException;
import java.io.InputStream;

/** Reads a stream to its end, as a consumer would, and counts the bytes. */
final class Drain {

  private Drain() {}

  static long drain(InputStream in, byte[] buffer) throws IOException {
    long n = 0;
    try (in) {
      for (int r; (r = in.read(buffer)) >= 0; ) {
        n += r;
      }
    }
    return n;
  }
}
