package com.backofficecare.safeguard.policy.retention;

import static org.assertj.core.api.Assertions.assertThat;

import com.backofficecare.safeguard.core.AgencyId;
import com.backofficecare.safeguard.core.DataCategory;
import com.backofficecare.safeguard.crypto.LocalKeyStore;
import com.backofficecare.safeguard.crypto.tempstore.DeletionReceipt;
import com.backofficecare.safeguard.crypto.tempstore.SecureTempStore;
import com.backofficecare.safeguard.crypto.tempstore.StoredObject;
import com.backofficecare.safeguard.storage.InMemoryBlobStore;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetentionSweepTest {

  static final AgencyId SUNRISE = AgencyId.of("sunrise");
  static final AgencyId HARBOR = AgencyId.of("harbor");

  @TempDir Path dir;

  @Test
  @Tag("POL-10.1")
  @Tag("POL-5.3")
  void theLongestRuleWinsHoldsBlockAndOutlivedDataIsSanitized() {
    Instant t0 = Instant.now();
    SecureTempStore store =
        SecureTempStore.builder()
            .blobStore(InMemoryBlobStore.create())
            .keyManager(
                LocalKeyStore.builder(dir.resolve("k"))
                    .passphrase("retention test".toCharArray())
                    .argon2(8192, 1)
                    .open())
            .clock(Clock.fixed(t0, ZoneOffset.UTC))
            .maximumTimeToLive(Duration.ofDays(30))
            .warmUp(false)
            .build();
    StoredObject payroll =
        store.put(
            SUNRISE,
            DataCategory.PAYROLL,
            new ByteArrayInputStream(new byte[10]),
            Duration.ofDays(30));
    StoredObject billing =
        store.put(
            SUNRISE,
            DataCategory.BILLING,
            new ByteArrayInputStream(new byte[10]),
            Duration.ofDays(30));
    StoredObject harborPayroll =
        store.put(
            HARBOR,
            DataCategory.PAYROLL,
            new ByteArrayInputStream(new byte[10]),
            Duration.ofDays(30));

    RetentionSchedule schedule =
        new RetentionSchedule(
            List.of(
                new RetentionSchedule.Rule(
                    null, DataCategory.PAYROLL, Duration.ofDays(7), "export delivered"),
                new RetentionSchedule.Rule(
                    HARBOR, DataCategory.PAYROLL, Duration.ofDays(20), "contract"),
                new RetentionSchedule.Rule(
                    null, DataCategory.BILLING, Duration.ofDays(10), "claim window")),
            List.of(
                new RetentionSchedule.LegalHold(
                    SUNRISE, DataCategory.BILLING, "subpoena 24-117", t0)));
    assertThat(schedule.period(HARBOR, DataCategory.PAYROLL)).contains(Duration.ofDays(20));
    assertThat(schedule.period(SUNRISE, DataCategory.PAYROLL)).contains(Duration.ofDays(7));

    RetentionSweep.Result early = RetentionSweep.run(store, schedule, t0.plus(Duration.ofDays(3)));
    assertThat(early.deleted()).isEmpty();
    RetentionSweep.Result later = RetentionSweep.run(store, schedule, t0.plus(Duration.ofDays(12)));
    assertThat(later.deleted()).extracting(DeletionReceipt::object).containsExactly(payroll.id());
    assertThat(later.deleted().get(0).reason()).isEqualTo("retention");
    assertThat(later.heldBack()).isEqualTo(1);
    assertThat(store.stat(billing.id())).isPresent();
    assertThat(store.stat(harborPayroll.id())).isPresent();
  }
}
