package com.backofficecare.safeguard.cli;

import com.backofficecare.safeguard.crypto.LocalKeyStore;
import com.backofficecare.safeguard.policy.access.AccessGuard;
import com.backofficecare.safeguard.policy.access.AccessPolicy;
import com.backofficecare.safeguard.policy.access.AccessRequest;
import com.backofficecare.safeguard.policy.access.Decision;
import com.backofficecare.safeguard.policy.access.FileGuardStateStore;
import com.backofficecare.safeguard.policy.access.GuardState;
import com.backofficecare.safeguard.policy.audit.AuditEvent;
import com.backofficecare.safeguard.policy.audit.AuditLog;
import com.backofficecare.safeguard.policy.audit.SigningIdentity;
import com.backofficecare.safeguard.policy.config.PolicyFiles;
import com.backofficecare.safeguard.policy.store.StoreLayout;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code safeguard guard}: the access guard, for policy authors and their tests. */
@Command(
    name = "guard",
    mixinStandardHelpOptions = true,
    description = "Decides access requests against a policy file; compacts a store's guard state.",
    subcommands = {GuardCommand.Check.class, GuardCommand.Compact.class})
final class GuardCommand {

  private GuardCommand() {}

  @Command(
      name = "check",
      mixinStandardHelpOptions = true,
      description = {
        "Prints the decision on a request as JSON; with --audit, appends it to that log.",
        "Exit status: 0 permit, 1 deny, 2 usage, 65 invalid policy or request file, 66 no such store,",
        "75 guard state or audit log cannot be opened (nothing was decided)."
      })
  static final class Check implements Callable<Integer> {
    @Option(
        names = "--policy",
        required = true,
        paramLabel = "FILE",
        description = "Policy file (JSON).")
    Path policy;

    @Option(
        names = "--request",
        required = true,
        paramLabel = "FILE",
        description = "Request file (JSON).")
    Path request;

    @Option(
        names = "--audit",
        paramLabel = "LOG",
        description =
            "Audit log to append the decision to, signed by the identity of the"
                + " --store it needs (passphrase in SAFEGUARD_PASSPHRASE).")
    Path audit;

    @Option(
        names = "--store",
        paramLabel = "DIR",
        description = {
          "Store directory whose guard state"
              + " (isolations from incidents and terminations, recent downloads) the decision",
          "respects; a permitted download is recorded there."
        })
    Path store;

    @Override
    public Integer call() throws IOException {
      // Deciding only reads a store, so a mistyped one is refused; --audit signs with the store's
      // identity, made with its key store on first use.
      if (store != null
          && (store.toString().isEmpty()
              || (audit == null && !StoreLayout.at(store).holdsState()))) {
        System.err.println(
            "safeguard: "
                + store
                + " is not a store directory (no key store,"
                + " guard state or incidents in it); nothing was decided");
        return ExitStatus.NO_SUCH_INPUT;
      }
      if (audit == null) {
        return decide(null);
      }
      if (store == null) {
        throw ExitStatus.Failure.usage(
            "--audit needs --store DIR: the store's signing identity signs the trail");
      }
      // The trail is opened first: a decision it cannot record is not made (nor a download used).
      StoreLayout layout = StoreLayout.at(store);
      try (LocalKeyStore keys = TerminationCommands.openKeys(layout)) {
        SigningIdentity identity = layout.openSigningIdentity(keys);
        AuditLog opened;
        try {
          opened = AuditLog.open(audit, identity);
        } catch (RuntimeException e) {
          throw ExitStatus.Failure.retry(
              "cannot open the audit log " + audit + "; no decision was made", e);
        }
        try (AuditLog log = opened) {
          return decide(log);
        }
      }
    }

    private int decide(@org.jspecify.annotations.Nullable AuditLog log) throws IOException {
      // A policy file that is wrong exits 65, a guard state that cannot be read 75 (ExitStatus):
      // never 1, which means denied.
      AccessPolicy p = PolicyFiles.load(policy);
      AccessRequest r = PolicyFiles.loadRequest(request);
      Decision d;
      if (store == null) {
        d = AccessGuard.create(p).decide(r);
      } else {
        try (FileGuardStateStore gs = StoreLayout.at(store).openGuardState();
            GuardState state = GuardState.over(gs)) {
          d = AccessGuard.create(p, state).decide(r);
        }
      }
      if (log != null) {
        log.append(AuditEvent.of(d));
      }
      System.out.println(d.toJson());
      return d.permitted() ? ExitStatus.DONE : ExitStatus.DENIED_OR_INVALID;
    }
  }

  @Command(
      name = "compact",
      mixinStandardHelpOptions = true,
      description = {
        "Rewrites DIR/guard-state.log with only what can still decide: isolations in force,",
        "downloads of the last 30 days, one-time-password records of the last 24 hours.",
        "Safe while services and other commands use the store. Prints"
            + " {\"records\":N,\"kept\":M,\"compacted\":true|false}.",
        "Exit status: 0 done, 2 usage, 66 no guard state in DIR, 75 the guard state cannot be"
            + " read or rewritten (it is unchanged)."
      })
  static final class Compact implements Callable<Integer> {
    @Option(
        names = "--store",
        required = true,
        paramLabel = "DIR",
        description = "Store directory.")
    Path store;

    @Option(names = "--dry-run", description = "Prints what it would keep; changes nothing.")
    boolean dryRun;

    @Override
    public Integer call() {
      Path file = StoreLayout.at(store).guardState();
      if (!java.nio.file.Files.isRegularFile(file)) {
        System.err.println("safeguard: no guard state in " + store + "; nothing was compacted");
        return ExitStatus.NO_SUCH_INPUT;
      }
      GuardState.Compaction plan;
      try (FileGuardStateStore reading = FileGuardStateStore.openExisting(file)) {
        plan = GuardState.planCompaction(reading);
      }
      long kept = plan.after();
      if (!dryRun) {
        try (FileGuardStateStore gs = FileGuardStateStore.openExisting(file);
            GuardState state = GuardState.over(gs)) {
          kept = state.compact().after();
        }
      }
      System.out.println(
          "{\"records\":"
              + plan.before()
              + ",\"kept\":"
              + kept
              + ",\"compacted\":"
              + !dryRun
              + "}");
      return ExitStatus.DONE;
    }
  }
}
