package com.backofficecare.safeguard.spring;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code safeguard.*} properties, validated at start-up (Jakarta Validation): a service with a
 * missing policy file or store directory does not start.
 *
 * @param policyFile the policy file (JSON), required
 * @param policyReloadInterval how often the policy file is checked for changes (default 30 s; zero
 *     turns reloading off)
 * @param storeDir the directory of the secure store, the key store and the audit trail, required
 * @param passphraseEnv the environment variable holding the key store passphrase (default {@code
 *     SAFEGUARD_PASSPHRASE}); never the passphrase itself
 * @param agencyNoticeHours the contractual incident notice period to agencies (default 72)
 * @param zone the time zone incident deadlines are computed in (default UTC)
 * @param contact the contact named in incident notices
 * @param store which backend holds the secure store's ciphertext
 */
@Validated
@ConfigurationProperties("safeguard")
public record SafeguardProperties(
    @NotNull Path policyFile,
    Duration policyReloadInterval,
    @NotNull Path storeDir,
    @NotBlank String passphraseEnv,
    @Min(1) int agencyNoticeHours,
    @NotBlank String zone,
    @NotBlank String contact,
    @jakarta.validation.Valid Store store) {

  @SuppressWarnings("NullAway") // Spring binds an absent property as null; defaults go in here
  public SafeguardProperties {
    policyReloadInterval =
        policyReloadInterval == null ? Duration.ofSeconds(30) : policyReloadInterval;
    passphraseEnv = passphraseEnv == null ? "SAFEGUARD_PASSPHRASE" : passphraseEnv;
    agencyNoticeHours = agencyNoticeHours == 0 ? 72 : agencyNoticeHours;
    zone = zone == null ? "UTC" : zone;
    contact = contact == null ? "the privacy office" : contact;
    store = store == null ? new Store(null, null, null) : store;
  }

  /**
   * Where the secure store keeps its ciphertext.
   *
   * @param backend {@code filesystem} (default, under {@code store-dir}), {@code postgres} (the
   *     application's {@code DataSource}, with safeguard-storage-postgres on the class path) or
   *     {@code s3} (with safeguard-storage-s3)
   * @param postgresSchema the PostgreSQL schema of the store's tables (default {@code safeguard})
   * @param s3 the S3 bucket and endpoint
   */
  public record Store(
      @Pattern(regexp = "filesystem|postgres|s3") String backend,
      String postgresSchema,
      @jakarta.validation.Valid S3 s3) {
    @SuppressWarnings("NullAway") // Spring binds an absent property as null; defaults go in here
    public Store {
      backend = backend == null ? "filesystem" : backend;
      postgresSchema = postgresSchema == null ? "safeguard" : postgresSchema;
      s3 = s3 == null ? new S3(null, null, null, false, null, null) : s3;
    }
  }

  /**
   * S3 settings; credentials come from the named environment variables, never from here.
   *
   * @param bucket the bucket, which must exist (required for the s3 backend)
   * @param endpoint the endpoint of an S3-compatible server (default: AWS)
   * @param region the signing region (default {@code us-east-1})
   * @param pathStyle path-style addressing, as MinIO, Ceph and s3proxy want
   * @param accessKeyEnv the environment variable holding the access key id
   * @param secretKeyEnv the environment variable holding the secret access key
   */
  public record S3(
      @Nullable String bucket,
      @Nullable String endpoint,
      String region,
      boolean pathStyle,
      String accessKeyEnv,
      String secretKeyEnv) {
    @SuppressWarnings("NullAway") // Spring binds an absent property as null; defaults go in here
    public S3 {
      region = region == null ? "us-east-1" : region;
      accessKeyEnv = accessKeyEnv == null ? "AWS_ACCESS_KEY_ID" : accessKeyEnv;
      secretKeyEnv = secretKeyEnv == null ? "AWS_SECRET_ACCESS_KEY" : secretKeyEnv;
    }
  }
}
