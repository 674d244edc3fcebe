package com.backofficecare.safeguard.logging;

import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.appender.rewrite.RewritePolicy;
import org.apache.logging.log4j.core.config.plugins.Plugin;
import org.apache.logging.log4j.core.config.plugins.PluginFactory;
import org.apache.logging.log4j.core.impl.ContextDataFactory;
import org.apache.logging.log4j.core.impl.Log4jLogEvent;
import org.apache.logging.log4j.core.impl.MutableLogEvent;
import org.apache.logging.log4j.message.SimpleMessage;
import org.apache.logging.log4j.util.ReadOnlyStringMap;
import org.apache.logging.log4j.util.StringMap;
import org.jspecify.annotations.Nullable;

/**
 * A Log4j2 rewrite policy that redacts what every layout behind it can print: the formatted
 * message, each ThreadContext value (read with its key as context) and the messages of the
 * exception, its causes and its suppressed exceptions (see {@link RedactedThrowable} for how an
 * exception that held PHI then prints). Wrap the application's appenders in a Rewrite appender:
 *
 * <pre>{@code
 * <Rewrite name="safe"><PhiRewritePolicy/><AppenderRef ref="console"/></Rewrite>
 * }</pre>
 *
 * <p>An event in which nothing is found is passed on as it is; one that changes is copied.
 */
@Plugin(
    name = "PhiRewritePolicy",
    category = "Core",
    elementType = "rewritePolicy",
    printObject = true)
public final class PhiRewritePolicy implements RewritePolicy {

  /** For Log4j2's configuration; {@link #create} is the plugin factory. */
  public PhiRewritePolicy() {}

  @PluginFactory
  public static PhiRewritePolicy create() {
    return new PhiRewritePolicy();
  }

  @Override
  public LogEvent rewrite(LogEvent source) {
    String formatted = source.getMessage().getFormattedMessage();
    String safe = LogRedaction.redact(formatted);
    ReadOnlyStringMap data = source.getContextData();
    StringMap safeData = redactContext(data);
    Throwable thrown = source.getThrown();
    Throwable safeThrown = thrown == null ? null : RedactedThrowable.of(thrown);
    boolean sameMessage = safe.equals(formatted);
    if (sameMessage && safeData == null && safeThrown == thrown) { // nothing found
      return source;
    }
    Log4jLogEvent.Builder copy =
        Log4jLogEvent.newBuilder()
            .setLoggerName(source.getLoggerName())
            .setLoggerFqcn(source.getLoggerFqcn())
            .setLevel(source.getLevel())
            .setMarker(source.getMarker())
            .setMessage(sameMessage ? source.getMessage() : new SimpleMessage(safe))
            .setThrown(safeThrown)
            .setContextData(
                safeData != null
                    ? safeData
                    : data.isEmpty()
                        ? ContextDataFactory.emptyFrozenContextData()
                        : ContextDataFactory.createContextData(data))
            .setContextStack(source.getContextStack())
            .setThreadId(source.getThreadId())
            .setThreadName(source.getThreadName())
            .setThreadPriority(source.getThreadPriority())
            .setInstant(source.getInstant())
            .setNanoTime(source.getNanoTime())
            .setIncludeLocation(source.isIncludeLocation())
            .setEndOfBatch(source.isEndOfBatch());
    if (!(source instanceof MutableLogEvent)) {
      // An async event carries the location it captured at the call; a mutable (synchronous) one
      // would walk the stack to find it, so the copy finds it lazily instead, only if a layout
      // asks.
      copy.setSource(source.getSource());
    }
    return copy.build();
  }

  /** A redacted copy of the context data, or null when no value changes. */
  private static @Nullable StringMap redactContext(ReadOnlyStringMap data) {
    if (data.isEmpty()) {
      return null;
    }
    StringMap[] out = new StringMap[1];
    data.forEach(
        (key, value) -> {
          if (value == null) {
            return;
          }
          String raw = value.toString();
          String safe = LogRedaction.redactField(key, raw);
          if (!safe.equals(raw)) {
            if (out[0] == null) {
              out[0] = ContextDataFactory.createContextData(data);
            }
            out[0].putValue(key, safe);
          }
        });
    return out[0];
  }
}
