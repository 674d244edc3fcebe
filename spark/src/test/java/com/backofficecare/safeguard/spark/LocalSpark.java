package com.backofficecare.safeguard.spark;

import com.backofficecare.safeguard.core.AgencyId;
import com.backofficecare.safeguard.crypto.LocalKeyStore;
import com.backofficecare.safeguard.crypto.PseudonymKeys;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/** A real local Spark for tests: no UI, two shuffle partitions, bound to loopback. */
final class LocalSpark {

  /** Set by the build for the executors of these tests (see this module's pom). */
  static final String PASSPHRASE_ENV = "SAFEGUARD_SPARK_TEST_PASSPHRASE";

  private LocalSpark() {}

  static SparkSession start(String master) {
    return SparkSession.builder()
        .master(master)
        .appName("safeguard-test")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate();
  }

  /**
   * A key store at {@code file} holding {@code agency}'s KEK; returns its wrapped pseudonym key.
   */
  static String keyStore(Path file, AgencyId agency) {
    try (LocalKeyStore keys =
        LocalKeyStore.builder(file)
            .passphrase(System.getenv(PASSPHRASE_ENV).toCharArray())
            .argon2(8192, 1)
            .open()) {
      return PseudonymKeys.create(keys, agency).encode();
    }
  }
}
