package com.backofficecare.safeguard.buildsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClauseReportTest {

  @Test
  void everyClauseGetsAKeyAndEvidenceIsMergedAcrossModules(@TempDir Path root) throws Exception {
    Files.createDirectories(root.resolve("docs/policy"));
    Files.createDirectories(root.resolve("target/clause-evidence"));
    Files.writeString(
        root.resolve("docs/policy/clauses.md"),
        """
        # Clauses
        - POL-2.1 Data belongs to the agency.
        - POL-3.2 Minimum necessary.
        - POL-10.6 A certificate on request.
        """);
    Files.writeString(
        root.resolve("target/clause-evidence/a.tsv"),
        "POL-3.2\ta:x.ATest#one\nPOL-9.9\ta:x.ATest#stray\n");
    Files.writeString(root.resolve("target/clause-evidence/b.tsv"), "POL-3.2\tb:y.BTest#two\n");

    ClauseReport.write(root);

    assertThat(Files.readString(root.resolve("target/clause-coverage.json")))
        .isEqualTo(
            """
        {
          "POL-2.1": [],
          "POL-3.2": [
            "a:x.ATest#one",
            "b:y.BTest#two"
          ],
          "POL-10.6": []
        }
        """);
    String md = Files.readString(root.resolve("target/clause-coverage.md"));
    assertThat(md)
        .contains("1 of 3 clauses")
        .contains("| POL-2.1 | Data belongs to the agency. | **none yet** |")
        .contains("POL-9.9 a:x.ATest#stray");
  }

  @Test
  void clauseIdsAreRecognized() {
    assertThat(ClauseCatalog.isClauseId("POL-3.10")).isTrue();
    assertThat(ClauseCatalog.isClauseId("slow")).isFalse();
    assertThat(ClauseCatalog.isClauseId("POL-3")).isFalse();
  }
}
