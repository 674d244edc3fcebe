package com.backofficecare.safeguard.spring;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code safeguard.*} properties, validated at start-up (Jakarta Validation): a service with a
 * missing policy file or store directory does not start.
 *
 * @param policyFile the policy file (JSON), required
 * @param policyReloadInterval how often the policy file is checked for changes (default 30 s;
 *     zero turns reloading off)
 * @param storeDir the directory of the secure store, the key store and the audit trail, required
 * @param passphraseEnv the environment variable holding the key store passphrase (default
 *     {@code SAFEGUARD_PASSPHRASE}); never the passphrase itself
 * @param agencyNoticeHours the contractual incident notice period to agencies (default 72)
 * @param zone the time zone incident deadlines are computed in (default UTC)
 * @param contact the contact named in incident notices
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
    @NotBlank String contact) {

  public SafeguardProperties {
    policyReloadInterval = policyReloadInterval == null ? Duration.ofSeconds(30) : policyReloadInterval;
    passphraseEnv = passphraseEnv == null ? "SAFEGUARD_PASSPHRASE" : passphraseEnv;
    agencyNoticeHours = agencyNoticeHours == 0 ? 72 : agencyNoticeHours;
    zone = zone == null ? "UTC" : zone;
    contact = contact == null ? "the privacy office" : contact;
  }
}
