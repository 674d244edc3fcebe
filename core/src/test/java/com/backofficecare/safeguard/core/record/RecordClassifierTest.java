package com.backofficecare.safeguard.core.record;

import static org.assertj.core.api.Assertions.assertThat;

import com.backofficecare.safeguard.core.DataCategory;
import com.backofficecare.safeguard.core.PhiType;
import com.backofficecare.safeguard.core.record.FieldClassification.Source;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("POL-3.2")
class RecordClassifierTest {

  private final RecordClassifier classifier = RecordClassifier.standard();

  record Visit(
      String clientName,
      String dob,
      @PhiField(value = PhiType.HEALTH_PLAN_ID, category = DataCategory.BILLING) String payerRef,
      @PhiField(freeText = true) String summary,
      int units) {}

  @Test
  void fieldNamesAnnounceTheirIdentifiers() {
    assertThat(RecordClassifier.typeOfFieldName("dob")).isEqualTo(PhiType.DATE);
    assertThat(RecordClassifier.typeOfFieldName("Member_ID")).isEqualTo(PhiType.HEALTH_PLAN_ID);
    assertThat(RecordClassifier.typeOfFieldName("ssn")).isEqualTo(PhiType.SSN);
    assertThat(RecordClassifier.typeOfFieldName("units")).isNull();
    assertThat(RecordClassifier.typeOfFieldName("City")).isEqualTo(PhiType.CITY);
    assertThat(RecordClassifier.typeOfFieldName("county")).isEqualTo(PhiType.CITY);
    assertThat(RecordClassifier.typeOfFieldName("town")).isEqualTo(PhiType.CITY);
  }

  /** A tracker's latitude and longitude columns locate a person as a street does. */
  @Test
  void coordinateColumnsAreAddresses() {
    assertThat(RecordClassifier.typeOfFieldName("lat")).isEqualTo(PhiType.ADDRESS);
    assertThat(RecordClassifier.typeOfFieldName("Longitude")).isEqualTo(PhiType.ADDRESS);
    assertThat(RecordClassifier.typeOfFieldName("lng")).isEqualTo(PhiType.ADDRESS);
  }

  /** A device's serial or hardware id names one device; "device" alone holds its model's name. */
  @Test
  void deviceSerialColumnsAreDeviceIdsButDeviceIsNot() {
    assertThat(RecordClassifier.typeOfFieldName("device_serial")).isEqualTo(PhiType.DEVICE_ID);
    assertThat(RecordClassifier.typeOfFieldName("hardwareId")).isEqualTo(PhiType.DEVICE_ID);
    assertThat(RecordClassifier.typeOfFieldName("device")).isNotEqualTo(PhiType.DEVICE_ID);
  }

  @Test
  void mapsAreClassifiedByNameAndFreeTextIsScanned() {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("member_id", "9HV6U65RP08");
    row.put("notes", "Daughter Maria Lopez can be reached at 469-510-2188.");
    row.put("units", 4);
    row.put("status", "active");
    List<FieldClassification> fields = classifier.classify(row);
    assertThat(fields.get(0).type()).isEqualTo(PhiType.HEALTH_PLAN_ID);
    assertThat(fields.get(0).source()).isEqualTo(Source.FIELD_NAME);
    assertThat(fields.get(1).source()).isEqualTo(Source.VALUE);
    assertThat(fields.get(1).findings())
        .extracting(f -> f.type())
        .containsExactly(PhiType.NAME, PhiType.PHONE);
    assertThat(fields.get(2).containsPhi()).isFalse();
    assertThat(fields.get(3).containsPhi()).isFalse();
  }

  @Test
  void recordsHonourAnnotations() {
    Visit v = new Visit("Ada Lovelace", "1931-03-14", "PAYER-77", "Seen by Dr. Patel.", 3);
    List<FieldClassification> fields = classifier.classifyObject(v);
    assertThat(fields)
        .extracting(FieldClassification::field)
        .containsExactly("clientName", "dob", "payerRef", "summary", "units");
    assertThat(fields.get(0).type()).isEqualTo(PhiType.NAME);
    assertThat(fields.get(2).source()).isEqualTo(Source.ANNOTATION);
    assertThat(fields.get(2).type()).isEqualTo(PhiType.HEALTH_PLAN_ID);
    assertThat(fields.get(3).findings()).extracting(f -> f.type()).containsExactly(PhiType.NAME);
    assertThat(fields.get(4).containsPhi()).isFalse();
    assertThat(fields.toString()).doesNotContain("Lovelace").doesNotContain("1931");
  }

  @Test
  void csvHeadersAreClassifiedByName() {
    List<FieldClassification> headers =
        classifier.classifyHeaders(
            List.of("Name", "Client ID", "SSN", "Routing", "Account", "Hours"));
    assertThat(headers)
        .extracting(FieldClassification::type)
        .containsExactly(
            PhiType.NAME, PhiType.ID, PhiType.SSN, PhiType.ACCOUNT, PhiType.ACCOUNT, null);
  }
}
