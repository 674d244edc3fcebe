package com.backofficecare.safeguard.policy.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backofficecare.safeguard.core.DataCategory;
import com.backofficecare.safeguard.core.PhiType;
import com.backofficecare.safeguard.policy.access.AccessGuard;
import com.backofficecare.safeguard.policy.access.AccessRequest;
import com.backofficecare.safeguard.policy.access.Authentication;
import com.backofficecare.safeguard.policy.access.DevicePosture;
import com.backofficecare.safeguard.policy.access.IsolationTarget;
import com.backofficecare.safeguard.policy.access.Purpose;
import com.backofficecare.safeguard.policy.audit.AuditLog;
import com.backofficecare.safeguard.policy.audit.TestIdentity;
import com.backofficecare.safeguard.policy.config.PolicyFiles;
import com.backofficecare.safeguard.policy.incident.IncidentEvent.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncidentLifecycleTest {

  static final Instant T0 = Instant.parse("2026-11-25T09:00:00Z");
  static final String AGENCY = "sunrise-home-care";

  @TempDir Path dir;

  private AccessGuard guard() {
    return PolicyFiles.guard(
        Path.of(System.getProperty("safeguard.root", "..")).resolve("examples/policy/policy.json"));
  }

  private IncidentService service(AccessGuard guard, AuditLog audit) {
    return IncidentService.builder()
        .store(FileIncidentStore.open(dir.resolve("incidents")))
        .guard(guard)
        .audit(audit)
        .clock(Clock.fixed(T0, ZoneOffset.UTC))
        .terms(
            a ->
                new AgencyTerms(
                    a,
                    DeadlineRulesTest.NEW_YORK,
                    Duration.ofHours(24),
                    "privacy@backofficecare.example, 1-800-555-0100"))
        .build();
  }

  private AccessRequest request() {
    Instant at = Instant.parse("2026-11-25T09:30:00Z");
    return AccessRequest.builder()
        .person("u-ana")
        .agency(com.backofficecare.safeguard.core.AgencyId.of(AGENCY))
        .category(DataCategory.SCHEDULING)
        .fields("client_name")
        .purpose(Purpose.SCHEDULING)
        .device(DevicePosture.compliant("laptop-12"))
        .authentication(new Authentication(true, at))
        .at(at)
        .build();
  }

  @Test
  @Tag("POL-7.1")
  @Tag("POL-7.2")
  @Tag("POL-7.3")
  @Tag("POL-7.4")
  @Tag("POL-7.5")
  void fromReportToCloseWithIsolationNoticesAndAnAuditedHistory() throws Exception {
    AccessGuard guard = guard();
    Path auditFile = dir.resolve("audit.log");
    try (AuditLog audit = AuditLog.open(auditFile, TestIdentity.of(auditFile))) {
      IncidentService svc = service(guard, audit);
      Incident i =
          svc.report(AGENCY, "u-ana", "phishing e-mail answered with a scheduler login", false);
      String id = i.id();
      assertThat(i.state()).isEqualTo(IncidentState.REPORTED);
      svc.apply(id, new IncidentEvent.Triaged(T0, "secops", true, "credentials were entered"));
      assertThat(guard.decide(request()).permitted()).isTrue();
      svc.apply(
          id,
          new IncidentEvent.Declared(
              T0,
              "secops",
              "credential compromise",
              Severity.HIGH,
              T0.minus(Duration.ofHours(3)),
              List.of(IsolationTarget.person("u-ana"))));
      assertThat(guard.decide(request()).denied()).as("isolated at declaration").isTrue();
      svc.apply(
          id,
          new IncidentEvent.Contained(
              T0,
              "secops",
              List.of(IsolationTarget.device("laptop-12")),
              "password reset, sessions revoked"));
      svc.apply(
          id,
          new IncidentEvent.Assessed(
              T0,
              "privacy",
              null,
              false,
              new IncidentEvent.RiskFactors(
                  "names and visit addresses of 12 clients",
                  "unknown attacker",
                  true,
                  "account locked within 2 hours",
                  false),
              Set.of(PhiType.NAME, PhiType.ADDRESS),
              List.of("client-1042", "client-1043"),
              Map.of("NY", 12)));
      assertThat(svc.get(id).state()).isEqualTo(IncidentState.BREACH_CONFIRMED);
      assertThat(svc.obligations(id))
          .extracting(ObligationLedger.Obligation::kind)
          .containsExactlyInAnyOrder(
              ObligationKind.AGENCY, ObligationKind.INDIVIDUALS, ObligationKind.HHS);
      assertThat(svc.alerts(Duration.ofDays(7)))
          .singleElement()
          .satisfies(
              a -> {
                assertThat(a.obligation().kind())
                    .isEqualTo(ObligationKind.AGENCY); // due within 24 h
                assertThat(a.overdue()).isFalse();
              });

      Notices.Notice notice = Notices.agency(svc.get(id), svc.terms(svc.get(id)));
      assertThat(notice.markdown())
          .contains(id, "client-1042", "name, address", "privacy@backofficecare.example");
      assertThat(Notices.individuals(svc.get(id), svc.terms(svc.get(id))).markdown())
          .contains("What you can do")
          .doesNotContain("client-1042");

      svc.apply(id, new IncidentEvent.Notified(T0, "privacy", ObligationKind.AGENCY, AGENCY));
      svc.apply(
          id,
          new IncidentEvent.CorrectiveAction(
              T0, "secops", "phishing-resistant MFA for schedulers"));
      svc.apply(
          id,
          new IncidentEvent.Notified(
              T0, "agency", ObligationKind.INDIVIDUALS, "12 clients by mail"));
      svc.apply(id, new IncidentEvent.Recovered(T0, "secops"));
      svc.apply(id, new IncidentEvent.Reviewed(T0, "secops", "train schedulers on phishing"));
      assertThatThrownBy(() -> svc.apply(id, new IncidentEvent.Closed(T0, "secops")))
          .isInstanceOf(IllegalTransitionException.class)
          .hasMessageContaining("isolation");
      svc.apply(
          id,
          new IncidentEvent.IsolationReleased(
              T0, "secops", IsolationTarget.person("u-ana"), "password reset"));
      svc.apply(
          id,
          new IncidentEvent.IsolationReleased(
              T0, "secops", IsolationTarget.device("laptop-12"), "reimaged"));
      assertThat(guard.decide(request()).permitted()).as("released explicitly").isTrue();
      assertThatThrownBy(() -> svc.apply(id, new IncidentEvent.Closed(T0, "secops")))
          .isInstanceOf(IllegalTransitionException.class)
          .hasMessageContaining("HHS notice is still owed");
      svc.apply(id, new IncidentEvent.Notified(T0, "agency", ObligationKind.HHS, "annual log"));
      assertThat(svc.apply(id, new IncidentEvent.Closed(T0, "secops")).state())
          .isEqualTo(IncidentState.CLOSED);

      // A restart loses nothing: a new service over the same store replays the same incident.
      Incident replayed = service(guard(), audit).get(id);
      assertThat(replayed.state()).isEqualTo(IncidentState.CLOSED);
      assertThat(replayed.version()).isEqualTo(14);
    }
    AuditLog.Verification v = AuditLog.verify(auditFile, TestIdentity.pinned(auditFile), null);
    assertThat(v.intact())
        .as(v.problem() + "\n" + Files.readAllLines(auditFile).subList(0, 2))
        .isTrue();
    assertThat(Files.readString(auditFile)).contains("incident.declared", "isolation", "release");
  }

  @Test
  @Tag("POL-7.3")
  void illegalTransitionsThrowAndDiscoveryNeverMovesLater() throws Exception {
    try (AuditLog audit =
        AuditLog.open(dir.resolve("a.log"), TestIdentity.of(dir.resolve("a.log")))) {
      IncidentService svc = service(guard(), audit);
      String id =
          svc.report(AGENCY, "u-ben", "payroll file e-mailed to a wrong address", false).id();
      assertThatThrownBy(() -> svc.apply(id, new IncidentEvent.Closed(T0, "x")))
          .isInstanceOf(IllegalTransitionException.class)
          .hasMessageContaining("REPORTED");
      assertThatThrownBy(() -> svc.apply(id, new IncidentEvent.Recovered(T0, "x")))
          .isInstanceOf(IllegalTransitionException.class);
      svc.apply(id, new IncidentEvent.Triaged(T0, "secops", true, "PHI left the agency"));
      assertThatThrownBy(
              () ->
                  svc.apply(
                      id,
                      new IncidentEvent.Declared(
                          T0,
                          "s",
                          "misdirected",
                          Severity.LOW,
                          T0.plus(Duration.ofDays(1)),
                          List.of())))
          .isInstanceOf(IllegalTransitionException.class)
          .hasMessageContaining("later than the report");
      svc.apply(
          id,
          new IncidentEvent.Declared(
              T0, "s", "misdirected", Severity.LOW, T0.minusSeconds(600), List.of()));
      assertThatThrownBy(
              () -> svc.apply(id, new IncidentEvent.DiscoveryAmended(T0, "s", T0, "later")))
          .isInstanceOf(IllegalTransitionException.class)
          .hasMessageContaining("never later");
      svc.apply(
          id,
          new IncidentEvent.DiscoveryAmended(T0, "s", T0.minus(Duration.ofDays(2)), "log review"));
      assertThat(svc.get(id).discoveredAt()).isEqualTo(T0.minus(Duration.ofDays(2)));
      assertThat(svc.get(id).version()).isEqualTo(4);
    }
  }

  @Test
  @Tag("POL-7.1")
  void triageCanCloseAReportAsNotAnIncident() throws Exception {
    try (AuditLog audit =
        AuditLog.open(dir.resolve("a.log"), TestIdentity.of(dir.resolve("a.log")))) {
      IncidentService svc = service(guard(), audit);
      String id = svc.report(AGENCY, "u-ana", "suspicious login prompt", true).id();
      assertThat(
              svc.apply(
                      id,
                      new IncidentEvent.Triaged(T0, "secops", false, "browser extension, no PHI"))
                  .state())
          .isEqualTo(IncidentState.CLOSED_NOT_INCIDENT);
      assertThatThrownBy(
              () -> svc.apply(id, new IncidentEvent.Triaged(T0, "secops", true, "again")))
          .isInstanceOf(IllegalTransitionException.class)
          .hasMessageContaining("closed");
    }
  }

  @Test
  void twoProcessesTransitioningOneIncidentNeverBothApply() throws Exception {
    try (AuditLog audit =
        AuditLog.open(dir.resolve("a.log"), TestIdentity.of(dir.resolve("a.log")))) {
      IncidentService first = service(guard(), audit);
      String id = first.report(AGENCY, "u-ana", "lost badge", false).id();
      first.apply(id, new IncidentEvent.Triaged(T0, "s", true, "badge opens the records room"));
      ExecutorService pool = Executors.newFixedThreadPool(8);
      CountDownLatch go = new CountDownLatch(1);
      try {
        List<Future<?>> tries = new java.util.ArrayList<>();
        for (int t = 0; t < 8; t++) {
          IncidentService own = service(guard(), audit); // separate services share only the store
          tries.add(
              pool.submit(
                  () -> {
                    go.await();
                    return own.apply(
                        id,
                        new IncidentEvent.Declared(
                            T0, "s", "physical", Severity.LOW, T0, List.of()));
                  }));
        }
        go.countDown();
        int applied = 0;
        for (Future<?> f : tries) {
          try {
            f.get();
            applied++;
          } catch (java.util.concurrent.ExecutionException e) {
            assertThat(e.getCause())
                .isInstanceOfAny(
                    ConcurrentIncidentUpdateException.class, IllegalTransitionException.class);
          }
        }
        assertThat(applied).isEqualTo(1);
      } finally {
        pool.shutdownNow();
      }
      assertThat(first.get(id).version()).isEqualTo(3);
      assertThat(first.get(id).state()).isEqualTo(IncidentState.DECLARED);
    }
  }
}
