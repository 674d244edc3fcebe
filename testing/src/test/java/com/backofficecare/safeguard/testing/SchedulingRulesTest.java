package com.backofficecare.safeguard.testing;

import static com.backofficecare.safeguard.core.DataCategory.CLIENT_RECORDS;
import static com.backofficecare.safeguard.core.DataCategory.PAYROLL;
import static com.backofficecare.safeguard.policy.access.Purpose.SCHEDULING;
import static com.backofficecare.safeguard.testing.Requests.read;
import static com.backofficecare.safeguard.testing.SafeguardAssertions.assertThat;

import com.backofficecare.safeguard.core.AgencyId;
import com.backofficecare.safeguard.core.DataCategory;
import com.backofficecare.safeguard.policy.access.AccessPolicy;
import com.backofficecare.safeguard.policy.access.IsolationTarget;
import com.backofficecare.safeguard.policy.access.Network;
import com.backofficecare.safeguard.policy.access.Rule;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** How an application's team tests its policy logic with this module: one line per rule. */
@ExtendWith(SafeguardExtension.class)
class SchedulingRulesTest {

  static AccessPolicy policy() {
    return Policies.policy()
        .agency(Policies.agency("sunrise", CLIENT_RECORDS, DataCategory.SCHEDULING))
        .role(
            Policies.role(
                "scheduler", Policies.read(CLIENT_RECORDS, SCHEDULING, "client_name", "address")))
        .person(Policies.person("u-ana", "scheduler", "sunrise"))
        .build();
  }

  @Test
  @Tag("POL-3.2")
  void aSchedulerMayNotSeeAClientsDiagnosis(TestSafeguard sg) {
    assertThat(sg.guard())
        .permits(
            read("u-ana", "sunrise", CLIENT_RECORDS, "client_name", "diagnosis")
                .purpose(SCHEDULING))
        .releasing("client_name")
        .withholding("diagnosis");
    assertThat(sg.guard())
        .denies(read("u-ana", "sunrise", CLIENT_RECORDS, "diagnosis").purpose(SCHEDULING))
        .citing("POL-3.2");
  }

  @Test
  @Tag("POL-3.1")
  @Tag("POL-6.2")
  void outOfScopeAndPublicWifiAreDenied(TestSafeguard sg) {
    assertThat(sg.guard())
        .denies(read("u-ana", "sunrise", PAYROLL, "hours").purpose(SCHEDULING))
        .citing("POL-3.1");
    assertThat(sg.guard())
        .denies(
            read("u-ana", "sunrise", CLIENT_RECORDS, "client_name")
                .purpose(SCHEDULING)
                .network(Network.PUBLIC_WIFI))
        .citing("POL-6.2");
  }

  @Test
  void everyDecisionAndStoreEventIsAuditedAndTheClockSteps(TestSafeguard sg) {
    sg.guard().isolate(IsolationTarget.person("u-ana"), "drill", "secops", sg.clock().instant());
    assertThat(sg.guard())
        .denies(read("u-ana", "sunrise", CLIENT_RECORDS, "client_name").purpose(SCHEDULING))
        .citing("POL-7.2");
    var o =
        sg.store()
            .put(
                AgencyId.of("sunrise"),
                CLIENT_RECORDS,
                new ByteArrayInputStream(new byte[3]),
                Duration.ofHours(1));
    sg.clock().advance(Duration.ofHours(2));
    org.assertj.core.api.Assertions.assertThat(sg.store().reapExpired()).hasSize(1);
    org.assertj.core.api.Assertions.assertThat(sg.audit().events("access")).hasSize(1);
    org.assertj.core.api.Assertions.assertThat(sg.audit().events("store.deleted"))
        .singleElement()
        .satisfies(
            e ->
                org.assertj.core.api.Assertions.assertThat(e.detail())
                    .containsEntry("object", o.id().toString()));
  }

  @Test
  void aFailingAssertionExplainsTheDecision(TestSafeguard sg) {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                assertThat(sg.guard())
                    .permits(read("u-ana", "sunrise", PAYROLL, "hours").purpose(SCHEDULING)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("DENY under policy test")
        .hasMessageContaining("POL-3.1");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                assertThat(sg.guard())
                    .denies(read("u-ana", "sunrise", PAYROLL, "hours").purpose(SCHEDULING))
                    .because(Rule.MFA))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("expected a deny by rule MFA");
  }
}
