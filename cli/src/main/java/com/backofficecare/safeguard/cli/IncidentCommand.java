package com.backofficecare.safeguard.cli;

import com.backofficecare.safeguard.core.PhiType;
import com.backofficecare.safeguard.policy.access.AccessGuard;
import com.backofficecare.safeguard.policy.access.AccessPolicy;
import com.backofficecare.safeguard.policy.access.FileGuardStateStore;
import com.backofficecare.safeguard.policy.access.GuardState;
import com.backofficecare.safeguard.policy.access.IsolationTarget;
import com.backofficecare.safeguard.policy.audit.AuditEvent;
import com.backofficecare.safeguard.policy.audit.AuditLog;
import com.backofficecare.safeguard.policy.config.PolicyFiles;
import com.backofficecare.safeguard.policy.incident.AgencyTerms;
import com.backofficecare.safeguard.policy.incident.Incident;
import com.backofficecare.safeguard.policy.incident.IncidentEvent;
import com.backofficecare.safeguard.policy.incident.IncidentService;
import com.backofficecare.safeguard.policy.incident.Notices;
import com.backofficecare.safeguard.policy.incident.ObligationKind;
import com.backofficecare.safeguard.policy.incident.ObligationLedger;
import com.backofficecare.safeguard.policy.store.StoreLayout;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code safeguard incident}: incident response for operators, on a store directory. */
@Command(
    name = "incident",
    mixinStandardHelpOptions = true,
    description = {
      "Incident response from report to close (policy section 7).",
      "Events go to DIR/incidents, and to the audit trail DIR/audit.log. An agency's time zone",
      "and notice period are recorded with its first incident; later commands use them.",
      "Exit status: 0 done, 1 a transition the incident's state does not allow, 2 usage,",
      "65 invalid policy file, 75 a concurrent update (try again)."
    },
    subcommands = {
      IncidentCommand.Open.class,
      IncidentCommand.Transition.class,
      IncidentCommand.Status.class,
      IncidentCommand.Notice.class
    })
final class IncidentCommand {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private IncidentCommand() {}

  /** Where incidents live, and the agency's terms. */
  static final class Options {
    @Option(
        names = "--store",
        required = true,
        paramLabel = "DIR",
        description = "Store directory.")
    Path dir;

    @Option(
        names = "--zone",
        description =
            "The agency's time zone (default UTC), recorded with its"
                + " first incident; later commands use the recorded one.")
    String zone;

    @Option(
        names = "--agency-notice-hours",
        description =
            "Contractual notice period to the agency,"
                + " hours (default 72; at most 1440), recorded like --zone.")
    Integer noticeHours;

    @Option(
        names = "--policy",
        paramLabel = "FILE",
        description = {
          "Policy file; needed by events"
              + " that isolate, whose targets are checked against its agencies and persons.",
          "Every transition keeps the incident's isolations in DIR/guard-state.log (which"
              + " 'guard check --store DIR' enforces) in step with its record, with or without it."
        })
    Path policy;

    @Option(
        names = "--contact",
        defaultValue = "the Back Office Care privacy office",
        description = "Contact details for notices.")
    String contact;

    /** Runs {@code body} on the incident service, for a command that changes no isolation. */
    <T> T run(java.util.function.Function<IncidentService, T> body) {
      return open((b, audit) -> body.apply(b.build()));
    }

    /**
     * Runs {@code body} on the incident service over the store's guard state, so that the event
     * first reconciles the incident's isolations with its record (needing no policy) and then
     * isolates (needing {@code --policy} to check the targets) or releases.
     */
    <T> T runReconciling(java.util.function.Function<IncidentService, T> body) {
      return open(
          (b, audit) -> {
            AccessPolicy p = policy == null ? null : PolicyFiles.load(policy);
            try (FileGuardStateStore gs = StoreLayout.at(dir).openGuardState();
                GuardState state = GuardState.over(gs)) {
              state.onIsolation(i -> audit.append(AuditEvent.of(i)));
              if (p == null) {
                return body.apply(b.isolations(state).build());
              }
              return body.apply(b.guard(AccessGuard.create(p, state)).build());
            }
          });
    }

    private <T> T open(java.util.function.BiFunction<IncidentService.Builder, AuditLog, T> body) {
      if (zone != null) {
        ZoneId.of(zone); // an invalid zone is refused before anything is recorded
      }
      if (noticeHours != null) {
        new AgencyTerms("check", ZoneId.of("UTC"), Duration.ofHours(noticeHours), contact);
      }
      StoreLayout layout = StoreLayout.at(dir);
      try (com.backofficecare.safeguard.crypto.LocalKeyStore keys =
              TerminationCommands.openKeys(layout);
          AuditLog audit = TerminationCommands.openAudit(layout, keys)) {
        return body.apply(
            IncidentService.builder().store(layout.openIncidents()).audit(audit).terms(this::terms),
            audit);
      }
    }

    /**
     * The agency's terms as recorded with its first incident (written then, synced, never rewritten
     * here), so that a later command without {@code --zone} cannot move a deadline; a later command
     * that names other terms is refused.
     */
    AgencyTerms terms(String agency) {
      String id = com.backofficecare.safeguard.core.AgencyId.of(agency).value(); // no path tricks
      Path file = StoreLayout.at(dir).incidents().resolve("terms-" + id + ".json");
      try {
        if (java.nio.file.Files.exists(file)) {
          com.fasterxml.jackson.databind.JsonNode n = MAPPER.readTree(file.toFile());
          String recordedZone = n.path("zone").asText();
          int recordedHours = n.path("agencyNoticeHours").asInt();
          if ((zone != null && !zone.equals(recordedZone))
              || (noticeHours != null && noticeHours != recordedHours)) {
            throw new IllegalArgumentException(
                "agency "
                    + agency
                    + " has terms recorded with its"
                    + " first incident (zone "
                    + recordedZone
                    + ", notice "
                    + recordedHours
                    + " h); they are not changed from the command line");
          }
          return new AgencyTerms(
              agency, ZoneId.of(recordedZone), Duration.ofHours(recordedHours), contact);
        }
        String z = zone == null ? "UTC" : zone;
        int h = noticeHours == null ? 72 : noticeHours;
        AgencyTerms t = new AgencyTerms(agency, ZoneId.of(z), Duration.ofHours(h), contact);
        java.nio.file.Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (var out = new java.io.FileOutputStream(tmp.toFile())) {
          out.write(
              MAPPER.writeValueAsBytes(
                  MAPPER
                      .createObjectNode()
                      .put("agency", agency)
                      .put("zone", z)
                      .put("agencyNoticeHours", h)));
          out.getFD().sync();
        }
        java.nio.file.Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return t;
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException("cannot record the terms of agency " + agency, e);
      }
    }
  }

  @Command(
      name = "open",
      mixinStandardHelpOptions = true,
      description = "Records a report; prints the incident id.")
  static final class Open implements Callable<Integer> {
    @Mixin Options options;

    @Option(names = "--agency", required = true)
    String agency;

    @Option(names = "--by", required = true, description = "Who reports.")
    String by;

    @Option(names = "--description", required = true, description = "What happened (no PHI).")
    String description;

    @Option(names = "--attempt", description = "An attempt, not (yet) a known compromise.")
    boolean attempt;

    @Override
    public Integer call() throws Exception {
      System.out.println(
          options
              .run(
                  s -> {
                    options.terms(agency); // recorded now: every later command uses these
                    return s.report(agency, by, description, attempt);
                  })
              .id());
      return 0;
    }
  }

  @Command(
      name = "transition",
      mixinStandardHelpOptions = true,
      description = {
        "Applies EVENT to incident ID. EVENT is one of: triage, dismiss, declare,",
        "amend-discovery, contain, assess, notify, hold, corrective, release, recover, review, close."
      })
  static final class Transition implements Callable<Integer> {
    @Mixin Options options;

    @Parameters(index = "0", paramLabel = "ID")
    String id;

    @Parameters(index = "1", paramLabel = "EVENT")
    String event;

    @Option(names = "--by", required = true)
    String by;

    @Option(names = "--reason")
    String reason;

    @Option(names = "--category")
    String category;

    @Option(names = "--severity", defaultValue = "MODERATE")
    IncidentEvent.Severity severity;

    @Option(
        names = "--discovered",
        description = "ISO instant the incident was (or should have been) known.")
    String discovered;

    @Option(
        names = "--isolate",
        description = "kind:id to isolate (agency, person, system, device); repeatable.")
    List<String> isolate = new ArrayList<>();

    @Option(names = "--actions")
    String actions;

    @Option(names = "--exception")
    IncidentEvent.BreachException exception;

    @Option(names = "--secured", description = "The PHI was encrypted with an uncompromised key.")
    boolean secured;

    @Option(names = "--nature")
    String nature;

    @Option(names = "--unauthorized-person")
    String unauthorizedPerson;

    @Option(names = "--acquired", description = "The PHI was actually acquired or viewed.")
    boolean acquired;

    @Option(names = "--mitigation")
    String mitigation;

    @Option(
        names = "--low-probability",
        description = "The four factors show a low probability of compromise.")
    boolean lowProbability;

    @Option(names = "--phi", description = "PHI type involved; repeatable.")
    List<PhiType> phi = new ArrayList<>();

    @Option(names = "--record", description = "Affected record id; repeatable.")
    List<String> records = new ArrayList<>();

    @Option(names = "--affected", description = "STATE=COUNT of affected residents; repeatable.")
    Map<String, Integer> affected = new LinkedHashMap<>();

    @Option(names = "--kind", description = "Notice kind: ${COMPLETION-CANDIDATES}.")
    ObligationKind kind;

    @Option(names = "--recipient")
    String recipient;

    @Option(names = "--written", description = "A written law-enforcement request.")
    boolean written;

    @Option(names = "--official")
    String official;

    @Option(names = "--until", description = "Date a hold ends (ISO date).")
    String until;

    @Option(names = "--target", description = "kind:id whose isolation ends.")
    String target;

    @Override
    public Integer call() throws Exception {
      Instant now = Instant.now();
      IncidentEvent e =
          switch (event) {
            case "triage" -> new IncidentEvent.Triaged(now, by, true, need(reason, "--reason"));
            case "dismiss" -> new IncidentEvent.Triaged(now, by, false, need(reason, "--reason"));
            case "declare" ->
                new IncidentEvent.Declared(
                    now,
                    by,
                    need(category, "--category"),
                    severity,
                    Instant.parse(need(discovered, "--discovered")),
                    targets(isolate));
            case "amend-discovery" ->
                new IncidentEvent.DiscoveryAmended(
                    now,
                    by,
                    Instant.parse(need(discovered, "--discovered")),
                    need(reason, "--reason"));
            case "contain" ->
                new IncidentEvent.Contained(now, by, targets(isolate), need(actions, "--actions"));
            case "assess" ->
                new IncidentEvent.Assessed(
                    now,
                    by,
                    exception,
                    secured,
                    nature == null
                        ? null
                        : new IncidentEvent.RiskFactors(
                            nature,
                            need(unauthorizedPerson, "--unauthorized-person"),
                            acquired,
                            need(mitigation, "--mitigation"),
                            lowProbability),
                    phi.isEmpty() ? Set.of() : EnumSet.copyOf(phi),
                    records,
                    affected);
            case "notify" ->
                new IncidentEvent.Notified(now, by, needKind(), need(recipient, "--recipient"));
            case "hold" ->
                new IncidentEvent.LawEnforcementHold(
                    now,
                    by,
                    written,
                    need(official, "--official"),
                    until == null ? null : LocalDate.parse(until));
            case "corrective" ->
                new IncidentEvent.CorrectiveAction(now, by, need(actions, "--actions"));
            case "release" ->
                new IncidentEvent.IsolationReleased(
                    now,
                    by,
                    IsolationTarget.parse(need(target, "--target")),
                    need(reason, "--reason"));
            case "recover" -> new IncidentEvent.Recovered(now, by);
            case "review" -> new IncidentEvent.Reviewed(now, by, need(reason, "--reason"));
            case "close" -> new IncidentEvent.Closed(now, by);
            default -> throw new IllegalArgumentException("unknown event " + event);
          };
      if (options.policy == null && !isolate.isEmpty()) {
        throw new IllegalArgumentException(
            event + " --isolate needs --policy FILE: its targets are checked against the policy");
      }
      Incident i = options.runReconciling(s -> s.apply(id, e));
      System.out.println(i.id() + " " + i.state().name().toLowerCase(Locale.ROOT));
      return 0;
    }

    private ObligationKind needKind() {
      if (kind == null) {
        throw new IllegalArgumentException("notify needs --kind");
      }
      return kind;
    }

    private static String need(String v, String option) {
      if (v == null || v.isBlank()) {
        throw new IllegalArgumentException("this event needs " + option);
      }
      return v;
    }

    private static List<IsolationTarget> targets(List<String> specs) {
      return specs.stream().map(IsolationTarget::parse).toList();
    }
  }

  @Command(
      name = "status",
      mixinStandardHelpOptions = true,
      description =
          "Prints the incident's state, discovery, isolations, obligations and deadlines as JSON.")
  static final class Status implements Callable<Integer> {
    @Mixin Options options;

    @Parameters(paramLabel = "ID")
    String id;

    @Override
    public Integer call() throws Exception {
      ObjectNode n =
          options.run(
              s -> {
                Incident i = s.get(id);
                ObjectNode o = MAPPER.createObjectNode();
                o.put("incident", i.id())
                    .put("agency", i.agency())
                    .put("state", i.state().name())
                    .put("version", i.version())
                    .put("discovered", String.valueOf(i.discoveredAt()))
                    .put("breach", i.breach());
                ArrayNode iso = o.putArray("isolated");
                i.isolated()
                    .forEach(t -> iso.add(t.kind().name().toLowerCase(Locale.ROOT) + ":" + t.id()));
                ArrayNode obligations = o.putArray("obligations");
                for (ObligationLedger.Obligation ob : ObligationLedger.of(i, s.terms(i))) {
                  obligations
                      .addObject()
                      .put("kind", ob.kind().name())
                      .put("due", ob.due().toString())
                      .put("met", ob.met() == null ? null : ob.met().toString())
                      .put("basis", ob.basis());
                }
                ArrayNode alerts = o.putArray("alerts");
                ObligationLedger.alerts(i, s.terms(i), Instant.now(), Duration.ofDays(3))
                    .forEach(
                        a ->
                            alerts.add(
                                (a.overdue() ? "OVERDUE: " : "due soon: ")
                                    + a.obligation().kind()));
                return o;
              });
      System.out.println(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(n));
      return 0;
    }
  }

  @Command(
      name = "notice",
      mixinStandardHelpOptions = true,
      description =
          "Drafts the agency notice or the individual notice (164.404(c)) as Markdown or JSON.")
  static final class Notice implements Callable<Integer> {
    @Mixin Options options;

    @Parameters(paramLabel = "ID")
    String id;

    @Option(names = "--audience", defaultValue = "agency", description = "agency or individuals.")
    String audience;

    @Option(names = "--format", defaultValue = "md", description = "md or json.")
    String format;

    @Override
    public Integer call() throws Exception {
      Notices.Notice n =
          options.run(
              s -> {
                Incident i = s.get(id);
                return audience.equals("individuals")
                    ? Notices.individuals(i, s.terms(i))
                    : Notices.agency(i, s.terms(i));
              });
      System.out.println(format.equals("json") ? n.json() : n.markdown());
      return 0;
    }
  }
}
