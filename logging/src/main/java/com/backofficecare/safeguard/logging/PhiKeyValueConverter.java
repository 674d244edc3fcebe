package com.backofficecare.safeguard.logging;

import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.util.List;
import org.slf4j.event.KeyValuePair;

/**
 * A Logback converter for the key-value pairs of an SLF4J 2 event ({@code
 * log.atInfo().addKeyValue("clientPhone", phone)}) with PHI redacted, written as {@code %kvp}
 * writes them: {@code key="value" key="value"}; {@code %phiKvp{SINGLE}} or {@code %phiKvp{NONE}}
 * change the quotes. Each value is read with its key as context.
 *
 * <pre>{@code
 * <conversionRule conversionWord="phiKvp"
 *     class="com.backofficecare.safeguard.logging.PhiKeyValueConverter"/>
 * }</pre>
 */
public final class PhiKeyValueConverter extends ClassicConverter {

  /** For Logback's configuration. */
  public PhiKeyValueConverter() {}

  private String quote = "\"";

  @Override
  public void start() {
    String option = getFirstOption();
    if ("SINGLE".equalsIgnoreCase(option)) {
      quote = "'";
    } else if ("NONE".equalsIgnoreCase(option)) {
      quote = "";
    }
    super.start();
  }

  @Override
  public String convert(ILoggingEvent event) {
    List<KeyValuePair> pairs = event.getKeyValuePairs();
    if (pairs == null || pairs.isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    for (KeyValuePair kv : pairs) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      String value = String.valueOf(kv.value);
      sb.append(kv.key)
          .append('=')
          .append(quote)
          .append(LogRedaction.redactField(kv.key, value))
          .append(quote);
    }
    return sb.toString();
  }
}
