package com.backofficecare.safeguard.policy.postgres;

import com.backofficecare.safeguard.policy.access.AccessGuard;
import com.backofficecare.safeguard.policy.access.GuardState;
import com.backofficecare.safeguard.policy.access.GuardStateStore;
import com.backofficecare.safeguard.policy.access.IsolationTarget;
import java.time.Instant;

/**
 * A separate JVM for {@link PostgresGuardStateStoreTest}: {@code URL SCHEMA ACTION [TARGET]} where
 * ACTION is {@code isolate TARGET}, {@code release TARGET}, {@code check} (prints permit or deny
 * for the fixtures' request), {@code download} (prints permit or deny for a download of client-17)
 * or {@code compact} (prints the records before and after).
 */
public final class GuardStateWorker {

  private GuardStateWorker() {}

  public static void main(String[] args) {
    try (GuardStateStore store =
            PostgresGuardStateStore.open(TestDatabase.dataSource(args[0]), args[1]);
        GuardState state = GuardState.over(store)) {
      AccessGuard guard = AccessGuard.create(Fixtures.policy(), state);
      Instant now = Instant.now();
      switch (args[2]) {
        case "isolate" -> guard.isolate(IsolationTarget.parse(args[3]), "worker", "u-ops", now);
        case "release" ->
            guard.release(IsolationTarget.parse(args[3]), "worker", "done", "u-ops", now);
        case "check" ->
            System.out.println(
                guard.decide(Fixtures.request().build()).permitted() ? "permit" : "deny");
        case "download" ->
            System.out.println(guard.decide(Fixtures.download()).permitted() ? "permit" : "deny");
        case "compact" -> {
          GuardState.Compaction c = state.compact();
          System.out.println(c.before() + " " + c.after());
        }
        default -> throw new IllegalArgumentException(args[2]);
      }
    }
  }
}
