package com.backofficecare.safeguard.policy.audit;

import java.security.MessageDigest;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Replays a log, entry by entry and head by head, checking indexes, the hash chain, Merkle roots
 * and signatures: the verification shared by the file and PostgreSQL audit sinks.
 */
final class LogChecker {

  private static final HexFormat HEX = HexFormat.of();

  private final String publicKeyText;
  private final @Nullable PublicKey publicKey;
  final List<byte[]> leaves = new ArrayList<>();
  final MerkleTree.Frontier frontier = new MerkleTree.Frontier();
  byte[] chain = new byte[32];
  @Nullable TreeHead last;
  @Nullable String problem;
  long firstBad = -1;

  LogChecker(String publicKeyText, @Nullable PublicKey publicKey) {
    this.publicKeyText = publicKeyText;
    this.publicKey = publicKey;
  }

  String key() {
    return publicKeyText;
  }

  boolean failed() {
    return problem != null;
  }

  /** One entry: its index as recorded, its event bytes, its recorded chain value. */
  boolean entry(long index, byte[] event, String recordedChain) {
    long next = leaves.size();
    if (index != next) {
      return fail(
          next, "entry " + next + " is missing or out of order (found index " + index + ")");
    }
    byte[] leaf = MerkleTree.leafHash(event);
    MessageDigest d = MerkleTree.sha256();
    d.update(chain);
    chain = d.digest(leaf);
    if (!HEX.formatHex(chain).equals(recordedChain)) {
      return fail(next, "entry " + next + " was modified (hash chain broken)");
    }
    leaves.add(leaf);
    frontier.append(leaf);
    return true;
  }

  boolean malformed(String what) {
    return fail(leaves.size(), what);
  }

  /** One signed head, which must cover exactly the entries so far. */
  boolean head(TreeHead h, String where) {
    if (h.size() != leaves.size()
        || !h.root().equals(HEX.formatHex(frontier.root()))
        || !h.chain().equals(HEX.formatHex(chain))
        || !valid(h)) {
      long from = last == null ? 0 : last.size();
      return fail(
          from,
          "tree head "
              + where
              + " does not verify: entries "
              + from
              + " to "
              + (h.size() - 1)
              + " were changed, or the head was");
    }
    last = h;
    return true;
  }

  /** The final checks against a head saved earlier. */
  void trusted(@Nullable TreeHead trusted) {
    if (trusted == null || failed()) {
      return;
    }
    if (!trusted.publicKey().equals(publicKeyText) || !valid(trusted)) {
      fail(-1, "the trusted tree head is not signed by this log's key");
    } else if (trusted.size() > leaves.size()) {
      fail(
          leaves.size(),
          "log truncated: the trusted head covers "
              + trusted.size()
              + " entries, the log has "
              + leaves.size());
    } else if (!HEX.formatHex(MerkleTree.root(leaves, (int) trusted.size()))
        .equals(trusted.root())) {
      fail(
          -1,
          "the first "
              + trusted.size()
              + " entries differ from what the trusted head covers (rewritten)");
    }
  }

  AuditLog.Verification result() {
    long signed = last == null ? 0 : last.size();
    if (!failed() && leaves.size() > signed) {
      fail(
          signed,
          (leaves.size() - signed)
              + " entries after the last signed tree head are"
              + " uncommitted: nothing vouches for them (a crash before commit, or appended by hand)");
    }
    return new AuditLog.Verification(
        !failed(), leaves.size(), failed() ? firstBad : -1, problem, publicKeyText, last);
  }

  private boolean valid(TreeHead h) {
    try {
      return publicKey != null
          && AuditLog.verifySignature(
              publicKey, h.signedBytes(), AuditLog.strictBase64(h.signature()));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private boolean fail(long entry, String message) {
    if (problem == null) {
      problem = message;
      firstBad = entry;
    }
    return false;
  }
}
