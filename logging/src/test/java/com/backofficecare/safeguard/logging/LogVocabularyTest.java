package com.backofficecare.safeguard.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The log vocabulary waives machine-made shapes only: identifiers beside them are still found. */
class LogVocabularyTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "visit for client Ada Lovelace checked in on node-lincoln-2 | Lovelace | node-lincoln-2",
        "SSN 123456789 records rejected by payer-gateway.internal | 123456789 | payer-gateway.internal",
        "member 1EG4-TE5-MK73 eligibility check took 340 ms | 1EG4-TE5-MK73 | 340 ms",
        "callback to (412) 555-0143 failed after 3 retries, ua=okhttp/4.12.0 | 555-0143 | okhttp/4.12.0",
        "patient Ada Lovelace ShiftService.assign failed | Lovelace | .assign failed",
        "ada.lovelace@example.com bounced at 2026-11-30T02:00:00Z | ada.lovelace@ | 2026-11-30T02:00:00Z",
      })
  void identifiersBesideMachineShapesAreStillRedacted(String line, String secret, String kept) {
    String out = LogRedaction.redact(line);
    assertThat(out).doesNotContain(secret).contains(kept);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "clientSsn | 123456789",
        "caregiverPhone | 4125550143",
        "patientName | Ada Lovelace",
      })
  void fieldsNamedForAnIdentifierAreReadWithTheirName(String name, String value) {
    assertThat(LogRedaction.redactField(name, value)).doesNotContain(value).startsWith("[");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "traceId | 8564064699452170",
        "spanId | a67a79878f682d05",
        "host | node-lincoln-2",
        "pid | 19237",
        "requestId | 7f3c2a9e-0b7d-4c11-a3b4-c5d6e7f80912",
      })
  void systemFieldsAreLeftAlone(String name, String value) {
    assertThat(LogRedaction.redactField(name, value)).isSameAs(value);
  }
}
