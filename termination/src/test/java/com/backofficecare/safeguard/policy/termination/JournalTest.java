package com.backofficecare.safeguard.policy.termination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A crash mid-line in the termination journal costs that step, never a later one. */
@Tag("POL-10.3")
class JournalTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void aTornLastLineIsCutSoLaterStepsAreReadAndNotRepeated() throws Exception {
    Path file = dir.resolve("sunrise.jsonl");
    Termination.Journal j = Termination.Journal.read(file);
    j.append(MAPPER.createObjectNode().put("step", "deleted").put("object", "sunrise:a"));
    Files.writeString(file, "{\"step\":\"deleted\",\"obj", StandardOpenOption.APPEND);

    Termination.Journal resumed = Termination.Journal.read(file);
    assertThat(resumed.deletedObjects()).containsExactly("sunrise:a");
    resumed.append(MAPPER.createObjectNode().put("step", "deleted").put("object", "sunrise:b"));
    assertThat(Termination.Journal.read(file).deletedObjects())
        .containsExactly("sunrise:a", "sunrise:b");
  }

  @Test
  void aDamagedLineInTheMiddleIsRefused() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("sunrise.jsonl"),
            "{\"step\":\"isolated\"}\n{not json}\n{\"step\":\"exported\"}\n");
    assertThatThrownBy(() -> Termination.Journal.read(file))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("line 2");
  }
}
