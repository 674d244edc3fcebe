package com.backofficecare.safeguard.policy.access;

import static com.backofficecare.safeguard.core.DataCategory.ADMINISTRATIVE;
import static com.backofficecare.safeguard.core.DataCategory.BILLING;
import static com.backofficecare.safeguard.core.DataCategory.CLIENT_RECORDS;
import static com.backofficecare.safeguard.core.DataCategory.PAYROLL;
import static com.backofficecare.safeguard.core.DataCategory.SCHEDULING;
import static com.backofficecare.safeguard.testing.SafeguardAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.backofficecare.safeguard.core.AgencyId;
import com.backofficecare.safeguard.testing.Policies;
import com.backofficecare.safeguard.testing.SafeguardExtension;
import com.backofficecare.safeguard.testing.TestSafeguard;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The minimum-necessary guard, rule by rule, as an application's own tests would state it. */
@ExtendWith(SafeguardExtension.class)
@SafeguardExtension.Policy(clock = "2026-11-25T10:00:00Z")
class AccessGuardTest {

  static final AgencyId SUNRISE = AgencyId.of("sunrise");
  static final AgencyId HARBOR = AgencyId.of("harbor");

  /**
   * Sunrise (BAA, MFA required) and Harbor (billing only, no BAA); a scheduler and a payroll clerk.
   */
  static AccessPolicy.Builder sunriseAndHarbor() {
    return Policies.policy()
        .agency(
            new Agency(
                SUNRISE,
                EnumSet.of(SCHEDULING, CLIENT_RECORDS, PAYROLL, ADMINISTRATIVE),
                true,
                true,
                false))
        .agency(new Agency(HARBOR, EnumSet.of(BILLING), false, false, false))
        .role(
            Policies.role(
                "scheduler",
                new Grant(
                    SCHEDULING,
                    EnumSet.of(Action.READ, Action.WRITE, Action.EXPORT, Action.DOWNLOAD),
                    EnumSet.of(Purpose.SCHEDULING),
                    Set.of("client_name", "address", "phone", "visit_time", "caregiver"),
                    Set.of("phone")),
                Policies.read(CLIENT_RECORDS, Purpose.SCHEDULING, "client_name", "address"),
                new Grant(
                    ADMINISTRATIVE,
                    EnumSet.of(Action.READ),
                    EnumSet.of(Purpose.OPERATIONS, Purpose.MARKETING),
                    Set.of("agency_name", "office_hours"),
                    Set.of())))
        .role(
            Policies.role(
                "payroll",
                new Grant(
                    PAYROLL,
                    EnumSet.of(Action.READ, Action.EXPORT, Action.TRANSMIT),
                    EnumSet.of(Purpose.PAYROLL),
                    Set.of("caregiver", "hours", "rate", "bank_account"),
                    Set.of("bank_account"))))
        .person(Policies.person("u-ana", "scheduler", "sunrise"))
        .person(Policies.person("u-ben", "payroll", "sunrise", "harbor"));
  }

  static AccessPolicy policy() {
    return sunriseAndHarbor().build();
  }

  /** Ana reads a client's visit for scheduling from her compliant laptop: permitted. */
  static AccessRequest.Builder visit(TestSafeguard sg) {
    return sg.read("u-ana", "sunrise", SCHEDULING, "client_name", "visit_time", "phone")
        .purpose(Purpose.SCHEDULING)
        .records(List.of("client-17"))
        .device(DevicePosture.compliant("laptop-12"));
  }

  @Test
  @Tag("POL-3.2")
  @Tag("POL-11.1")
  void aPermitReleasesExactlyTheGrantedFieldsAndMasksWhatTheRoleMasks(TestSafeguard sg) {
    Decision d =
        assertThat(sg.guard())
            .permits(visit(sg).fields("client_name", "phone", "diagnosis"))
            .releasing("client_name", "phone")
            .masking("phone")
            .withholding("diagnosis")
            .citing("POL-3.1", "POL-3.2", "POL-3.8", "POL-4.1", "POL-9.1")
            .decision();
    assertThat(d.obligations()).contains(Obligation.AUDIT, Obligation.MASK, Obligation.EXPIRE);
    assertThat(d.expiresAt()).isEqualTo(sg.clock().instant().plus(Duration.ofMinutes(15)));
    assertThat(d.explain()).startsWith("PERMIT under policy test");
    assertThat(sg.audit().events("access")).hasSize(1);
  }

  @Test
  @Tag("POL-3.1")
  void outsideTheContractedScopeOfWorkIsDenied(TestSafeguard sg) {
    assertThat(sg.guard()).denies(visit(sg).category(BILLING)).because(Rule.SCOPE_OF_WORK);
    assertThat(sg.guard())
        .denies(visit(sg).agency(AgencyId.of("nobody")))
        .because(Rule.KNOWN_AGENCY);
  }

  @Test
  @Tag("POL-3.2")
  void aRoleThatDoesNotGrantTheActionPurposeOrFieldIsDenied(TestSafeguard sg) {
    assertThat(sg.guard()).denies(visit(sg).action(Action.TRANSMIT)).because(Rule.ROLE);
    assertThat(sg.guard()).denies(visit(sg).purpose(Purpose.BILLING)).because(Rule.ROLE);
    assertThat(sg.guard()).denies(visit(sg).fields("diagnosis")).because(Rule.MINIMUM_NECESSARY);
  }

  @Test
  @Tag("POL-3.3")
  void personnelNotAssignedToTheAgencyAreDenied(TestSafeguard sg) {
    assertThat(sg.guard())
        .denies(visit(sg).agency(HARBOR).category(BILLING))
        .because(Rule.ASSIGNMENT);
    assertThat(sg.guard()).denies(visit(sg).person("u-nobody")).because(Rule.ASSIGNMENT);
  }

  @Test
  @Tag("POL-3.4")
  void aDuplicateDownloadIsRefusedUntilTheWindowHasPassed(TestSafeguard sg) {
    assertThat(sg.guard()).permits(visit(sg).action(Action.DOWNLOAD));
    assertThat(sg.guard())
        .denies(visit(sg).action(Action.DOWNLOAD))
        .because(Rule.DUPLICATE_DOWNLOAD);
    sg.clock().advance(Duration.ofHours(25));
    assertThat(sg.guard()).permits(visit(sg).action(Action.DOWNLOAD));
  }

  @Test
  @Tag("POL-3.4")
  void aPolicyMayFlagDuplicateDownloadsForReviewInstead(TestSafeguard sg) {
    sg.guard()
        .replacePolicy(
            sunriseAndHarbor()
                .duplicateDownloads(AccessPolicy.DuplicateDownloads.FLAG, Duration.ofHours(24))
                .build());
    assertThat(sg.guard().decide(visit(sg).action(Action.DOWNLOAD).build()).obligations())
        .doesNotContain(Obligation.REVIEW_DUPLICATE);
    assertThat(
            assertThat(sg.guard())
                .permits(visit(sg).action(Action.DOWNLOAD))
                .decision()
                .obligations())
        .contains(Obligation.REVIEW_DUPLICATE);
  }

  @Test
  @Tag("POL-3.8")
  void phiNeedsRecentMultiFactorAuthentication(TestSafeguard sg) {
    Instant now = sg.clock().instant();
    assertThat(sg.guard())
        .denies(visit(sg).authentication(new Authentication(false, now)))
        .because(Rule.MFA);
    assertThat(sg.guard())
        .denies(visit(sg).authentication(new Authentication(true, now.minus(Duration.ofHours(13)))))
        .because(Rule.MFA);
    sg.guard()
        .replacePolicy(
            sunriseAndHarbor()
                .person(
                    new Person(
                        "u-ana",
                        Set.of("scheduler"),
                        Set.of(SUNRISE),
                        LocalDate.of(2026, 1, 5),
                        LocalDate.of(2026, 3, 1),
                        false))
                .build());
    assertThat(sg.guard()).denies(visit(sg)).because(Rule.MFA);
  }

  @Test
  @Tag("POL-3.9")
  void noConfidentialityAgreementNoAccess(TestSafeguard sg) {
    sg.guard()
        .replacePolicy(
            sunriseAndHarbor()
                .person(
                    new Person(
                        "u-ana",
                        Set.of("scheduler"),
                        Set.of(SUNRISE),
                        null,
                        LocalDate.of(2026, 3, 1),
                        true))
                .build());
    assertThat(sg.guard()).denies(visit(sg)).because(Rule.CONFIDENTIALITY_AGREEMENT);
  }

  @Test
  @Tag("POL-3.10")
  void trainingOlderThanAYearNoAccess(TestSafeguard sg) {
    sg.guard()
        .replacePolicy(
            sunriseAndHarbor()
                .person(
                    new Person(
                        "u-ana",
                        Set.of("scheduler"),
                        Set.of(SUNRISE),
                        LocalDate.of(2026, 1, 5),
                        LocalDate.of(2025, 10, 1),
                        true))
                .build());
    assertThat(sg.guard()).denies(visit(sg)).because(Rule.TRAINING);
  }

  @Test
  @Tag("POL-4.1")
  @Tag("POL-4.2")
  void onlyCompliantBusinessDevices(TestSafeguard sg) {
    assertThat(sg.guard())
        .denies(visit(sg).device(new DevicePosture("home-pc", false, true, true, true, true)))
        .because(Rule.DEVICE);
    assertThat(sg.guard())
        .denies(visit(sg).device(new DevicePosture("laptop-12", true, false, true, true, true)))
        .because(Rule.DEVICE);
    assertThat(sg.guard())
        .denies(visit(sg).device(new DevicePosture("laptop-12", true, true, false, true, true)))
        .because(Rule.DEVICE);
  }

  @Test
  @Tag("POL-6.2")
  void sensitiveWorkIsRefusedOnPublicWifi(TestSafeguard sg) {
    assertThat(sg.guard()).denies(visit(sg).network(Network.PUBLIC_WIFI)).because(Rule.NETWORK);
    assertThat(sg.guard()).denies(visit(sg).network(Network.UNKNOWN)).because(Rule.NETWORK);
    assertThat(sg.guard()).permits(visit(sg).network(Network.VPN));
  }

  @Test
  @Tag("POL-6.1")
  @Tag("POL-3.7")
  void transmissionOnlyOverEncryptedChannels(TestSafeguard sg) {
    AccessRequest.Builder payroll =
        sg.read("u-ben", "sunrise", PAYROLL, "caregiver", "hours")
            .purpose(Purpose.PAYROLL)
            .action(Action.TRANSMIT);
    assertThat(sg.guard()).permits(payroll);
    assertThat(sg.guard()).denies(payroll.encryptedChannel(false)).because(Rule.SECURE_CHANNEL);
  }

  @Test
  @Tag("POL-8.1")
  @Tag("POL-8.3")
  void neverSoldNorDisclosedOutsideTheAgency(TestSafeguard sg) {
    assertThat(sg.guard()).denies(visit(sg).purpose(Purpose.SALE)).because(Rule.NO_SALE);
    assertThat(sg.guard())
        .denies(visit(sg).recipient(Recipient.OUTSIDE_AGENCY))
        .because(Rule.NO_OUTSIDE_DISCLOSURE);
  }

  @Test
  @Tag("POL-8.2")
  void marketingNeedsRecordedWrittenPermission(TestSafeguard sg) {
    AccessRequest.Builder marketing =
        visit(sg).category(ADMINISTRATIVE).purpose(Purpose.MARKETING).fields("agency_name");
    assertThat(sg.guard()).denies(marketing).because(Rule.MARKETING);
    sg.guard()
        .replacePolicy(
            sunriseAndHarbor()
                .agency(
                    new Agency(SUNRISE, EnumSet.of(SCHEDULING, ADMINISTRATIVE), true, true, true))
                .build());
    assertThat(sg.guard()).permits(marketing).releasing("agency_name");
  }

  @Test
  @Tag("POL-9.2")
  void phiForAnAgencyWithoutABaaIsDenied(TestSafeguard sg) {
    sg.guard()
        .replacePolicy(
            sunriseAndHarbor()
                .role(Policies.role("payroll", Policies.read(BILLING, Purpose.BILLING, "claim")))
                .build());
    assertThat(sg.guard())
        .denies(sg.read("u-ben", "harbor", BILLING, "claim").purpose(Purpose.BILLING))
        .because(Rule.BAA);
  }

  @Test
  @Tag("POL-7.2")
  @Tag("POL-10.2")
  void isolationBeatsEveryPermitUntilAnExplicitRelease(TestSafeguard sg) {
    List<AccessGuard.Isolation> seen = new ArrayList<>();
    sg.guard().onIsolation(seen::add);
    for (IsolationTarget t :
        List.of(
            IsolationTarget.agency("sunrise"),
            IsolationTarget.person("u-ana"),
            IsolationTarget.device("laptop-12"),
            IsolationTarget.system("ehr-1"))) {
      sg.guard().isolate(t, "incident INC-1", "secops", sg.clock().instant());
      assertThat(sg.guard()).denies(visit(sg).clientSystem("ehr-1")).because(Rule.ISOLATION);
      assertThat(
              sg.guard().release(t, "incident INC-1", "contained", "secops", sg.clock().instant()))
          .isTrue();
      assertThat(sg.guard()).permits(visit(sg).clientSystem("ehr-1"));
    }
    assertThat(seen).hasSize(8).filteredOn(AccessGuard.Isolation::released).hasSize(4);
    assertThat(sg.audit().events("isolation")).hasSize(4);
    assertThat(sg.audit().events("release")).hasSize(4);
  }

  @Test
  @Tag("POL-3.2")
  void aMinimizedViewKeepsOnlyReleasedFieldsMasked(TestSafeguard sg) {
    Decision d = sg.guard().decide(visit(sg).fields("client_name", "phone").build());
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("client_name", "Ada Lovelace");
    record.put("phone", "412-555-0143");
    record.put("diagnosis", "CHF");
    record.put("visit_time", "09:00");
    String rec = d.request().records().get(0);
    java.time.Instant now = sg.clock().instant();
    assertThat(MinimizedView.of(d, rec, record, now))
        .containsOnlyKeys("client_name", "phone")
        .containsEntry("client_name", "Ada Lovelace")
        .hasEntrySatisfying(
            "phone", v -> assertThat((String) v).endsWith("0143").doesNotContain("412"));
    record Visit(String client_name, String phone, String diagnosis) {}
    assertThat(MinimizedView.of(d, rec, new Visit("Ada Lovelace", "412-555-0143", "CHF"), now))
        .containsOnlyKeys("client_name", "phone");
    assertThat(
            MinimizedView.of(
                sg.guard().decide(visit(sg).purpose(Purpose.SALE).build()), rec, record, now))
        .isEmpty();
    // A permit is for its records and its time only.
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> MinimizedView.of(d, rec, record, d.expiresAt().plusSeconds(1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("expired");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> MinimizedView.of(d, "client-other", record, now))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("client-other");
  }

  @Test
  void decisionsRequestsAndTheTrailNeverShowRecordContents(TestSafeguard sg) {
    Decision d = sg.guard().decide(visit(sg).build());
    assertThat(d.toString()).doesNotContain("client-17");
    assertThat(d.request().toString()).doesNotContain("client-17");
    assertThat(sg.audit().events("access"))
        .singleElement()
        .satisfies(e -> assertThat(e.toString()).doesNotContain("client-17"));
  }
}
