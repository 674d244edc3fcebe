package com.backofficecare.safeguard.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code safeguard} command: {@code java -jar cli/target/safeguard.jar --help}. */
@Command(
    name = "safeguard",
    description =
        "Enforces the Client Data Handling Policy: finds and redacts PHI, keeps temporary files encrypted.",
    mixinStandardHelpOptions = true,
    version = "safeguard 0.1.0-SNAPSHOT",
    subcommands = {
      ScanCommand.class,
      RedactCommand.class,
      RedactTableCommand.class,
      PseudonymKeyCommand.class,
      StoreCommand.class,
      GuardCommand.class,
      AuditCommand.class,
      IncidentCommand.class,
      TerminationCommands.Retention.class,
      TerminationCommands.Terminate.class,
      TerminationCommands.Certificate.class,
      SigningKeyCommand.class
    })
public final class SafeguardCli {

  @Option(
      names = "--debug",
      scope = ScopeType.INHERIT,
      description = "Print the stack trace of an internal error (never printed otherwise).")
  boolean debug;

  SafeguardCli() {}

  /** The configured command line (for tests and embedding); failures map through ExitStatus. */
  public static CommandLine commandLine() {
    return new CommandLine(new SafeguardCli())
        .setExecutionExceptionHandler(ExitStatus::handle)
        .setExitCodeExceptionMapper(ExitStatus::of);
  }

  /** Runs the command line and returns its exit status. */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  /**
   * Runs a command with {@code env} in place of the process environment (for {@code
   * SAFEGUARD_PASSPHRASE} and the like): how an embedding application or a test runs commands in
   * its own JVM.
   */
  static int run(java.util.Map<String, String> env, String... args) {
    return Environment.with(env, () -> commandLine().execute(args));
  }

  /** Kept referenced: java.util.logging holds loggers weakly. */
  private static final java.util.logging.Logger VALIDATOR_LOG =
      java.util.logging.Logger.getLogger("org.hibernate.validator");

  public static void main(String[] args) {
    VALIDATOR_LOG.setLevel(java.util.logging.Level.WARNING); // no start-up banner on stderr
    System.exit(run(args));
  }
}
