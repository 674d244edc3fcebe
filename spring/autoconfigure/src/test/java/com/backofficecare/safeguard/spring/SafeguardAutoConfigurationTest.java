package com.backofficecare.safeguard.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.backofficecare.safeguard.core.detection.PhiDetector;
import com.backofficecare.safeguard.policy.access.AccessGuard;
import com.backofficecare.safeguard.policy.audit.AuditLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class SafeguardAutoConfigurationTest {

  static final Path POLICY = Path.of(System.getProperty("safeguard.root", "../..")).resolve("examples/policy/policy.json");

  @TempDir Path dir;

  private ApplicationContextRunner runner() {
    return new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(SafeguardAutoConfiguration.class,
            org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration.class));
  }

  @Test
  void providesTheBeansFromValidatedProperties() {
    runner().withPropertyValues("safeguard.policy-file=" + POLICY, "safeguard.store-dir=" + dir,
        "safeguard.passphrase-env=PATH", "safeguard.policy-reload-interval=0s")
        .run(ctx -> {
          assertThat(ctx).hasSingleBean(PhiDetector.class).hasSingleBean(AccessGuard.class)
              .hasSingleBean(AuditLog.class);
          assertThat(ctx.getBean(AccessGuard.class).policy().version()).isEqualTo("2026.11");
        });
  }

  @Test
  void aMissingPolicyFileOrStoreDirIsRefusedAtStartUp() {
    runner().withPropertyValues("safeguard.store-dir=" + dir).run(ctx -> assertThat(ctx).hasFailed());
  }

  @Test
  void theGuardPicksUpAnEditedPolicyFileAndRefusesABrokenOne() throws Exception {
    Path policy = dir.resolve("policy.json");
    Files.copy(POLICY, policy);
    runner().withPropertyValues("safeguard.policy-file=" + policy, "safeguard.store-dir=" + dir.resolve("s"),
        "safeguard.passphrase-env=PATH", "safeguard.policy-reload-interval=100ms")
        .run(ctx -> {
          AccessGuard guard = ctx.getBean(AccessGuard.class);
          Thread.sleep(50);
          Files.writeString(policy, Files.readString(policy).replace("\"2026.11\"", "\"2026.12\""));
          Files.setLastModifiedTime(policy, java.nio.file.attribute.FileTime.from(java.time.Instant.now().plusSeconds(5)));
          long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
          while (!guard.policy().version().equals("2026.12") && System.nanoTime() < until) {
            Thread.sleep(50);
          }
          assertThat(guard.policy().version()).isEqualTo("2026.12");
          Files.writeString(policy, "{ broken");
          Files.setLastModifiedTime(policy, java.nio.file.attribute.FileTime.from(java.time.Instant.now().plusSeconds(10)));
          Thread.sleep(400);
          assertThat(guard.policy().version()).isEqualTo("2026.12");
        });
  }
}
