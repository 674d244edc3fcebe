package com.backofficecare.safeguard.logging;

import java.util.IdentityHashMap;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A stand-in for an exception whose message, or that of a cause or suppressed exception, held PHI:
 * the same stack frames, causes and suppressed exceptions (each a stand-in in turn), and the
 * messages redacted. {@link #toString()} and so {@code printStackTrace} print the original class
 * name ({@code java.lang.IllegalStateException: [SSN] rejected}); a renderer that prints {@code
 * getClass().getName()} (Log4j2's) shows this class, followed by the original class in {@link
 * #getLocalizedMessage()}.
 */
final class RedactedThrowable extends Throwable {

  private static final long serialVersionUID = 1L;

  private final String className;

  private RedactedThrowable(Throwable original, @Nullable String message) {
    super(message); // the cause is set once the stand-ins for the whole tree exist
    this.className = original.getClass().getName();
    setStackTrace(original.getStackTrace());
  }

  /**
   * {@code thrown} itself when no message along its causes and suppressed exceptions changes under
   * redaction, otherwise a stand-in for the whole tree (cycles included).
   */
  static Throwable of(Throwable thrown) {
    IdentityHashMap<Throwable, Optional<String>> safe = new IdentityHashMap<>();
    return redactMessages(thrown, safe) ? copy(thrown, safe, new IdentityHashMap<>()) : thrown;
  }

  /** Fills {@code safe} with each redacted message of the tree; whether any changed. */
  private static boolean redactMessages(
      Throwable t, IdentityHashMap<Throwable, Optional<String>> safe) {
    if (safe.containsKey(t)) {
      return false;
    }
    String raw = t.getMessage();
    String redacted = raw == null ? null : LogRedaction.redactTrace(raw);
    safe.put(t, Optional.ofNullable(redacted));
    boolean changed = !java.util.Objects.equals(redacted, raw);
    Throwable cause = t.getCause();
    if (cause != null) {
      changed |= redactMessages(cause, safe);
    }
    for (Throwable s : t.getSuppressed()) {
      changed |= redactMessages(s, safe);
    }
    return changed;
  }

  private static RedactedThrowable copy(
      Throwable t,
      IdentityHashMap<Throwable, Optional<String>> safe,
      IdentityHashMap<Throwable, RedactedThrowable> done) {
    RedactedThrowable r = done.get(t);
    if (r != null) {
      return r;
    }
    r = new RedactedThrowable(t, java.util.Objects.requireNonNull(safe.get(t)).orElse(null));
    done.put(t, r);
    Throwable cause = t.getCause();
    if (cause != null) {
      r.initCause(copy(cause, safe, done));
    }
    for (Throwable s : t.getSuppressed()) {
      r.addSuppressed(copy(s, safe, done));
    }
    return r;
  }

  /** The original class name and the redacted message, for renderers that print the class. */
  @Override
  public String getLocalizedMessage() {
    return toString();
  }

  @Override
  @SuppressWarnings("OverrideThrowableToString") // prints the original class, not this stand-in
  public String toString() {
    String m = getMessage();
    return m == null ? className : className + ": " + m;
  }
}
