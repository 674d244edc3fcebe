package com.backofficecare.safeguard.policy.audit;

import static java.util.Objects.requireNonNull;

import java.security.MessageDigest;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Replays a log, entry by entry and head by head, checking indexes, the hash chain, Merkle roots
 * and signatures: the verification shared by {@link AuditLog} and {@link AuditTrailVerifier}.
 */
final class LogChecker {

  private static final HexFormat HEX = HexFormat.of();

  private final String hintText;
  private final @Nullable PublicKey hint;
  private final PinnedKeys pinned;
  private final Map<String, PublicKey> decoded = new HashMap<>();
  private final Set<String> signers = new LinkedHashSet<>();
  private @Nullable String lastSigner;
  private boolean unpinned;
  final List<byte[]> leaves = new ArrayList<>();
  final MerkleTree.Frontier frontier = new MerkleTree.Frontier();
  byte[] chain = new byte[32];
  @Nullable TreeHead last;
  @Nullable String problem;
  long firstBad = -1;

  /**
   * @param hintText the key the log names (its header): only a hint, never trusted for being there
   * @param pinned the keys the verifier trusts
   */
  LogChecker(String hintText, PinnedKeys pinned) {
    this(hintText, pinned, false);
  }

  /**
   * @param lastSignatureOnly check every head against its entries, but only the last one's
   *     signature (a writer reopening its own log; see {@link AuditLog#verify})
   */
  LogChecker(String hintText, PinnedKeys pinned, boolean lastSignatureOnly) {
    this.hintText = hintText;
    this.hint = AuditLog.publicKey(hintText);
    this.pinned = pinned;
    this.lastSignatureOnly = lastSignatureOnly;
  }

  private final boolean lastSignatureOnly;

  /** The last head read, its signature not yet checked (with {@code lastSignatureOnly}). */
  private @Nullable TreeHead unsigned;

  private @Nullable String unsignedWhere;

  /** The key the log names. */
  String key() {
    return hintText;
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

  /**
   * One signed head, which must cover exactly the entries so far and be signed by a pinned key (or,
   * short of evidence, by the key the log names).
   */
  boolean head(TreeHead h, String where) {
    boolean covers =
        h.size() == leaves.size()
            && h.root().equals(HEX.formatHex(frontier.root()))
            && h.chain().equals(HEX.formatHex(chain));
    if (covers && lastSignatureOnly) {
      unsigned = h;
      unsignedWhere = where;
      return true;
    }
    return signed(h, where, covers);
  }

  private boolean signed(TreeHead h, String where, boolean covers) {
    String signer = covers ? signer(h) : null;
    if (signer == null) {
      long from = last == null ? 0 : last.size();
      return fail(
          from,
          "tree head "
              + where
              + " does not verify: entries "
              + from
              + " to "
              + (h.size() - 1)
              + " were changed, or the head was, or a key you have not pinned signed it");
    }
    last = new TreeHead(h.size(), h.root(), h.chain(), h.time(), signer, h.signature());
    return true;
  }

  /** The pinned key that signed {@code h} (the last signer tried first), the hint's, or null. */
  private @Nullable String signer(TreeHead h) {
    if (lastSigner != null && valid(lastSigner, h)) {
      return lastSigner;
    }
    for (String k : pinned.keys()) {
      if (!k.equals(lastSigner) && valid(k, h)) {
        lastSigner = k;
        signers.add(k);
        return k;
      }
    }
    if (hint != null && valid(hint, h)) {
      unpinned = true;
      return hintText;
    }
    return null;
  }

  /** The final checks against a head saved earlier. */
  void trusted(@Nullable TreeHead trusted) {
    if (trusted == null || failed()) {
      return;
    }
    boolean trustedKey =
        pinned.trusts(trusted.publicKey()) || (unpinned && trusted.publicKey().equals(hintText));
    if (!trustedKey || !valid(trusted.publicKey(), trusted)) {
      fail(-1, "the trusted tree head is not signed by a pinned key");
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
    TreeHead pending = unsigned;
    if (pending != null && !failed()) {
      unsigned = null;
      signed(pending, requireNonNull(unsignedWhere), true);
    }
    long signed = last == null ? 0 : last.size();
    if (!failed() && leaves.size() > signed) {
      fail(
          signed,
          (leaves.size() - signed)
              + " entries after the last signed tree head are"
              + " uncommitted: nothing vouches for them (a crash before commit, or appended by hand)");
    }
    AuditLog.Verification.Outcome outcome;
    String why = problem;
    if (failed()) {
      outcome = AuditLog.Verification.Outcome.TAMPERED;
    } else if (unpinned || (last == null && !pinned.trusts(hintText))) {
      outcome = AuditLog.Verification.Outcome.ISSUER_NOT_VERIFIED;
      why =
          pinned.isEmpty()
              ? "issuer not verified: no pinned key was given"
              : "issuer not verified: signed by a key that is not pinned";
    } else if (!pinned.trusts(hintText)) {
      // Every head is a pinned key's, but line 1 names another: the header was changed.
      outcome = AuditLog.Verification.Outcome.TAMPERED;
      why = "line 1 names a signing key that is not pinned (the header was changed)";
    } else {
      outcome = AuditLog.Verification.Outcome.VERIFIED;
    }
    return new AuditLog.Verification(
        outcome, leaves.size(), failed() ? firstBad : -1, why, List.copyOf(signers), last);
  }

  private boolean valid(String key, TreeHead h) {
    PublicKey k = decoded.computeIfAbsent(key, AuditLog::publicKey);
    return k != null && valid(k, h);
  }

  private static boolean valid(PublicKey key, TreeHead h) {
    try {
      return AuditLog.verifySignature(key, h.signedBytes(), AuditLog.strictBase64(h.signature()));
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
