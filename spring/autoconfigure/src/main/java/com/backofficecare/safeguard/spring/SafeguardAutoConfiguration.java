package com.backofficecare.safeguard.spring;

import com.backofficecare.safeguard.core.detection.PhiDetector;
import com.backofficecare.safeguard.crypto.KeyManager;
import com.backofficecare.safeguard.crypto.tempstore.SecureTempStore;
import com.backofficecare.safeguard.policy.access.AccessGuard;
import com.backofficecare.safeguard.policy.access.GuardState;
import com.backofficecare.safeguard.policy.access.GuardStateStore;
import com.backofficecare.safeguard.policy.audit.AuditEvent;
import com.backofficecare.safeguard.policy.audit.AuditLog;
import com.backofficecare.safeguard.policy.audit.SigningIdentity;
import com.backofficecare.safeguard.policy.config.PolicyFileException;
import com.backofficecare.safeguard.policy.config.PolicyFiles;
import com.backofficecare.safeguard.policy.incident.AgencyTerms;
import com.backofficecare.safeguard.policy.incident.IncidentService;
import com.backofficecare.safeguard.policy.store.StoreLayout;
import com.backofficecare.safeguard.storage.BlobStore;
import com.backofficecare.safeguard.storage.FileSystemBlobStore;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.nio.file.Files;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Safeguard for a Spring Boot service. Every bean backs off if the application defines its own.
 * Decisions, isolations and store events go to the audit trail in {@code safeguard.store-dir}; the
 * policy file is re-read when it changes, and an invalid new version is refused (the old one stays,
 * the problems are logged by file, line and path).
 */
@AutoConfiguration
@EnableConfigurationProperties(SafeguardProperties.class)
public class SafeguardAutoConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(SafeguardAutoConfiguration.class);

  /** For Spring Boot's auto-configuration. */
  public SafeguardAutoConfiguration() {}

  @Bean
  @ConditionalOnMissingBean
  public PhiDetector safeguardDetector() {
    return PhiDetector.standard();
  }

  /**
   * The key store of {@code safeguard.store-dir}, opened with the passphrase in the variable {@code
   * safeguard.passphrase-env} names. Keys a termination destroyed stay destroyed, even in a key
   * store restored from before it. Define a {@code KeyManager} bean ({@code Pkcs11KeyManager}) to
   * keep the keys in an HSM instead.
   */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  public KeyManager safeguardKeyManager(SafeguardProperties p) {
    String pass = System.getenv(p.passphraseEnv());
    if (pass == null || pass.isEmpty()) {
      throw new IllegalStateException("set " + p.passphraseEnv() + " to the key store passphrase");
    }
    char[] chars = pass.toCharArray();
    try {
      return StoreLayout.at(p.storeDir())
          .openKeyStore(
              chars,
              revived ->
                  LOG.warn(
                      "the key store still held the keys of {}, which their termination destroyed;"
                          + " they are destroyed again",
                      revived));
    } finally {
      Arrays.fill(chars, '\0');
    }
  }

  /** The operator's signing identity, its private key sealed by the key manager. */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  public SigningIdentity safeguardSigningIdentity(SafeguardProperties p, KeyManager keys) {
    return StoreLayout.at(p.storeDir()).openSigningIdentity(keys);
  }

  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  public AuditLog safeguardAuditLog(SafeguardProperties p, SigningIdentity identity) {
    return StoreLayout.at(p.storeDir()).openAuditLog(identity);
  }

  /**
   * Where the guard's isolations and downloads last: {@code store-dir/guard-state.log}, shared with
   * the CLI and the other processes of the host. Define a {@code GuardStateStore} bean ({@code
   * PostgresGuardStateStore}, from safeguard-policy-postgres) to share them between instances on
   * several hosts.
   */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  public GuardStateStore safeguardGuardStateStore(SafeguardProperties p)
      throws java.io.IOException {
    Files.createDirectories(p.storeDir());
    return StoreLayout.at(p.storeDir()).openGuardState();
  }

  /** The guard's state over that store: restored at start, refreshed every second. */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  public GuardState safeguardGuardState(GuardStateStore store) {
    return GuardState.over(store, Duration.ofSeconds(1));
  }

  @Bean
  @ConditionalOnMissingBean
  public AccessGuard safeguardGuard(SafeguardProperties p, AuditLog audit, GuardState state) {
    AccessGuard guard = AccessGuard.create(PolicyFiles.load(p.policyFile()), state);
    audit.attach(guard);
    return guard;
  }

  /** Re-reads the policy file when its modification time changes. */
  @Bean(destroyMethod = "shutdownNow")
  public ScheduledExecutorService safeguardPolicyReloader(
      SafeguardProperties p, AccessGuard guard) {
    ScheduledExecutorService s =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "safeguard-policy-reload");
              t.setDaemon(true);
              return t;
            });
    Duration every = p.policyReloadInterval();
    if (!every.isZero()) {
      AtomicReference<FileTime> seen = new AtomicReference<>(modified(p));
      var unused =
          s.scheduleWithFixedDelay(
              () -> { // runs until the context closes
                FileTime now = modified(p);
                if (now != null && !now.equals(seen.get())) {
                  seen.set(now);
                  try {
                    PolicyFiles.reload(guard, p.policyFile());
                    LOG.info("policy reloaded: version {}", guard.policy().version());
                  } catch (PolicyFileException e) {
                    LOG.error(
                        "policy file refused, the previous version stays in force: {}",
                        e.getMessage());
                  }
                }
              },
              every.toMillis(),
              every.toMillis(),
              TimeUnit.MILLISECONDS);
    }
    return s;
  }

  private static @Nullable FileTime modified(SafeguardProperties p) {
    try {
      return Files.getLastModifiedTime(p.policyFile());
    } catch (java.io.IOException e) {
      return null;
    }
  }

  /** Where ciphertext goes: the configured backend, unless the application defines its own. */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  public BlobStore safeguardBlobStore(
      SafeguardProperties p, ObjectProvider<DataSource> dataSource) {
    SafeguardProperties.Store s = p.store();
    return switch (s.backend()) {
      case "filesystem" -> FileSystemBlobStore.open(StoreLayout.at(p.storeDir()).objects());
      case "postgres" -> Backends.postgres(dataSource.getObject(), s.postgresSchema());
      case "s3" -> Backends.s3(s.s3());
      default ->
          throw new IllegalStateException(
              "safeguard.store.backend must be filesystem, postgres or s3");
    };
  }

  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  public SecureTempStore safeguardStore(AuditLog audit, BlobStore blobs, KeyManager keys) {
    return SecureTempStore.builder()
        .blobStore(blobs)
        .keyManager(keys)
        .onEvent(e -> audit.append(AuditEvent.of(e, "service")))
        .build();
  }

  @Bean
  @ConditionalOnMissingBean
  public IncidentService safeguardIncidents(
      SafeguardProperties p, AccessGuard guard, AuditLog audit) {
    return IncidentService.builder()
        .store(StoreLayout.at(p.storeDir()).openIncidents())
        .guard(guard)
        .audit(audit)
        .terms(
            a ->
                new AgencyTerms(
                    a, ZoneId.of(p.zone()), Duration.ofHours(p.agencyNoticeHours()), p.contact()))
        .build();
  }

  /** Puts {@link Guarded} methods behind the guard. Static: a post-processor is created early. */
  @Bean
  static GuardedBeanPostProcessor safeguardGuardedMethods(
      ObjectProvider<AccessGuard> guard,
      ObjectProvider<AccessContext> context,
      ObjectProvider<GuardedCallObserver> observers) {
    return new GuardedBeanPostProcessor(guard, context, observers);
  }

  /** Health: the policy in force, isolations and the audit trail's size (never PHI). */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
  static class HealthConfiguration {
    @Bean
    HealthIndicator safeguardHealthIndicator(AccessGuard guard, AuditLog audit) {
      return () ->
          Health.up()
              .withDetail("policyVersion", guard.policy().version())
              .withDetail("isolations", guard.isolations().size())
              .withDetail("auditEntries", audit.size())
              .build();
    }
  }

  /**
   * Decision counts by outcome ({@code safeguard.decisions}) and the guard's latency on {@link
   * Guarded} calls ({@code safeguard.guarded.decision}, by outcome, category and purpose), when
   * Micrometer is present. Tags never carry PHI: no person, record or field values.
   */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "io.micrometer.core.instrument.MeterRegistry")
  static class Metrics {
    @Bean
    Object safeguardDecisionMetrics(AccessGuard guard, ObjectProvider<MeterRegistry> registry) {
      MeterRegistry r = registry.getIfAvailable();
      if (r != null) {
        Counter permits = r.counter("safeguard.decisions", "outcome", "permit");
        Counter denies = r.counter("safeguard.decisions", "outcome", "deny");
        guard.onDecision(d -> (d.permitted() ? permits : denies).increment());
      }
      return new Object();
    }

    @Bean
    GuardedCallObserver safeguardGuardedDecisionTimer(ObjectProvider<MeterRegistry> registry) {
      return (d, nanos) -> {
        MeterRegistry r = registry.getIfAvailable();
        if (r != null) {
          Timer.builder("safeguard.guarded.decision")
              .tag("outcome", d.permitted() ? "permit" : "deny")
              .tag("category", d.request().category().name())
              .tag("purpose", d.request().purpose().name())
              .register(r)
              .record(nanos, TimeUnit.NANOSECONDS);
        }
      };
    }
  }
}
