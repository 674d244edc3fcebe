package com.backofficecare.safeguard.logging;

import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.config.plugins.Plugin;
import org.apache.logging.log4j.core.pattern.ConverterKeys;
import org.apache.logging.log4j.core.pattern.LogEventPatternConverter;
import org.apache.logging.log4j.core.pattern.PatternConverter;
import org.apache.logging.log4j.util.ReadOnlyStringMap;
import org.jspecify.annotations.Nullable;

/**
 * A Log4j2 pattern converter for ThreadContext (MDC) values with PHI redacted, written as {@code
 * %X} writes them: {@code %phiX{clientId}} one value, {@code %phiX} every entry as {@code
 * {key=value, key=value}}. Each value is read with its key as context; keys are written as they
 * are.
 */
@Plugin(name = "PhiContextMapPatternConverter", category = PatternConverter.CATEGORY)
@ConverterKeys({"phiX", "phiMdc"})
public final class PhiContextMapPatternConverter extends LogEventPatternConverter {

  private final @Nullable String key;

  private PhiContextMapPatternConverter(@Nullable String key) {
    super("PhiMDC", "mdc");
    this.key = key;
  }

  /** Log4j2's factory: the first option, if any, is the key. */
  public static PhiContextMapPatternConverter newInstance(String @Nullable [] options) {
    return new PhiContextMapPatternConverter(
        options == null || options.length == 0 || options[0].isEmpty() ? null : options[0]);
  }

  @Override
  public void format(LogEvent event, StringBuilder toAppendTo) {
    ReadOnlyStringMap data = event.getContextData();
    if (key != null) {
      Object value = data == null ? null : data.getValue(key);
      if (value != null) {
        toAppendTo.append(LogRedaction.redactField(key, value.toString()));
      }
      return;
    }
    toAppendTo.append('{');
    if (data != null && !data.isEmpty()) {
      int start = toAppendTo.length();
      data.forEach(
          (k, v) -> {
            if (toAppendTo.length() > start) {
              toAppendTo.append(", ");
            }
            toAppendTo
                .append(k)
                .append('=')
                .append(v == null ? null : LogRedaction.redactField(k, v.toString()));
          });
    }
    toAppendTo.append('}');
  }
}
