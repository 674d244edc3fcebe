package com.backofficecare.safeguard.logging;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.IThrowableProxy;

/**
 * A Logback converter for the event's exception as {@code %ex} prints it, with the message of the
 * exception, of every cause and of every suppressed exception redacted; stack frames are printed
 * untouched. Use it in place of {@code %ex}, and always put it in a pattern that uses {@code
 * %safeMsg}: a pattern with no exception converter makes Logback append a plain one.
 *
 * <pre>{@code
 * <conversionRule conversionWord="phiEx"
 *     class="com.backofficecare.safeguard.logging.PhiThrowableConverter"/>
 * <pattern>%d %-5level %logger - %safeMsg%n%phiEx</pattern>
 * }</pre>
 *
 * <p>Options are those of {@code %ex} (depth, evaluators, ignored frames).
 */
public final class PhiThrowableConverter extends ThrowableProxyConverter {

  /** For Logback's configuration. */
  public PhiThrowableConverter() {}

  @Override
  protected String throwableProxyToString(IThrowableProxy tp) {
    return super.throwableProxyToString(RedactedThrowableProxy.of(tp));
  }
}
