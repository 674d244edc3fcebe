package com.backofficecare.safeguard.policy.store;

import static java.util.Objects.requireNonNull;

import com.backofficecare.safeguard.core.AgencyId;
import com.backofficecare.safeguard.crypto.KeyManager;
import com.backofficecare.safeguard.crypto.LocalKeyStore;
import com.backofficecare.safeguard.crypto.tempstore.SecureTempStore;
import com.backofficecare.safeguard.policy.access.FileGuardStateStore;
import com.backofficecare.safeguard.policy.audit.AuditLog;
import com.backofficecare.safeguard.policy.audit.SigningIdentity;
import com.backofficecare.safeguard.policy.incident.FileIncidentStore;
import com.backofficecare.safeguard.policy.termination.Termination;
import com.backofficecare.safeguard.storage.FileSystemBlobStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Where a store directory keeps each part, and how each is opened:
 *
 * <pre>
 * DIR/keystore.sgks      the agencies' key-encryption keys ({@link LocalKeyStore})
 * DIR/objects/           encrypted objects ({@link SecureTempStore} on a file-system backend)
 * DIR/signing-identity.json  the operator's signing keys ({@link SigningIdentity}): public keys,
 *                        and the current private key sealed by the key store
 * DIR/audit.log          the audit trail ({@link AuditLog}), its heads signed by that identity
 * DIR/incidents/         incidents and agencies' notice terms ({@link FileIncidentStore})
 * DIR/guard-state.log    isolations and recent downloads ({@link FileGuardStateStore})
 * DIR/terminations/      termination journals, one per agency
 * </pre>
 *
 * An immutable value; nothing is created until a part is opened.
 */
public final class StoreLayout {

  private final Path dir;

  private StoreLayout(Path dir) {
    this.dir = dir;
  }

  /** The layout of the store directory {@code dir}, which need not exist yet. */
  public static StoreLayout at(Path dir) {
    requireNonNull(dir, "dir");
    if (dir.toString().isEmpty()) {
      throw new IllegalArgumentException("a store directory must be named");
    }
    return new StoreLayout(dir);
  }

  public Path dir() {
    return dir;
  }

  public Path keyStore() {
    return dir.resolve("keystore.sgks");
  }

  public Path objects() {
    return dir.resolve("objects");
  }

  public Path auditLog() {
    return dir.resolve("audit.log");
  }

  public Path signingIdentity() {
    return dir.resolve("signing-identity.json");
  }

  /** Where releases before the signing identity kept the audit key, in plain text. */
  Path plainAuditKey() {
    return dir.resolve("audit.log.key");
  }

  public Path incidents() {
    return dir.resolve("incidents");
  }

  public Path guardState() {
    return dir.resolve("guard-state.log");
  }

  public Path terminations() {
    return dir.resolve("terminations");
  }

  /**
   * Whether the directory is a store (it has a key store). A command that destroys or reads objects
   * refuses anything else, so a mistyped directory is refused rather than "succeeding" on nothing.
   */
  public boolean hasKeyStore() {
    return Files.isRegularFile(keyStore());
  }

  /**
   * Whether Safeguard keeps any state here (a key store, guard state or incidents): enough for a
   * command that only decides or reads incidents.
   */
  public boolean holdsState() {
    return hasKeyStore() || Files.isRegularFile(guardState()) || Files.isDirectory(incidents());
  }

  /**
   * Opens (or creates) the key store with {@code passphrase}. A key store older than a termination
   * (restored from a backup) holds keys the termination destroyed, as its journal or the signed
   * audit trail records: they are destroyed again before this returns, and {@code revived} is told
   * which agencies' they were.
   */
  public LocalKeyStore openKeyStore(
      char[] passphrase, java.util.function.Consumer<Set<AgencyId>> revived) {
    LocalKeyStore keys = LocalKeyStore.builder(keyStore()).passphrase(passphrase).open();
    Set<AgencyId> again;
    if (Files.isRegularFile(auditLog()) && Files.isRegularFile(signingIdentity())) {
      try (SigningIdentity identity = SigningIdentity.open(signingIdentity(), keys)) {
        again =
            Termination.destroyKeysAgainIfRevived(
                keys, terminations(), auditLog(), identity.pinnedKeys());
      }
    } else {
      again = Termination.destroyKeysAgainIfRevived(keys, terminations());
    }
    if (!again.isEmpty()) {
      revived.accept(again);
    }
    return keys;
  }

  /** A secure store on this directory's objects with {@code keys}; finish and build it. */
  public SecureTempStore.Builder secureTempStore(KeyManager keys) {
    return SecureTempStore.builder()
        .blobStore(FileSystemBlobStore.open(objects()))
        .keyManager(keys);
  }

  /**
   * Opens (or creates) the store's signing identity, its private key sealed by {@code keys}. A key
   * an older release left in plain text beside the audit trail is moved into it (sealed, then the
   * plain file overwritten and deleted), so keys already pinned keep verifying.
   */
  public SigningIdentity openSigningIdentity(KeyManager keys) {
    if (!Files.exists(signingIdentity()) && Files.isRegularFile(plainAuditKey())) {
      return SigningIdentity.importPlainKey(
          signingIdentity(), keys, plainAuditKey(), java.time.Clock.systemUTC());
    }
    return SigningIdentity.open(signingIdentity(), keys);
  }

  /** Opens (or creates) the audit trail, signed by {@code identity}. */
  public AuditLog openAuditLog(SigningIdentity identity) {
    return AuditLog.open(auditLog(), identity);
  }

  /** Opens (or creates) the incident store. */
  public FileIncidentStore openIncidents() {
    return FileIncidentStore.open(incidents());
  }

  /** Opens (or creates) the guard state. */
  public FileGuardStateStore openGuardState() {
    return FileGuardStateStore.open(guardState());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StoreLayout other && other.dir.equals(dir);
  }

  @Override
  public int hashCode() {
    return dir.hashCode();
  }

  @Override
  public String toString() {
    return "StoreLayout[" + dir + "]";
  }
}
