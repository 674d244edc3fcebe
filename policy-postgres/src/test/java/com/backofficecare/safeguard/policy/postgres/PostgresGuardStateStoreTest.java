package com.backofficecare.safeguard.policy.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.backofficecare.safeguard.policy.access.AccessGuard;
import com.backofficecare.safeguard.policy.access.GuardState;
import com.backofficecare.safeguard.policy.access.GuardStateStore;
import com.backofficecare.safeguard.policy.access.IsolationTarget;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Guard state shared by instances over the real PostgreSQL server of .ci/services: what one
 * instance isolates or downloads, every other enforces, across compactions. Real JVMs, no mocks.
 */
class PostgresGuardStateStoreTest {

  private final String url = TestDatabase.url();
  private final DataSource ds = TestDatabase.dataSource(url);
  private final String schema = TestDatabase.freshSchema("gs");

  /** Runs {@link GuardStateWorker} in another JVM; returns what it printed. */
  private String run(String... action) throws Exception {
    List<String> cmd =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                GuardStateWorker.class.getName(),
                url,
                schema));
    cmd.addAll(List.of(action));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    return out;
  }

  @Test
  @Tag("POL-7.2")
  void instancesSharingPostgresqlEnforceEachOthersIsolations() throws Exception {
    try (GuardStateStore store = PostgresGuardStateStore.open(ds, schema);
        GuardState instance = GuardState.over(store)) {
      AccessGuard guard = AccessGuard.create(Fixtures.policy(), instance);
      assertThat(run("check")).isEqualTo("permit");
      guard.isolate(IsolationTarget.person("u-ana"), "worker", "secops", Fixtures.NOW);
      assertThat(run("check")).isEqualTo("deny"); // another instance, started afterwards
      run("release", "person:u-ana");
      assertThat(guard.decide(Fixtures.request().build()).permitted()).isFalse();
      instance.refresh();
      assertThat(guard.decide(Fixtures.request().build()).permitted()).isTrue();
      assertThat(run("download")).isEqualTo("permit");
      assertThat(run("download")).isEqualTo("deny"); // the repeat, seen from another instance
      assertThat(store.toString()).isEqualTo("PostgresGuardStateStore[" + schema + ".guard_state]");
    }
  }

  @Test
  @Tag("POL-7.2")
  void compactionDeletesTheRowsBeforeTheSnapshotAndInstancesFollow() throws Exception {
    try (GuardStateStore store = PostgresGuardStateStore.open(ds, schema);
        GuardState instance = GuardState.over(store)) {
      instance.isolate(IsolationTarget.device("d-1"), "worker", "secops", Fixtures.NOW);
      instance.isolate(IsolationTarget.device("d-2"), "worker", "secops", Fixtures.NOW);
      run("release", "device:d-1");
      assertThat(run("compact")).isEqualTo("3 2");
      try (Connection c = ds.getConnection();
          Statement st = c.createStatement();
          ResultSet rs = st.executeQuery("select count(*) from " + schema + ".guard_state")) {
        rs.next();
        assertThat(rs.getLong(1)).isEqualTo(2);
      }
      run("isolate", "device:d-3");
      instance.refresh();
      assertThat(instance.isIsolated(IsolationTarget.device("d-1"))).isFalse();
      assertThat(instance.isIsolated(IsolationTarget.device("d-2"))).isTrue();
      assertThat(instance.isIsolated(IsolationTarget.device("d-3"))).isTrue();
    }
  }
}
