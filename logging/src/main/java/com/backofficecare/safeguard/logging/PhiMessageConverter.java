package com.backofficecare.safeguard.logging;

import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * A Logback converter for the formatted message with PHI redacted. Register it and use it in place
 * of {@code %msg}:
 *
 * <pre>{@code
 * <conversionRule conversionWord="safeMsg"
 *     class="com.backofficecare.safeguard.logging.PhiMessageConverter"/>
 * <pattern>%d %-5level %logger - %safeMsg%n</pattern>
 * }</pre>
 */
public final class PhiMessageConverter extends ClassicConverter {

  /** For Logback's configuration. */
  public PhiMessageConverter() {}

  @Override
  public String convert(ILoggingEvent event) {
    return LogRedaction.redact(event.getFormattedMessage());
  }
}
