package com.backofficecare.safeguard.core.detection;

import static org.assertj.core.api.Assertions.assertThat;

import com.backofficecare.safeguard.core.PhiType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The example profile users copy ({@code examples/profiles}) loads and does what its comments say,
 * and the README quotes it as it is.
 */
@Tag("POL-2.3")
class ExampleProfileTest {

  private static final Path ROOT = Path.of(System.getProperty("safeguard.root", ".."));
  private static final Path PROFILE = ROOT.resolve("examples/profiles/agency-profile.yaml");

  @Test
  void theExampleProfileLoadsAndScansASampleText() {
    DetectionProfile profile = DetectionProfile.load(PROFILE);
    assertThat(profile.agency().value()).isEqualTo("sunrise-home-care");
    PhiDetector detector = PhiDetector.builder().profile(profile).build();
    String text =
        "Sunrise Home Care, Team Blue: called Quen Trabiszewski at 614-555-0187 about"
            + " the visit at 4417 Quillmoor Ln. tomorrow; client SRH-004211. Gumbo came by.";
    List<String> found =
        detector.detect(text).stream()
            .map(f -> f.type() + ":" + f.recognizer() + ":" + text.substring(f.start(), f.end()))
            .toList();
    assertThat(found)
        .contains(
            "NAME:roster.name:Quen Trabiszewski",
            "PHONE:roster.value:614-555-0187",
            "ADDRESS:roster.value:4417 Quillmoor Ln",
            "ID:profile.sunrise-client-id:SRH-004211",
            "NAME:profile.deny:Gumbo");
    assertThat(detector.detect(text))
        .allSatisfy(f -> assertThat(f.start()).isGreaterThanOrEqualTo(text.indexOf("called")));
    assertThat(detector.detect(text))
        .filteredOn(f -> f.type() == PhiType.ID)
        .singleElement()
        .satisfies(f -> assertThat(f.confidence()).isEqualTo(0.95));
  }

  @Test
  void theReadmeQuotesTheExampleProfileAsItIs() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    assertThat(readme)
        .contains("```yaml\n" + Files.readString(PROFILE, StandardCharsets.UTF_8) + "```\n");
  }
}
