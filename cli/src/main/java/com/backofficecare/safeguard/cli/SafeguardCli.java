package com.backofficecare.safeguard.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code safeguard} command: {@code java -jar cli/target/safeguard.jar --help}. */
@Command(
    name = "safeguard",
    description = "Enforces the Client Data Handling Policy: finds and redacts PHI, keeps temporary files encrypted.",
    mixinStandardHelpOptions = true,
    version = "safeguard 0.1.0-SNAPSHOT",
    subcommands = {ScanCommand.class, RedactCommand.class, StoreCommand.class})
public final class SafeguardCli {

  SafeguardCli() {}

  /** The configured command line (for tests and embedding). */
  public static CommandLine commandLine() {
    return new CommandLine(new SafeguardCli());
  }

  /** Runs the command line and returns its exit status. */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }
}
