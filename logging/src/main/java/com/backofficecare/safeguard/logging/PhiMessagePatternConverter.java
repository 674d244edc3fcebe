package com.backofficecare.safeguard.logging;

import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.config.plugins.Plugin;
import org.apache.logging.log4j.core.pattern.ConverterKeys;
import org.apache.logging.log4j.core.pattern.LogEventPatternConverter;
import org.apache.logging.log4j.core.pattern.PatternConverter;

/**
 * A Log4j2 pattern converter for the formatted message with PHI redacted: {@code %safeMsg} in place
 * of {@code %msg}. Cheaper than {@link PhiRewritePolicy} (no copy of the event), and the same
 * redaction:
 *
 * <pre>{@code
 * <PatternLayout pattern="%d %-5level %logger - %safeMsg%n"/>
 * }</pre>
 */
@Plugin(name = "PhiMessagePatternConverter", category = PatternConverter.CATEGORY)
@ConverterKeys({"safeMsg"})
public final class PhiMessagePatternConverter extends LogEventPatternConverter {

  private static final PhiMessagePatternConverter INSTANCE = new PhiMessagePatternConverter();

  private PhiMessagePatternConverter() {
    super("SafeMessage", "message");
  }

  /** Log4j2's factory for the converter (options are not used). */
  public static PhiMessagePatternConverter newInstance(String[] options) {
    return INSTANCE;
  }

  @Override
  public void format(LogEvent event, StringBuilder toAppendTo) {
    toAppendTo.append(LogRedaction.redact(event.getMessage().getFormattedMessage()));
  }
}
