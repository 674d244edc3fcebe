package com.backofficecare.safeguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.backofficecare.safeguard.cli.SafeguardCliTest.Run;
import com.backofficecare.safeguard.core.detection.Finding;
import com.backofficecare.safeguard.core.detection.PhiDetector;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the table, its redaction has the same shape and keeps no value the detector found. */
class RedactTablePropertiesTest {

  private static final PhiDetector DETECTOR = PhiDetector.standard();

  record Table(List<String> header, List<List<String>> rows) {}

  @Property(tries = 40)
  void sameRowsAndColumnsAndNoDetectedValueSurvives(@ForAll("tables") Table table)
      throws Exception {
    StringWriter csv = new StringWriter();
    CsvTable.write(csv, ',', table.header());
    for (List<String> row : table.rows()) {
      CsvTable.write(csv, ',', row);
    }
    Run r =
        SafeguardCliTest.run(
            csv.toString(), "redact-table", "--format", "csv", "--sample-rows", "3");
    assertThat(r.exit()).as(r.err()).isZero();
    List<List<String>> out = RedactTableCommandTest.parse(r.out(), ',');
    List<List<String>> nonBlankRows = new ArrayList<>();
    for (List<String> row : table.rows()) {
      if (!(row.size() == 1 && row.get(0).isEmpty())) {
        nonBlankRows.add(row);
      }
    }
    assertThat(out).hasSize(nonBlankRows.size() + 1);
    assertThat(out.get(0)).isEqualTo(table.header());
    for (int i = 0; i < nonBlankRows.size(); i++) {
      List<String> in = nonBlankRows.get(i);
      List<String> redacted = out.get(i + 1);
      assertThat(redacted).hasSameSizeAs(in);
      for (int c = 0; c < in.size(); c++) {
        for (Finding f : DETECTOR.detect(in.get(c))) {
          assertThat(redacted.get(c)).doesNotContain(in.get(c).substring(f.start(), f.end()));
        }
      }
    }
  }

  @Provide
  Arbitrary<Table> tables() {
    Arbitrary<String> names =
        Arbitraries.of(
            "ssn",
            "dob",
            "client_name",
            "notes",
            "status",
            "units",
            "reach_at",
            "city",
            "memo",
            "code");
    Arbitrary<String> fragment =
        Arbitraries.of(
            "SSN 123-45-6789",
            "call 469-510-2188",
            "Ada Lovelace",
            "ada@example.org",
            "seen, all well",
            "said \"fine\"",
            "two\nlines",
            "DOB 03/14/1931",
            "MRN 20488173",
            "",
            "ok",
            "4",
            "Dallas, TX 75201");
    Arbitrary<String> cell =
        fragment
            .list()
            .ofMinSize(1)
            .ofMaxSize(2)
            .uniqueElements()
            .map(parts -> String.join(" ", parts));
    return names
        .list()
        .ofMinSize(1)
        .ofMaxSize(5)
        .uniqueElements()
        .flatMap(
            header ->
                cell.list()
                    .ofSize(header.size())
                    .list()
                    .ofMinSize(0)
                    .ofMaxSize(12)
                    .map(rows -> new Table(header, rows)));
  }
}
