package com.backofficecare.safeguard.policy.audit;

import static java.util.Objects.requireNonNull;

import com.backofficecare.safeguard.core.secret.SecretBytes;
import com.backofficecare.safeguard.crypto.KeyManager;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operator's signing identity: the Ed25519 key that signs a store's audit tree heads and its
 * destruction certificates, and the public keys it signed with before (policy section 10: a
 * certificate an agency can check).
 *
 * <p>The private key never sits in a plain file: {@code signing-identity.json} holds the public
 * keys and the private key sealed by the {@link KeyManager} under the operator's own KEK (in the
 * passphrase-protected key store, or inside the HSM), bound to its public key. Whoever can read or
 * write the store directory without the passphrase or the token can neither sign nor swap the key
 * unnoticed: an edited file fails to open. Verifiers pin the printed public keys ({@link
 * PinnedKeys}); {@link #rotate} starts a new key and keeps the old public keys, so evidence signed
 * before still verifies against a pin file that lists them.
 *
 * <p>Open once per process and close it: the private key is unsealed into memory to sign (the JDK
 * cannot erase its copy inside the key object; the unsealed bytes are zeroed at once).
 */
public final class SigningIdentity implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(SigningIdentity.class);
  static final String FORMAT = "safeguard-signing-identity-v1";
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
  private static final Set<String> FILE_FIELDS = Set.of("format", "keys");
  private static final Set<String> KEY_FIELDS =
      Set.of("publicKey", "created", "retired", "sealedPrivateKey");

  /** One public key of the identity: the current one has no {@code retired} time. */
  public record Key(String publicKey, Instant created, @Nullable Instant retired) {
    public Key {
      requireNonNull(publicKey, "publicKey");
      requireNonNull(created, "created");
    }
  }

  private final Path file;
  private final List<Key> keys;

  /** The 32-byte RFC 8032 private key (the seed), zeroed by {@link #close()}. */
  private final SecretBytes seed;

  private SigningIdentity(Path file, List<Key> keys, SecretBytes seed) {
    this.file = file;
    this.keys = List.copyOf(keys);
    this.seed = seed;
  }

  /**
   * Opens the identity in {@code file}, creating it (a new Ed25519 key sealed by {@code keys}) if
   * the file does not exist. Processes opening one file at once agree on one identity.
   *
   * @throws AuditFormatException if the file is not an identity file (naming the file and field)
   * @throws com.backofficecare.safeguard.crypto.KeyUnavailableException if {@code keys} cannot
   *     unseal its private key (another key store, or the file was edited)
   */
  public static SigningIdentity open(Path file, KeyManager keys) {
    return open(file, keys, Clock.systemUTC());
  }

  /** As {@link #open(Path, KeyManager)}, with a clock for the creation time. */
  public static SigningIdentity open(Path file, KeyManager keys, Clock clock) {
    requireNonNull(file, "file");
    requireNonNull(keys, "keys");
    requireNonNull(clock, "clock");
    if (!Files.exists(file)) {
      underLock(
          file,
          () -> {
            if (!Files.exists(file)) {
              write(file, List.of(), newSealed(keys, clock.instant()));
              LOG.info("signing identity created in {}", file);
            }
          });
    }
    return read(file, keys);
  }

  /**
   * Moves a key kept by an older release in a plain file ({@code audit.log.key}, PKCS#8) into a new
   * identity in {@code file}, sealed by {@code keys}, then overwrites and deletes the plain file.
   * Evidence signed with it still verifies against the key already pinned. Does nothing to an
   * existing identity.
   */
  public static SigningIdentity importPlainKey(
      Path file, KeyManager keys, Path plainKeyFile, Clock clock) {
    requireNonNull(plainKeyFile, "plainKeyFile");
    underLock(
        file,
        () -> {
          if (Files.exists(file)) {
            return;
          }
          String[] lines;
          try {
            lines = Files.readString(plainKeyFile, StandardCharsets.US_ASCII).trim().split("\n");
          } catch (IOException e) {
            throw new UncheckedIOException("cannot read the signing key " + plainKeyFile, e);
          }
          byte[] pkcs8 = new byte[0];
          try {
            if (lines.length != 2 || AuditLog.publicKey(lines[1]) == null) {
              throw new IllegalArgumentException("two lines: private key, public key");
            }
            pkcs8 = Base64.getDecoder().decode(lines[0]);
            SecretBytes seed = seed(pkcs8);
            try {
              if (!matches(seed, lines[1])) {
                throw new IllegalArgumentException("the private key is not the public key's");
              }
            } finally {
              seed.destroy();
            }
            write(file, List.of(), seal(keys, lines[1], pkcs8, clock.instant()));
          } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new AuditFormatException(
                plainKeyFile
                    + " is not a signing key file of an older release ("
                    + e.getMessage()
                    + ")");
          } finally {
            Arrays.fill(pkcs8, (byte) 0);
            Arrays.fill(lines, "");
          }
          overwriteAndDelete(plainKeyFile);
          LOG.warn(
              "signing key moved from the plain file {} into {}, sealed by the key store",
              plainKeyFile,
              file);
        });
    return read(file, keys);
  }

  /**
   * Starts a new key: from now on evidence is signed with it; the old private key is dropped from
   * the file and its public key kept as retired. Pin the printed keys again.
   *
   * @return the identity with its new key
   */
  public static SigningIdentity rotate(Path file, KeyManager keys, Clock clock) {
    requireNonNull(file, "file");
    requireNonNull(keys, "keys");
    underLock(
        file,
        () -> {
          List<Key> old;
          try (SigningIdentity current = read(file, keys)) {
            old = current.keys;
          }
          Instant now = clock.instant();
          List<Key> retired = new ArrayList<>();
          for (Key k : old) {
            retired.add(k.retired() == null ? new Key(k.publicKey(), k.created(), now) : k);
          }
          write(file, retired, newSealed(keys, now));
          LOG.info("signing identity in {} rotated to a new key", file);
        });
    return read(file, keys);
  }

  /** The current public key (base64 X.509), the one {@link #sign} uses. */
  public String publicKey() {
    return keys.get(keys.size() - 1).publicKey();
  }

  /** Every public key of the identity, oldest first, the current one last. */
  public List<Key> keys() {
    return keys;
  }

  /** The pinned keys a verifier of this identity's evidence needs: every key, as a store's. */
  public PinnedKeys pinnedKeys() {
    return PinnedKeys.of(keys.stream().map(Key::publicKey).toArray(String[]::new));
  }

  /**
   * A detached Ed25519 signature over {@code data}, base64. Signed by Bouncy Castle's RFC 8032 code
   * (constant time, about ten times faster than the JDK 17 provider, which made signing the bound
   * on durable audit appends); the signature is the same deterministic one either would give.
   *
   * @throws IllegalStateException once closed
   */
  public String sign(byte[] data) {
    return Base64.getEncoder().encodeToString(signature(seed.bytes(), data));
  }

  /** Zeroes the private key; {@link #sign} fails afterwards. */
  @Override
  public void close() {
    seed.destroy();
  }

  @Override
  public String toString() {
    return "SigningIdentity[" + file + ", " + keys.size() + " key(s)]";
  }

  @SuppressWarnings("ArrayRecordComponent") // never compared or hashed
  private record Sealed(String publicKey, Instant created, byte[] sealed) {}

  private static Sealed newSealed(KeyManager keys, Instant now) {
    byte[] pkcs8 = null;
    try {
      KeyPair kp = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
      pkcs8 = kp.getPrivate().getEncoded();
      String pub = Base64.getEncoder().encodeToString(kp.getPublic().getEncoded());
      return seal(keys, pub, pkcs8, now);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this JDK cannot make Ed25519 keys", e);
    } finally {
      if (pkcs8 != null) {
        Arrays.fill(pkcs8, (byte) 0);
      }
    }
  }

  private static Sealed seal(KeyManager keys, String publicKey, byte[] pkcs8, Instant now) {
    return new Sealed(publicKey, now, keys.sealOperatorSecret(context(publicKey), pkcs8));
  }

  /** The seal binds the private key to its public key: entries cannot be swapped. */
  private static String context(String publicKey) {
    return FORMAT + "|" + publicKey;
  }

  /**
   * The seed of a PKCS#8 Ed25519 private key, parsed by the JDK.
   *
   * @throws GeneralSecurityException if {@code pkcs8} is not one
   */
  private static SecretBytes seed(byte[] pkcs8) throws GeneralSecurityException {
    PrivateKey priv =
        KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
    byte[] seed =
        ((EdECPrivateKey) priv)
            .getBytes()
            .filter(b -> b.length == Ed25519.SECRET_KEY_SIZE)
            .orElseThrow(() -> new InvalidKeyException("not a 32-byte Ed25519 private key"));
    return SecretBytes.adopt(seed, "Ed25519 signing key");
  }

  /** Whether {@code seed} signs what {@code publicKey} verifies: a probe signed and checked. */
  private static boolean matches(SecretBytes seed, String publicKey) {
    byte[] probe = "safeguard-signing-identity-probe".getBytes(StandardCharsets.US_ASCII);
    java.security.PublicKey pub = AuditLog.publicKey(publicKey);
    return pub != null && AuditLog.verifySignature(pub, probe, signature(seed.bytes(), probe));
  }

  /** The RFC 8032 Ed25519 signature of {@code data} by the private key {@code seed}. */
  static byte[] signature(byte[] seed, byte[] data) {
    byte[] signature = new byte[Ed25519.SIGNATURE_SIZE];
    Ed25519.sign(seed, 0, data, 0, data.length, signature, 0);
    return signature;
  }

  private static SigningIdentity read(Path file, KeyManager keys) {
    JsonNode n;
    try {
      n = JSON.readTree(Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      throw new AuditFormatException("no signing identity at " + file);
    } catch (IOException e) {
      throw new AuditFormatException(file + ": not a JSON signing identity");
    }
    if (n == null || !n.isObject() || !fields(n).equals(FILE_FIELDS)) {
      throw new AuditFormatException(file + ": a signing identity has exactly " + FILE_FIELDS);
    }
    if (!FORMAT.equals(n.get("format").asText()) || !n.get("format").isTextual()) {
      throw new AuditFormatException(file + ": format must be \"" + FORMAT + "\"");
    }
    JsonNode list = n.get("keys");
    if (!list.isArray() || list.isEmpty()) {
      throw new AuditFormatException(file + ": keys must be a non-empty array");
    }
    List<Key> out = new ArrayList<>();
    byte[] sealed = null;
    for (int i = 0; i < list.size(); i++) {
      JsonNode k = list.get(i);
      String where = file + ": keys[" + i + "]";
      if (!k.isObject() || !KEY_FIELDS.containsAll(fields(k))) {
        throw new AuditFormatException(where + " has a field other than " + KEY_FIELDS);
      }
      String pub = text(k, "publicKey", where);
      if (AuditLog.publicKey(pub) == null) {
        throw new AuditFormatException(where + ".publicKey is not an Ed25519 public key");
      }
      Instant created = instant(k, "created", where);
      Instant retired = k.has("retired") ? instant(k, "retired", where) : null;
      boolean last = i == list.size() - 1;
      if (last == (retired != null) || last != k.has("sealedPrivateKey")) {
        throw new AuditFormatException(
            where + ": only the last key is current and holds the sealed private key");
      }
      if (last) {
        try {
          sealed = Base64.getDecoder().decode(text(k, "sealedPrivateKey", where));
        } catch (IllegalArgumentException e) {
          throw new AuditFormatException(where + ".sealedPrivateKey is not base64");
        }
      }
      out.add(new Key(pub, created, retired));
    }
    String current = out.get(out.size() - 1).publicKey();
    byte[] pkcs8 = keys.openOperatorSecret(context(current), requireNonNull(sealed));
    try {
      SecretBytes seed = seed(pkcs8);
      if (!matches(seed, current)) {
        seed.destroy();
        throw new AuditFormatException(file + ": the private key is not the current public key's");
      }
      return new SigningIdentity(file, out, seed);
    } catch (GeneralSecurityException e) {
      throw new AuditFormatException(file + ": the sealed private key is not an Ed25519 key");
    } finally {
      Arrays.fill(pkcs8, (byte) 0);
    }
  }

  private static Set<String> fields(JsonNode n) {
    Set<String> s = new HashSet<>();
    n.fieldNames().forEachRemaining(s::add);
    return s;
  }

  private static String text(JsonNode n, String field, String where) {
    JsonNode v = n.get(field);
    if (v == null || !v.isTextual()) {
      throw new AuditFormatException(where + "." + field + " must be a string");
    }
    return v.asText();
  }

  private static Instant instant(JsonNode n, String field, String where) {
    try {
      return Instant.parse(text(n, field, where));
    } catch (DateTimeParseException e) {
      throw new AuditFormatException(where + "." + field + " must be an ISO-8601 instant");
    }
  }

  /** Writes the file whole: temporary file, sync, atomic rename, directory sync. */
  private static void write(Path file, List<Key> retired, Sealed current) {
    ObjectNode root = JSON.createObjectNode().put("format", FORMAT);
    ArrayNode list = root.putArray("keys");
    for (Key k : retired) {
      list.addObject()
          .put("publicKey", k.publicKey())
          .put("created", k.created().toString())
          .put("retired", requireNonNull(k.retired()).toString());
    }
    list.addObject()
        .put("publicKey", current.publicKey())
        .put("created", current.created().toString())
        .put("sealedPrivateKey", Base64.getEncoder().encodeToString(current.sealed()));
    Path temp = file.resolveSibling(file.getFileName() + ".tmp");
    try {
      byte[] bytes =
          (JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n")
              .getBytes(StandardCharsets.UTF_8);
      Files.write(
          temp,
          bytes,
          StandardOpenOption.CREATE,
          StandardOpenOption.TRUNCATE_EXISTING,
          StandardOpenOption.WRITE,
          StandardOpenOption.SYNC);
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
      Path dir = file.toAbsolutePath().getParent();
      if (dir != null) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
          ch.force(true);
        } catch (IOException ignored) {
          // some file systems cannot sync a directory; the rename is still atomic
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the signing identity " + file, e);
    }
  }

  /** File locks are per process: threads of one process queue here first. */
  private static final java.util.concurrent.ConcurrentMap<Path, java.util.concurrent.locks.Lock>
      LOCAL_LOCKS = new java.util.concurrent.ConcurrentHashMap<>();

  private static void underLock(Path file, Runnable body) {
    Path lockFile = file.resolveSibling(file.getFileName() + ".lock");
    java.util.concurrent.locks.Lock local =
        LOCAL_LOCKS.computeIfAbsent(
            lockFile.toAbsolutePath().normalize(),
            k -> new java.util.concurrent.locks.ReentrantLock());
    local.lock();
    try {
      Path dir = file.toAbsolutePath().getParent();
      if (dir != null) {
        Files.createDirectories(dir);
      }
      try (FileChannel ch =
              FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
          FileLock ignored = ch.lock()) {
        body.run();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot lock the signing identity " + file, e);
    } finally {
      local.unlock();
    }
  }

  private static void overwriteAndDelete(Path plain) {
    try (FileChannel ch = FileChannel.open(plain, StandardOpenOption.WRITE)) {
      long size = ch.size();
      java.nio.ByteBuffer zeros = java.nio.ByteBuffer.allocate((int) Math.min(size, 1 << 16));
      for (long pos = 0; pos < size; pos += zeros.capacity()) {
        zeros.clear();
        ch.write(zeros, pos);
      }
      ch.force(true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot overwrite the plain signing key " + plain, e);
    }
    try {
      Files.delete(plain);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the plain signing key " + plain, e);
    }
  }
}
