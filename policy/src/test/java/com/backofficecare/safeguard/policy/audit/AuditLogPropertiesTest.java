package com.backofficecare.safeguard.policy.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

class AuditLogPropertiesTest {

  private static Path dir;
  private static byte[] pristine;
  private static TreeHead head;

  @BeforeContainer
  static void writeLog() throws Exception {
    dir = Files.createTempDirectory("audit-prop");
    Path log = dir.resolve("audit.log");
    try (AuditLog a = AuditLog.open(log, TestIdentity.of(log), java.time.Clock.systemUTC(), 7)) {
      for (int i = 0; i < 40; i++) {
        a.append(AuditLogTest.event(i));
      }
      head = a.head();
    }
    pristine = Files.readAllBytes(log);
  }

  @AfterContainer
  static void cleanUp() throws Exception {
    try (var s = Files.walk(dir)) {
      s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Property(tries = 400)
  @Tag("POL-9.1")
  void anySingleByteChangeFailsVerification(
      @ForAll @IntRange(min = 0, max = 1_000_000) int where,
      @ForAll @IntRange(min = 1, max = 255) int xor)
      throws Exception {
    byte[] changed = pristine.clone();
    int i = where % changed.length;
    changed[i] ^= (byte) xor;
    Path copy = dir.resolve("copy-" + where + "-" + xor + ".log");
    Files.write(copy, changed);
    assertThat(AuditLog.verify(copy, TestIdentity.pinned(copy), head).intact())
        .as("byte " + i)
        .isFalse();
    Files.delete(copy);
  }
}
