package com.backofficecare.safeguard.policy.audit;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The Ed25519 public keys a verifier already trusts: the operator's signing identity, pinned by an
 * agency or an auditor before any certificate or audit trail reaches them. Evidence verifies
 * against these keys only; a key written inside a certificate or a log is never trusted for being
 * there.
 *
 * <p>File format, one key a line ({@code #} comments and blank lines allowed), exactly as {@code
 * safeguard signing-key} prints it:
 *
 * <pre>
 * safeguard-signing-key v1 LABEL ed25519 BASE64-X509-PUBLIC-KEY sha256:HEX-FINGERPRINT
 * </pre>
 *
 * The fingerprint is the SHA-256 of the key's encoded bytes and must match it, so a key mangled in
 * transit is refused rather than pinned. Immutable.
 */
public final class PinnedKeys {

  private static final String PREFIX = "safeguard-signing-key";

  /**
   * The label of a store's identity, which signs its destruction certificates as well as its audit
   * trail; a key pinned under any other label (a lone audit log's) verifies trails only.
   */
  public static final String STORE = "store";

  private final Set<String> keys;
  private final Set<String> storeKeys;

  private PinnedKeys(Set<String> keys, Set<String> storeKeys) {
    this.keys = Set.copyOf(keys);
    this.storeKeys = Set.copyOf(storeKeys);
  }

  /** No pinned key: every verification reports the issuer as not verified. */
  public static PinnedKeys none() {
    return new PinnedKeys(Set.of(), Set.of());
  }

  /**
   * The given base64 X.509 Ed25519 public keys, pinned as store identities (they verify both
   * certificates and audit trails).
   *
   * @throws IllegalArgumentException if one is not an Ed25519 public key
   */
  public static PinnedKeys of(String... publicKeys) {
    Set<String> set = new LinkedHashSet<>();
    for (String k : publicKeys) {
      if (AuditLog.publicKey(requireNonNull(k, "publicKey")) == null) {
        throw new IllegalArgumentException("not an Ed25519 public key (base64 X.509)");
      }
      set.add(k);
    }
    return new PinnedKeys(set, set);
  }

  /**
   * Reads a pinned-keys file.
   *
   * @throws AuditFormatException naming the file and line of the first malformed line
   * @throws UncheckedIOException if the file cannot be read
   */
  public static PinnedKeys read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read pinned keys " + file, e);
    }
    Set<String> set = new LinkedHashSet<>();
    Set<String> stores = new LinkedHashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String where = file + ":" + (i + 1) + ": ";
      String[] f = line.split(" ");
      if (f.length != 6
          || !f[0].equals(PREFIX)
          || !f[1].equals("v1")
          || !f[3].equals("ed25519")
          || !f[5].startsWith("sha256:")) {
        throw new AuditFormatException(
            where + "not a '" + PREFIX + " v1 LABEL ed25519 KEY sha256:FINGERPRINT' line");
      }
      if (AuditLog.publicKey(f[4]) == null) {
        throw new AuditFormatException(where + "the key is not an Ed25519 public key");
      }
      if (!fingerprint(f[4]).equals(f[5])) {
        throw new AuditFormatException(where + "the fingerprint does not match the key");
      }
      set.add(f[4]);
      if (f[2].equals(STORE)) {
        stores.add(f[4]);
      }
    }
    if (set.isEmpty()) {
      throw new AuditFormatException(file + ": no pinned key in the file");
    }
    return new PinnedKeys(set, stores);
  }

  /** The line that pins {@code publicKey} under {@code label} (one word). */
  public static String line(String label, String publicKey) {
    if (label.isEmpty() || label.contains(" ") || AuditLog.publicKey(publicKey) == null) {
      throw new IllegalArgumentException("a one-word label and an Ed25519 public key are needed");
    }
    return PREFIX + " v1 " + label + " ed25519 " + publicKey + " " + fingerprint(publicKey);
  }

  /** {@code sha256:} and the hex SHA-256 of the key's encoded bytes. */
  public static String fingerprint(String publicKey) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(Base64.getDecoder().decode(publicKey));
      return "sha256:" + HexFormat.of().formatHex(d);
    } catch (NoSuchAlgorithmException | IllegalArgumentException e) {
      return "sha256:?";
    }
  }

  /** Whether {@code publicKey} (base64 X.509) is pinned, for audit trails. */
  public boolean trusts(String publicKey) {
    return keys.contains(publicKey);
  }

  /** Whether {@code publicKey} is pinned as a store's identity, which may sign certificates. */
  public boolean trustsForCertificates(String publicKey) {
    return storeKeys.contains(publicKey);
  }

  public boolean isEmpty() {
    return keys.isEmpty();
  }

  /** The pinned keys, in file order. */
  public List<String> keys() {
    return new ArrayList<>(keys);
  }

  @Override
  public String toString() {
    return "PinnedKeys[" + keys.size() + " key(s)]";
  }
}
