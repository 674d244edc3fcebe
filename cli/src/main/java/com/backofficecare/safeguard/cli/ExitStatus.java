package com.backofficecare.safeguard.cli;

import com.backofficecare.safeguard.core.SafeguardException;
import com.backofficecare.safeguard.core.detection.DetectionProfileException;
import com.backofficecare.safeguard.crypto.IntegrityException;
import com.backofficecare.safeguard.crypto.KeyUnavailableException;
import com.backofficecare.safeguard.crypto.tempstore.DamagedObjectException;
import com.backofficecare.safeguard.crypto.tempstore.ObjectNotFoundException;
import com.backofficecare.safeguard.policy.access.GuardStateException;
import com.backofficecare.safeguard.policy.audit.AuditFormatException;
import com.backofficecare.safeguard.policy.config.PolicyFileException;
import com.backofficecare.safeguard.policy.credentials.ReusedCredentialException;
import com.backofficecare.safeguard.policy.incident.ConcurrentIncidentUpdateException;
import com.backofficecare.safeguard.policy.incident.IllegalTransitionException;
import com.backofficecare.safeguard.storage.StorageException;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.time.DateTimeException;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * The exit statuses of every command (README, "Exit status"), and the one place that turns a
 * failure into one and into a message. A message is printed only when it is Safeguard's own (which
 * names files, lines, ids and counts, never PHI); a parser's message, which can quote its input, is
 * not. No stack trace is printed unless {@code --debug} is given.
 */
final class ExitStatus {

  /** Done as asked. */
  static final int DONE = 0;

  /** Denied by the guard, or found invalid (a tampered log, an unverified certificate). */
  static final int DENIED_OR_INVALID = 1;

  /** The command line is wrong. */
  static final int USAGE = 2;

  /** An input file or record is malformed. */
  static final int BAD_DATA = 65;

  /** An input (file, store, object, agency, key) does not exist. */
  static final int NO_SUCH_INPUT = 66;

  /** A bug: reported with the exception's class only (its stack trace with --debug). */
  static final int INTERNAL = 70;

  /** A temporary failure (a lock held, storage unavailable, a concurrent update): try again. */
  static final int RETRY = 75;

  private ExitStatus() {}

  /** The status for {@code failure}. */
  static int of(Throwable failure) {
    Throwable e =
        failure instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : failure;
    if (e instanceof Failure f) {
      return f.status;
    }
    if (e instanceof CommandLine.ParameterException
        || e instanceof IllegalArgumentException
        || e instanceof DateTimeException) {
      return USAGE;
    }
    if (e instanceof PolicyFileException
        || e instanceof DetectionProfileException
        || e instanceof AuditFormatException
        || e instanceof IntegrityException
        || e instanceof DamagedObjectException
        || e instanceof JsonProcessingException) {
      return BAD_DATA;
    }
    if (e instanceof NoSuchFileException
        || e instanceof ObjectNotFoundException
        || e instanceof KeyUnavailableException) {
      return NO_SUCH_INPUT;
    }
    if (e instanceof IllegalTransitionException || e instanceof ReusedCredentialException) {
      return DENIED_OR_INVALID;
    }
    if (e instanceof GuardStateException
        || e instanceof ConcurrentIncidentUpdateException
        || e instanceof StorageException
        || e instanceof IOException) {
      return RETRY;
    }
    return INTERNAL;
  }

  /** What to print for {@code failure}: its message if it is ours, else only its kind. */
  static String message(Throwable failure) {
    Throwable e =
        failure instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : failure;
    String m = e.getMessage();
    boolean ours =
        e instanceof SafeguardException
            || e instanceof StorageException
            || e instanceof CommandLine.ParameterException
            || e instanceof Failure
            || e instanceof IllegalArgumentException;
    if (e instanceof IntegrityException) {
      return "the object failed authentication; nothing was written";
    }
    if (e instanceof NoSuchFileException f) {
      return "no such file: " + f.getFile();
    }
    if (e instanceof JsonProcessingException j) {
      return "malformed JSON"
          + (j.getLocation() == null
              ? ""
              : " at line "
                  + j.getLocation().getLineNr()
                  + ", column "
                  + j.getLocation().getColumnNr());
    }
    if (ours && m != null) {
      return m;
    }
    int status = of(failure);
    return (status == INTERNAL ? "internal error (" : "failed (")
        + e.getClass().getName()
        + "); run again with --debug for the stack trace";
  }

  /** picocli's handler for an exception a command threw: prints why, returns the status. */
  static int handle(Exception failure, CommandLine commandLine, ParseResult parsed) {
    PrintWriter err = commandLine.getErr();
    err.println("safeguard: " + message(failure));
    if (debug(parsed)) {
      failure.printStackTrace(err);
    }
    err.flush();
    return of(failure);
  }

  private static boolean debug(ParseResult parsed) {
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }

  /** A failure a command reports with its status and a message of its own (no PHI). */
  static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int status;

    private Failure(int status, String message, @Nullable Throwable cause) {
      super(message, cause);
      this.status = status;
    }

    /** The command line is wrong. */
    static Failure usage(String message) {
      return new Failure(USAGE, message, null);
    }

    /** An input (a store, an agency) does not exist. */
    static Failure noSuchInput(String message) {
      return new Failure(NO_SUCH_INPUT, message, null);
    }

    /** Something that may succeed if tried again failed; {@code cause} is shown with --debug. */
    static Failure retry(String message, Throwable cause) {
      return new Failure(RETRY, message, cause);
    }
  }
}
