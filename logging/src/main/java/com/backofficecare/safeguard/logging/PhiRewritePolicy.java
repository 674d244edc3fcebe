package com.backofficecare.safeguard.logging;

import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.appender.rewrite.RewritePolicy;
import org.apache.logging.log4j.core.config.plugins.Plugin;
import org.apache.logging.log4j.core.config.plugins.PluginFactory;
import org.apache.logging.log4j.core.impl.ContextDataFactory;
import org.apache.logging.log4j.core.impl.Log4jLogEvent;
import org.apache.logging.log4j.core.impl.MutableLogEvent;
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
    if (safe.equals(formatted)) { // nothing found
      return source;
    }
    Log4jLogEvent.Builder copy = Log4jLogEvent.newBuilder().setLoggerName(source.getLoggerName())
        .setLoggerFqcn(source.getLoggerFqcn()).setLevel(source.getLevel()).setMarker(source.getMarker())
        .setMessage(new SimpleMessage(safe)).setThrown(source.getThrown())
        .setContextData(source.getContextData().isEmpty()
            ? ContextDataFactory.emptyFrozenContextData()
            : ContextDataFactory.createContextData(source.getContextData()))
        .setContextStack(source.getContextStack())
        .setThreadId(source.getThreadId()).setThreadName(source.getThreadName())
        .setThreadPriority(source.getThreadPriority()).setInstant(source.getInstant())
        .setNanoTime(source.getNanoTime()).setIncludeLocation(source.isIncludeLocation())
        .setEndOfBatch(source.isEndOfBatch());
    if (!(source instanceof MutableLogEvent)) {
      // An async event carries the location it captured at the call; a mutable (synchronous) one
      // would walk the stack to find it, so the copy finds it lazily instead, only if a layout asks.
      copy.setSource(source.getSource());
    }
    return copy.build();
  }
}
