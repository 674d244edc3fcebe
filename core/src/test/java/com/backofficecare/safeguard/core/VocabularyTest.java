package com.backofficecare.safeguard.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class VocabularyTest {

  @Test
  @Tag("POL-2.2")
  void dataCategoriesAreThoseOfPolicySectionTwo() {
    assertThat(DataCategory.values())
        .extracting(DataCategory::policyWording)
        .containsExactly(
            "Caregiver records",
            "Client or patient records",
            "Scheduling data",
            "Payroll information",
            "Billing documentation",
            "Compliance and credential tracking data",
            "Administrative and operational records");
  }

  @Test
  void identifierTypesAreTheCorpusLabels() {
    assertThat(PhiType.values())
        .extracting(Enum::name)
        .containsExactly(
            "NAME",
            "DATE",
            "PHONE",
            "EMAIL",
            "ADDRESS",
            "CITY",
            "ZIP",
            "SSN",
            "MRN",
            "HEALTH_PLAN_ID",
            "ACCOUNT",
            "CARD",
            "LICENSE",
            "VEHICLE_ID",
            "DEVICE_ID",
            "IP",
            "URL",
            "ID",
            "AGE_OVER_89");
  }

  @Test
  @Tag("POL-2.1")
  void agencyIdsAreSafeOperationalIdentifiers() {
    assertThat(AgencyId.of("sunrise-home-care").value()).isEqualTo("sunrise-home-care");
    assertThat(AgencyId.of("a")).isEqualTo(AgencyId.of("a")).hasSameHashCodeAs(AgencyId.of("a"));
    assertThatThrownBy(() -> AgencyId.of("Sunrise Home Care"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("Sunrise");
    assertThatThrownBy(() -> AgencyId.of("../etc")).isInstanceOf(IllegalArgumentException.class);
  }
}
