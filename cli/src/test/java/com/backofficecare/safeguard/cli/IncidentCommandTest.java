package com.backofficecare.safeguard.cli;

import static com.backofficecare.safeguard.cli.GuardAuditCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.backofficecare.safeguard.policy.access.IsolationTarget;
import com.backofficecare.safeguard.policy.incident.IncidentEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncidentCommandTest {

  @Test
  @Tag("POL-7.1")
  @Tag("POL-7.5")
  void anOperatorWalksAnIncidentFromReportToClose(@TempDir Path dir) throws Exception {
    String store = dir.resolve("store").toString();
    String id =
        run(
                "incident",
                "open",
                "--store",
                store,
                "--agency",
                "sunrise-home-care",
                "--by",
                "u-ana",
                "--description",
                "misdirected fax of a care plan")
            .out()
            .trim();
    assertThat(id).startsWith("INC-");
    String[][] steps = {
      {"triage", "--reason", "a care plan left the agency"},
      {
        "declare",
        "--category",
        "misdirected disclosure",
        "--discovered",
        "2026-11-20T15:00:00Z",
        "--isolate",
        "system:fax-gateway"
      },
      {"contain", "--actions", "recipient confirmed destruction in writing"},
      {
        "assess",
        "--nature",
        "one care plan: name, diagnosis",
        "--unauthorized-person",
        "a pharmacy",
        "--mitigation",
        "written attestation of destruction",
        "--low-probability",
        "--phi",
        "NAME"
      },
      {"notify", "--kind", "AGENCY", "--recipient", "sunrise-home-care privacy officer"},
      {"corrective", "--actions", "fax numbers verified against the directory"},
      {"release", "--target", "system:fax-gateway", "--reason", "directory check in place"},
      {"recover"},
      {"review", "--reason", "fax directory audited quarterly"},
      {"close"}
    };
    for (String[] step : steps) {
      String[] args = new String[step.length + 8];
      args[0] = "incident";
      args[1] = "transition";
      args[2] = id;
      args[3] = step[0];
      System.arraycopy(step, 1, args, 4, step.length - 1);
      args[step.length + 3] = "--store";
      args[step.length + 4] = store;
      args[step.length + 5] = "--by=secops";
      args[step.length + 6] = "--policy";
      args[step.length + 7] = GuardAuditCommandTest.POLICY.resolve("policy.json").toString();
      GuardAuditCommandTest.Run r = run(args);
      assertThat(r.exit()).as(step[0] + ": " + r.err()).isZero();
    }
    GuardAuditCommandTest.Run status = run("incident", "status", id, "--store", store);
    assertThat(status.out()).contains("\"state\" : \"CLOSED\"").contains("\"breach\" : false");
    Path keys = dir.resolve("audit.keys");
    Files.writeString(keys, run("signing-key", "--store", dir.resolve("store").toString()).out());
    assertThat(
            run(
                    "audit",
                    "verify",
                    dir.resolve("store/audit.log").toString(),
                    "--key",
                    keys.toString())
                .out())
        .contains("intact: 13 entries");
    assertThat(run("incident", "notice", id, "--store", store, "--format", "json").out())
        .contains("\"incident\" : \"" + id + "\"");
    GuardAuditCommandTest.Run late =
        run("incident", "transition", id, "recover", "--store", store, "--by", "x");
    assertThat(late.exit()).isEqualTo(ExitStatus.DENIED_OR_INVALID);
    assertThat(late.err()).contains("closed");
  }

  /** The agency's zone and notice period are fixed when its first incident is opened. */
  @Test
  @Tag("POL-7.5")
  void theAgencyTermsRecordedAtOpenHoldForLaterCommands(@TempDir Path dir) throws Exception {
    String store = dir.resolve("store").toString();
    GuardAuditCommandTest.Run bad =
        run(
            "incident",
            "open",
            "--store",
            store,
            "--agency",
            "sunrise",
            "--by",
            "u-ana",
            "--description",
            "lost laptop",
            "--zone",
            "Mars/Olympus");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(Files.exists(dir.resolve("store/incidents"))).isFalse();

    String id =
        run(
                "incident",
                "open",
                "--store",
                store,
                "--agency",
                "sunrise",
                "--by",
                "u-ana",
                "--description",
                "lost laptop",
                "--zone",
                "America/New_York",
                "--agency-notice-hours",
                "24")
            .out()
            .trim();
    assertThat(Files.readString(dir.resolve("store/incidents/terms-sunrise.json")))
        .contains("America/New_York")
        .contains("24");
    // A later command without the flags uses the recorded terms; one with others is refused.
    assertThat(
            run(
                    "incident",
                    "transition",
                    id,
                    "triage",
                    "--store",
                    store,
                    "--by",
                    "secops",
                    "--reason",
                    "real")
                .exit())
        .isZero();
    GuardAuditCommandTest.Run other =
        run("incident", "status", id, "--store", store, "--agency-notice-hours", "72");
    assertThat(other.exit()).isEqualTo(2);
    assertThat(other.err()).contains("recorded with its first incident");
  }

  /** README's walk-through: the isolation an incident records is enforced by a later command. */
  @Test
  @Tag("POL-7.2")
  void aLostLaptopIsDeniedByALaterSeparateCommandUntilReleased(@TempDir Path dir) throws Exception {
    String store = dir.resolve("store").toString();
    String policy = GuardAuditCommandTest.POLICY.resolve("policy.json").toString();
    String request =
        GuardAuditCommandTest.POLICY
            .resolve("requests/permit-scheduler-reads-visits.json")
            .toString();
    String id =
        run(
                "incident",
                "open",
                "--store",
                store,
                "--agency",
                "sunrise-home-care",
                "--by",
                "u-ana",
                "--description",
                "laptop stolen from a car")
            .out()
            .trim();
    assertThat(
            run("guard", "check", "--store", store, "--policy", policy, "--request", request)
                .exit())
        .isZero();
    assertThat(
            run(
                    "incident",
                    "transition",
                    id,
                    "triage",
                    "--store",
                    store,
                    "--by",
                    "secops",
                    "--reason",
                    "held PHI")
                .exit())
        .isZero();
    String[] declare = {
      "incident",
      "transition",
      id,
      "declare",
      "--store",
      store,
      "--by",
      "secops",
      "--category",
      "lost device",
      "--discovered",
      "2026-11-24T20:00:00Z",
      "--isolate",
      "device:LAPTOP-12"
    };
    GuardAuditCommandTest.Run noPolicy = run(declare);
    assertThat(noPolicy.exit()).isEqualTo(2);
    assertThat(noPolicy.err()).contains("needs --policy");
    for (String bad :
        new String[] {"agency:Sunrise", "person:u-nobody", "laptop-12", "printer:p1"}) {
      String[] args = declare.clone();
      args[args.length - 1] = bad;
      GuardAuditCommandTest.Run r = run(concat(args, "--policy", policy));
      assertThat(r.exit()).as(bad).isEqualTo(2);
    }
    assertThat(run(concat(declare, "--policy", policy)).exit()).isZero();

    GuardAuditCommandTest.Run denied =
        run("guard", "check", "--store", store, "--policy", policy, "--request", request);
    assertThat(denied.exit()).isEqualTo(1);
    assertThat(denied.out())
        .contains("POL-7.2: the agency, person, client system or device is isolated");
    assertThat(
            run(
                    "incident",
                    "transition",
                    id,
                    "release",
                    "--store",
                    store,
                    "--by",
                    "secops",
                    "--target",
                    "device:laptop-12",
                    "--reason",
                    "wiped and recovered",
                    "--policy",
                    policy)
                .exit())
        .isZero();
    assertThat(
            run("guard", "check", "--store", store, "--policy", policy, "--request", request)
                .exit())
        .isZero();
    assertThat(
            run(
                    "guard",
                    "check",
                    "--store",
                    dir.resolve("stor").toString(),
                    "--policy",
                    policy,
                    "--request",
                    request)
                .exit())
        .isEqualTo(66);
    // A directory that is not a store, or none at all, is refused: it would enforce nothing.
    java.nio.file.Files.createDirectories(dir.resolve("store/objects"));
    for (String notAStore : new String[] {dir.resolve("store/objects").toString(), ""}) {
      assertThat(
              run("guard", "check", "--store", notAStore, "--policy", policy, "--request", request)
                  .exit())
          .as(notAStore)
          .isEqualTo(66);
    }
    assertThat(dir.resolve("store/objects/guard-state.log")).doesNotExist();
    // A trail that cannot be opened: no decision, so no download is used up either.
    String export =
        GuardAuditCommandTest.POLICY.resolve("requests/permit-payroll-export.json").toString();
    GuardAuditCommandTest.Run noTrail =
        run(
            "guard",
            "check",
            "--store",
            store,
            "--policy",
            policy,
            "--request",
            export,
            "--audit",
            dir.resolve("store/objects").toString());
    assertThat(noTrail.exit()).isEqualTo(ExitStatus.RETRY);
    assertThat(noTrail.err()).contains("no decision was made").doesNotContain("Exception\n\tat");
    assertThat(
            run("guard", "check", "--store", store, "--policy", policy, "--request", export).exit())
        .isZero();
    assertThat(
            run("guard", "check", "--store", store, "--policy", policy, "--request", export).exit())
        .isEqualTo(1);
  }

  /**
   * A process that died between an incident's event and the isolation (or release) that goes with
   * it leaves the guard state out of step with the incident's record; the next transition of the
   * incident, without {@code --policy}, puts it back in step.
   */
  @Test
  @Tag("POL-7.2")
  void theNextTransitionWithoutAPolicyRepairsACrashBetweenAnEventAndItsIsolation(@TempDir Path dir)
      throws Exception {
    String store = dir.resolve("store").toString();
    String policy = GuardAuditCommandTest.POLICY.resolve("policy.json").toString();
    String[] check = {
      "guard",
      "check",
      "--store",
      store,
      "--policy",
      policy,
      "--request",
      GuardAuditCommandTest.POLICY.resolve("requests/permit-scheduler-reads-visits.json").toString()
    };
    String id =
        run(
                "incident",
                "open",
                "--store",
                store,
                "--agency",
                "sunrise-home-care",
                "--by",
                "u-ana",
                "--description",
                "laptop stolen from a car")
            .out()
            .trim();
    assertThat(transition(id, store, "triage", "--reason", "held PHI").exit()).isZero();
    var incidents =
        com.backofficecare.safeguard.policy.store.StoreLayout.at(Path.of(store)).openIncidents();
    java.time.Instant at = java.time.Instant.parse("2026-11-24T20:00:00Z");
    IsolationTarget laptop = IsolationTarget.device("laptop-12");

    // The declaration was recorded, and the process died before it isolated the laptop.
    incidents.append(
        id,
        incidents.load(id).size(),
        new IncidentEvent.Declared(
            at, "secops", "lost device", IncidentEvent.Severity.HIGH, at, List.of(laptop)));
    assertThat(run(check).exit()).as("not isolated yet").isZero();
    GuardAuditCommandTest.Run contain =
        transition(id, store, "contain", "--actions", "remote wipe issued");
    assertThat(contain.exit()).as(contain.err()).isZero();
    assertThat(run(check).exit()).as("isolated by the next transition").isEqualTo(1);

    // The release was recorded, and the process died before it ended the isolation.
    incidents.append(
        id,
        incidents.load(id).size(),
        new IncidentEvent.IsolationReleased(at, "secops", laptop, "wiped and recovered"));
    assertThat(run(check).exit()).as("still isolated").isEqualTo(1);
    assertThat(transition(id, store, "corrective", "--actions", "laptops locked away").exit())
        .isZero();
    assertThat(run(check).exit()).as("released by the next transition").isZero();
  }

  private static GuardAuditCommandTest.Run transition(
      String id, String store, String event, String... options) {
    return run(
        concat(
            new String[] {"incident", "transition", id, event, "--store", store, "--by", "secops"},
            options));
  }

  private static String[] concat(String[] a, String... b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
