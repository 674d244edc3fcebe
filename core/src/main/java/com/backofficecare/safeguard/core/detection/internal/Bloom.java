package com.backofficecare.safeguard.core.detection.internal;

/**
 * A blocked Bloom filter of 64-bit hashes: one {@code long} per probe (a single cache line), three
 * bits in it, 10 to 20 bits per entry (a few percent of false positives), kept small because every
 * probe competes for the cache with the context model's weights. Immutable once built.
 */
final class Bloom {

  private final long[] words;
  private final int mask;

  /**
   * A filter of the keys of {@code hashes}, sized by their number (their callers add few
   * duplicates, so no pass counts the distinct ones).
   */
  Bloom(KeyTable.Builder hashes) {
    int entries = hashes.size();
    int n = Integer.highestOneBit(Math.max(1, (int) (entries * 10L / 64)));
    n = n * 64L < entries * 10L ? n * 2 : n;
    words = new long[n];
    mask = n - 1;
    for (int i = 0; i < entries; i++) {
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
