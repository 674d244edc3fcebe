package com.backofficecare.safeguard.benchmarks;

import com.backofficecare.safeguard.policy.incident.Incident;
import com.backofficecare.safeguard.policy.incident.IncidentEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Replaying 100,000 incident events (10,000 incidents of 10 events each, report to recovery)
 * through the state machine, single-threaded; the target is under a second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class IncidentReplayBenchmark {

  private final List<List<IncidentEvent>> incidents = new ArrayList<>();

  @Setup
  public void build() {
    Instant t = Instant.parse("2026-06-01T12:00:00Z");
    for (int i = 0; i < 10_000; i++) {
      incidents.add(
          List.of(
              new IncidentEvent.Reported(t, "u", "sunrise", "lost phone", false),
              new IncidentEvent.Triaged(t, "s", true, "phone held PHI"),
              new IncidentEvent.Declared(
                  t, "s", "lost device", IncidentEvent.Severity.HIGH, t, List.of()),
              new IncidentEvent.Contained(t, "s", List.of(), "wiped"),
              new IncidentEvent.Assessed(
                  t, "p", null, true, null, java.util.Set.of(), List.of(), java.util.Map.of()),
              new IncidentEvent.Notified(
                  t, "p", com.backofficecare.safeguard.policy.incident.ObligationKind.AGENCY, "a"),
              new IncidentEvent.CorrectiveAction(t, "s", "policy"),
              new IncidentEvent.CorrectiveAction(t, "s", "training"),
              new IncidentEvent.Recovered(t, "s"),
              new IncidentEvent.Reviewed(t, "s", "lessons")));
    }
  }

  @Benchmark
  public long replay100kEvents() {
    long v = 0;
    for (int i = 0; i < incidents.size(); i++) {
      v += Incident.replay("INC-" + i, incidents.get(i)).version();
    }
    return v;
  }
}
