package com.backofficecare.safeguard.cli;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** How tests start the CLI in a JVM of its own. */
final class CliProcess {

  private CliProcess() {}

  /**
   * The CLI's run-time class path (its classes and runtime dependencies, written by the build to
   * {@code target/runtime-classpath.txt}), without the test class path and the Spark on it.
   */
  static String classpath() {
    Path target =
        Path.of(SafeguardCli.class.getProtectionDomain().getCodeSource().getLocation().getPath())
            .getParent();
    try {
      return target.resolve("classes")
          + File.pathSeparator
          + Files.readString(target.resolve("runtime-classpath.txt")).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "run the tests through Maven, which writes" + " target/runtime-classpath.txt", e);
    }
  }
}
