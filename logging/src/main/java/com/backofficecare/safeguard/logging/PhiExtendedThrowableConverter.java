package com.backofficecare.safeguard.logging;

import ch.qos.logback.classic.pattern.ExtendedThrowableProxyConverter;
import ch.qos.logback.classic.spi.IThrowableProxy;

/**
 * As {@link PhiThrowableConverter}, in the form of {@code %xEx}: each frame followed by the jar it
 * came from. Register it as {@code phiXEx}.
 */
public final class PhiExtendedThrowableConverter extends ExtendedThrowableProxyConverter {

  /** For Logback's configuration. */
  public PhiExtendedThrowableConverter() {}

  @Override
  protected String throwableProxyToString(IThrowableProxy tp) {
    return super.throwableProxyToString(RedactedThrowableProxy.of(tp));
  }
}
