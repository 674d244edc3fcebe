package com.backofficecare.safeguard.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Each part of the service log with no PHI that PHI-safe logging reads (messages, MDC values, the
 * stack traces as printed, class names included) comes out of {@link LogRedaction} unchanged.
 */
class ServiceLogVocabularyTest {

  @Test
  @Tag("POL-2.3")
  void noPartOfAnOrdinaryServiceLogIsReadAsPhi() throws Exception {
    List<ServiceLog.Event> events = ServiceLog.events();
    assertThat(ServiceLog.lines()).hasSizeGreaterThanOrEqualTo(1000);
    assertThat(events).hasSizeGreaterThanOrEqualTo(1000);
    List<String> changed = new ArrayList<>();
    for (ServiceLog.Event e : events) {
      check(changed, "message", e.message(), LogRedaction.redact(e.message()));
      for (Map.Entry<String, String> m : e.mdc().entrySet()) {
        check(
            changed,
            "mdc " + m.getKey(),
            m.getValue(),
            LogRedaction.redactField(m.getKey(), m.getValue()));
      }
      if (!e.trace().isEmpty()) {
        String trace = String.join("\n", e.trace());
        check(changed, "trace", trace, LogRedaction.redactTrace(trace));
      }
    }
    assertThat(changed).as("false findings").isEmpty();
  }

  private static void check(List<String> changed, String where, String in, String out) {
    if (!in.equals(out)) {
      changed.add(where + ": " + in + "\n  -> " + out);
    }
  }
}
