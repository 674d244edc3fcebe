package com.backofficecare.safeguard.cli;

import com.backofficecare.safeguard.crypto.LocalKeyStore;
import com.backofficecare.safeguard.policy.audit.PinnedKeys;
import com.backofficecare.safeguard.policy.audit.SigningIdentity;
import com.backofficecare.safeguard.policy.store.StoreLayout;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code safeguard signing-key}: prints the public keys that sign a store's audit heads and
 * destruction certificates, in the pinned-keys format, for agencies and auditors to keep and later
 * hand to {@code certificate verify --issuer-key} and {@code audit verify --key}.
 */
@Command(
    name = "signing-key",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the public keys of a store's signing identity, which signs its audit",
      "trail and its destruction certificates, one pinned-keys line each:",
      "  safeguard-signing-key v1 store ed25519 KEY sha256:FINGERPRINT",
      "The current key is last; retired keys stay listed, since evidence they signed",
      "still verifies with them. Give this output, through a channel you trust, to",
      "whoever verifies your evidence. The private key is sealed by the store's key",
      "store (passphrase in SAFEGUARD_PASSPHRASE), never kept in a plain file; the",
      "identity is made here if the store has none yet.",
      "--rotate: starts a new key first (the old one signs nothing more); pin again.",
      "Exit status: 0 printed, 65 the identity file is damaged or not this key",
      "store's, 66 no such store."
    })
final class SigningKeyCommand implements Callable<Integer> {

  @Option(
      names = "--store",
      paramLabel = "DIR",
      required = true,
      description = "A store directory (it has a key store).")
  Path store;

  @Option(names = "--rotate", description = "Start a new signing key, keeping the old public keys.")
  boolean rotate;

  /** The pinned keys in {@code file}, none when it is null; a malformed file exits 65. */
  static PinnedKeys readPinned(@org.jspecify.annotations.Nullable Path file) {
    return file == null ? PinnedKeys.none() : PinnedKeys.read(file);
  }

  @Override
  public Integer call() {
    StoreLayout layout = StoreLayout.at(store);
    if (!layout.hasKeyStore()) {
      throw ExitStatus.Failure.noSuchInput(
          "no store at " + store + " (no key store in it); nothing was created");
    }
    try (LocalKeyStore keys = TerminationCommands.openKeys(layout);
        SigningIdentity identity = open(layout, keys)) {
      System.out.println(
          "# Safeguard signing keys of "
              + store.toAbsolutePath().normalize()
              + " (the current key last)");
      for (SigningIdentity.Key k : identity.keys()) {
        if (k.retired() != null) {
          System.out.println("# retired " + k.retired() + ": verifies what it signed before");
        }
        System.out.println(PinnedKeys.line(PinnedKeys.STORE, k.publicKey()));
      }
    }
    return ExitStatus.DONE;
  }

  private SigningIdentity open(StoreLayout layout, LocalKeyStore keys) {
    SigningIdentity current = layout.openSigningIdentity(keys); // made, or moved from a plain file
    if (!rotate) {
      return current;
    }
    current.close();
    return SigningIdentity.rotate(layout.signingIdentity(), keys, Clock.systemUTC());
  }
}
