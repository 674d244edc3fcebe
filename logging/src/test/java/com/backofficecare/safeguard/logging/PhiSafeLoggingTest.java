package com.backofficecare.safeguard.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A developer logs a whole record by mistake; neither backend lets the PHI through. */
class PhiSafeLoggingTest {

  record Client(String name, String ssn, String phone, String dob) {}

  static final Client CLIENT =
      new Client("Ada Lovelace", "123-45-6789", "(412) 555-0143", "DOB 03/14/1931");

  @Test
  @Tag("POL-3.2")
  @Tag("POL-8.1")
  void logbackRedactsMessagesAndArguments() {
    MemoryAppender.OUT.setLength(0);
    org.slf4j.LoggerFactory.getLogger("billing").info("saved {} for visit 17", CLIENT);
    String out = MemoryAppender.OUT.toString();
    assertThat(out)
        .contains("saved Client[", "[SSN]", "[PHONE]", "visit 17")
        .doesNotContain("123-45-6789")
        .doesNotContain("555-0143")
        .doesNotContain("Lovelace");
  }

  @Test
  @Tag("POL-3.2")
  @Tag("POL-8.1")
  void log4j2RewritesMessagesAndArguments() {
    String out = log4j2("payroll", "exported {} with SSN {}", "Ada Lovelace", "123-45-6789");
    assertThat(out)
        .contains("exported", "[SSN]")
        .doesNotContain("123-45-6789")
        .doesNotContain("Lovelace");
    assertThat(out).as("the caller's location survives the rewrite").contains("payroll log4j2 - ");
  }

  @Test
  @Tag("POL-8.1")
  void log4j2SafeMessageConverterRedactsWithoutRewritingTheEvent() {
    String out = log4j2("billing", "claim for {} (MBI {})", "Ada Lovelace", "1EG4-TE5-MK73");
    assertThat(out)
        .contains("INFO  billing - claim for")
        .doesNotContain("Lovelace")
        .doesNotContain("1EG4");
  }

  /** What one Log4j2 call writes to standard output under {@code log4j2-test.xml}. */
  private static String log4j2(String logger, String message, Object... args) {
    PrintStream old = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      org.apache.logging.log4j.core.config.Configurator.reconfigure();
      org.apache.logging.log4j.LogManager.getLogger(logger).info(message, args);
    } finally {
      System.setOut(old);
    }
    return buf.toString(StandardCharsets.UTF_8);
  }

  @Test
  void plainLinesPassThroughUnchanged() {
    assertThat(LogRedaction.redact("cache warmed in 42 ms")).isEqualTo("cache warmed in 42 ms");
  }
}
