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
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The input options shared by {@code scan} and {@code redact}, and the streaming loop. */
final class DocumentInput {

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "FILE",
      description = "JSON lines to read; standard input when absent.")
  Path file;

  @Option(
      names = "--skip-bad",
      description =
          "Skip malformed lines (reported on stderr) " + "instead of stopping with exit status 65.")
  boolean skipBad;

  @Mixin DetectorOptions detection;

  @Option(
      names = "--max-line-chars",
      paramLabel = "N",
      defaultValue = "16777216",
      description = "Longest accepted line, bounding memory (default: ${DEFAULT-VALUE}).")
  int maxLineChars;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "Documents scanned at once (default: the number of processors). Output stays"
              + " in input order.")
  Integer threads;

  /** Turns one document into its output line (without the line break); called concurrently. */
  interface Handler {
    String render(JsonLines.Document doc) throws IOException;
  }

  /** Characters of input text in flight at most: bounds memory whatever the thread count. */
  private static final long MAX_CHARS_IN_FLIGHT = 1L << 25;

  /** The detector the options describe; null once a refused profile was reported (exit 65). */
  @Nullable PhiDetector detector() {
    return detection.detector(spec.commandLine());
  }

  /**
   * Streams every document through {@code handler} on a pool of threads and writes the results in
   * input order; returns the exit status. At most a bounded window of documents (by count and by
   * characters) is read ahead, so memory stays bounded on inputs of any size.
   */
  int forEach(Handler handler) throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (workers < 1 || workers > 256) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--threads must be 1 to 256: " + workers);
    }
    BufferedReader reader;
    try {
      reader =
          file == null
              ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
              : Files.newBufferedReader(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      err.println("safeguard: no such file: " + file);
      return ExitStatus.NO_SUCH_INPUT;
    }
    int skipped = 0;
    ExecutorService pool =
        Executors.newFixedThreadPool(
            workers,
            r -> {
              Thread t = new Thread(r, "safeguard-scan");
              t.setDaemon(true);
              return t;
            });
    ArrayDeque<Pending> window = new ArrayDeque<>();
    long charsInFlight = 0;
    // Standard output is flushed, never closed: the caller may still write to it.
    Writer out =
        new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
    try (reader) {
      JsonLines lines = new JsonLines(reader, maxLineChars);
      while (true) {
        JsonLines.Document doc;
        try {
          doc = lines.next();
        } catch (JsonLines.BadLineException e) {
          if (!skipBad) {
            drain(window, out, 0);
            err.println("safeguard: " + e.getMessage());
            out.flush();
            return ExitStatus.BAD_DATA;
          }
          err.println("safeguard: " + e.getMessage());
          skipped++;
          continue;
        }
        if (doc == null) {
          break;
        }
        JsonLines.Document d = doc;
        window.add(new Pending(d.text().length(), pool.submit(() -> handler.render(d))));
        charsInFlight += d.text().length();
        while (window.size() > 4 * workers || charsInFlight > MAX_CHARS_IN_FLIGHT) {
          charsInFlight -= writeHead(window, out);
        }
      }
      drain(window, out, 0);
      out.flush();
    } finally {
      pool.shutdownNow();
    }
    if (skipped > 0) {
      err.println("safeguard: skipped " + skipped + " malformed line(s)");
    }
    return 0;
  }

  private record Pending(int chars, Future<String> line) {}

  private static void drain(ArrayDeque<Pending> window, Writer out, int keep) throws IOException {
    while (window.size() > keep) {
      writeHead(window, out);
    }
  }

  /** Waits for the oldest document and writes its line; returns its text's length. */
  private static int writeHead(ArrayDeque<Pending> window, Writer out) throws IOException {
    Pending head = window.remove();
    try {
      out.write(head.line().get());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(cause);
    }
    out.write('\n');
    return head.chars();
  }
}
