package com.backofficecare.safeguard.policy.access;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * A separate JVM for {@link GuardStateTest}: {@code PATH ACTION [ARG]} where PATH is the store's
 * file, and ACTION is {@code isolate TARGET}, {@code release TARGET}, {@code check} (prints permit
 * or deny for the fixtures' request), {@code download} (prints permit or deny for a download of
 * client-17), {@code isolate-many PREFIX} (isolates PREFIX-0, PREFIX-1... printing each once it
 * returned, until killed), {@code isolated TARGET} (prints true or false), {@code compact} (prints
 * the records before and after), {@code compact-loop} (compacts, printing "compacted" each time,
 * until killed) or {@code isolate-compact-many PREFIX} (as isolate-many, downloading and compacting
 * after each).
 */
public final class GuardStateWorker {

  private GuardStateWorker() {}

  public static void main(String[] args) {
    try (GuardStateStore store = FileGuardStateStore.open(Path.of(args[0]));
        GuardState state = GuardState.over(store)) {
      AccessGuard guard = AccessGuard.create(Fixtures.policy().build(), state);
      Instant now = Instant.now();
      switch (args[1]) {
        case "isolate" -> guard.isolate(IsolationTarget.parse(args[2]), "worker", "u-ops", now);
        case "release" ->
            guard.release(IsolationTarget.parse(args[2]), "worker", "done", "u-ops", now);
        case "check" ->
            System.out.println(
                guard.decide(Fixtures.request().build()).permitted() ? "permit" : "deny");
        case "download" ->
            System.out.println(
                guard
                        .decide(
                            Fixtures.request()
                                .action(Action.DOWNLOAD)
                                .encryptedChannel(true)
                                .build())
                        .permitted()
                    ? "permit"
                    : "deny");
        case "isolate-many", "isolate-compact-many" -> {
          boolean compact = args[1].equals("isolate-compact-many");
          for (int i = 0; ; i++) {
            String id = args[2] + "-" + i;
            guard.isolate(IsolationTarget.device(id), "worker", "u-ops", now);
            if (compact) {
              guard.decide(
                  Fixtures.request()
                      .action(Action.DOWNLOAD)
                      .encryptedChannel(true)
                      .records(List.of(id))
                      .build());
              state.compact();
            }
            System.out.println(id);
            System.out.flush();
          }
        }
        case "isolated" -> System.out.println(state.isIsolated(IsolationTarget.parse(args[2])));
        case "compact" -> {
          GuardState.Compaction c = state.compact();
          System.out.println(c.before() + " " + c.after());
        }
        case "compact-loop" -> {
          while (true) {
            state.compact();
            System.out.println("compacted");
            System.out.flush();
          }
        }
        default -> throw new IllegalArgumentException(args[1]);
      }
    }
  }
}
