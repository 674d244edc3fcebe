package com.backofficecare.safeguard.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.backofficecare.safeguard.core.PhiType;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The README's example runs as a test, so it cannot rot. */
class BackOfficeDayTest {

  @Test
  @Tag("POL-3.2")
  @Tag("POL-5.1")
  @Tag("POL-10.6")
  void theDayIsRedactedAndSummarized() {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    Map<PhiType, Integer> totals =
        new BackOfficeDay(new PrintStream(buffer, true, StandardCharsets.UTF_8)).run();
    String out = buffer.toString(StandardCharsets.UTF_8);
    assertThat(out).contains("Summary").contains("[NAME]").contains("***-**-0192");
    assertThat(out)
        .contains(
            "verified=true",
            "deny-public-wifi.json: DENY",
            "POL-7.2",
            "2 objects sanitized",
            "signature valid",
            "audit trail: intact",
            "a guard started afterwards from guard-state.log: DENY");
    for (String phi :
        new String[] {
          "O'Connell",
          "Adeyemi",
          "212-55-0192",
          "000123456789",
          "(412) 555-0143",
          "1EG4TE5MK73",
          "4111 1111 1111 1111",
          "218 Larch Hollow Rd",
          "PX-88213-B",
          "Halvorsen",
          "70044182"
        }) {
      assertThat(out).as("redacted: %s", phi).doesNotContain(phi);
    }
    assertThat(totals)
        .containsKeys(
            PhiType.NAME,
            PhiType.SSN,
            PhiType.ACCOUNT,
            PhiType.DATE,
            PhiType.HEALTH_PLAN_ID,
            PhiType.CARD,
            PhiType.AGE_OVER_89,
            PhiType.DEVICE_ID);
  }
}
