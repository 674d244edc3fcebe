package com.backofficecare.safeguard.spark;

import com.backofficecare.safeguard.core.AgencyId;
import com.backofficecare.safeguard.core.detection.DetectionProfile;
import com.backofficecare.safeguard.core.detection.PhiDetector;
import com.backofficecare.safeguard.core.record.RecordClassifier;
import com.backofficecare.safeguard.core.redaction.PseudonymKey;
import com.backofficecare.safeguard.core.redaction.RedactionMode;
import com.backofficecare.safeguard.core.redaction.Redactor;
import com.backofficecare.safeguard.crypto.LocalKeyStore;
import com.backofficecare.safeguard.crypto.PseudonymKeys;
import com.backofficecare.safeguard.crypto.WrappedKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * One JVM's detector, classifier, redactors and pseudonym key for one configuration, built on first
 * use and shared by every task of the executor: tasks carry only the configuration. The pseudonym
 * key is opened from the key store the first time a pseudonym is asked for, with the passphrase
 * read from this JVM's environment, and lives as long as the JVM.
 */
final class SafeguardRuntime {

  private static final Map<SafeguardSparkConfig, SafeguardRuntime> RUNTIMES =
      new ConcurrentHashMap<>();

  private final SafeguardSparkConfig config;
  private final PhiDetector detector;
  private final RecordClassifier classifier;
  private final Map<RedactionMode, Redactor> redactors = new EnumMap<>(RedactionMode.class);
  private @Nullable PseudonymKey key; // guarded by this

  private SafeguardRuntime(SafeguardSparkConfig config) {
    this.config = config;
    PhiDetector.Builder b = PhiDetector.builder();
    if (config.profile() != null) {
      b.profile(DetectionProfile.load(Path.of(config.profile())));
    }
    if (config.minimumConfidence() != null) {
      b.minimumConfidence(config.minimumConfidence());
    }
    this.detector = b.build();
    this.classifier = RecordClassifier.using(detector);
  }

  /** This JVM's runtime for {@code config}, built on the first call. */
  static SafeguardRuntime of(SafeguardSparkConfig config) {
    return RUNTIMES.computeIfAbsent(config, SafeguardRuntime::new);
  }

  PhiDetector detector() {
    return detector;
  }

  RecordClassifier classifier() {
    return classifier;
  }

  /** The redactor of {@code mode}, built once. */
  synchronized Redactor redactor(RedactionMode mode) {
    Redactor r = redactors.get(mode);
    if (r == null) {
      r = Redactor.builder().detector(detector).mode(mode, mode.needsKey() ? key() : null).build();
      redactors.put(mode, r);
    }
    return r;
  }

  private PseudonymKey key() {
    if (key != null) {
      return key;
    }
    String store = config.keyStore();
    String wrapped = config.pseudonymKey();
    String agency = config.agency();
    if (store == null || wrapped == null || agency == null) {
      throw new IllegalStateException(
          "pseudonyms need keys: SafeguardSparkConfig.keys(agency,"
              + " keyStore, wrappedPseudonymKey) was not set");
    }
    if (!Files.isRegularFile(Path.of(store))) {
      // LocalKeyStore would create an empty store here, whose keys could never match.
      throw new IllegalStateException("no key store at " + store + " on this executor");
    }
    String pass = System.getenv(config.passphraseEnv());
    if (pass == null || pass.isEmpty()) {
      throw new IllegalStateException(
          "the environment variable "
              + config.passphraseEnv()
              + " (the key store passphrase) is not set on this executor");
    }
    char[] chars = pass.toCharArray();
    try (LocalKeyStore keys = LocalKeyStore.builder(Path.of(store)).passphrase(chars).open()) {
      key = PseudonymKeys.open(keys, AgencyId.of(agency), WrappedKey.decode(wrapped));
      return key;
    } finally {
      Arrays.fill(chars, '\0');
    }
  }
}
