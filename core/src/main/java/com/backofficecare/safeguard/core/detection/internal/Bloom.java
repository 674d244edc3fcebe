package com.backofficecare.safeguard.core.detection.internal;

/**
 * A blocked Bloom filter of 64-bit hashes: one {@code long} per probe (a single cache line),
 * three bits in it, 16 bits per entry. Immutable once built.
 */
final class Bloom {

  private final long[] words;
  private final int mask;

  /** A filter of the first {@code n} keys of {@code hashes}. */
  Bloom(KeyTable.Builder hashes) {
    int n = Integer.highestOneBit(Math.max(1, hashes.size() / 4)) << 1;
    words = new long[n];
    mask = n - 1;
    for (int i = 0; i < hashes.size(); i++) {
      long h = hashes.key(i);
      words[(int) (h >>> 40) & mask] |= bits(h);
    }
  }

  private static long bits(long h) {
    return 1L << (h & 63) | 1L << ((h >>> 6) & 63) | 1L << ((h >>> 12) & 63);
  }

  /** Whether {@code h} may have been added. */
  boolean mayHold(long h) {
    long b = bits(h);
    return (words[(int) (h >>> 40) & mask] & b) == b;
  }
}
