package com.backofficecare.safeguard.policy.credentials;

import static java.util.Objects.requireNonNull;

import com.backofficecare.safeguard.core.AgencyId;
import com.backofficecare.safeguard.core.DataCategory;
import com.backofficecare.safeguard.crypto.IntegrityException;
import com.backofficecare.safeguard.crypto.KeyManager;
import com.backofficecare.safeguard.crypto.tempstore.ObjectId;
import com.backofficecare.safeguard.crypto.tempstore.SecureTempStore;
import com.backofficecare.safeguard.crypto.tempstore.StoredObject;
import com.backofficecare.safeguard.storage.BlobStore;
import com.backofficecare.safeguard.storage.InMemoryBlobStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Each client system's credentials, encrypted at rest through a {@link SecureTempStore} (own data
 * key per credential, wrapped by the agency's key). A secret that is already the secret of another
 * system is refused (POL-3.6): the vault compares keyed fingerprints (HMAC-SHA-256 under a key of
 * its own), never the secrets. A secret is lent to a callback and zeroed after it returns, so it is
 * never handed around (POL-3.7). {@link #revokeAll} removes an agency's credentials at termination
 * (POL-10.2).
 */
public final class CredentialVault {

  private static final Pattern SYSTEM = Pattern.compile("[a-z0-9][a-z0-9_.-]{0,63}");
  private static final Duration LIFETIME = Duration.ofDays(30);

  private final SecureTempStore store;
  private final byte[] fingerprintKey;
  private final Map<String, Entry> entries = new ConcurrentHashMap<>();

  private record Entry(AgencyId agency, String system, ObjectId object, String fingerprint) {}

  private CredentialVault(SecureTempStore store, byte[] fingerprintKey) {
    this.store = store;
    this.fingerprintKey = fingerprintKey;
  }

  /**
   * A vault whose encrypted credentials live in {@code blobs}, with keys from {@code keys}.
   * Credentials live at most 30 days and must be re-stored (rotated) before then.
   */
  public static CredentialVault create(BlobStore blobs, KeyManager keys) {
    SecureTempStore store =
        SecureTempStore.builder()
            .blobStore(blobs)
            .keyManager(keys)
            .maximumTimeToLive(LIFETIME)
            .defaultTimeToLive(LIFETIME)
            .warmUp(false)
            .build();
    byte[] fp = new byte[32];
    new java.security.SecureRandom().nextBytes(fp);
    CredentialVault v = new CredentialVault(store, fp);
    v.restore();
    return v;
  }

  /**
   * Rebuilds the index from the stored credentials, so a restart orphans none: each names its
   * agency (in its id) and its system (inside its ciphertext). Fingerprints are recomputed under
   * this process's key. Of two credentials for one system (a crash between storing the new and
   * deleting the old), the newer is kept and the older deleted. Credentials of an agency whose keys
   * were destroyed are gone with them.
   */
  private synchronized void restore() {
    Map<String, StoredObject> newest = new java.util.HashMap<>();
    Map<String, Entry> found = new java.util.HashMap<>();
    for (StoredObject o : store.list()) {
      if (o.category() != DataCategory.COMPLIANCE_CREDENTIALS) {
        continue;
      }
      Plain p;
      try {
        p = read(o.id());
      } catch (RuntimeException e) {
        continue; // expired, destroyed, tampered or not a credential: never indexed
      }
      try {
        String k = key(o.id().agency(), p.system());
        StoredObject seen = newest.get(k);
        if (seen != null && !seen.created().isBefore(o.created())) {
          store.delete(o.id());
          continue;
        }
        if (seen != null) {
          store.delete(seen.id());
        }
        newest.put(k, o);
        found.put(k, new Entry(o.id().agency(), p.system(), o.id(), fingerprint(p.secret())));
      } finally {
        p.destroy();
      }
    }
    entries.putAll(found);
  }

  /** A vault in memory only, for tests and short-lived processes. */
  public static CredentialVault inMemory(KeyManager keys) {
    return create(InMemoryBlobStore.create(), keys);
  }

  /**
   * Stores {@code secret} (copied; the caller zeroes its own array) as the credential of {@code
   * agency}'s client system {@code system}, replacing an earlier one.
   *
   * @throws ReusedCredentialException if another system already has this secret
   */
  public synchronized void store(AgencyId agency, String system, String username, char[] secret) {
    requireNonNull(agency, "agency");
    checkSystem(system);
    requireNonNull(username, "username");
    String fingerprint = fingerprint(secret);
    for (Entry e : entries.values()) {
      if (!(e.agency.equals(agency) && e.system.equals(system))
          && MessageDigest.isEqual(
              e.fingerprint.getBytes(StandardCharsets.US_ASCII),
              fingerprint.getBytes(StandardCharsets.US_ASCII))) {
        throw new ReusedCredentialException(agency, system);
      }
    }
    byte[] plain = encode(system, username, secret);
    StoredObject o;
    try {
      o = store.put(agency, DataCategory.COMPLIANCE_CREDENTIALS, new ByteArrayInputStream(plain));
    } finally {
      Arrays.fill(plain, (byte) 0);
    }
    Entry old = entries.put(key(agency, system), new Entry(agency, system, o.id(), fingerprint));
    if (old != null) {
      store.delete(old.object);
    }
  }

  /**
   * Lends the credential of {@code system} to {@code use} (username and secret); the secret array
   * is zeroed when {@code use} returns.
   *
   * @return false if there is no such credential
   */
  public boolean use(AgencyId agency, String system, Credential.User use) {
    Entry e = entries.get(key(agency, system));
    if (e == null) {
      return false;
    }
    Plain p;
    try {
      p = read(e.object);
    } catch (IllegalStateException ex) {
      throw new IllegalStateException(
          "credential of " + agency + "/" + system + " was tampered with");
    }
    try {
      use.use(new Credential(p.username(), p.secret()));
    } finally {
      p.destroy();
    }
    return true;
  }

  /** The client systems of {@code agency} with a stored credential. */
  public List<String> systems(AgencyId agency) {
    List<String> out = new ArrayList<>();
    for (Entry e : entries.values()) {
      if (e.agency.equals(agency)) {
        out.add(e.system);
      }
    }
    out.sort(null);
    return out;
  }

  /** Removes (sanitizes) the credential of one system. */
  public synchronized boolean revoke(AgencyId agency, String system) {
    Entry e = entries.remove(key(agency, system));
    if (e != null) {
      store.delete(e.object);
    }
    return e != null;
  }

  /** Removes every credential of {@code agency} (termination, POL-10.2); returns how many. */
  public synchronized int revokeAll(AgencyId agency) {
    int n = 0;
    for (String system : systems(agency)) {
      n += revoke(agency, system) ? 1 : 0;
    }
    return n;
  }

  /** A credential lent by {@link #use}: valid only during the call. */
  @SuppressWarnings("ArrayRecordComponent") // never compared or hashed
  public record Credential(String username, char[] secret) {

    /** Receives a lent credential. */
    @FunctionalInterface
    public interface User {
      void use(Credential credential);
    }

    @Override
    public String toString() {
      return "Credential[username=" + username + ", secret hidden]";
    }
  }

  @SuppressWarnings("ByteBufferBackingArray") // zeroes the whole buffer the secret was encoded in
  private String fingerprint(char[] secret) {
    ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(secret));
    byte[] b = new byte[bytes.remaining()];
    bytes.get(b);
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(fingerprintKey, "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(b));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA-256 unavailable", e);
    } finally {
      Arrays.fill(b, (byte) 0);
      if (bytes.hasArray()) {
        Arrays.fill(bytes.array(), (byte) 0);
      }
    }
  }

  /**
   * A credential's plaintext: which system, which user, the secret (zeroed by {@link #destroy}).
   */
  @SuppressWarnings("ArrayRecordComponent") // never compared or hashed
  private record Plain(String system, String username, char[] secret) {
    void destroy() {
      Arrays.fill(secret, '\0');
    }
  }

  private static final byte[] MAGIC = "safeguard-credential-v1".getBytes(StandardCharsets.US_ASCII);

  /** {@code safeguard-credential-v1 NUL system NUL username NUL secret}. */
  @SuppressWarnings("ByteBufferBackingArray") // zeroes the whole buffer the secret was encoded in
  private static byte[] encode(String system, String username, char[] secret) {
    ByteBuffer s = StandardCharsets.UTF_8.encode(CharBuffer.wrap(secret));
    byte[] sys = system.getBytes(StandardCharsets.UTF_8);
    byte[] u = username.getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[MAGIC.length + 1 + sys.length + 1 + u.length + 1 + s.remaining()];
    int at = 0;
    for (byte[] part : new byte[][] {MAGIC, sys, u}) {
      System.arraycopy(part, 0, out, at, part.length);
      at += part.length + 1; // and the NUL after it
    }
    s.get(out, at, s.remaining());
    if (s.hasArray()) {
      Arrays.fill(s.array(), (byte) 0);
    }
    return out;
  }

  /**
   * Opens and parses credential {@code id}.
   *
   * @throws IllegalStateException if it was tampered with or is not a credential
   */
  private Plain read(ObjectId id) {
    byte[] plain;
    try (InputStream in = store.open(id)) {
      plain = in.readAllBytes();
    } catch (IntegrityException ex) {
      throw new IllegalStateException("credential " + id + " was tampered with");
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    try {
      int a = indexOf(plain, (byte) 0, 0);
      if (!Arrays.equals(plain, 0, a, MAGIC, 0, MAGIC.length)) {
        throw new IllegalStateException("object " + id + " is not a credential");
      }
      int b = indexOf(plain, (byte) 0, a + 1);
      int c = indexOf(plain, (byte) 0, b + 1);
      String system = new String(plain, a + 1, b - a - 1, StandardCharsets.UTF_8);
      String username = new String(plain, b + 1, c - b - 1, StandardCharsets.UTF_8);
      CharBuffer chars =
          StandardCharsets.UTF_8.decode(ByteBuffer.wrap(plain, c + 1, plain.length - c - 1));
      char[] secret = new char[chars.remaining()];
      chars.get(secret);
      if (chars.hasArray()) {
        Arrays.fill(chars.array(), '\0');
      }
      return new Plain(system, username, secret);
    } finally {
      Arrays.fill(plain, (byte) 0);
    }
  }

  private static int indexOf(byte[] b, byte v, int from) {
    for (int i = from; i < b.length; i++) {
      if (b[i] == v) {
        return i;
      }
    }
    throw new IllegalStateException("credential record is malformed");
  }

  private static String key(AgencyId agency, String system) {
    return agency.value() + "/" + system;
  }

  private static void checkSystem(String system) {
    if (system == null || !SYSTEM.matcher(system).matches()) {
      throw new IllegalArgumentException("client system id must be 1 to 64 of [a-z0-9_.-]");
    }
  }
}
