package com.backofficecare.safeguard.spark;

import static java.util.Objects.requireNonNull;

import com.backofficecare.safeguard.core.AgencyId;
import com.backofficecare.safeguard.crypto.WrappedKey;
import java.io.Serializable;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What an executor needs to build its detector and open its keys, and nothing secret: the detection
 * profile's path, a confidence floor, and for pseudonyms the agency, the path of its {@code
 * LocalKeyStore}, the name of the environment variable that holds the store's passphrase on each
 * executor, and the agency's wrapped pseudonym key (ciphertext, useless without the store). It is
 * what Spark serializes into every task; equal configurations share one runtime per executor JVM.
 * Immutable.
 */
public final class SafeguardSparkConfig implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The environment variable read for the key store passphrase unless another is named. */
  public static final String DEFAULT_PASSPHRASE_ENV = "SAFEGUARD_PASSPHRASE";

  private final @Nullable String profile;
  private final @Nullable Double minimumConfidence;
  private final @Nullable String agency;
  private final @Nullable String keyStore;
  private final String passphraseEnv;
  private final @Nullable String pseudonymKey;

  private SafeguardSparkConfig(Builder b) {
    this.profile = b.profile;
    this.minimumConfidence = b.minimumConfidence;
    this.agency = b.agency;
    this.keyStore = b.keyStore;
    this.passphraseEnv = b.passphraseEnv;
    this.pseudonymKey = b.pseudonymKey;
  }

  /** The standard detector, no profile, no keys. */
  public static SafeguardSparkConfig standard() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The detection profile file, readable at this path on every executor. */
  public @Nullable String profile() {
    return profile;
  }

  public @Nullable Double minimumConfidence() {
    return minimumConfidence;
  }

  public @Nullable String agency() {
    return agency;
  }

  /** The key store file, readable at this path on every executor. */
  public @Nullable String keyStore() {
    return keyStore;
  }

  /** The name (not the value) of the environment variable holding the key store passphrase. */
  public String passphraseEnv() {
    return passphraseEnv;
  }

  /** The agency's wrapped pseudonym key, {@link WrappedKey#encode()}'s form. */
  public @Nullable String pseudonymKey() {
    return pseudonymKey;
  }

  /** Whether pseudonyms can be made: a key store and a wrapped key were configured. */
  public boolean hasKeys() {
    return keyStore != null;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof SafeguardSparkConfig c
        && Objects.equals(profile, c.profile)
        && Objects.equals(minimumConfidence, c.minimumConfidence)
        && Objects.equals(agency, c.agency)
        && Objects.equals(keyStore, c.keyStore)
        && passphraseEnv.equals(c.passphraseEnv)
        && Objects.equals(pseudonymKey, c.pseudonymKey);
  }

  @Override
  public int hashCode() {
    return Objects.hash(profile, minimumConfidence, agency, keyStore, passphraseEnv, pseudonymKey);
  }

  @Override
  public String toString() {
    return "SafeguardSparkConfig[profile="
        + profile
        + ", minimumConfidence="
        + minimumConfidence
        + ", agency="
        + agency
        + ", keyStore="
        + keyStore
        + ", passphraseEnv="
        + passphraseEnv
        + ", pseudonymKey="
        + (pseudonymKey == null ? null : WrappedKey.decode(pseudonymKey))
        + "]";
  }

  /** Configures a {@link SafeguardSparkConfig}; {@link #build()} checks it whole. */
  public static final class Builder {
    private @Nullable String profile;
    private @Nullable Double minimumConfidence;
    private @Nullable String agency;
    private @Nullable String keyStore;
    private String passphraseEnv = DEFAULT_PASSPHRASE_ENV;
    private @Nullable String pseudonymKey;

    private Builder() {}

    /** A detection profile file (YAML or JSON) at this path on every executor. */
    public Builder profile(String path) {
      this.profile = requireNonNull(path, "path");
      return this;
    }

    /**
     * Reports only findings at least this confident.
     *
     * @throws IllegalArgumentException unless {@code 0 < value <= 1}
     */
    public Builder minimumConfidence(double value) {
      if (!(value > 0 && value <= 1)) {
        throw new IllegalArgumentException("minimum confidence must be in (0, 1]");
      }
      this.minimumConfidence = value;
      return this;
    }

    /**
     * The agency's keys for pseudonyms: its key store at {@code keyStore} on every executor (ship
     * it with {@code --files}, or a shared file system), and its wrapped pseudonym key.
     *
     * @throws IllegalArgumentException if the agency id or the wrapped key is malformed
     */
    public Builder keys(String agency, String keyStore, String wrappedPseudonymKey) {
      AgencyId.of(requireNonNull(agency, "agency"));
      WrappedKey.decode(requireNonNull(wrappedPseudonymKey, "wrappedPseudonymKey"));
      this.agency = agency;
      this.keyStore = requireNonNull(keyStore, "keyStore");
      this.pseudonymKey = wrappedPseudonymKey;
      return this;
    }

    /**
     * The environment variable holding the key store passphrase on the executors (default {@value
     * #DEFAULT_PASSPHRASE_ENV}).
     */
    public Builder passphraseEnv(String name) {
      requireNonNull(name, "name");
      if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
        throw new IllegalArgumentException("not an environment variable name");
      }
      this.passphraseEnv = name;
      return this;
    }

    public SafeguardSparkConfig build() {
      return new SafeguardSparkConfig(this);
    }
  }
}
