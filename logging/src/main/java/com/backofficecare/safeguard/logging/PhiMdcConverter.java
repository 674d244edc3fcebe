package com.backofficecare.safeguard.logging;

import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A Logback converter for MDC values with PHI redacted, written as {@code %X} writes them: {@code
 * %phiX{clientId}} one value ({@code %phiX{clientId:-none}} with a default), {@code %phiX} every
 * entry as {@code key=value, key=value}. Each value is read with its key as context ({@link
 * LogRedaction#redactField}); keys are written as they are.
 *
 * <pre>{@code
 * <conversionRule conversionWord="phiX"
 *     class="com.backofficecare.safeguard.logging.PhiMdcConverter"/>
 * <pattern>%d %-5level %logger [%phiX] - %safeMsg%n%phiEx</pattern>
 * }</pre>
 */
public final class PhiMdcConverter extends ClassicConverter {

  /** For Logback's configuration. */
  public PhiMdcConverter() {}

  private @Nullable String key;
  private String defaultValue = "";

  @Override
  public void start() {
    String option = getFirstOption();
    if (option != null && !option.isEmpty()) {
      int dash = option.indexOf(":-");
      key = dash < 0 ? option : option.substring(0, dash);
      defaultValue = dash < 0 ? "" : option.substring(dash + 2);
    }
    super.start();
  }

  @Override
  public String convert(ILoggingEvent event) {
    Map<String, String> mdc = event.getMDCPropertyMap();
    if (mdc == null || mdc.isEmpty()) {
      return key == null ? "" : defaultValue;
    }
    if (key != null) {
      String value = mdc.get(key);
      return value == null ? defaultValue : LogRedaction.redactField(key, value);
    }
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, String> e : mdc.entrySet()) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      String value = e.getValue();
      sb.append(e.getKey())
          .append('=')
          .append(value == null ? null : LogRedaction.redactField(e.getKey(), value));
    }
    return sb.toString();
  }
}
