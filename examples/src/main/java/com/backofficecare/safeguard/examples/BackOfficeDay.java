package com.backofficecare.safeguard.examples;

import com.backofficecare.safeguard.core.AgencyId;
import com.backofficecare.safeguard.core.DataCategory;
import com.backofficecare.safeguard.core.PhiType;
import com.backofficecare.safeguard.core.detection.Finding;
import com.backofficecare.safeguard.core.detection.PhiDetector;
import com.backofficecare.safeguard.core.record.FieldClassification;
import com.backofficecare.safeguard.core.record.RecordClassifier;
import com.backofficecare.safeguard.core.redaction.PseudonymKey;
import com.backofficecare.safeguard.core.redaction.RedactionOperators;
import com.backofficecare.safeguard.core.redaction.Redactor;
import com.backofficecare.safeguard.crypto.LocalKeyStore;
import com.backofficecare.safeguard.crypto.tempstore.DeletionReceipt;
import com.backofficecare.safeguard.crypto.tempstore.ScopedTempFile;
import com.backofficecare.safeguard.crypto.tempstore.SecureTempStore;
import com.backofficecare.safeguard.crypto.tempstore.StoredObject;
import com.backofficecare.safeguard.policy.access.AccessGuard;
import com.backofficecare.safeguard.policy.access.Decision;
import com.backofficecare.safeguard.policy.access.FileGuardStateStore;
import com.backofficecare.safeguard.policy.access.GuardState;
import com.backofficecare.safeguard.policy.access.IsolationTarget;
import com.backofficecare.safeguard.policy.audit.AuditEvent;
import com.backofficecare.safeguard.policy.audit.AuditLog;
import com.backofficecare.safeguard.policy.audit.PinnedKeys;
import com.backofficecare.safeguard.policy.audit.SigningIdentity;
import com.backofficecare.safeguard.policy.config.PolicyFiles;
import com.backofficecare.safeguard.policy.incident.AgencyTerms;
import com.backofficecare.safeguard.policy.incident.IncidentEvent;
import com.backofficecare.safeguard.policy.incident.IncidentService;
import com.backofficecare.safeguard.policy.incident.ObligationLedger;
import com.backofficecare.safeguard.policy.store.StoreLayout;
import com.backofficecare.safeguard.policy.termination.DestructionCertificate;
import com.backofficecare.safeguard.policy.termination.Termination;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A small back-office day for one agency, run through Safeguard on embedded defaults: visit notes,
 * a payroll file and billing lines are classified and redacted, and a summary says what was found.
 * README's first command runs it.
 */
public final class BackOfficeDay {

  private final PrintStream out;
  private final PhiDetector detector = PhiDetector.standard();
  private final Map<PhiType, Integer> totals = new EnumMap<>(PhiType.class);

  BackOfficeDay(PrintStream out) {
    this.out = out;
  }

  /** Kept referenced: java.util.logging holds loggers weakly. */
  private static final java.util.logging.Logger VALIDATOR_LOG =
      java.util.logging.Logger.getLogger("org.hibernate.validator");

  public static void main(String[] args) {
    VALIDATOR_LOG.setLevel(java.util.logging.Level.WARNING);
    new BackOfficeDay(System.out).run();
  }

  /** Runs the day and returns how many identifiers of each type were found. */
  Map<PhiType, Integer> run() {
    AgencyId agency = AgencyId.of("sunrise-home-care");
    PseudonymKey key = PseudonymKey.random(agency);
    out.println("Safeguard: a back-office day for agency " + agency);
    out.println();

    Redactor tags = Redactor.typeTags();
    section("Visit notes (free text, redacted with type tags)");
    for (String note : lines("visit-notes.txt")) {
      count(detector.detect(note));
      out.println("  " + tags.redact(note).text());
    }

    section("Payroll file (CSV: columns classified by header, cells masked or pseudonymized)");
    List<String> csv = lines("payroll.csv");
    List<String> headers = Arrays.asList(csv.get(0).split(","));
    List<FieldClassification> columns = RecordClassifier.standard().classifyHeaders(headers);
    out.println(
        "  columns: "
            + columns.stream()
                .map(c -> c.field() + "=" + c.wholeValueType().map(Enum::name).orElse("-"))
                .collect(Collectors.joining(", ")));
    Redactor payroll =
        Redactor.builder()
            .operator(PhiType.NAME, RedactionOperators.pseudonym(key))
            .operator(PhiType.SSN, RedactionOperators.partialMask(4))
            .operator(PhiType.ACCOUNT, RedactionOperators.partialMask(4))
            .build();
    for (String row : csv.subList(1, csv.size())) {
      String[] cells = row.split(",", -1);
      StringBuilder redacted = new StringBuilder();
      for (int i = 0; i < cells.length; i++) {
        PhiType type = i < columns.size() ? columns.get(i).type() : null;
        if (type != null) {
          totals.merge(type, 1, Integer::sum);
          redacted.append(payroll.redactValue(type, cells[i]));
        } else {
          count(detector.detect(cells[i]));
          redacted.append(payroll.redact(cells[i]).text());
        }
        redacted.append(i + 1 < cells.length ? "," : "");
      }
      out.println("  " + redacted);
    }

    section("Billing lines (Safe Harbor de-identification)");
    Redactor safeHarbor =
        Redactor.builder().defaultOperator(RedactionOperators.safeHarbor()).build();
    for (String line : lines("billing.txt")) {
      count(detector.detect(line));
      out.println("  " + safeHarbor.redact(line).text());
    }

    Path work;
    try {
      work = Files.createTempDirectory("safeguard-day");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      operations(agency, work);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteTree(work);
    }

    section("Summary");
    int all = totals.values().stream().mapToInt(Integer::intValue).sum();
    out.println("  " + all + " identifiers found and replaced:");
    totals.forEach((type, n) -> out.printf("    %-15s %3d%n", type, n));
    out.println("  No PHI above left this process unredacted; pseudonyms are stable per agency.");
    key.destroy();
    return totals;
  }

  /**
   * The rest of the day on embedded defaults in a temporary directory: the payroll export kept
   * encrypted and sanitized after use, access decisions, an incident, and a termination.
   */
  private void operations(AgencyId agency, Path work) throws IOException {
    StoreLayout layout = StoreLayout.at(work);
    LocalKeyStore keys =
        LocalKeyStore.builder(layout.keyStore())
            .passphrase("example day passphrase".toCharArray())
            .argon2(8192, 1)
            .open();
    // The operator's signing identity: its private key sealed by the key store, never in a file.
    SigningIdentity identity = layout.openSigningIdentity(keys);
    PinnedKeys pinned = identity.pinnedKeys(); // what agencies and auditors keep
    AuditLog audit = layout.openAuditLog(identity);
    SecureTempStore store =
        layout
            .secureTempStore(keys)
            .onEvent(e -> audit.append(AuditEvent.of(e, "payroll-service")))
            .build();

    section("\nPayroll export (encrypted temporary storage, sanitized after upload)");
    byte[] export = String.join("\n", lines("payroll.csv")).getBytes(StandardCharsets.UTF_8);
    DeletionReceipt receipt;
    try (ScopedTempFile file =
        store.createTempFile(agency, DataCategory.PAYROLL, Duration.ofHours(4))) {
      StoredObject o = file.write(new ByteArrayInputStream(export));
      out.println("  stored " + o.id() + " (" + o.size() + " bytes, AES-256-GCM, own key)");
      try (InputStream in = file.open()) {
        out.println("  uploaded " + in.readAllBytes().length + " bytes to the payroll processor");
      }
      file.close();
      receipt = file.receipt().orElseThrow();
    }
    out.println("  sanitized: " + receipt.method() + ", verified=" + receipt.verified());

    section("Access guard (minimum necessary, every decision audited)");
    Path policyFile = copyResource("policy/policy.json", work);
    // Isolations and downloads last in a file every process of the host shares (guard-state.log).
    FileGuardStateStore guardStateStore = layout.openGuardState();
    AccessGuard guard =
        AccessGuard.create(PolicyFiles.load(policyFile), GuardState.over(guardStateStore));
    audit.attach(guard);
    for (String request :
        List.of(
            "permit-scheduler-reads-visits.json",
            "deny-public-wifi.json",
            "deny-scheduler-reads-payroll.json")) {
      Decision d =
          guard.decide(PolicyFiles.loadRequest(copyResource("policy/requests/" + request, work)));
      out.println("  " + request + ": " + d.explain());
    }

    section("Incident (laptop lost: isolated at once, deadlines computed)");
    IncidentService incidents =
        IncidentService.builder()
            .store(layout.openIncidents())
            .guard(guard)
            .audit(audit)
            .terms(
                a ->
                    new AgencyTerms(
                        a,
                        ZoneId.of("America/New_York"),
                        Duration.ofDays(3),
                        "privacy@backofficecare.example"))
            .build();
    Instant now = Instant.now();
    String id = incidents.report(agency.value(), "u-ana", "laptop left on a train", false).id();
    incidents.apply(id, new IncidentEvent.Triaged(now, "secops", true, "the laptop held PHI"));
    incidents.apply(
        id,
        new IncidentEvent.Declared(
            now,
            "secops",
            "lost device",
            IncidentEvent.Severity.HIGH,
            now.minus(Duration.ofHours(2)),
            List.of(IsolationTarget.device("laptop-12"))));
    Decision isolated =
        guard.decide(
            PolicyFiles.loadRequest(
                copyResource("policy/requests/permit-scheduler-reads-visits.json", work)));
    out.println("  " + id + " declared; the same permitted request is now: " + isolated.explain());
    try (FileGuardStateStore again = layout.openGuardState();
        GuardState restarted = GuardState.over(again)) {
      // As a service restarted afterwards (or another process) sees it: still isolated.
      Decision later =
          AccessGuard.create(PolicyFiles.load(policyFile), restarted)
              .decide(
                  PolicyFiles.loadRequest(
                      copyResource("policy/requests/permit-scheduler-reads-visits.json", work)));
      out.println(
          "  a guard started afterwards from guard-state.log: "
              + (later.permitted() ? "PERMIT (isolation lost!)" : "DENY " + later.clauses()));
    }
    incidents.apply(
        id, new IncidentEvent.Contained(now, "secops", List.of(), "remote wipe confirmed"));
    incidents.apply(
        id,
        new IncidentEvent.Assessed(
            now, "privacy", null, true, null, Set.of(PhiType.NAME), List.of(), Map.of()));
    for (ObligationLedger.Obligation o : incidents.obligations(id)) {
      out.println("  owed: " + o.kind() + " notice by " + o.due() + " (" + o.basis() + ")");
    }
    out.println(
        "  state: "
            + incidents.get(id).state()
            + " (full-disk encrypted, key safe: secured PHI, no breach notices)");

    section("Termination of a client agency (crypto-erase and a signed certificate)");
    AgencyId harbor = AgencyId.of("harbor-aides");
    store.put(harbor, DataCategory.PAYROLL, new ByteArrayInputStream(export));
    store.put(
        harbor,
        DataCategory.ADMINISTRATIVE,
        new ByteArrayInputStream("office hours".getBytes(StandardCharsets.UTF_8)));
    Path cert = work.resolve("CERT-harbor.json");
    DestructionCertificate c =
        Termination.builder(harbor, Termination.Mode.DESTROY)
            .store(store, keys)
            .audit(audit)
            .journal(layout.terminations())
            .operator("ops-lead")
            .guardState(guard.state())
            .build()
            .run(cert);
    audit.commit();
    out.println(
        "  "
            + c.deletedObjects().size()
            + " objects sanitized, keys destroyed; certificate "
            + DestructionCertificate.verify(cert, pinned, layout.auditLog()).reason());

    audit.close();
    AuditLog.Verification v = AuditLog.verify(layout.auditLog(), pinned, null);
    out.println(
        "  audit trail: " + (v.intact() ? "intact, " + v.entries() + " entries" : v.problem()));
    store.close();
    guardStateStore.close();
  }

  private static Path copyResource(String name, Path dir) throws IOException {
    Path target = dir.resolve(name.replace('/', '_'));
    try (InputStream in = BackOfficeDay.class.getResourceAsStream("/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing example resource " + name);
      }
      Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    return target;
  }

  private static void deleteTree(Path dir) {
    try (var s = Files.walk(dir)) {
      s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary directory; the OS cleans it eventually
    }
  }

  private void section(String title) {
    out.println(title);
  }

  private void count(List<Finding> findings) {
    findings.forEach(f -> totals.merge(f.type(), 1, Integer::sum));
  }

  private static List<String> lines(String name) {
    try (InputStream in = BackOfficeDay.class.getResourceAsStream("/day/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing example data " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(l -> !l.isBlank())
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
