package com.backofficecare.safeguard.policy.audit;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * A signed tree head: the log's size, Merkle root and hash chain at a commit, signed with the
 * log's Ed25519 key. Saved by an auditor ({@code audit head}), it later proves that the log
 * still contains, unchanged, everything it covered.
 *
 * @param size number of entries covered
 * @param root Merkle tree hash of those entries (hex)
 * @param chain hash chain value after the last of them (hex)
 * @param time when it was signed
 * @param publicKey the log's Ed25519 public key (base64 X.509)
 * @param signature Ed25519 signature over {@link #signedBytes()} (base64)
 */
public record TreeHead(long size, String root, String chain, Instant time, String publicKey,
    String signature) {

  public TreeHead {
    requireNonNull(root, "root");
    requireNonNull(chain, "chain");
    requireNonNull(time, "time");
    requireNonNull(publicKey, "publicKey");
    requireNonNull(signature, "signature");
  }

  /** What the signature covers. */
  public byte[] signedBytes() {
    return signedBytes(size, root, chain, time);
  }

  static byte[] signedBytes(long size, String root, String chain, Instant time) {
    return ("safeguard-audit-head-v1|" + size + "|" + root + "|" + chain + "|" + time)
        .getBytes(StandardCharsets.UTF_8);
  }
}
