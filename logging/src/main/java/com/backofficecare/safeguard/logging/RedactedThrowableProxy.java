package com.backofficecare.safeguard.logging;

import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import org.jspecify.annotations.Nullable;

/**
 * A view of a Logback {@link IThrowableProxy} whose messages, along the whole cause chain and every
 * suppressed exception, are redacted when read; class names, frames and common-frame counts are the
 * original's. Each message is redacted once, on first read.
 */
final class RedactedThrowableProxy implements IThrowableProxy {

  private final IThrowableProxy original;
  private final @Nullable IThrowableProxy cause;
  private final IThrowableProxy[] suppressed;
  private @Nullable String message;
  private @Nullable String overridingMessage;

  private RedactedThrowableProxy(IThrowableProxy original) {
    this.original = original;
    IThrowableProxy c = original.getCause();
    this.cause = c == null ? null : new RedactedThrowableProxy(c);
    IThrowableProxy[] s = original.getSuppressed();
    this.suppressed = new IThrowableProxy[s == null ? 0 : s.length];
    for (int i = 0; i < suppressed.length; i++) {
      suppressed[i] = new RedactedThrowableProxy(s[i]);
    }
  }

  /** The redacting view of {@code proxy}, or null for none. */
  static @Nullable IThrowableProxy of(@Nullable IThrowableProxy proxy) {
    return proxy == null || proxy instanceof RedactedThrowableProxy
        ? proxy
        : new RedactedThrowableProxy(proxy);
  }

  @Override
  public @Nullable String getMessage() {
    String m = message;
    if (m == null) {
      String raw = original.getMessage();
      if (raw == null) {
        return null;
      }
      m = LogRedaction.redactTrace(raw);
      message = m;
    }
    return m;
  }

  /** Set when the exception overrides {@code toString()}: its whole first line, redacted. */
  @Override
  public @Nullable String getOverridingMessage() {
    String m = overridingMessage;
    if (m == null) {
      String raw = original.getOverridingMessage();
      if (raw == null) {
        return null;
      }
      m = LogRedaction.redactTrace(raw);
      overridingMessage = m;
    }
    return m;
  }

  @Override
  public String getClassName() {
    return original.getClassName();
  }

  @Override
  public StackTraceElementProxy[] getStackTraceElementProxyArray() {
    return original.getStackTraceElementProxyArray();
  }

  @Override
  public int getCommonFrames() {
    return original.getCommonFrames();
  }

  @Override
  public @Nullable IThrowableProxy getCause() {
    return cause;
  }

  @Override
  public IThrowableProxy[] getSuppressed() {
    return suppressed.clone();
  }

  @Override
  public boolean isCyclic() {
    return original.isCyclic();
  }
}
