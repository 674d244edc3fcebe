package com.backofficecare.safeguard.cli;

import com.backofficecare.safeguard.core.AgencyId;
import com.backofficecare.safeguard.crypto.LocalKeyStore;
import com.backofficecare.safeguard.crypto.tempstore.DeletionReceipt;
import com.backofficecare.safeguard.crypto.tempstore.SecureTempStore;
import com.backofficecare.safeguard.policy.access.FileGuardStateStore;
import com.backofficecare.safeguard.policy.access.GuardState;
import com.backofficecare.safeguard.policy.audit.AuditEvent;
import com.backofficecare.safeguard.policy.audit.AuditLog;
import com.backofficecare.safeguard.policy.audit.PinnedKeys;
import com.backofficecare.safeguard.policy.config.PolicyFileException;
import com.backofficecare.safeguard.policy.config.PolicyFiles;
import com.backofficecare.safeguard.policy.retention.RetentionSchedule;
import com.backofficecare.safeguard.policy.retention.RetentionSweep;
import com.backofficecare.safeguard.policy.store.StoreLayout;
import com.backofficecare.safeguard.policy.termination.DestructionCertificate;
import com.backofficecare.safeguard.policy.termination.Termination;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code retention}, {@code terminate} and {@code certificate}: policy section 10 for operators.
 */
final class TerminationCommands {

  private TerminationCommands() {}

  /**
   * The store directory's key store, with the passphrase from {@code SAFEGUARD_PASSPHRASE}; keys a
   * termination destroyed but a restored copy revived are destroyed again, and said so.
   */
  static LocalKeyStore openKeys(StoreLayout layout) {
    String pass = Environment.get("SAFEGUARD_PASSPHRASE");
    if (pass == null || pass.isEmpty()) {
      throw ExitStatus.Failure.usage("set SAFEGUARD_PASSPHRASE to the key store passphrase");
    }
    char[] chars = pass.toCharArray();
    try {
      return layout.openKeyStore(
          chars,
          revived ->
              System.err.println(
                  "safeguard: the key store"
                      + " still held the keys of "
                      + revived
                      + ", which their termination destroyed (a copy"
                      + " restored from before it?); they are destroyed again"));
    } finally {
      Arrays.fill(chars, '\0');
    }
  }

  /**
   * The store's audit trail, signed by the store's identity (sealed by {@code keys}). A trail that
   * cannot be opened (another process keeps it past the wait, or it fails verification) exits 75.
   */
  static AuditLog openAudit(StoreLayout layout, LocalKeyStore keys) {
    com.backofficecare.safeguard.policy.audit.SigningIdentity identity =
        layout.openSigningIdentity(keys);
    try {
      return layout.openAuditLog(identity);
    } catch (IllegalStateException | java.io.UncheckedIOException e) {
      throw ExitStatus.Failure.retry(
          "cannot open the audit trail " + layout.auditLog() + ": " + e.getMessage(), e);
    }
  }

  /** The store directory's key store, objects and audit log, opened together. */
  record Opened(LocalKeyStore keys, SecureTempStore store, AuditLog audit)
      implements AutoCloseable {
    static Opened open(StoreLayout layout) {
      LocalKeyStore keys = openKeys(layout);
      AuditLog audit = openAudit(layout, keys);
      SecureTempStore store =
          layout
              .secureTempStore(keys)
              .onEvent(
                  e ->
                      audit.append(
                          com.backofficecare.safeguard.policy.audit.AuditEvent.of(e, "cli")))
              .warmUp(false)
              .build();
      return new Opened(keys, store, audit);
    }

    @Override
    public void close() {
      audit.close();
      store.close();
    }
  }

  @Command(
      name = "retention",
      mixinStandardHelpOptions = true,
      description = "Retention of stored data.",
      subcommands = Sweep.class)
  static final class Retention {}

  @Command(
      name = "sweep",
      mixinStandardHelpOptions = true,
      description = {
        "Sanitizes every object that outlived its retention rule or its expiry,",
        "except under a legal hold; prints one deletion receipt per line.",
        "--rules FILE: {\"rules\":[{\"agency\":A?,\"category\":C,\"days\":N,\"basis\":T}],",
        "\"holds\":[{\"agency\":A,\"category\":C?,\"reason\":T}]}"
      })
  static final class Sweep implements Callable<Integer> {
    @Mixin StoreCommand.StoreOptions options;

    @Option(
        names = "--rules",
        paramLabel = "FILE",
        description = "Retention rules and legal holds (JSON).")
    Path rules;

    @Option(names = "--dry-run", description = "List what would be sanitized; change nothing.")
    boolean dryRun;

    @Override
    public Integer call() throws Exception {
      RetentionSchedule schedule = new RetentionSchedule(List.of(), List.of());
      if (rules != null) {
        try {
          schedule = PolicyFiles.loadRetention(rules, Instant.now());
        } catch (PolicyFileException e) {
          System.err.println("safeguard: " + e.getMessage());
          return ExitStatus.BAD_DATA;
        }
      }
      RetentionSchedule s = schedule;
      if (!StoreLayout.at(options.dir).hasKeyStore()) {
        System.err.println("safeguard: no store at " + options.dir + " (no key store in it)");
        return ExitStatus.NO_SUCH_INPUT;
      }
      try (Opened o = Opened.open(StoreLayout.at(options.dir))) {
        if (dryRun) {
          RetentionSweep.Plan p = RetentionSweep.plan(o.store(), s, Instant.now());
          for (var obj : p.due()) {
            System.out.println(
                "would sanitize "
                    + obj.id()
                    + " ("
                    + obj.agency().value()
                    + ", "
                    + obj.category()
                    + ")");
          }
          System.err.println(
              p.due().size()
                  + " would be sanitized, "
                  + p.heldBack()
                  + " held back by legal holds (dry run: nothing changed)");
          return 0;
        }
        RetentionSweep.Result r = RetentionSweep.run(o.store(), s, Instant.now());
        for (DeletionReceipt d : r.deleted()) {
          System.out.println(d.toJson());
        }
        System.err.println(
            r.deleted().size() + " sanitized, " + r.heldBack() + " held back by legal holds");
      }
      return 0;
    }
  }

  @Command(
      name = "terminate",
      mixinStandardHelpOptions = true,
      description = {
        "Terminates one agency's services: isolates it, returns its data (OpenPGP",
        "archive to --recipient-key) and/or destroys it (crypto-erase), records physical",
        "destruction, and writes the signed certificate to --out (and .sig, .md beside it).",
        "Resumable: run it again after a crash. Other agencies' data is never touched."
      })
  static final class Terminate implements Callable<Integer> {
    @Mixin StoreCommand.StoreOptions options;

    @Option(names = "--agency", required = true)
    String agency;

    @Option(names = "--mode", required = true, description = "return, destroy or both.")
    String mode;

    @Option(
        names = "--recipient-key",
        paramLabel = "KEY.asc",
        description = "The agency's OpenPGP public key.")
    Path recipientKey;

    @Option(
        names = "--archive",
        paramLabel = "FILE",
        description = "Where the return archive goes (default: beside --out).")
    Path archive;

    @Option(names = "--out", required = true, paramLabel = "CERT.json")
    Path out;

    @Option(names = "--operator", defaultValue = "operator", description = "Who runs it.")
    String operator;

    @Option(
        names = "--physical",
        paramLabel = "WHO|WHEN|HOW",
        description = "Attestation of physical-document destruction.")
    String physical;

    @Option(
        names = "--dry-run",
        description = "List what would be returned and destroyed; change nothing.")
    boolean dryRun;

    @Option(
        names = "--allow-empty",
        description = "Terminate an agency the store has no keys, objects or journal for.")
    boolean allowEmpty;

    @Override
    public Integer call() throws Exception {
      if (!StoreLayout.at(options.dir).hasKeyStore()) {
        System.err.println(
            "safeguard: no store at "
                + options.dir
                + " (no key store in it);"
                + " nothing was created");
        return ExitStatus.NO_SUCH_INPUT;
      }
      Termination.Mode m;
      try {
        m = Termination.Mode.valueOf(mode.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        System.err.println("safeguard: --mode takes return, destroy or both");
        return ExitStatus.USAGE;
      }
      // Everything the run will write must be writable before anything is destroyed.
      for (Path target : archive == null ? List.of(out) : List.of(out, archive)) {
        Path parent = target.toAbsolutePath().getParent();
        if (parent == null
            || !java.nio.file.Files.isDirectory(parent)
            || !java.nio.file.Files.isWritable(parent)) {
          System.err.println(
              "safeguard: cannot write "
                  + target
                  + ": its directory is missing"
                  + " or not writable; nothing was changed");
          return ExitStatus.NO_SUCH_INPUT;
        }
      }
      try (Opened o = Opened.open(StoreLayout.at(options.dir))) {
        AgencyId id = AgencyId.of(agency);
        List<com.backofficecare.safeguard.crypto.tempstore.StoredObject> objects =
            o.store().list(id);
        boolean journaled =
            java.nio.file.Files.exists(
                StoreLayout.at(options.dir).terminations().resolve(agency + ".jsonl"));
        if (!allowEmpty && objects.isEmpty() && o.keys().kekIds(id).isEmpty() && !journaled) {
          System.err.println(
              "safeguard: the store knows no agency '"
                  + agency
                  + "' (no keys,"
                  + " objects or termination journal); check the name, or pass --allow-empty");
          return ExitStatus.NO_SUCH_INPUT;
        }
        if (dryRun) {
          for (var obj : objects) {
            System.out.println(
                "would "
                    + (m == Termination.Mode.RETURN
                        ? "return "
                        : m == Termination.Mode.DESTROY ? "destroy " : "return and destroy ")
                    + obj.id()
                    + " ("
                    + obj.category()
                    + ")");
          }
          System.err.println(
              objects.size()
                  + " object(s) of "
                  + agency
                  + "; keys "
                  + (m == Termination.Mode.RETURN ? "kept" : "would be destroyed")
                  + " (dry run: nothing else changed)");
          return 0;
        }
        Termination.Builder b =
            Termination.builder(id, m)
                .store(o.store(), o.keys())
                .audit(o.audit())
                .journal(StoreLayout.at(options.dir).terminations())
                .operator(operator);
        if (m != Termination.Mode.DESTROY) {
          if (recipientKey == null) {
            throw ExitStatus.Failure.usage("--mode " + mode + " needs --recipient-key");
          }
          b.returnTo(
              recipientKey,
              archive != null
                  ? archive
                  : out.toAbsolutePath().resolveSibling(agency + "-export.zip.gpg"));
        }
        if (physical != null) {
          String[] p = physical.split("\\|", 3);
          if (p.length != 3) {
            throw ExitStatus.Failure.usage("--physical takes WHO|WHEN|HOW");
          }
          b.physicalDestruction(new Termination.PhysicalDestruction(p[0], p[1], p[2]));
        }
        DestructionCertificate c;
        // The agency's isolation goes where every later 'guard check --store' reads it.
        try (FileGuardStateStore gs = StoreLayout.at(options.dir).openGuardState();
            GuardState state = GuardState.over(gs)) {
          state.onIsolation(i -> o.audit().append(AuditEvent.of(i)));
          c = b.guardState(state).build().run(out);
        }
        System.out.println(
            out + ": " + c.deletedObjects().size() + " object(s) sanitized for " + agency);
      }
      return 0;
    }
  }

  @Command(
      name = "certificate",
      mixinStandardHelpOptions = true,
      description = "Reads and verifies data-destruction certificates.",
      subcommands = {Show.class, Verify.class})
  static final class Certificate {}

  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description = "Prints the certificate in words (Markdown).")
  static final class Show implements Callable<Integer> {
    @Parameters(paramLabel = "FILE")
    Path file;

    @Override
    public Integer call() throws Exception {
      System.err.println(
          "note: shown as written, not verified; run 'certificate verify"
              + " --issuer-key' to check it");
      System.out.print(DestructionCertificate.markdown(file));
      return 0;
    }
  }

  @Command(
      name = "verify",
      mixinStandardHelpOptions = true,
      description = {
        "Checks that the certificate is signed (FILE.sig) by a key you pinned earlier",
        "(--issuer-key: the output of 'safeguard signing-key'), never by a key it carries;",
        "with --audit, that the audit trail verifies against its tree head under that key and",
        "holds a deletion event for every object it lists as sanitized.",
        "Exit status: 0 valid, 1 invalid or issuer not verified (with the reason),",
        "65 unreadable key file."
      })
  static final class Verify implements Callable<Integer> {
    @Parameters(paramLabel = "FILE")
    Path file;

    @Option(
        names = "--issuer-key",
        paramLabel = "KEYS",
        description = "The pinned signing keys of the issuer (pinned-keys format).")
    Path issuerKey;

    @Option(
        names = "--audit",
        paramLabel = "LOG",
        description = "The audit trail to check against.")
    Path audit;

    @Override
    public Integer call() throws Exception {
      PinnedKeys pinned = SigningKeyCommand.readPinned(issuerKey);
      DestructionCertificate.Check c = DestructionCertificate.verify(file, pinned, audit);
      System.out.println((c.valid() ? "valid: " : "INVALID: ") + c.reason());
      return c.valid() ? ExitStatus.DONE : ExitStatus.DENIED_OR_INVALID;
    }
  }
}
