package com.backofficecare.safeguard.policy.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backofficecare.safeguard.policy.incident.ConcurrentIncidentUpdateException;
import com.backofficecare.safeguard.policy.incident.Incident;
import com.backofficecare.safeguard.policy.incident.IncidentEvent;
import com.backofficecare.safeguard.policy.incident.IncidentState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Incident events on the real PostgreSQL server of .ci/services: replay and optimistic versioning.
 */
class PostgresIncidentStoreTest {

  @Test
  @Tag("POL-7.3")
  void eventsReplayAndConcurrentTransitionsNeverBothApply() throws Exception {
    PostgresIncidentStore store =
        PostgresIncidentStore.open(TestDatabase.dataSource(), "incidents_test");
    String id = "INC-PG-" + Long.toHexString(System.nanoTime());
    Instant t = Instant.parse("2026-11-25T09:00:00Z");
    store.append(id, 0, new IncidentEvent.Reported(t, "u", "sunrise", "lost badge", false));
    store.append(id, 1, new IncidentEvent.Triaged(t, "s", true, "opens the records room"));
    assertThatThrownBy(() -> store.append(id, 1, new IncidentEvent.Triaged(t, "s", true, "again")))
        .isInstanceOf(ConcurrentIncidentUpdateException.class);
    assertThatThrownBy(() -> store.append(id, 5, new IncidentEvent.Recovered(t, "s")))
        .isInstanceOf(ConcurrentIncidentUpdateException.class);

    ExecutorService pool = Executors.newFixedThreadPool(6);
    CountDownLatch go = new CountDownLatch(1);
    try {
      List<Future<?>> tries = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        tries.add(
            pool.submit(
                () -> {
                  go.await();
                  store.append(
                      id,
                      2,
                      new IncidentEvent.Declared(
                          t, "s", "physical", IncidentEvent.Severity.LOW, t, List.of()));
                  return null;
                }));
      }
      go.countDown();
      int applied = 0;
      for (Future<?> f : tries) {
        try {
          f.get();
          applied++;
        } catch (ExecutionException e) {
          assertThat(e.getCause()).isInstanceOf(ConcurrentIncidentUpdateException.class);
        }
      }
      assertThat(applied).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
    Incident replayed = Incident.replay(id, store.load(id));
    assertThat(replayed.state()).isEqualTo(IncidentState.DECLARED);
    assertThat(replayed.version()).isEqualTo(3);
    assertThat(store.incidents()).contains(id);
  }
}
