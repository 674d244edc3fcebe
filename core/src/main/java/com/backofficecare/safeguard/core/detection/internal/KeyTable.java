package com.backofficecare.safeguard.core.detection.internal;

import java.util.Arrays;

/**
 * An immutable map from non-zero 64-bit keyed hashes to {@code int}s: open addressing over one
 * {@code long[]}, the keys' own low bits as the slot (they are uniformly random). Built from a
 * growing list of pairs, in which a later value for a key is merged into the earlier.
 */
final class KeyTable {

  private final long[] keys;
  private final int[] values;
  private final int mask;

  private KeyTable(long[] keys, int[] values) {
    this.keys = keys;
    this.values = values;
    this.mask = keys.length - 1;
  }

  /** The value of {@code key}, 0 when absent. */
  int get(long key) {
    for (int slot = (int) key & mask; ; slot = (slot + 1) & mask) {
      long k = keys[slot];
      if (k == key) {
        return values[slot];
      }
      if (k == 0) {
        return 0;
      }
    }
  }

  /** Whether some value has every bit of {@code mask}. */
  boolean anyHas(int mask) {
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != 0 && (values[i] & mask) == mask) {
        return true;
      }
    }
    return false;
  }

  /** Pairs of a key and a value, in a growing list. */
  static final class Builder {
    private long[] keys = new long[64];
    private int[] values = new int[64];
    private int count;

    void add(long key, int value) {
      if (count == keys.length) {
        keys = Arrays.copyOf(keys, count * 2);
        values = Arrays.copyOf(values, count * 2);
      }
      keys[count] = key;
      values[count++] = value;
    }

    int size() {
      return count;
    }

    long key(int i) {
      return keys[i];
    }

    /** The table, values of one key OR-ed. */
    KeyTable build() {
      return build((a, b) -> a | b, v -> v);
    }

    /** The table, values of one key merged by {@code merge}, then each mapped by {@code map}. */
    KeyTable build(
        java.util.function.IntBinaryOperator merge, java.util.function.IntUnaryOperator map) {
      int capacity = Integer.highestOneBit(Math.max(4, count * 2 - 1)) << 1;
      long[] k = new long[capacity];
      int[] v = new int[capacity];
      int m = capacity - 1;
      for (int i = 0; i < count; i++) {
        int slot = (int) keys[i] & m;
        while (k[slot] != 0 && k[slot] != keys[i]) {
          slot = (slot + 1) & m;
        }
        v[slot] = k[slot] == 0 ? values[i] : merge.applyAsInt(v[slot], values[i]);
        k[slot] = keys[i];
      }
      for (int i = 0; i < capacity; i++) {
        if (k[i] != 0) {
          v[i] = map.applyAsInt(v[i]);
        }
      }
      return new KeyTable(k, v);
    }
  }
}
