package com.backofficecare.safeguard.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.backofficecare.safeguard.core.AgencyId;
import com.backofficecare.safeguard.core.DataCategory;
import com.backofficecare.safeguard.core.detection.PhiDetector;
import com.backofficecare.safeguard.crypto.tempstore.SecureTempStore;
import com.backofficecare.safeguard.crypto.tempstore.StoredObject;
import com.backofficecare.safeguard.policy.access.AccessGuard;
import com.backofficecare.safeguard.policy.access.AccessRequest;
import com.backofficecare.safeguard.policy.access.Authentication;
import com.backofficecare.safeguard.policy.access.DevicePosture;
import com.backofficecare.safeguard.policy.access.Network;
import com.backofficecare.safeguard.policy.access.Purpose;
import com.backofficecare.safeguard.policy.audit.AuditLog;
import com.backofficecare.safeguard.storage.BlobStore;
import com.backofficecare.safeguard.storage.postgres.PostgresBlobStore;
import com.backofficecare.safeguard.storage.s3.S3BlobStore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class SafeguardAutoConfigurationTest {

  static final Path POLICY =
      Path.of(System.getProperty("safeguard.root", "../..")).resolve("examples/policy/policy.json");

  @TempDir Path dir;

  private ApplicationContextRunner runner() {
    return new ApplicationContextRunner()
        .withConfiguration(
            AutoConfigurations.of(
                SafeguardAutoConfiguration.class,
                org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration
                    .class));
  }

  @Test
  void providesTheBeansFromValidatedProperties() {
    runner()
        .withPropertyValues(
            "safeguard.policy-file=" + POLICY,
            "safeguard.store-dir=" + dir,
            "safeguard.passphrase-env=PATH",
            "safeguard.policy-reload-interval=0s")
        .run(
            ctx -> {
              assertThat(ctx)
                  .hasSingleBean(PhiDetector.class)
                  .hasSingleBean(AccessGuard.class)
                  .hasSingleBean(AuditLog.class);
              assertThat(ctx.getBean(AccessGuard.class).policy().version()).isEqualTo("2026.11");
            });
  }

  @Test
  void theStoreCanLiveInPostgresOrS3ByConfigurationAlone() throws Exception {
    String pg = System.getenv("SAFEGUARD_PG_URL");
    String s3 = System.getenv("SAFEGUARD_S3_ENDPOINT");
    if (pg == null || s3 == null) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new AssertionError("the test servers are required when CI=true");
      }
      Assumptions.abort("start the test servers: eval \"$(bash .ci/services start)\"");
    }
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setUrl(pg);
    runner()
        .withBean(DataSource.class, () -> ds)
        .withPropertyValues(base("pg"))
        .withPropertyValues(
            "safeguard.store.backend=postgres", "safeguard.store.postgres-schema=spring_test")
        .run(
            ctx -> {
              assertThat(ctx.getBean(BlobStore.class)).isInstanceOf(PostgresBlobStore.class);
              assertRoundTrip(ctx.getBean(SecureTempStore.class));
            });
    String[] s3Props = {
      "safeguard.store.backend=s3",
      "safeguard.store.s3.endpoint=" + s3,
      "safeguard.store.s3.path-style=true",
      "safeguard.store.s3.access-key-env=SAFEGUARD_S3_ACCESS_KEY",
      "safeguard.store.s3.secret-key-env=SAFEGUARD_S3_SECRET_KEY"
    };
    // the starter never creates a bucket: a misspelt name must fail at start-up, not on first use
    runner()
        .withPropertyValues(base("s3-missing"))
        .withPropertyValues(s3Props)
        .withPropertyValues("safeguard.store.s3.bucket=no-such-bucket-spring")
        .run(ctx -> assertThat(ctx).hasFailed());
    try (BlobStore created =
        S3BlobStore.builder()
            .endpoint(URI.create(s3))
            .pathStyle(true)
            .credentials(
                System.getenv("SAFEGUARD_S3_ACCESS_KEY"), System.getenv("SAFEGUARD_S3_SECRET_KEY"))
            .bucket("spring-test")
            .createBucketIfMissing(true)
            .build()) {
      runner()
          .withPropertyValues(base("s3"))
          .withPropertyValues(s3Props)
          .withPropertyValues("safeguard.store.s3.bucket=spring-test")
          .run(
              ctx -> {
                assertThat(ctx.getBean(BlobStore.class)).isInstanceOf(S3BlobStore.class);
                assertRoundTrip(ctx.getBean(SecureTempStore.class));
              });
    }
  }

  /** A service with one guarded method, as an application would write it. */
  static class VisitService {
    record Visit(String client_name, String visit_time, String diagnosis) {}

    @Guarded(
        category = DataCategory.SCHEDULING,
        purpose = Purpose.SCHEDULING,
        fields = {"client_name", "visit_time"})
    public Object visit(String id) {
      return new Visit("Ada Lovelace", "09:00", "CHF");
    }
  }

  @Test
  void guardedCallsAreCountedAndTimedWithoutPhi() {
    Instant now = Instant.now();
    runner()
        .withPropertyValues(base("m"))
        .withBean(SimpleMeterRegistry.class)
        .withBean(VisitService.class)
        .withBean(
            AccessContext.class,
            () ->
                () ->
                    AccessRequest.builder()
                        .person("u-ana")
                        .agency(AgencyId.of("sunrise-home-care"))
                        .device(DevicePosture.compliant("laptop-12"))
                        .network(Network.OFFICE)
                        .authentication(new Authentication(true, now))
                        .at(now)
                        .records(List.of("client-1042")))
        .run(
            ctx -> {
              VisitService.Visit visit =
                  (VisitService.Visit) ctx.getBean(VisitService.class).visit("client-1042");
              assertThat(visit.diagnosis()).isNull();
              assertThat(visit.client_name()).isEqualTo("Ada Lovelace");
              MeterRegistry meters = ctx.getBean(MeterRegistry.class);
              assertThat(
                      meters.get("safeguard.decisions").tag("outcome", "permit").counter().count())
                  .isEqualTo(1.0);
              Timer timer =
                  meters
                      .get("safeguard.guarded.decision")
                      .tags("outcome", "permit", "category", "SCHEDULING", "purpose", "SCHEDULING")
                      .timer();
              assertThat(timer.count()).isEqualTo(1);
              assertThat(timer.totalTime(TimeUnit.NANOSECONDS)).isPositive();
              assertThat(meters.getMeters())
                  .allSatisfy(
                      m ->
                          assertThat(m.getId().toString())
                              .doesNotContain("u-ana", "client-1042", "Ada"));
            });
  }

  @Test
  void healthReportsThePolicyInForceAndTheTrailWithoutPhi() {
    runner()
        .withPropertyValues(base("h"))
        .run(
            ctx -> {
              Health health = ctx.getBean(HealthIndicator.class).health();
              assertThat(health.getStatus()).isEqualTo(Status.UP);
              assertThat(health.getDetails())
                  .containsEntry("policyVersion", "2026.11")
                  .containsEntry("isolations", 0)
                  .containsKey("auditEntries");
            });
  }

  private String[] base(String storeDir) {
    return new String[] {
      "safeguard.policy-file=" + POLICY,
      "safeguard.store-dir=" + dir.resolve(storeDir),
      "safeguard.passphrase-env=PATH",
      "safeguard.policy-reload-interval=0s"
    };
  }

  private static void assertRoundTrip(SecureTempStore store) throws Exception {
    byte[] plan = "care plan: two visits a day".getBytes(StandardCharsets.UTF_8);
    StoredObject o =
        store.put(
            AgencyId.of("sunrise-home-care"),
            DataCategory.CLIENT_RECORDS,
            new ByteArrayInputStream(plan));
    try (InputStream in = store.open(o.id())) {
      assertThat(in.readAllBytes()).isEqualTo(plan);
    }
    assertThat(store.delete(o.id())).isNotNull();
  }

  @Test
  void everyPropertyIsDocumentedForIdes() throws Exception {
    JsonNode meta;
    try (InputStream in =
        getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
      assertThat(in).as("metadata written by spring-boot-configuration-processor").isNotNull();
      meta = new ObjectMapper().readTree(in);
    }
    List<String> names = new java.util.ArrayList<>();
    meta.path("properties")
        .forEach(
            prop -> {
              names.add(prop.path("name").asText());
              assertThat(prop.path("description").asText())
                  .as(prop.path("name").asText())
                  .isNotBlank();
            });
    assertThat(names)
        .contains(
            "safeguard.policy-file",
            "safeguard.store-dir",
            "safeguard.passphrase-env",
            "safeguard.store.backend",
            "safeguard.store.s3.bucket",
            "safeguard.store.s3.access-key-env");
  }

  @Test
  void anUnknownStoreBackendIsRefusedByValidation() {
    runner()
        .withPropertyValues(base("x"))
        .withPropertyValues("safeguard.store.backend=ftp")
        .run(
            ctx ->
                assertThat(ctx)
                    .hasFailed()
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("store.backend"));
  }

  @Test
  void aMissingPolicyFileOrStoreDirIsRefusedAtStartUp() {
    runner()
        .withPropertyValues("safeguard.store-dir=" + dir)
        .run(ctx -> assertThat(ctx).hasFailed());
  }

  @Test
  void theGuardPicksUpAnEditedPolicyFileAndRefusesABrokenOne() throws Exception {
    Path policy = dir.resolve("policy.json");
    Files.copy(POLICY, policy);
    runner()
        .withPropertyValues(
            "safeguard.policy-file=" + policy,
            "safeguard.store-dir=" + dir.resolve("s"),
            "safeguard.passphrase-env=PATH",
            "safeguard.policy-reload-interval=100ms")
        .run(
            ctx -> {
              AccessGuard guard = ctx.getBean(AccessGuard.class);
              Thread.sleep(50);
              Files.writeString(
                  policy, Files.readString(policy).replace("\"2026.11\"", "\"2026.12\""));
              Files.setLastModifiedTime(
                  policy,
                  java.nio.file.attribute.FileTime.from(java.time.Instant.now().plusSeconds(5)));
              long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
              while (!guard.policy().version().equals("2026.12") && System.nanoTime() < until) {
                Thread.sleep(50);
              }
              assertThat(guard.policy().version()).isEqualTo("2026.12");
              Files.writeString(policy, "{ broken");
              Files.setLastModifiedTime(
                  policy,
                  java.nio.file.attribute.FileTime.from(java.time.Instant.now().plusSeconds(10)));
              Thread.sleep(400);
              assertThat(guard.policy().version()).isEqualTo("2026.12");
            });
  }
}
