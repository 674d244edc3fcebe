package com.backofficecare.safeguard.cli;

import com.backofficecare.safeguard.core.AgencyId;
import com.backofficecare.safeguard.core.DataCategory;
import com.backofficecare.safeguard.crypto.tempstore.DeletionReceipt;
import com.backofficecare.safeguard.crypto.tempstore.ObjectId;
import com.backofficecare.safeguard.crypto.tempstore.SecureTempStore;
import com.backofficecare.safeguard.crypto.tempstore.StoredObject;
import com.backofficecare.safeguard.policy.store.StoreLayout;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code safeguard store}: the secure temporary store on a directory, for operators. */
@Command(
    name = "store",
    description = {
      "Encrypted temporary storage with sanitizing delete, in a directory (--store DIR).",
      "The key store passphrase is read from the environment variable SAFEGUARD_PASSPHRASE.",
      "Exit status: 0 done, 2 usage, 65 tampered object, 66 no such store, object or keys,",
      "75 storage unavailable (try again), 70 internal error."
    },
    mixinStandardHelpOptions = true,
    subcommands = {
      StoreCommand.Put.class,
      StoreCommand.Get.class,
      StoreCommand.Rm.class,
      StoreCommand.Ls.class,
      StoreCommand.Reap.class
    })
final class StoreCommand {

  /** Options every store command shares. */
  static class StoreOptions {
    @Option(
        names = "--store",
        required = true,
        paramLabel = "DIR",
        description =
            "The store directory (created by 'store put' if missing; every other"
                + " command refuses a directory that is not a store).")
    Path dir;

    /**
     * Opens the store, which must exist: only {@code store put} creates one, so a mistyped {@code
     * --store} on any other command is refused (exit 66) and creates nothing.
     */
    TerminationCommands.Opened openExisting() {
      if (!StoreLayout.at(dir).hasKeyStore()) {
        throw ExitStatus.Failure.noSuchInput(
            "no store at " + dir + " (no key store in it); nothing was created");
      }
      return open();
    }

    /**
     * The store with its audit trail: every put, read and sanitization is an event signed by the
     * store's identity.
     */
    TerminationCommands.Opened open() {
      return TerminationCommands.Opened.open(StoreLayout.at(dir));
    }
  }

  private static final Pattern SHORT_DURATION = Pattern.compile("(\\d{1,6})([smhd])");

  /** {@code 90m}, {@code 4h}, {@code 2d}, or ISO-8601 ({@code PT4H}). */
  static Duration duration(String text) {
    Matcher m = SHORT_DURATION.matcher(text);
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      return switch (m.group(2)) {
        case "s" -> Duration.ofSeconds(n);
        case "m" -> Duration.ofMinutes(n);
        case "h" -> Duration.ofHours(n);
        default -> Duration.ofDays(n);
      };
    }
    try {
      return Duration.parse(text);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("--ttl must look like 90m, 4h, 2d or PT4H");
    }
  }

  @Command(
      name = "put",
      mixinStandardHelpOptions = true,
      description = "Encrypts FILE (or - for standard input) into the store; prints the object id.")
  static final class Put implements Callable<Integer> {
    @Mixin StoreOptions options;

    @Option(names = "--agency", required = true, description = "Agency that owns the data.")
    String agency;

    @Option(
        names = "--category",
        defaultValue = "ADMINISTRATIVE",
        description = "Data category: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    DataCategory category;

    @Option(
        names = "--ttl",
        defaultValue = "24h",
        description = "Time to live, e.g. 90m, 4h, 2d (default ${DEFAULT-VALUE}; at most 30d).")
    String ttl;

    @Parameters(paramLabel = "FILE", description = "The file to store, or - for standard input.")
    String file;

    @Override
    public Integer call() throws Exception {
      AgencyId owner = AgencyId.of(agency);
      Duration life = duration(ttl);
      try (TerminationCommands.Opened opened = options.open();
          InputStream in = file.equals("-") ? System.in : Files.newInputStream(Path.of(file))) {
        SecureTempStore store = opened.store();
        StoredObject o = store.put(owner, category, in, life);
        System.out.println(o.id());
      }
      return 0;
    }
  }

  @Command(
      name = "get",
      mixinStandardHelpOptions = true,
      description = {
        "Writes the plaintext of object ID to standard output.",
        "The whole object is authenticated first: a tampered object writes nothing."
      })
  static final class Get implements Callable<Integer> {
    @Mixin StoreOptions options;

    @Parameters(paramLabel = "ID", description = "Object id, agency:token.")
    String id;

    @Override
    public Integer call() throws Exception {
      ObjectId object = ObjectId.parse(id);
      try (TerminationCommands.Opened opened = options.openExisting();
          InputStream in = opened.store().open(object)) {
        OutputStream out = new PrintStream(System.out, false);
        in.transferTo(out);
        out.flush();
      }
      return 0;
    }
  }

  @Command(
      name = "rm",
      mixinStandardHelpOptions = true,
      description = "Sanitizes object ID and prints its deletion receipt as JSON.")
  static final class Rm implements Callable<Integer> {
    @Mixin StoreOptions options;

    @Parameters(paramLabel = "ID", description = "Object id, agency:token.")
    String id;

    @Override
    public Integer call() throws Exception {
      ObjectId object = ObjectId.parse(id);
      try (TerminationCommands.Opened opened = options.openExisting()) {
        SecureTempStore store = opened.store();
        DeletionReceipt r = store.delete(object);
        System.out.println(r.toJson());
      }
      return 0;
    }
  }

  @Command(
      name = "ls",
      mixinStandardHelpOptions = true,
      description = "Lists objects as JSON lines: id, agency, category, size, created, expires.")
  static final class Ls implements Callable<Integer> {
    @Mixin StoreOptions options;

    @Option(names = "--agency", description = "Only this agency's objects.")
    String agency;

    @Override
    public Integer call() throws Exception {
      try (TerminationCommands.Opened opened = options.openExisting()) {
        SecureTempStore store = opened.store();
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        String only = agency;
        for (StoredObject o : only == null ? store.list() : store.list(AgencyId.of(only))) {
          out.println(o.toJson());
        }
        out.flush();
        List<ObjectId> damaged = only == null ? store.damaged() : store.damaged(AgencyId.of(only));
        if (!damaged.isEmpty()) {
          System.err.println(
              "warning: "
                  + damaged.size()
                  + " object(s) not listed: their metadata is damaged and they cannot be opened"
                  + " (a termination erases them): "
                  + damaged.stream().map(ObjectId::toString).collect(Collectors.joining(" ")));
        }
      }
      return 0;
    }
  }

  @Command(
      name = "reap",
      mixinStandardHelpOptions = true,
      description = "Sanitizes every expired object; prints one deletion receipt per line.")
  static final class Reap implements Callable<Integer> {
    @Mixin StoreOptions options;

    @Override
    public Integer call() throws Exception {
      try (TerminationCommands.Opened opened = options.openExisting()) {
        SecureTempStore store = opened.store();
        for (DeletionReceipt r : store.reapExpired()) {
          System.out.println(r.toJson());
        }
      }
      return 0;
    }
  }

  private StoreCommand() {}
}
