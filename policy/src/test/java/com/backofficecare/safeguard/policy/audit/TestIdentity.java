package com.backofficecare.safeguard.policy.audit;

import com.backofficecare.safeguard.crypto.LocalKeyStore;
import java.nio.file.Path;

/**
 * A signing identity for tests: a cheap key store and identity file in the directory of a log, so
 * every process that opens that log (workers included) signs with the same identity.
 */
public final class TestIdentity {

  private static final char[] PASS = "test identity passphrase".toCharArray();

  private TestIdentity() {}

  /** The identity of the directory holding {@code log}, made on first use. */
  public static SigningIdentity of(Path log) {
    Path dir = log.toAbsolutePath().getParent();
    try (LocalKeyStore keys = keyStore(dir)) {
      return SigningIdentity.open(dir.resolve("test-identity.json"), keys);
    }
  }

  /** The key store that seals the identity of {@code dir}. */
  public static LocalKeyStore keyStore(Path dir) {
    return LocalKeyStore.builder(dir.resolve("test-identity.sgks"))
        .passphrase(PASS)
        .argon2(8192, 1)
        .open();
  }

  /** The pinned keys that verify what the identity of {@code log}'s directory signed. */
  public static PinnedKeys pinned(Path log) {
    try (SigningIdentity id = of(log)) {
      return id.pinnedKeys();
    }
  }
}
