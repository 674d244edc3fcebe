package com.backofficecare.safeguard.logging;

import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.plugins.Plugin;
import org.apache.logging.log4j.core.pattern.ConverterKeys;
import org.apache.logging.log4j.core.pattern.LogEventPatternConverter;
import org.apache.logging.log4j.core.pattern.PatternConverter;
import org.apache.logging.log4j.core.pattern.ThrowablePatternConverter;
import org.jspecify.annotations.Nullable;

/**
 * A Log4j2 pattern converter for the event's exception as {@code %ex} prints it (same options),
 * with the messages of the exception, its causes and its suppressed exceptions redacted and the
 * stack frames untouched. It counts as the layout's exception converter, so Log4j2 appends no plain
 * one:
 *
 * <pre>{@code
 * <PatternLayout pattern="%d %-5level %logger - %safeMsg%n%phiEx"/>
 * }</pre>
 */
@Plugin(name = "PhiThrowablePatternConverter", category = PatternConverter.CATEGORY)
@ConverterKeys({"phiEx"})
public final class PhiThrowablePatternConverter extends LogEventPatternConverter {

  private final ThrowablePatternConverter plain;

  private PhiThrowablePatternConverter(ThrowablePatternConverter plain) {
    super("PhiThrowable", "throwable");
    this.plain = plain;
  }

  /** Log4j2's factory: the options are those of {@code %ex}. */
  public static PhiThrowablePatternConverter newInstance(
      @Nullable Configuration config, String @Nullable [] options) {
    return new PhiThrowablePatternConverter(
        ThrowablePatternConverter.newInstance(config, options == null ? new String[0] : options));
  }

  @Override
  public void format(LogEvent event, StringBuilder toAppendTo) {
    if (event.getThrown() == null) {
      return;
    }
    StringBuilder rendered = new StringBuilder(1024);
    plain.format(event, rendered);
    toAppendTo.append(LogRedaction.redactTrace(rendered.toString()));
  }

  @Override
  public boolean handlesThrowable() {
    return true;
  }
}
