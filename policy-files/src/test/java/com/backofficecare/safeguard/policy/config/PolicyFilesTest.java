package com.backofficecare.safeguard.policy.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backofficecare.safeguard.policy.access.AccessGuard;
import com.backofficecare.safeguard.policy.access.AccessPolicy;
import com.backofficecare.safeguard.policy.access.Decision;
import com.backofficecare.safeguard.policy.access.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyFilesTest {

  static final Path EXAMPLES =
      Path.of(System.getProperty("safeguard.root", "..")).resolve("examples/policy");

  @TempDir Path dir;

  @Test
  @Tag("POL-11.1")
  void theExamplePolicyLoadsWithItsVersionAndEveryExampleRequestDecidesAsNamed() throws Exception {
    AccessPolicy p = PolicyFiles.load(EXAMPLES.resolve("policy.json"));
    assertThat(p.version()).isEqualTo("2026.11");
    assertThat(p.effective()).hasToString("2026-11-01");
    AccessGuard guard = AccessGuard.create(p);
    try (Stream<Path> requests = Files.list(EXAMPLES.resolve("requests"))) {
      List<Path> all = requests.sorted().toList();
      assertThat(all).hasSizeGreaterThanOrEqualTo(6);
      for (Path r : all) {
        Decision d = guard.decide(PolicyFiles.loadRequest(r));
        assertThat(d.permitted())
            .as(r.getFileName() + ": " + d.explain())
            .isEqualTo(r.getFileName().toString().startsWith("permit-"));
      }
    }
  }

  @Test
  void anInvalidFileIsRefusedWholeWithFileLineAndPath() throws Exception {
    String text =
        Files.readString(EXAMPLES.resolve("policy.json"))
            .replace("\"id\": \"harbor-aides\"", "\"id\": \"Harbor Aides!\"")
            .replace("\"purposes\": [\"PAYROLL\"]", "\"purposes\": []")
            .replace("\"roles\": [\"billing-specialist\"]", "\"roles\": [\"auditor\"]");
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, text);
    assertThatThrownBy(() -> PolicyFiles.load(bad))
        .isInstanceOf(PolicyFileException.class)
        .satisfies(
            e -> {
              List<PolicyFileException.Problem> problems = ((PolicyFileException) e).problems();
              assertThat(problems)
                  .extracting(PolicyFileException.Problem::path)
                  .contains("agencies[1].id", "roles[1].grants[0].purposes");
              assertThat(problems)
                  .allSatisfy(
                      pr -> {
                        assertThat(pr.file()).isEqualTo(bad);
                        assertThat(pr.line()).isGreaterThan(1);
                      });
              assertThat(e.getMessage()).contains("bad.json:").doesNotContain("Harbor Aides!");
            });
    Files.writeString(
        bad,
        text.replace("\"id\": \"Harbor Aides!\"", "\"id\": \"harbor-aides\"")
            .replace("\"purposes\": []", "\"purposes\": [\"PAYROLL\"]"));
    assertThatThrownBy(() -> PolicyFiles.load(bad))
        .isInstanceOf(PolicyFileException.class)
        .hasMessageContaining("personnel[3].roles")
        .hasMessageContaining("undefined role");
  }

  @Test
  void typosAndWrongTypesAreNamedToo() throws Exception {
    Path bad = dir.resolve("typo.json");
    Files.writeString(
        bad,
        Files.readString(EXAMPLES.resolve("policy.json"))
            .replace("\"baaSigned\": true", "\"baaSinged\": true"));
    assertThatThrownBy(() -> PolicyFiles.load(bad))
        .isInstanceOf(PolicyFileException.class)
        .hasMessageContaining("misspelled")
        .hasMessageContaining("agencies[0]");
    Files.writeString(
        bad,
        Files.readString(EXAMPLES.resolve("policy.json"))
            .replace(
                "\"marketingPermission\": false", "\"marketingPermission\": false, \"color\": 1"));
    assertThatThrownBy(() -> PolicyFiles.load(bad)).hasMessageContaining("unknown property");
    Files.writeString(bad, "{ \"version\": ");
    assertThatThrownBy(() -> PolicyFiles.load(bad))
        .isInstanceOf(PolicyFileException.class)
        .hasMessageContaining("typo.json:1");
  }

  /** Nothing is converted: a number for a flag, a flag twice, are refused, not guessed. */
  @Test
  void scalarCoercionsAndDuplicateKeysAreRefused() throws Exception {
    Path bad = dir.resolve("coerce.json");
    String text = Files.readString(EXAMPLES.resolve("policy.json"));
    Files.writeString(bad, text.replaceFirst("\"baaSigned\": true", "\"baaSigned\": 1"));
    assertThatThrownBy(() -> PolicyFiles.load(bad))
        .isInstanceOf(PolicyFileException.class)
        .hasMessageContaining("wrong type");
    Files.writeString(
        bad, text.replaceFirst("\"baaSigned\": true", "\"baaSigned\": true, \"baaSigned\": false"));
    assertThatThrownBy(() -> PolicyFiles.load(bad))
        .isInstanceOf(PolicyFileException.class)
        .hasMessageContaining("duplicate key")
        .hasMessageContaining("coerce.json:");
  }

  @Test
  @Tag("POL-11.1")
  void reloadingSwapsAtomicallyAndAnInvalidFileKeepsTheOldPolicy() throws Exception {
    Path file = dir.resolve("policy.json");
    Files.copy(EXAMPLES.resolve("policy.json"), file);
    AccessGuard guard = PolicyFiles.guard(file);
    Files.writeString(
        file,
        Files.readString(file).replace("\"version\": \"2026.11\"", "\"version\": \"2026.12\""));
    PolicyFiles.reload(guard, file);
    assertThat(guard.policy().version()).isEqualTo("2026.12");
    Files.writeString(file, "{}");
    assertThatThrownBy(() -> PolicyFiles.reload(guard, file))
        .isInstanceOf(PolicyFileException.class);
    assertThat(guard.policy().version()).isEqualTo("2026.12");
  }

  @Test
  @Tag("POL-3.3")
  void policyFilesMarkRolesCaseloadBoundAndListEachPersonsClients() throws Exception {
    Path file = dir.resolve("policy.json");
    Files.writeString(file, Files.readString(EXAMPLES.resolve("policy.json")));
    AccessPolicy p = PolicyFiles.load(file);
    assertThat(p.roles().values()).anyMatch(Role::caseloadBound);
    assertThat(p.persons().values()).anyMatch(x -> !x.caseload().isEmpty());
  }
}
