package com.backofficecare.safeguard.policy.audit;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * A signed tree head: the log's size, Merkle root and hash chain at a commit, signed with the log's
 * Ed25519 key. Saved by an auditor ({@code audit head}), it later proves that the log still
 * contains, unchanged, everything it covered.
 *
 * @param size number of entries covered
 * @param root Merkle tree hash of those entries (hex)
 * @param chain hash chain value after the last of them (hex)
 * @param time when it was signed
 * @param publicKey the log's Ed25519 public key (base64 X.509)
 * @param signature Ed25519 signature over {@link #signedBytes()} (base64)
 */
public record TreeHead(
    long size, String root, String chain, Instant time, String publicKey, String signature) {

  public TreeHead {
    requireNonNull(root, "root");
    requireNonNull(chain, "chain");
    requireNonNull(time, "time");
    requireNonNull(publicKey, "publicKey");
    requireNonNull(signature, "signature");
  }

  /**
   * This head as the JSON an auditor keeps ({@code safeguard audit head}): one object with {@code
   * size}, {@code root}, {@code chain}, {@code time}, {@code publicKey} and {@code signature}.
   */
  public String toJson() {
    ObjectNode n = JSON.createObjectNode();
    n.put("size", size)
        .put("root", root)
        .put("chain", chain)
        .put("time", time.toString())
        .put("publicKey", publicKey)
        .put("signature", signature);
    return n.toString();
  }

  /**
   * Reads a head written by {@link #toJson}. Strict: every field present once with its type, no
   * other field. Says what is wrong, never quotes the input.
   *
   * @throws AuditFormatException if {@code json} is not such a head
   */
  public static TreeHead fromJson(String json) {
    JsonNode n;
    try {
      n = JSON.readTree(json);
    } catch (IOException e) {
      throw new AuditFormatException("a tree head is one JSON object, as 'audit head' prints it");
    }
    if (n == null || !n.isObject()) {
      throw new AuditFormatException("a tree head is one JSON object, as 'audit head' prints it");
    }
    Set<String> fields = new HashSet<>();
    n.fieldNames().forEachRemaining(fields::add);
    if (!fields.equals(FIELDS)) {
      throw new AuditFormatException("a tree head has exactly the fields " + FIELDS);
    }
    JsonNode size = n.get("size");
    if (!size.isIntegralNumber() || size.asLong() < 0) {
      throw new AuditFormatException("tree head: size must be a whole number of entries");
    }
    try {
      return new TreeHead(
          size.asLong(),
          text(n, "root"),
          text(n, "chain"),
          Instant.parse(text(n, "time")),
          text(n, "publicKey"),
          text(n, "signature"));
    } catch (java.time.format.DateTimeParseException e) {
      throw new AuditFormatException("tree head: time must be an ISO-8601 instant");
    }
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (!v.isTextual()) {
      throw new AuditFormatException("tree head: " + field + " must be a string");
    }
    return v.asText();
  }

  private static final Set<String> FIELDS =
      Set.of("size", "root", "chain", "time", "publicKey", "signature");

  /** Duplicate keys are refused, not resolved to the last one. */
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  /** What the signature covers. */
  public byte[] signedBytes() {
    return signedBytes(size, root, chain, time);
  }

  static byte[] signedBytes(long size, String root, String chain, Instant time) {
    return ("safeguard-audit-head-v1|" + size + "|" + root + "|" + chain + "|" + time)
        .getBytes(StandardCharsets.UTF_8);
  }
}
