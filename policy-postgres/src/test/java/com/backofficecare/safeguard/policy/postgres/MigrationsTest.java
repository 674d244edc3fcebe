package com.backofficecare.safeguard.policy.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backofficecare.safeguard.core.SafeguardException;
import com.backofficecare.safeguard.policy.access.GuardState;
import com.backofficecare.safeguard.policy.access.GuardStateStore;
import com.backofficecare.safeguard.policy.access.IsolationTarget;
import com.backofficecare.safeguard.policy.audit.AuditLog;
import com.backofficecare.safeguard.policy.audit.SigningIdentity;
import com.backofficecare.safeguard.policy.incident.IncidentEvent;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The policy tables' numbered migrations on the real PostgreSQL server of .ci/services: recorded,
 * applied once by instances starting together, adopting a schema made before them, refusing one
 * migrated by a newer release.
 */
class MigrationsTest {

  @TempDir Path dir;

  private final DataSource ds = TestDatabase.dataSource();

  private List<Integer> versions(String schema) throws SQLException {
    List<Integer> out = new ArrayList<>();
    try (Connection c = ds.getConnection();
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "select version from " + schema + ".safeguard_policy_schema_version order by 1")) {
      while (rs.next()) {
        out.add(rs.getInt(1));
      }
    }
    return out;
  }

  private void sql(String statement) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement st = c.createStatement()) {
      st.execute(statement);
    }
  }

  @Test
  void openingRecordsTheSchemaVersion() throws Exception {
    String schema = TestDatabase.freshSchema("mig");
    PostgresIncidentStore.open(ds, schema);
    assertThat(versions(schema)).containsExactly(1);
    PostgresGuardStateStore.open(ds, schema).close();
    PostgresAuditSink.open(ds, schema, Fixtures.identity(dir), Clock.systemUTC(), 10).close();
    assertThat(versions(schema)).as("each migration is applied once").containsExactly(1);
    assertThat(Migrations.all(schema)).hasSize(1);
  }

  @Test
  void aDatabaseMigratedByANewerReleaseIsRefusedUnchanged() throws Exception {
    String schema = TestDatabase.freshSchema("mig");
    PostgresIncidentStore.open(ds, schema);
    sql("insert into " + schema + ".safeguard_policy_schema_version (version) values (2)");
    SigningIdentity identity = Fixtures.identity(dir);
    List<Runnable> opens =
        List.of(
            () -> PostgresIncidentStore.open(ds, schema),
            () -> PostgresGuardStateStore.open(ds, schema),
            () -> PostgresAuditSink.open(ds, schema, identity, Clock.systemUTC(), 10));
    for (Runnable open : opens) {
      assertThatThrownBy(open::run)
          .isInstanceOf(NewerSchemaException.class)
          .isInstanceOf(SafeguardException.class)
          .hasMessageContaining("version 2, newer than this library knows (1)")
          .satisfies(
              e -> {
                assertThat(((NewerSchemaException) e).found()).isEqualTo(2);
                assertThat(((NewerSchemaException) e).known()).isEqualTo(1);
              });
    }
    assertThat(versions(schema)).containsExactly(1, 2);
  }

  /** Every adapter, two of each, opening one empty schema at the same moment: all succeed. */
  @Test
  void adaptersOpeningAnEmptySchemaTogetherAllSucceed() throws Exception {
    SigningIdentity identity = Fixtures.identity(dir);
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      for (int round = 0; round < 10; round++) {
        String schema = TestDatabase.freshSchema("race");
        CountDownLatch go = new CountDownLatch(1);
        List<Callable<Object>> opens =
            List.of(
                () -> PostgresIncidentStore.open(ds, schema),
                () -> PostgresGuardStateStore.open(ds, schema),
                () -> PostgresAuditSink.open(ds, schema, identity, Clock.systemUTC(), 10));
        List<Future<Object>> started = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
          Callable<Object> open = opens.get(i % 3);
          started.add(
              pool.submit(
                  () -> {
                    go.await();
                    return open.call();
                  }));
        }
        go.countDown();
        for (Future<Object> f : started) {
          assertThat(f.get()).isNotNull();
        }
        assertThat(versions(schema)).containsExactly(1);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * A schema that releases before numbered migrations made (the same tables, made by {@code create
   * table if not exists}, without the version table; here the audit trail was never used) opens,
   * keeps its data, and is recorded at version 1.
   */
  @Test
  void aSchemaMadeBeforeNumberedMigrationsOpensWithItsData() throws Exception {
    String schema = TestDatabase.freshSchema("old");
    IncidentEvent reported =
        new IncidentEvent.Reported(Fixtures.NOW, "u", "sunrise", "lost badge", false);
    PostgresIncidentStore.open(ds, schema).append("INC-OLD", 0, reported);
    try (GuardStateStore store = PostgresGuardStateStore.open(ds, schema);
        GuardState state = GuardState.over(store)) {
      state.isolate(IsolationTarget.device("d-old"), "worker", "secops", Fixtures.NOW);
    }
    sql(
        "drop table "
            + String.join(
                ", ",
                List.of(
                        "safeguard_policy_schema_version",
                        "audit_entry",
                        "audit_head",
                        "audit_state")
                    .stream()
                    .map(t -> schema + "." + t)
                    .toList()));

    assertThat(PostgresIncidentStore.open(ds, schema).load("INC-OLD")).containsExactly(reported);
    try (GuardStateStore store = PostgresGuardStateStore.open(ds, schema);
        GuardState state = GuardState.over(store)) {
      assertThat(state.isIsolated(IsolationTarget.device("d-old"))).isTrue();
    }
    SigningIdentity identity = Fixtures.identity(dir);
    try (PostgresAuditSink sink =
        PostgresAuditSink.open(ds, schema, identity, Clock.systemUTC(), 10)) {
      sink.append(Fixtures.event(1));
    }
    AuditLog.Verification v = PostgresAuditSink.verify(ds, schema, identity.pinnedKeys(), null);
    assertThat(v.intact()).as(String.valueOf(v.problem())).isTrue();
    assertThat(v.entries()).isEqualTo(1);
    assertThat(versions(schema)).containsExactly(1);
  }

  @Test
  void aSchemaNameIsALowerCaseIdentifier() {
    for (String bad : List.of("Safeguard", "a;drop table x", "", "1abc")) {
      assertThatThrownBy(() -> PostgresIncidentStore.open(ds, bad))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> PostgresGuardStateStore.open(ds, bad))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(
              () -> PostgresAuditSink.verify(ds, bad, Fixtures.identity(dir).pinnedKeys(), null))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void aDatabaseThatCannotBeReachedFailsWithTheLibrarysException() {
    PGSimpleDataSource nowhere =
        TestDatabase.dataSource("jdbc:postgresql://127.0.0.1:1/postgres?connectTimeout=2");
    assertThatThrownBy(() -> PostgresIncidentStore.open(nowhere, "safeguard"))
        .isInstanceOf(PolicyDatabaseException.class)
        .hasMessageContaining("cannot prepare the policy tables in schema safeguard (SQLState ");
  }
}
