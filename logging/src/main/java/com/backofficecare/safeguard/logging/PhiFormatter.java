package com.backofficecare.safeguard.logging;

import static java.util.Objects.requireNonNull;

import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;

/**
 * A {@code java.util.logging} formatter that redacts PHI and then formats with another formatter:
 * the delegate sees a copy of each record whose message is the formatted message redacted (no
 * parameters left to fill in) and whose exception, if its message or that of a cause or suppressed
 * exception held PHI, is a redacted stand-in with the same class names and frames. Time, level,
 * logger and source names are passed through unread.
 *
 * <pre>{@code
 * handlers = java.util.logging.FileHandler
 * java.util.logging.FileHandler.formatter = com.backofficecare.safeguard.logging.PhiFormatter
 * com.backofficecare.safeguard.logging.PhiFormatter.delegate = java.util.logging.SimpleFormatter
 * }</pre>
 *
 * <p>Or in code: {@code handler.setFormatter(new PhiFormatter(new XMLFormatter()))}.
 */
public final class PhiFormatter extends Formatter {

  private final Formatter delegate;

  /**
   * The formatter named by the {@code com.backofficecare.safeguard.logging.PhiFormatter.delegate}
   * logging property, or a {@link SimpleFormatter} when there is none, as a handler configured by
   * class name gets it.
   *
   * @throws IllegalArgumentException if the named class cannot be made into a formatter
   */
  public PhiFormatter() {
    this(configuredDelegate());
  }

  /** Redacts, then formats with {@code delegate}. */
  public PhiFormatter(Formatter delegate) {
    this.delegate = requireNonNull(delegate, "delegate");
  }

  private static Formatter configuredDelegate() {
    String name =
        LogManager.getLogManager().getProperty(PhiFormatter.class.getName() + ".delegate");
    if (name == null || name.isBlank()) {
      return new SimpleFormatter();
    }
    try {
      ClassLoader context = Thread.currentThread().getContextClassLoader();
      ClassLoader loader = context != null ? context : PhiFormatter.class.getClassLoader();
      return Class.forName(name.trim(), true, loader)
          .asSubclass(Formatter.class)
          .getDeclaredConstructor()
          .newInstance();
    } catch (ReflectiveOperationException | ClassCastException e) {
      throw new IllegalArgumentException("cannot use " + name + " as the delegate formatter", e);
    }
  }

  @Override
  public String format(LogRecord record) {
    return delegate.format(redacted(record));
  }

  @Override
  public String getHead(Handler h) {
    return delegate.getHead(h);
  }

  @Override
  public String getTail(Handler h) {
    return delegate.getTail(h);
  }

  /** A copy of {@code record}, its message formatted and redacted and its exception redacted. */
  private LogRecord redacted(LogRecord record) {
    String message =
        record.getMessage() == null ? null : LogRedaction.redact(delegate.formatMessage(record));
    LogRecord copy = new LogRecord(record.getLevel(), message);
    copy.setLoggerName(record.getLoggerName());
    copy.setSequenceNumber(record.getSequenceNumber());
    copy.setSourceClassName(record.getSourceClassName());
    copy.setSourceMethodName(record.getSourceMethodName());
    copy.setInstant(record.getInstant());
    copy.setLongThreadID(record.getLongThreadID());
    Throwable thrown = record.getThrown();
    copy.setThrown(thrown == null ? null : RedactedThrowable.of(thrown));
    return copy;
  }
}
