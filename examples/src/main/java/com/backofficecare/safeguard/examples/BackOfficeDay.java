package com.backofficecare.safeguard.examples;

import com.backofficecare.safeguard.core.AgencyId;
import com.backofficecare.safeguard.core.PhiType;
import com.backofficecare.safeguard.core.detection.Finding;
import com.backofficecare.safeguard.core.detection.PhiDetector;
import com.backofficecare.safeguard.core.record.FieldClassification;
import com.backofficecare.safeguard.core.record.RecordClassifier;
import com.backofficecare.safeguard.core.redaction.PseudonymKey;
import com.backofficecare.safeguard.core.redaction.RedactionOperators;
import com.backofficecare.safeguard.core.redaction.Redactor;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A small back-office day for one agency, run through Safeguard on embedded defaults: visit
 * notes, a payroll file and billing lines are classified and redacted, and a summary says what
 * was found. README's first command runs it.
 */
public final class BackOfficeDay {

  private final PrintStream out;
  private final PhiDetector detector = PhiDetector.standard();
  private final Map<PhiType, Integer> totals = new EnumMap<>(PhiType.class);

  BackOfficeDay(PrintStream out) {
    this.out = out;
  }

  public static void main(String[] args) {
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
    out.println("  columns: " + columns.stream()
        .map(c -> c.field() + "=" + c.wholeValueType().map(Enum::name).orElse("-"))
        .collect(Collectors.joining(", ")));
    Redactor payroll = Redactor.builder()
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
    Redactor safeHarbor = Redactor.builder()
        .defaultOperator(RedactionOperators.safeHarbor()).build();
    for (String line : lines("billing.txt")) {
      count(detector.detect(line));
      out.println("  " + safeHarbor.redact(line).text());
    }

    section("Summary");
    int all = totals.values().stream().mapToInt(Integer::intValue).sum();
    out.println("  " + all + " identifiers found and replaced:");
    totals.forEach((type, n) -> out.printf("    %-15s %3d%n", type, n));
    out.println("  No PHI above left this process unredacted; pseudonyms are stable per agency.");
    key.destroy();
    return totals;
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
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank()).collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
