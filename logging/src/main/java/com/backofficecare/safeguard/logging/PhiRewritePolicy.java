package com.backofficecare.safeguard.logging;

import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.appender.rewrite.RewritePolicy;
import org.apache.logging.log4j.core.config.plugins.Plugin;
import org.apache.logging.log4j.core.config.plugins.PluginFactory;
import org.apache.logging.log4j.core.impl.Log4jLogEvent;
import org.apache.logging.log4j.message.SimpleMessage;

/**
 * A Log4j2 rewrite policy that replaces each event's message by its PHI-redacted formatted text.
 * Wrap the application's appenders in a Rewrite appender:
 *
 * <pre>{@code
 * <Rewrite name="safe"><PhiRewritePolicy/><AppenderRef ref="console"/></Rewrite>
 * }</pre>
 */
@Plugin(name = "PhiRewritePolicy", category = "Core", elementType = "rewritePolicy", printObject = true)
public final class PhiRewritePolicy implements RewritePolicy {

  @PluginFactory
  public static PhiRewritePolicy create() {
    return new PhiRewritePolicy();
  }

  @Override
  public LogEvent rewrite(LogEvent source) {
    String formatted = source.getMessage().getFormattedMessage();
    String safe = LogRedaction.redact(formatted);
    if (safe.equals(formatted)) {
      return source;
    }
    return new Log4jLogEvent.Builder(source).setMessage(new SimpleMessage(safe)).build();
  }
}
