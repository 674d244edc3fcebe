package com.backofficecare.safeguard.cli;

import com.backofficecare.safeguard.core.detection.DetectionProfile;
import com.backofficecare.safeguard.core.detection.DetectionProfileException;
import com.backofficecare.safeguard.core.detection.PhiDetector;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The detector options of every command that finds PHI: a confidence floor and a profile. */
final class DetectorOptions {

  @Option(
      names = "--min-confidence",
      paramLabel = "P",
      description = "Report findings at least this confident (default: the profile's, else 0.5).")
  @Nullable Double minConfidence;

  @Option(
      names = "--profile",
      paramLabel = "FILE",
      description =
          "An agency's detection profile (YAML or JSON): roster, allow and deny lists,"
              + " recognizers, types and confidence floor.")
  @Nullable Path profile;

  /**
   * The detector the options describe; null once a refused profile's problems are written to
   * standard error (each with file, line and path, never a value): exit 65.
   */
  @Nullable PhiDetector detector(CommandLine commandLine) {
    PhiDetector.Builder b = PhiDetector.builder();
    if (minConfidence != null) {
      b.minimumConfidence(minConfidence);
    }
    if (profile != null) {
      try {
        b.profile(DetectionProfile.load(profile));
      } catch (DetectionProfileException e) {
        PrintWriter err = commandLine.getErr();
        e.problems().forEach(p -> err.println("safeguard: " + p));
        err.flush();
        return null;
      }
    }
    try {
      return b.build();
    } catch (IllegalStateException e) {
      throw new CommandLine.ParameterException(commandLine, e.getMessage());
    }
  }
}
