package com.backofficecare.safeguard.cli;

import com.backofficecare.safeguard.policy.audit.AuditLog;
import com.backofficecare.safeguard.policy.audit.PinnedKeys;
import com.backofficecare.safeguard.policy.store.StoreLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code safeguard signing-key}: prints the public key that signs a store's audit heads and
 * destruction certificates, in the pinned-keys format, for agencies and auditors to keep and later
 * hand to {@code certificate verify --issuer-key} and {@code audit verify --key}.
 */
@Command(
    name = "signing-key",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the public key that signs the audit trail and the destruction",
      "certificates of a store (or of an audit log), as one pinned-keys line:",
      "  safeguard-signing-key v1 LABEL ed25519 KEY sha256:FINGERPRINT",
      "LABEL is 'store' for a store's identity (certificates and its audit trail) and",
      "'audit-trail' for a lone log's key, which never verifies a certificate.",
      "Give this output, through a channel you trust, to whoever verifies your evidence.",
      "With --store, makes the store's signing identity (its audit trail) if it has none yet.",
      "Exit status: 0 printed, 1 the log does not verify, 66 no such store or audit log."
    })
final class SigningKeyCommand implements Callable<Integer> {

  static final class Source {
    @Option(
        names = "--store",
        paramLabel = "DIR",
        required = true,
        description = "A store directory: its audit trail DIR/audit.log.")
    Path store;

    @Option(names = "--log", paramLabel = "LOG", required = true, description = "An audit log.")
    Path log;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  /** The pinned keys in {@code file}, none when it is null; a malformed file exits 65. */
  static PinnedKeys readPinned(@org.jspecify.annotations.Nullable Path file) {
    return file == null ? PinnedKeys.none() : PinnedKeys.read(file);
  }

  @Override
  public Integer call() {
    Path log = source.log != null ? source.log : StoreLayout.at(source.store).auditLog();
    if (source.store != null && !Files.exists(log) && StoreLayout.at(source.store).hasKeyStore()) {
      AuditLog.open(log).close(); // a store's signing identity is made once, before any evidence
    }
    if (!Files.isRegularFile(log)) {
      System.err.println("safeguard: no audit log at " + log);
      return ExitStatus.NO_SUCH_INPUT;
    }
    AuditLog.Verification v = AuditLog.verify(log, null);
    if (!v.intact() || v.publicKey() == null) {
      System.err.println("safeguard: the audit log does not verify: " + v.problem());
      return ExitStatus.DENIED_OR_INVALID;
    }
    System.out.println("# Safeguard signing key of " + log.toAbsolutePath().normalize());
    // A store's key signs its certificates too; a lone log's key vouches for that log only.
    System.out.println(
        PinnedKeys.line(source.store != null ? PinnedKeys.STORE : "audit-trail", v.publicKey()));
    return 0;
  }
}
