package com.backofficecare.safeguard.policy.audit;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Merkle Tree Hash of RFC 6962 / RFC 9162 section 2.1 (SHA-256, leaf prefix 0x00, node prefix
 * 0x01), with inclusion and consistency proofs and their verification (RFC 9162 2.1.3 and 2.1.4).
 * Static functions over lists of leaf hashes.
 */
public final class MerkleTree {

  private MerkleTree() {}

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing", e);
    }
  }

  /** SHA-256(0x00 || data). */
  public static byte[] leafHash(byte[] data) {
    MessageDigest d = sha256();
    d.update((byte) 0);
    return d.digest(data);
  }

  /** SHA-256(0x01 || left || right). */
  public static byte[] nodeHash(byte[] left, byte[] right) {
    MessageDigest d = sha256();
    d.update((byte) 1);
    d.update(left);
    return d.digest(right);
  }

  /** MTH of the first {@code size} leaves. */
  public static byte[] root(List<byte[]> leaves, int size) {
    if (size == 0) {
      return sha256().digest();
    }
    return mth(leaves, 0, size);
  }

  private static byte[] mth(List<byte[]> leaves, int from, int to) {
    int n = to - from;
    if (n == 1) {
      return leaves.get(from);
    }
    int k = Integer.highestOneBit(n - 1);
    return nodeHash(mth(leaves, from, from + k), mth(leaves, from + k, to));
  }

  /** The audit path of leaf {@code index} in the tree of the first {@code size} leaves. */
  public static List<byte[]> inclusionProof(List<byte[]> leaves, int index, int size) {
    if (index < 0 || index >= size || size > leaves.size()) {
      throw new IllegalArgumentException("index must be within the tree");
    }
    List<byte[]> out = new ArrayList<>();
    path(leaves, index, 0, size, out);
    return out;
  }

  private static void path(List<byte[]> leaves, int m, int from, int to, List<byte[]> out) {
    int n = to - from;
    if (n == 1) {
      return;
    }
    int k = Integer.highestOneBit(n - 1);
    if (m < k) {
      path(leaves, m, from, from + k, out);
      out.add(mth(leaves, from + k, to));
    } else {
      path(leaves, m - k, from + k, to, out);
      out.add(mth(leaves, from, from + k));
    }
  }

  /**
   * The consistency proof between the trees of the first {@code oldSize} and {@code newSize}
   * leaves.
   */
  public static List<byte[]> consistencyProof(List<byte[]> leaves, int oldSize, int newSize) {
    if (oldSize < 0 || oldSize > newSize || newSize > leaves.size()) {
      throw new IllegalArgumentException("need 0 <= oldSize <= newSize <= leaves");
    }
    List<byte[]> out = new ArrayList<>();
    if (oldSize > 0 && oldSize < newSize) {
      subproof(leaves, oldSize, 0, newSize, true, out);
    }
    return out;
  }

  private static void subproof(
      List<byte[]> leaves, int m, int from, int to, boolean complete, List<byte[]> out) {
    int n = to - from;
    if (m == n) {
      if (!complete) {
        out.add(mth(leaves, from, to));
      }
      return;
    }
    int k = Integer.highestOneBit(n - 1);
    if (m <= k) {
      subproof(leaves, m, from, from + k, complete, out);
      out.add(mth(leaves, from + k, to));
    } else {
      subproof(leaves, m - k, from + k, to, false, out);
      out.add(mth(leaves, from, from + k));
    }
  }

  /**
   * RFC 9162 2.1.3.2: whether {@code proof} shows {@code leaf} at {@code index} under {@code root}.
   */
  public static boolean verifyInclusion(
      byte[] leaf, long index, long size, List<byte[]> proof, byte[] root) {
    if (index < 0 || index >= size) {
      return false;
    }
    long fn = index;
    long sn = size - 1;
    byte[] r = leaf;
    for (byte[] p : proof) {
      if (sn == 0) {
        return false;
      }
      if ((fn & 1) == 1 || fn == sn) {
        r = nodeHash(p, r);
        if ((fn & 1) == 0) {
          while ((fn & 1) == 0 && fn != 0) {
            fn >>= 1;
            sn >>= 1;
          }
        }
      } else {
        r = nodeHash(r, p);
      }
      fn >>= 1;
      sn >>= 1;
    }
    return sn == 0 && MessageDigest.isEqual(r, root);
  }

  /** RFC 9162 2.1.4.2: whether {@code proof} shows the old tree is a prefix of the new one. */
  public static boolean verifyConsistency(
      long oldSize, long newSize, byte[] oldRoot, byte[] newRoot, List<byte[]> proof) {
    if (oldSize > newSize || oldSize < 0) {
      return false;
    }
    if (oldSize == newSize) {
      return proof.isEmpty() && MessageDigest.isEqual(oldRoot, newRoot);
    }
    if (oldSize == 0) {
      return proof.isEmpty();
    }
    if (proof.isEmpty()) {
      return false;
    }
    List<byte[]> path = new ArrayList<>(proof);
    if (Long.bitCount(oldSize)
        == 1) { // the old tree is a complete subtree: its root starts the path
      path.add(0, oldRoot);
    }
    long fn = oldSize - 1;
    long sn = newSize - 1;
    while ((fn & 1) == 1) {
      fn >>= 1;
      sn >>= 1;
    }
    byte[] fr = path.get(0);
    byte[] sr = path.get(0);
    for (byte[] c : path.subList(1, path.size())) {
      if (sn == 0) {
        return false;
      }
      if ((fn & 1) == 1 || fn == sn) {
        fr = nodeHash(c, fr);
        sr = nodeHash(c, sr);
        if ((fn & 1) == 0) {
          while ((fn & 1) == 0 && fn != 0) {
            fn >>= 1;
            sn >>= 1;
          }
        }
      } else {
        sr = nodeHash(sr, c);
      }
      fn >>= 1;
      sn >>= 1;
    }
    return sn == 0 && MessageDigest.isEqual(fr, oldRoot) && MessageDigest.isEqual(sr, newRoot);
  }

  /**
   * The root of a growing tree kept as its compact range: the roots of its perfect subtrees,
   * largest first. Appending is amortized O(1); the root is O(log n).
   */
  static final class Frontier {
    private final List<byte[]> roots = new ArrayList<>();
    private final List<Long> sizes = new ArrayList<>();
    private long size;

    void append(byte[] leaf) {
      byte[] h = leaf;
      long s = 1;
      while (!sizes.isEmpty() && sizes.get(sizes.size() - 1) == s) {
        h = nodeHash(roots.remove(roots.size() - 1), h);
        sizes.remove(sizes.size() - 1);
        s *= 2;
      }
      roots.add(h);
      sizes.add(s);
      size++;
    }

    long size() {
      return size;
    }

    /** The subtree roots, hex, comma-separated: with the size, all a frontier needs. */
    String encode() {
      StringBuilder sb = new StringBuilder();
      for (byte[] r : roots) {
        sb.append(sb.length() == 0 ? "" : ",").append(java.util.HexFormat.of().formatHex(r));
      }
      return sb.toString();
    }

    static Frontier decode(long size, String roots) {
      Frontier f = new Frontier();
      f.size = size;
      String[] parts = roots.isEmpty() ? new String[0] : roots.split(",");
      int i = 0;
      for (int bit = 62; bit >= 0; bit--) {
        if ((size & (1L << bit)) != 0) {
          f.roots.add(java.util.HexFormat.of().parseHex(parts[i++]));
          f.sizes.add(1L << bit);
        }
      }
      if (i != parts.length) {
        throw new IllegalArgumentException("frontier does not match its size");
      }
      return f;
    }

    byte[] root() {
      if (roots.isEmpty()) {
        return sha256().digest();
      }
      byte[] r = roots.get(roots.size() - 1);
      for (int i = roots.size() - 2; i >= 0; i--) {
        r = nodeHash(roots.get(i), r);
      }
      return Arrays.copyOf(r, r.length);
    }
  }
}
