package com.backofficecare.safeguard.policy.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.backofficecare.safeguard.policy.audit.AuditLog;
import com.backofficecare.safeguard.policy.audit.PinnedKeys;
import com.backofficecare.safeguard.policy.audit.SigningIdentity;
import com.backofficecare.safeguard.policy.audit.TreeHead;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/** The audit trail on the real PostgreSQL server that .ci/services starts. */
@Tag("POL-9.1")
class PostgresAuditSinkTest {

  @TempDir Path dir;

  @Test
  void severalWritersShareOneTrailThatVerifiesAndCatchesTampering() throws Exception {
    PGSimpleDataSource ds = TestDatabase.dataSource();
    String schema = TestDatabase.freshSchema("audit");
    SigningIdentity identity = Fixtures.identity(dir);
    PinnedKeys pinned = identity.pinnedKeys();
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Future<?>> writers = new ArrayList<>();
      for (int w = 0; w < 3; w++) {
        writers.add(
            pool.submit(
                () -> {
                  try (PostgresAuditSink sink =
                      PostgresAuditSink.open(ds, schema, identity, Clock.systemUTC(), 7)) {
                    for (int i = 0; i < 50; i++) {
                      sink.append(Fixtures.event(i));
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> f : writers) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    AuditLog.Verification v = PostgresAuditSink.verify(ds, schema, pinned, null);
    assertThat(v.intact()).as(String.valueOf(v.problem())).isTrue();
    assertThat(v.entries()).isEqualTo(150);
    TreeHead saved = v.lastHead();
    assertThat(PostgresAuditSink.verify(ds, schema, PinnedKeys.none(), null).outcome())
        .as("a trail is evidence only against keys the verifier pinned")
        .isEqualTo(AuditLog.Verification.Outcome.ISSUER_NOT_VERIFIED);
    assertThat(PostgresAuditSink.verify(ds, schema, pinned, saved).intact()).isTrue();

    try (Connection c = ds.getConnection();
        Statement st = c.createStatement()) {
      st.executeUpdate(
          "update "
              + schema
              + ".audit_entry set event = replace(event, 'u-ana', 'u-eve')"
              + " where idx = 42");
    }
    AuditLog.Verification tampered = PostgresAuditSink.verify(ds, schema, pinned, null);
    assertThat(tampered.intact()).isFalse();
    assertThat(tampered.firstBadEntry()).isEqualTo(42);

    try (Connection c = ds.getConnection();
        Statement st = c.createStatement()) {
      st.executeUpdate(
          "update "
              + schema
              + ".audit_entry set event = replace(event, 'u-eve', 'u-ana')"
              + " where idx = 42");
      st.executeUpdate("delete from " + schema + ".audit_entry where idx >= 140");
      st.executeUpdate("delete from " + schema + ".audit_head where size > 140");
    }
    assertThat(PostgresAuditSink.verify(ds, schema, pinned, saved).problem()).contains("truncated");
  }
}
