package com.backofficecare.safeguard.core.redaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backofficecare.safeguard.core.AgencyId;
import com.backofficecare.safeguard.core.PhiType;
import com.backofficecare.safeguard.core.record.FieldClassification.Source;
import com.backofficecare.safeguard.core.record.PhiField;
import com.backofficecare.safeguard.core.record.RecordClassifier;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Structured records come back as redacted copies, field by field (POL-3.2). */
@Tag("POL-3.2")
class RedactRecordTest {

  private final Redactor tags = Redactor.typeTags();

  record Visit(
      String clientName,
      String dob,
      @PhiField(PhiType.HEALTH_PLAN_ID) String payerRef,
      String notes,
      int units,
      List<String> phones) {}

  record Dated(String status, LocalDate dob) {}

  record Billed(long ssn) {}

  /** A bean: no-argument constructor, private fields, one final. */
  static final class Caregiver {
    private String employeeName;
    private final String shiftNote;
    private Integer age;
    private Visit lastVisit;

    Caregiver() {
      this(null, null, null, null);
    }

    Caregiver(String employeeName, String shiftNote, Integer age, Visit lastVisit) {
      this.employeeName = employeeName;
      this.shiftNote = shiftNote;
      this.age = age;
      this.lastVisit = lastVisit;
    }
  }

  @Test
  void aMapIsCopiedWithIdentifiersReplacedWholeAndTextScanned() {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("member_id", "9HV6U65RP08");
    row.put("notes", "Daughter Maria Lopez can be reached at 469-510-2188.");
    row.put("units", 4);
    row.put("ssn", 123456789L);
    row.put("age", 93);
    row.put("status", "active");
    row.put("contact", Map.of("phone", "469 510 2188"));
    Map<String, Object> copy = tags.redactRecord(row);
    assertThat(copy)
        .containsExactly(
            Map.entry("member_id", "[HEALTH_PLAN_ID]"),
            Map.entry("notes", "Daughter [NAME] can be reached at [PHONE]."),
            Map.entry("units", 4),
            Map.entry("ssn", "[SSN]"),
            Map.entry("age", "[AGE_OVER_89]"),
            Map.entry("status", "active"),
            Map.entry("contact", Map.of("phone", "[PHONE]")));
    assertThat(row.get("ssn")).isEqualTo(123456789L);
    assertThatThrownBy(() -> copy.put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aRecordIsRebuiltWithItsAnnotationsHonoured() {
    Visit v =
        new Visit(
            "Ada Lovelace",
            "1931-03-14",
            "PAYER-77",
            "Seen by Dr. Patel at home.",
            3,
            List.of("469-510-2188"));
    Visit copy = tags.redactRecord(v);
    assertThat(copy)
        .isEqualTo(
            new Visit(
                "[NAME]",
                "[DATE]",
                "[HEALTH_PLAN_ID]",
                "Seen by Dr. [NAME] at home.",
                3,
                List.of("[PHONE]")));
  }

  @Test
  void aBeanIsCopiedThroughItsNoArgumentConstructorWithNestedRecords() {
    Caregiver c =
        new Caregiver(
            "Grace Hopper",
            "Covered for Alan Turing, SSN 123-45-6789",
            45,
            new Visit("Ada Lovelace", "", "P-1", "", 1, List.of()));
    Caregiver copy = tags.redactRecord(c);
    assertThat(copy).isNotSameAs(c);
    assertThat(copy.employeeName).isEqualTo("[NAME]");
    assertThat(copy.shiftNote).isEqualTo("Covered for [NAME], SSN [SSN]");
    assertThat(copy.age).isEqualTo(45);
    assertThat(copy.lastVisit.clientName()).isEqualTo("[NAME]");
    assertThat(copy.lastVisit.dob()).isEmpty();
    assertThat(c.employeeName).isEqualTo("Grace Hopper");
  }

  @Test
  void aFieldWhoseClassCannotHoldTheRedactionIsNulledOrRefused() {
    Dated d = tags.redactRecord(new Dated("ok", LocalDate.of(1931, 3, 14)));
    assertThat(d).isEqualTo(new Dated("ok", null));
    assertThatThrownBy(() -> tags.redactRecord(new Billed(123456789L)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Billed.ssn")
        .hasMessageContaining("long")
        .hasMessageNotContaining("123456789");
  }

  @Test
  void mapsAndOtherObjectsAreRefusedByTheObjectOverload() {
    Object map = Map.of("ssn", "123-45-6789");
    assertThatThrownBy(() -> tags.redactRecord(map)).hasMessageContaining("redactRecord(Map)");
    assertThatThrownBy(() -> tags.redactRecord(Integer.valueOf(3)))
        .hasMessageContaining("neither a record nor a bean");
  }

  @Test
  void aCycleIsRefusedWithoutOverflowingTheStack() {
    Map<String, Object> loop = new LinkedHashMap<>();
    loop.put("self", loop);
    assertThatThrownBy(() -> tags.redactRecord(loop)).hasMessageContaining("deeper than 16");
  }

  @Test
  void redactFieldReplacesWholeValuesAndKeepsAgesUpTo89() {
    assertThat(tags.redactField(PhiType.SSN, "123456789", null).text()).isEqualTo("[SSN]");
    assertThat(tags.redactField(PhiType.SSN, "123456789", null).findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.recognizer()).isEqualTo("field");
              assertThat(f.end()).isEqualTo(9);
            });
    assertThat(tags.redactField(PhiType.AGE_OVER_89, "45", null).text()).isEqualTo("45");
    assertThat(tags.redactField(PhiType.AGE_OVER_89, "93", null).text()).isEqualTo("[AGE_OVER_89]");
    assertThat(tags.redactField(PhiType.NAME, "  ", null).findings()).isEmpty();
    assertThat(tags.redactField(null, "call 469-510-2188", null).text()).isEqualTo("call [PHONE]");
  }

  @Test
  void modesSetTheStandardOperators() {
    Redactor mask = Redactor.builder().mode(RedactionMode.MASK, null).build();
    assertThat(mask.redact("Client: Ada Lovelace, SSN 123-45-6789").text())
        .isEqualTo("Client: [NAME], SSN ***-**-6789");
    Redactor harbor = Redactor.builder().mode(RedactionMode.parse("Safe-Harbor"), null).build();
    assertThat(harbor.redactField(PhiType.AGE_OVER_89, "93", null).text()).isEqualTo("90+");
    PseudonymKey key = PseudonymKey.random(AgencyId.of("sunrise"));
    Redactor pseudo = Redactor.builder().mode(RedactionMode.PSEUDONYM, key).build();
    assertThat(pseudo.redactField(PhiType.NAME, "Ada Lovelace", null).text())
        .isEqualTo(pseudo.redactField(PhiType.NAME, "ada lovelace", "another subject").text())
        .startsWith("NAME_");
    assertThatThrownBy(() -> Redactor.builder().mode(RedactionMode.PSEUDONYM, null))
        .hasMessageContaining("key");
    assertThatThrownBy(() -> RedactionMode.parse("blackout")).hasMessageContaining("safe-harbor");
  }

  @Test
  void columnsAreTypedByNameThenBySampledValues() {
    RecordClassifier classifier = RecordClassifier.standard();
    assertThat(classifier.classifyColumn("Member_ID", List.of()).type())
        .isEqualTo(PhiType.HEALTH_PLAN_ID);
    var phones =
        classifier.classifyColumn(
            "reach_at",
            List.of(
                "469-510-2188", "(212) 555-0142", "214.555.0199", "972-555-0117", "817 555 0123"));
    assertThat(phones.type()).isEqualTo(PhiType.PHONE);
    assertThat(phones.source()).isEqualTo(Source.VALUE);
    var tooFew = classifier.classifyColumn("reach_at", List.of("469-510-2188", "972-555-0117"));
    assertThat(tooFew.type()).isNull();
    var notes =
        classifier.classifyColumn(
            "visit_notes",
            List.of(
                "469-510-2188", "469-510-2188", "469-510-2188", "469-510-2188", "469-510-2188"));
    assertThat(notes.type()).isNull();
    var status =
        classifier.classifyColumn(
            "status", List.of("active", "active", "inactive", "active", "on hold"));
    assertThat(status.type()).isNull();
    assertThat(status.source()).isEqualTo(Source.NONE);
  }
}
