package com.backofficecare.safeguard.policy.termination;

import com.backofficecare.safeguard.policy.audit.AuditLog;
import com.backofficecare.safeguard.policy.audit.PinnedKeys;
import com.backofficecare.safeguard.policy.audit.SigningIdentity;
import com.backofficecare.safeguard.policy.audit.TreeHead;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A certificate of sanitization in the shape NIST SP 800-88 suggests: who (issuer, operator), what
 * (the agency's objects, categories and counts), how (method and its 800-88 category: cryptographic
 * erase is "purge"; the key-encryption keys destroyed; overwrite where the backend could), the
 * verification result, when, the physical-destruction attestation, the return archive if any, and
 * the audit trail's signed tree head at completion. Written as {@code CERT.json} with a detached
 * Ed25519 signature in {@code CERT.json.sig}, and as Markdown.
 */
public final class DestructionCertificate {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final ObjectNode json;

  DestructionCertificate(ObjectNode json) {
    this.json = json;
  }

  /** The certificate's JSON, as signed. */
  public byte[] bytes() {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String agency() {
    return json.path("agency").asText();
  }

  /** The objects listed as sanitized. */
  public List<String> deletedObjects() {
    return deletedObjects(json);
  }

  private static List<String> deletedObjects(JsonNode json) {
    List<String> out = new ArrayList<>();
    json.path("what")
        .path("objects")
        .forEach(
            o -> {
              if (o.path("sanitized").asBoolean()) {
                out.add(o.path("object").asText());
              }
            });
    return out;
  }

  /** Writes {@code file} and {@code file.sig}, signed by the store's identity. */
  void write(Path file, SigningIdentity signer) throws IOException {
    byte[] b = bytes();
    Files.write(file, b);
    Files.writeString(file.resolveSibling(file.getFileName() + ".sig"), signer.sign(b) + "\n");
    Files.writeString(file.resolveSibling(file.getFileName() + ".md"), markdown(json));
  }

  /** The outcome of {@link #verify}: valid, or the reason not. */
  public record Check(boolean valid, String reason) {}

  /**
   * Checks a certificate offline against keys the verifier already trusts: the detached signature
   * over the exact file bytes must be by a {@code pinned} key (the key the certificate names only
   * selects among them); with the audit trail, the trail must verify against the certificate's tree
   * head under that same pinned key and hold a deletion event ({@code termination.deleted}, for
   * this agency) for every object the certificate lists as sanitized, and the certificate's count
   * must be the list's. A creation or access event never stands for a deletion.
   */
  public static Check verify(Path file, PinnedKeys pinned, @Nullable Path auditLog) {
    byte[] bytes;
    String signature;
    JsonNode n;
    try {
      bytes = Files.readAllBytes(file);
      signature = Files.readString(file.resolveSibling(file.getFileName() + ".sig")).trim();
      n = MAPPER.readTree(bytes);
    } catch (IOException e) {
      return new Check(false, "cannot read the certificate or its .sig file");
    }
    if (pinned.isEmpty()) {
      return new Check(false, "issuer not verified: no pinned issuer key was given");
    }
    String hint = n.path("issuer").path("publicKey").asText();
    String key = null;
    for (String k : pinned.keys()) { // the named key first, then the others
      if (pinned.trustsForCertificates(k)
          && (k.equals(hint) || key == null)
          && AuditLog.verifyDetached(k, bytes, signature)) {
        key = k;
      }
    }
    if (key == null) {
      return new Check(
          false,
          pinned.trustsForCertificates(hint)
              ? "the signature does not match the certificate (modified after signing)"
              : "issuer not verified: the certificate is not signed by a key pinned as a store's"
                  + " identity");
    }
    String agency = n.path("agency").asText();
    List<String> listed = deletedObjects(n);
    int count = n.path("what").path("sanitizedCount").asInt(-1);
    if (count != listed.size()) {
      return new Check(
          false,
          "the certificate claims " + count + " sanitized object(s) but lists " + listed.size());
    }
    for (String o : listed) {
      if (!o.startsWith(agency + ":")) {
        return new Check(
            false, "the certificate lists an object of another agency than " + agency + ": " + o);
      }
    }
    if (n.path("verification").asText().startsWith("VERIFICATION FAILED")) {
      return new Check(
          false,
          "the certificate itself records a failed verification: at least"
              + " one object of "
              + agency
              + " was not verified gone, so it certifies no complete"
              + " destruction");
    }
    if (auditLog == null) {
      return new Check(
          true,
          "signature valid, by pinned key "
              + PinnedKeys.fingerprint(key)
              + " (without --audit, deletions are not checked against the trail)");
    }
    JsonNode h = n.path("auditTreeHead");
    TreeHead head;
    try {
      head =
          new TreeHead(
              h.path("size").asLong(),
              h.path("root").asText(),
              h.path("chain").asText(),
              java.time.Instant.parse(h.path("time").asText()),
              key,
              h.path("signature").asText());
    } catch (RuntimeException e) {
      return new Check(false, "the certificate's audit tree head is malformed");
    }
    // The certificate's head is checked under the key that signed the certificate, a pinned one.
    AuditLog.Verification v = AuditLog.verify(auditLog, pinned, head);
    if (!v.intact()) {
      return new Check(
          false, "the audit trail does not verify against the certificate: " + v.problem());
    }
    java.util.Set<String> deleted = new java.util.HashSet<>();
    try {
      for (com.backofficecare.safeguard.policy.audit.AuditEvent e : AuditLog.events(auditLog)) {
        if (e.type().equals("termination.deleted")
            && agency.equals(e.agency())
            && e.detail().containsKey("object")) {
          deleted.add(e.detail().get("object"));
        }
      }
    } catch (RuntimeException e) {
      return new Check(false, "cannot read the audit trail's events");
    }
    List<String> missing = new ArrayList<>();
    for (String o : listed) {
      if (!deleted.contains(o)) {
        missing.add(o);
      }
    }
    if (!missing.isEmpty()) {
      return new Check(
          false,
          missing.size()
              + " listed deletion(s) have no deletion event in the"
              + " audit trail, first "
              + missing.get(0));
    }
    return new Check(
        true,
        "signature valid, by pinned key "
            + PinnedKeys.fingerprint(key)
            + "; audit trail intact and records all "
            + count
            + " deletions");
  }

  /** The human-readable rendering of a certificate file. */
  public static String markdown(Path file) throws IOException {
    return markdown(MAPPER.readTree(Files.readAllBytes(file)));
  }

  static String markdown(JsonNode n) {
    StringBuilder md = new StringBuilder();
    md.append("# Certificate of data destruction and return\n\n");
    md.append("Certificate ")
        .append(n.path("id").asText())
        .append(", issued ")
        .append(n.path("issuedAt").asText())
        .append(".\n\n");
    md.append("## Who\n\n- Issuer: ")
        .append(n.path("issuer").path("organization").asText())
        .append("\n- Operator: ")
        .append(n.path("issuer").path("operator").asText())
        .append("\n- Client agency: ")
        .append(n.path("agency").asText())
        .append("\n\n");
    JsonNode what = n.path("what");
    md.append("## What\n\n")
        .append(what.path("sanitizedCount").asInt())
        .append(" object(s) sanitized, ")
        .append(what.path("exportedCount").asInt())
        .append(" returned. By category:\n\n");
    what.path("byCategory")
        .properties()
        .forEach(
            e ->
                md.append("- ")
                    .append(e.getKey())
                    .append(": ")
                    .append(e.getValue().asInt())
                    .append('\n'));
    JsonNode how = n.path("how");
    md.append("\n## How\n\n- Method: ")
        .append(how.path("method").asText())
        .append("\n- NIST SP 800-88 category: ")
        .append(how.path("nistCategory").asText())
        .append("\n- Key-encryption keys destroyed: ")
        .append(how.path("keysDestroyed").asBoolean())
        .append("\n- Client-system credentials revoked: ")
        .append(how.path("credentialsRevoked").asInt())
        .append("\n- Access revoked (agency isolated): ")
        .append(how.path("accessRevoked").asBoolean())
        .append('\n');
    if (n.hasNonNull("returnArchive")) {
      md.append("- Returned as an OpenPGP archive (SHA-256 ")
          .append(n.path("returnArchive").path("sha256").asText())
          .append(") to key ")
          .append(n.path("returnArchive").path("recipientFingerprint").asText())
          .append('\n');
    }
    if (n.hasNonNull("physicalDestruction")) {
      JsonNode p = n.path("physicalDestruction");
      md.append("- Physical documents: destroyed by ")
          .append(p.path("who").asText())
          .append(" on ")
          .append(p.path("when").asText())
          .append(" (")
          .append(p.path("how").asText())
          .append(")\n");
    }
    md.append("\n## Verification\n\n").append(n.path("verification").asText()).append("\n\n");
    md.append("## Audit trail\n\nTree head of size ")
        .append(n.path("auditTreeHead").path("size").asLong())
        .append(", root ")
        .append(n.path("auditTreeHead").path("root").asText())
        .append(".\n\n");
    md.append("Signed with Ed25519 key ")
        .append(n.path("issuer").path("publicKey").asText())
        .append(" (signature in the .sig file beside the JSON).\n");
    return md.toString();
  }

  static ObjectNode build(
      String id,
      String agency,
      String operator,
      String mode,
      java.time.Instant issuedAt,
      List<Map<String, Object>> objects,
      int exported,
      boolean keysDestroyed,
      int credentialsRevoked,
      boolean accessRevoked,
      @Nullable ObjectNode archive,
      @Nullable ObjectNode physical,
      String verification,
      TreeHead head) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("format", "safeguard-destruction-certificate-v1")
        .put("id", id)
        .put("issuedAt", issuedAt.toString());
    n.putObject("issuer")
        .put("organization", "Back Office Care")
        .put("operator", operator)
        .put("publicKey", head.publicKey());
    n.put("agency", agency).put("mode", mode);
    ObjectNode what = n.putObject("what");
    ArrayNode list = what.putArray("objects");
    Map<String, Integer> byCategory = new TreeMap<>();
    int sanitized = 0;
    for (Map<String, Object> o : objects) {
      ObjectNode e = list.addObject();
      o.forEach((k, v) -> e.putPOJO(k, v));
      if (Boolean.TRUE.equals(o.get("sanitized"))) {
        sanitized++;
        byCategory.merge(String.valueOf(o.get("category")), 1, Integer::sum);
      }
    }
    what.put("sanitizedCount", sanitized).put("exportedCount", exported);
    ObjectNode cats = what.putObject("byCategory");
    byCategory.forEach(cats::put);
    n.putObject("how")
        .put(
            "method",
            keysDestroyed
                ? "Cryptographic Erase: per-object data keys and the agency's"
                    + " key-encryption keys destroyed; ciphertext sanitized"
                : "none (returned only)")
        .put(
            "nistCategory",
            keysDestroyed ? "Purge (NIST SP 800-88 Rev. 1, cryptographic erase)" : "n/a")
        .put("keysDestroyed", keysDestroyed)
        .put("credentialsRevoked", credentialsRevoked)
        .put("accessRevoked", accessRevoked);
    if (archive != null) {
      n.set("returnArchive", archive);
    }
    if (physical != null) {
      n.set("physicalDestruction", physical);
    }
    n.put("verification", verification);
    n.putObject("auditTreeHead")
        .put("size", head.size())
        .put("root", head.root())
        .put("chain", head.chain())
        .put("time", head.time().toString())
        .put("signature", head.signature());
    return n;
  }

  @Override
  public String toString() {
    return "DestructionCertificate[" + json.path("id").asText() + ", " + agency() + "]";
  }
}
