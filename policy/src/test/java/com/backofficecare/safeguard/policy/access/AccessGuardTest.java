package com.backofficecare.safeguard.policy.access;

import static com.backofficecare.safeguard.policy.access.Fixtures.HARBOR;
import static com.backofficecare.safeguard.policy.access.Fixtures.NOW;
import static com.backofficecare.safeguard.policy.access.Fixtures.SUNRISE;
import static com.backofficecare.safeguard.policy.access.Fixtures.policy;
import static com.backofficecare.safeguard.policy.access.Fixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.backofficecare.safeguard.core.DataCategory;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class AccessGuardTest {

  private final AccessGuard guard = AccessGuard.create(policy().build());

  private void assertDenied(AccessRequest r, Rule rule) {
    Decision d = guard.decide(r);
    assertThat(d.denied()).as(d.explain()).isTrue();
    assertThat(d.denyingRules()).contains(rule);
    assertThat(d.clauses()).contains(rule.clause());
    assertThat(d.releasedFields()).isEmpty();
    assertThat(d.explain()).startsWith("DENY under policy 2026.11").contains(rule.clause());
  }

  @Test
  @Tag("POL-3.2")
  @Tag("POL-11.1")
  void aPermitReleasesExactlyTheGrantedFieldsAndMasksWhatTheRoleMasks() {
    Decision d = guard.decide(request().fields("client_name", "phone", "diagnosis").build());
    assertThat(d.permitted()).as(d.explain()).isTrue();
    assertThat(d.releasedFields()).containsExactlyInAnyOrder("client_name", "phone");
    assertThat(d.maskedFields()).containsExactly("phone");
    assertThat(d.withheldFields()).containsExactly("diagnosis");
    assertThat(d.obligations()).contains(Obligation.AUDIT, Obligation.MASK, Obligation.EXPIRE);
    assertThat(d.policyVersion()).isEqualTo("2026.11");
    assertThat(d.expiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
    assertThat(d.clauses()).contains("POL-3.1", "POL-3.2", "POL-3.8", "POL-4.1", "POL-9.1");
  }

  @Test
  @Tag("POL-3.1")
  void outsideTheContractedScopeOfWorkIsDenied() {
    assertDenied(request().category(DataCategory.BILLING).build(), Rule.SCOPE_OF_WORK);
    assertDenied(request().agency(com.backofficecare.safeguard.core.AgencyId.of("nobody")).build(),
        Rule.KNOWN_AGENCY);
  }

  @Test
  @Tag("POL-3.2")
  void aRoleThatDoesNotGrantTheActionOrPurposeIsDenied() {
    assertDenied(request().action(Action.TRANSMIT).build(), Rule.ROLE);
    assertDenied(request().purpose(Purpose.BILLING).build(), Rule.ROLE);
    assertDenied(request().fields("diagnosis").build(), Rule.MINIMUM_NECESSARY);
  }

  @Test
  @Tag("POL-3.3")
  void personnelNotAssignedToTheAgencyAreDenied() {
    assertDenied(request().agency(HARBOR).category(DataCategory.BILLING).build(), Rule.ASSIGNMENT);
    assertDenied(request().person("u-nobody").build(), Rule.ASSIGNMENT);
  }

  @Test
  @Tag("POL-3.4")
  void aDuplicateDownloadIsRefusedOrFlagged() {
    AccessRequest download = request().action(Action.DOWNLOAD).build();
    assertThat(guard.decide(download).permitted()).isTrue();
    assertDenied(download, Rule.DUPLICATE_DOWNLOAD);
    AccessGuard flagging = AccessGuard.create(policy()
        .duplicateDownloads(AccessPolicy.DuplicateDownloads.FLAG, Duration.ofHours(24)).build());
    assertThat(flagging.decide(download).obligations()).doesNotContain(Obligation.REVIEW_DUPLICATE);
    Decision again = flagging.decide(download);
    assertThat(again.permitted()).isTrue();
    assertThat(again.obligations()).contains(Obligation.REVIEW_DUPLICATE);
    AccessRequest tomorrow = request().action(Action.DOWNLOAD).at(NOW.plus(Duration.ofHours(25)))
        .authentication(new Authentication(true, NOW.plus(Duration.ofHours(24)))).build();
    assertThat(guard.decide(tomorrow).permitted()).isTrue();
  }

  @Test
  @Tag("POL-3.8")
  void phiNeedsRecentMultiFactorAuthentication() {
    assertDenied(request().authentication(new Authentication(false, NOW)).build(), Rule.MFA);
    assertDenied(request().authentication(new Authentication(true, NOW.minus(Duration.ofHours(13))))
        .build(), Rule.MFA);
    AccessPolicy noEnrolment = policy().person(new Person("u-ana", Set.of("scheduler"),
        Set.of(SUNRISE), LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 1), false)).build();
    guard.replacePolicy(noEnrolment);
    assertDenied(request().build(), Rule.MFA);
  }

  @Test
  @Tag("POL-3.9")
  void noConfidentialityAgreementNoAccess() {
    guard.replacePolicy(policy().person(new Person("u-ana", Set.of("scheduler"), Set.of(SUNRISE),
        null, LocalDate.of(2026, 3, 1), true)).build());
    assertDenied(request().build(), Rule.CONFIDENTIALITY_AGREEMENT);
  }

  @Test
  @Tag("POL-3.10")
  void expiredTrainingNoAccess() {
    guard.replacePolicy(policy().person(new Person("u-ana", Set.of("scheduler"), Set.of(SUNRISE),
        LocalDate.of(2026, 1, 5), LocalDate.of(2025, 10, 1), true)).build());
    assertDenied(request().build(), Rule.TRAINING);
  }

  @Test
  @Tag("POL-4.1")
  @Tag("POL-4.2")
  void onlyCompliantBusinessDevices() {
    assertDenied(request().device(new DevicePosture("home-pc", false, true, true, true, true)).build(),
        Rule.DEVICE);
    assertDenied(request().device(new DevicePosture("laptop-12", true, false, true, true, true)).build(),
        Rule.DEVICE);
    assertDenied(request().device(new DevicePosture("laptop-12", true, true, false, true, true)).build(),
        Rule.DEVICE);
  }

  @Test
  @Tag("POL-6.2")
  void sensitiveWorkIsRefusedOnPublicWifi() {
    assertDenied(request().network(Network.PUBLIC_WIFI).build(), Rule.NETWORK);
    assertDenied(request().network(Network.UNKNOWN).build(), Rule.NETWORK);
    assertThat(guard.decide(request().network(Network.VPN).build()).permitted()).isTrue();
  }

  @Test
  @Tag("POL-6.1")
  @Tag("POL-3.7")
  void transmissionOnlyOverEncryptedChannels() {
    AccessRequest.Builder payroll = request().person("u-ben").category(DataCategory.PAYROLL)
        .purpose(Purpose.PAYROLL).fields("caregiver", "hours").action(Action.TRANSMIT);
    assertThat(guard.decide(payroll.build()).permitted()).isTrue();
    assertDenied(payroll.encryptedChannel(false).build(), Rule.SECURE_CHANNEL);
  }

  @Test
  @Tag("POL-8.1")
  @Tag("POL-8.3")
  void neverSoldNorDisclosedOutsideTheAgency() {
    assertDenied(request().purpose(Purpose.SALE).build(), Rule.NO_SALE);
    assertDenied(request().recipient(Recipient.OUTSIDE_AGENCY).build(), Rule.NO_OUTSIDE_DISCLOSURE);
  }

  @Test
  @Tag("POL-8.2")
  void marketingNeedsRecordedWrittenPermission() {
    AccessRequest marketing = request().category(DataCategory.ADMINISTRATIVE).purpose(Purpose.MARKETING)
        .fields("agency_name").build();
    assertDenied(marketing, Rule.MARKETING);
    guard.replacePolicy(policy().agency(new Agency(SUNRISE, java.util.EnumSet.of(
        DataCategory.SCHEDULING, DataCategory.ADMINISTRATIVE), true, true, true)).build());
    assertThat(guard.decide(marketing).permitted()).isTrue();
  }

  @Test
  @Tag("POL-9.2")
  void phiForAnAgencyWithoutABaaIsDenied() {
    guard.replacePolicy(policy().person(new Person("u-ben", Set.of("payroll", "scheduler"),
        Set.of(SUNRISE, HARBOR), LocalDate.of(2025, 6, 1), LocalDate.of(2026, 6, 1), true))
        .role(new Role("payroll", List.of(new Grant(DataCategory.BILLING,
            java.util.EnumSet.of(Action.READ), java.util.EnumSet.of(Purpose.BILLING),
            Set.of("claim"), Set.of())))).build());
    assertDenied(request().person("u-ben").agency(HARBOR).category(DataCategory.BILLING)
        .purpose(Purpose.BILLING).fields("claim").build(), Rule.BAA);
  }

  @Test
  @Tag("POL-7.2")
  @Tag("POL-10.2")
  void isolationBeatsEveryPermitUntilAnExplicitRelease() {
    List<AccessGuard.Isolation> seen = new java.util.ArrayList<>();
    guard.onIsolation(seen::add);
    for (IsolationTarget t : List.of(IsolationTarget.agency("sunrise"), IsolationTarget.person("u-ana"),
        IsolationTarget.device("laptop-12"), IsolationTarget.system("ehr-1"))) {
      guard.isolate(t, "incident INC-1", "secops", NOW);
      assertDenied(request().clientSystem("ehr-1").build(), Rule.ISOLATION);
      assertThat(guard.release(t, "contained", "secops", NOW)).isTrue();
      assertThat(guard.decide(request().clientSystem("ehr-1").build()).permitted()).isTrue();
    }
    assertThat(seen).hasSize(8).filteredOn(AccessGuard.Isolation::released).hasSize(4);
  }

  @Test
  @Tag("POL-3.2")
  void aMinimizedViewKeepsOnlyReleasedFieldsMasked() {
    Decision d = guard.decide(request().fields("client_name", "phone").build());
    Map<String, Object> record = new java.util.LinkedHashMap<>();
    record.put("client_name", "Ada Lovelace");
    record.put("phone", "412-555-0143");
    record.put("diagnosis", "CHF");
    record.put("visit_time", "09:00");
    assertThat(MinimizedView.of(d, record)).containsOnlyKeys("client_name", "phone")
        .containsEntry("client_name", "Ada Lovelace")
        .hasEntrySatisfying("phone", v -> assertThat((String) v).endsWith("0143").doesNotContain("412"));
    record visit(String client_name, String phone, String diagnosis) {}
    assertThat(MinimizedView.of(d, new visit("Ada Lovelace", "412-555-0143", "CHF")))
        .containsOnlyKeys("client_name", "phone");
    assertThat(MinimizedView.of(guard.decide(request().purpose(Purpose.SALE).build()), record)).isEmpty();
  }

  @Test
  void decisionsAndRequestsNeverShowRecordContents() {
    Decision d = guard.decide(request().build());
    assertThat(d.toString()).doesNotContain("client-17");
    assertThat(d.request().toString()).doesNotContain("client-17");
  }
}
