package com.backofficecare.safeguard.policy.audit;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The end of an audit trail kept by a store other than {@link AuditLog}'s file (an SPI, for stores
 * such as {@code safeguard-policy-postgres}): its size, hash chain and Merkle frontier as text, and
 * the arithmetic that appends to it. Every store thus writes the entries, chain, roots and signed
 * heads that {@link AuditLog} writes, and {@link AuditTrailVerifier} checks them alike. Immutable.
 */
public final class AuditTrailTail {

  private static final HexFormat HEX = HexFormat.of();
  private static final AuditTrailTail EMPTY =
      new AuditTrailTail(0, HEX.formatHex(new byte[32]), "");

  private final long size;
  private final String chain;
  private final String frontier;

  private AuditTrailTail(long size, String chain, String frontier) {
    this.size = size;
    this.chain = chain;
    this.frontier = frontier;
  }

  /** The tail of a trail with no entries. */
  public static AuditTrailTail empty() {
    return EMPTY;
  }

  /**
   * The tail a store kept, as {@link #size}, {@link #chain} and {@link #frontier} returned it.
   *
   * @throws AuditFormatException if the three are not a tail's
   */
  public static AuditTrailTail of(long size, String chain, String frontier) {
    requireNonNull(chain, "chain");
    requireNonNull(frontier, "frontier");
    try {
      if (size < 0 || HEX.parseHex(chain).length != 32) {
        throw new IllegalArgumentException("size or chain");
      }
      MerkleTree.Frontier.decode(size, frontier);
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      throw new AuditFormatException("the audit trail's stored tail is malformed");
    }
    return new AuditTrailTail(size, chain, frontier);
  }

  /** The number of entries. */
  public long size() {
    return size;
  }

  /** The hash chain value after the last entry (hex). */
  public String chain() {
    return chain;
  }

  /** The roots of the Merkle tree's perfect subtrees (hex, comma-separated), largest first. */
  public String frontier() {
    return frontier;
  }

  /**
   * Appends {@code events}, scrubbed, and signs a head over them at {@code time}. The store writes
   * the returned entries, head and tail in one transaction, holding its writers' lock, or none.
   */
  public Extension extend(List<AuditEvent> events, SigningIdentity identity, Instant time) {
    requireNonNull(identity, "identity");
    requireNonNull(time, "time");
    MerkleTree.Frontier f = MerkleTree.Frontier.decode(size, frontier);
    byte[] c = HEX.parseHex(chain);
    long index = size;
    List<Entry> entries = new ArrayList<>(events.size());
    for (AuditEvent event : events) {
      byte[] e = EventJson.write(requireNonNull(event, "event").scrubbed());
      byte[] leaf = MerkleTree.leafHash(e);
      MessageDigest d = MerkleTree.sha256();
      d.update(c);
      c = d.digest(leaf);
      f.append(leaf);
      entries.add(new Entry(index++, new String(e, StandardCharsets.UTF_8), HEX.formatHex(c)));
    }
    String root = HEX.formatHex(f.root());
    String chainHex = HEX.formatHex(c);
    String signature = identity.sign(TreeHead.signedBytes(index, root, chainHex, time));
    return new Extension(
        entries,
        new TreeHead(index, root, chainHex, time, identity.publicKey(), signature),
        new AuditTrailTail(index, chainHex, f.encode()));
  }

  /**
   * One entry to store.
   *
   * @param index its position, from 0
   * @param event its scrubbed event, as the JSON that its leaf hashes
   * @param chain the hash chain value after it (hex)
   */
  public record Entry(long index, String event, String chain) {
    public Entry {
      requireNonNull(event, "event");
      requireNonNull(chain, "chain");
    }
  }

  /**
   * What {@link #extend} returns: the entries and the head to store, and the tail after them.
   *
   * @param entries the new entries, in order
   * @param head the tree head signed over the whole trail, new entries included
   * @param tail the tail to keep in place of the old one
   */
  public record Extension(List<Entry> entries, TreeHead head, AuditTrailTail tail) {
    public Extension {
      entries = List.copyOf(entries);
      requireNonNull(head, "head");
      requireNonNull(tail, "tail");
    }
  }

  @Override
  public String toString() {
    return "AuditTrailTail[size=" + size + "]";
  }
}
