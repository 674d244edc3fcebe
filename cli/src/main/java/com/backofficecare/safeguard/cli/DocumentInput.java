package com.backofficecare.safeguard.cli;

import com.backofficecare.safeguard.core.detection.PhiDetector;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The input options shared by {@code scan} and {@code redact}, and the streaming loop. */
final class DocumentInput {

  /** Exit status for bad input data (sysexits EX_DATAERR). */
  static final int EXIT_BAD_INPUT = 65;

  @Spec(Spec.Target.MIXEE) CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
      description = "JSON lines to read; standard input when absent.")
  Path file;

  @Option(names = "--skip-bad", description = "Skip malformed lines (reported on stderr) "
      + "instead of stopping with exit status 65.")
  boolean skipBad;

  @Option(names = "--min-confidence", paramLabel = "P", defaultValue = "0.5",
      description = "Report findings at least this confident (default: ${DEFAULT-VALUE}).")
  double minConfidence;

  @Option(names = "--max-line-chars", paramLabel = "N", defaultValue = "16777216",
      description = "Longest accepted line, bounding memory (default: ${DEFAULT-VALUE}).")
  int maxLineChars;

  interface Handler {
    void handle(JsonLines.Document doc, Writer out) throws IOException;
  }

  PhiDetector detector() {
    return PhiDetector.builder().minimumConfidence(minConfidence).build();
  }

  /** Streams every document through {@code handler}; returns the exit status. */
  int forEach(Handler handler) throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    BufferedReader reader;
    try {
      reader = file == null
          ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
          : Files.newBufferedReader(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      err.println("safeguard: no such file: " + file);
      return EXIT_BAD_INPUT;
    }
    int skipped = 0;
    try (reader;
        Writer out = new BufferedWriter(
            new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)) {
      JsonLines lines = new JsonLines(reader, maxLineChars);
      while (true) {
        JsonLines.Document doc;
        try {
          doc = lines.next();
        } catch (JsonLines.BadLineException e) {
          err.println("safeguard: " + e.getMessage());
          if (!skipBad) {
            out.flush();
            return EXIT_BAD_INPUT;
          }
          skipped++;
          continue;
        }
        if (doc == null) {
          break;
        }
        handler.handle(doc, out);
      }
    }
    if (skipped > 0) {
      err.println("safeguard: skipped " + skipped + " malformed line(s)");
    }
    return 0;
  }
}
