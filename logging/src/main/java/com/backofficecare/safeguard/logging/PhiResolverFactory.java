package com.backofficecare.safeguard.logging;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.config.plugins.Plugin;
import org.apache.logging.log4j.core.config.plugins.PluginFactory;
import org.apache.logging.log4j.layout.template.json.resolver.EventResolver;
import org.apache.logging.log4j.layout.template.json.resolver.EventResolverContext;
import org.apache.logging.log4j.layout.template.json.resolver.EventResolverFactory;
import org.apache.logging.log4j.layout.template.json.resolver.TemplateResolverConfig;
import org.apache.logging.log4j.layout.template.json.resolver.TemplateResolverFactory;
import org.apache.logging.log4j.layout.template.json.util.JsonWriter;
import org.apache.logging.log4j.util.ReadOnlyStringMap;

/**
 * A Log4j2 JSON Template Layout resolver, {@code "$resolver": "phi"}, for the parts of an event
 * that can hold PHI, redacted. Use it in the event template in place of the stock resolvers for the
 * same parts; timestamps, levels, logger and thread names stay with the stock ones:
 *
 * <pre>{@code
 * "message":     {"$resolver": "phi", "field": "message"},
 * "mdc":         {"$resolver": "phi", "field": "mdc"},
 * "clientId":    {"$resolver": "phi", "field": "mdc", "key": "clientId"},
 * "error.message":     {"$resolver": "phi", "field": "exception.message"},
 * "error.stack_trace": {"$resolver": "phi", "field": "exception.stackTrace"}
 * }</pre>
 *
 * <p>{@code mdc} writes an object of every ThreadContext entry, each value read with its key as
 * context; {@code exception.stackTrace} writes the trace as {@code printStackTrace} does, with the
 * messages of the exception, its causes and suppressed exceptions redacted and frames untouched.
 * Fields that are absent from the event (no exception, no such key) are left out.
 */
@Plugin(name = "PhiResolverFactory", category = TemplateResolverFactory.CATEGORY)
public final class PhiResolverFactory implements EventResolverFactory {

  private static final PhiResolverFactory INSTANCE = new PhiResolverFactory();

  private PhiResolverFactory() {}

  /** Log4j2's factory. */
  @PluginFactory
  public static PhiResolverFactory getInstance() {
    return INSTANCE;
  }

  @Override
  public String getName() {
    return "phi";
  }

  @Override
  public EventResolver create(EventResolverContext context, TemplateResolverConfig config) {
    String field = config.getString("field");
    if (field == null) {
      throw new IllegalArgumentException(
          "the phi resolver needs a \"field\": message, mdc,"
              + " exception.message or exception.stackTrace");
    }
    switch (field.toLowerCase(Locale.ROOT)) {
      case "message" -> {
        return (event, json) ->
            json.writeString(LogRedaction.redact(event.getMessage().getFormattedMessage()));
      }
      case "mdc" -> {
        String key = config.getString("key");
        return key == null ? new ContextResolver() : new ContextValueResolver(key);
      }
      case "exception.message" -> {
        return new ExceptionMessageResolver();
      }
      case "exception.stacktrace" -> {
        return new StackTraceResolver();
      }
      default ->
          throw new IllegalArgumentException(
              "unknown field for the phi resolver: "
                  + field
                  + " (message, mdc, exception.message or exception.stackTrace)");
    }
  }

  /** Every ThreadContext entry as an object, values redacted. */
  private static final class ContextResolver implements EventResolver {
    @Override
    public boolean isResolvable(LogEvent event) {
      return !event.getContextData().isEmpty();
    }

    @Override
    public void resolve(LogEvent event, JsonWriter json) {
      ReadOnlyStringMap data = event.getContextData();
      json.writeObjectStart();
      boolean[] first = {true};
      data.forEach(
          (k, v) -> {
            if (!first[0]) {
              json.writeSeparator();
            }
            first[0] = false;
            json.writeObjectKey(k);
            if (v == null) {
              json.writeNull();
            } else {
              json.writeString(LogRedaction.redactField(k, v.toString()));
            }
          });
      json.writeObjectEnd();
    }
  }

  /** One ThreadContext value, redacted. */
  private static final class ContextValueResolver implements EventResolver {
    private final String key;

    ContextValueResolver(String key) {
      this.key = key;
    }

    @Override
    public boolean isResolvable(LogEvent event) {
      return event.getContextData().getValue(key) != null;
    }

    @Override
    public void resolve(LogEvent event, JsonWriter json) {
      Object value = event.getContextData().getValue(key);
      if (value == null) {
        json.writeNull();
      } else {
        json.writeString(LogRedaction.redactField(key, value.toString()));
      }
    }
  }

  /** The exception's own message, redacted. */
  private static final class ExceptionMessageResolver implements EventResolver {
    @Override
    public boolean isResolvable(LogEvent event) {
      return event.getThrown() != null && event.getThrown().getMessage() != null;
    }

    @Override
    public void resolve(LogEvent event, JsonWriter json) {
      Throwable thrown = event.getThrown();
      String message = thrown == null ? null : thrown.getMessage();
      if (message == null) {
        json.writeNull();
      } else {
        json.writeString(LogRedaction.redactTrace(message));
      }
    }
  }

  /** The whole stack trace, messages redacted, frames untouched. */
  private static final class StackTraceResolver implements EventResolver {
    @Override
    public boolean isResolvable(LogEvent event) {
      return event.getThrown() != null;
    }

    @Override
    public void resolve(LogEvent event, JsonWriter json) {
      Throwable thrown = event.getThrown();
      if (thrown == null) {
        json.writeNull();
        return;
      }
      StringWriter out = new StringWriter(1024);
      try (PrintWriter pw = new PrintWriter(out)) {
        thrown.printStackTrace(pw);
      }
      json.writeString(LogRedaction.redactTrace(out.toString()));
    }
  }
}
