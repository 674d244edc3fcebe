package com.backofficecare.safeguard.core.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A roster of 100,000 people (names, MRN, phone, street address) loads in under 2 s. */
@Tag("POL-2.3")
class RosterLoadTimeTest {

  @TempDir Path dir;

  /** Writes {@code people} made-up people to {@code file}: first, last, mrn, phone, street. */
  static void writeRoster(Path file, int people, long seed) throws IOException {
    Random r = new Random(seed);
    String[] syllables = {"ka", "lo", "mi", "ren", "tu", "vas", "zel", "or", "bri", "quin",
        "dar", "sol", "ne", "fi", "gor", "hal", "ix", "jo", "pel", "wen"};
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("first_name,last_name,mrn,phone,street\n");
      for (int i = 0; i < people; i++) {
        w.write(word(r, syllables, 2) + "," + word(r, syllables, 3) + ","
            + String.format("%03d-%02d-%03d", r.nextInt(1000), r.nextInt(100), r.nextInt(1000))
            + "," + String.format("(%03d) 555-%04d", 200 + r.nextInt(800), r.nextInt(10000))
            + "," + (1 + r.nextInt(9999)) + " " + word(r, syllables, 2) + " Street\n");
      }
    }
  }

  private static String word(Random r, String[] syllables, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(syllables[r.nextInt(syllables.length)]);
    }
    return Character.toUpperCase(b.charAt(0)) + b.substring(1);
  }

  @Test
  void aRosterOf100000PeopleLoadsInUnder2Seconds() throws IOException {
    writeRoster(dir.resolve("roster.csv"), 100_000, 14);
    Path yaml = Files.writeString(dir.resolve("p.yaml"), """
        agency: a
        roster:
          file: roster.csv
          columns: {first_name: NAME, last_name: NAME, mrn: MRN, phone: PHONE, street: ADDRESS}
        """);
    DetectionProfile.load(yaml); // warms the parser and the HMAC up
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 2; i++) {
      long t0 = System.nanoTime();
      DetectionProfile.load(yaml);
      best = Math.min(best, System.nanoTime() - t0);
    }
    System.out.printf("100,000-person roster loaded in %.2f s%n", best / 1e9);
    assertThat(best / 1e9).isLessThan(2.0);
  }
}
