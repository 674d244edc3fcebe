package com.backofficecare.safeguard.policy.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A writer killed mid-line leaves the incident readable and the next append in place. */
@Tag("POL-7.1")
class TornLineTest {

  @TempDir Path dir;

  @Test
  void aTornLastLineIsIgnoredOnReadAndCutBeforeTheNextAppend() throws Exception {
    FileIncidentStore store = FileIncidentStore.open(dir);
    Instant t = Instant.parse("2026-11-25T10:00:00Z");
    store.append("inc-1", 0, new IncidentEvent.Reported(t, "ops", "sunrise", "laptop lost", false));
    store.append("inc-1", 1, new IncidentEvent.Triaged(t.plusSeconds(60), "ops", true, "real"));
    Files.writeString(
        dir.resolve("inc-1.jsonl"),
        "{\"type\":\"Declared\",\"at\":\"2026-",
        StandardOpenOption.APPEND);

    assertThat(store.load("inc-1")).hasSize(2);
    store.append("inc-1", 2, new IncidentEvent.Triaged(t.plusSeconds(120), "ops", true, "again"));
    assertThat(store.load("inc-1")).hasSize(3);
    assertThat(Files.readString(dir.resolve("inc-1.jsonl"))).doesNotContain("\"at\":\"2026-{");
  }
}
