package com.backofficecare.safeguard.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.backofficecare.safeguard.core.AgencyId;
import com.backofficecare.safeguard.core.DataCategory;
import com.backofficecare.safeguard.crypto.tempstore.SecureTempStore;
import com.backofficecare.safeguard.storage.InMemoryBlobStore;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** An operator sees key destruction and sanitization in the logs: ids and counts, never data. */
class OperationalEventsTest {

  @TempDir Path dir;
  private final ListAppender<ILoggingEvent> events = new ListAppender<>();
  private final Logger crypto =
      (Logger) LoggerFactory.getLogger("com.backofficecare.safeguard.crypto");

  @BeforeEach
  void listen() {
    events.start();
    crypto.addAppender(events);
    crypto.setLevel(Level.INFO);
  }

  @AfterEach
  void stop() {
    crypto.detachAppender(events);
  }

  @Test
  void keyDestructionAndReapingAreLoggedWithoutData() throws Exception {
    MutableTestClock clock = new MutableTestClock();
    try (LocalKeyStore keys =
            LocalKeyStore.builder(dir.resolve("k.sgks"))
                .passphrase("operational events test".toCharArray())
                .argon2(8192, 1)
                .clock(clock)
                .open();
        SecureTempStore store =
            SecureTempStore.builder()
                .blobStore(InMemoryBlobStore.create(clock))
                .keyManager(keys)
                .clock(clock)
                .warmUp(false)
                .build()) {
      AgencyId agency = AgencyId.of("harbor");
      store.put(
          agency,
          DataCategory.PAYROLL,
          new ByteArrayInputStream("Ada Lovelace 123-45-6789".getBytes(StandardCharsets.UTF_8)),
          Duration.ofMinutes(5));
      clock.advance(Duration.ofMinutes(6));
      store.reapExpired();
      keys.destroyAgencyKeys(agency);
    }
    List<String> lines = events.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    assertThat(lines).anyMatch(l -> l.contains("sanitized 1 expired object"));
    assertThat(lines).anyMatch(l -> l.contains("keys of agency harbor destroyed"));
    assertThat(String.join("\n", lines)).doesNotContain("Lovelace").doesNotContain("123-45-6789");
  }

  /** A clock the test moves. */
  static final class MutableTestClock extends Clock {
    private java.time.Instant now = java.time.Instant.parse("2026-12-01T00:00:00Z");

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public java.time.ZoneId getZone() {
      return java.time.ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public java.time.Instant instant() {
      return now;
    }
  }
}
