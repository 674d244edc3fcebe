package com.backofficecare.safeguard.policy.access;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * An operator sees in the logs when a target is isolated and when a holder releases it, with the
 * target, holder and actor; a release by someone who held nothing is not reported as one.
 */
class IsolationLoggingTest {

  private final ListAppender<ILoggingEvent> events = new ListAppender<>();
  private final Logger guardLog = (Logger) LoggerFactory.getLogger(AccessGuard.class);

  @BeforeEach
  void listen() {
    events.start();
    guardLog.addAppender(events);
    guardLog.setLevel(Level.INFO);
  }

  @AfterEach
  void stop() {
    guardLog.detachAppender(events);
  }

  private List<String> lines() {
    return events.list.stream().map(e -> e.getLevel() + " " + e.getFormattedMessage()).toList();
  }

  @Test
  void isolationsAndReleasesAreLoggedWithTargetHolderAndActor() {
    AccessGuard guard = AccessGuard.create(Fixtures.policy().build());
    IsolationTarget device = IsolationTarget.device("laptop-7");

    guard.isolate(device, "incident INC-9", "secops", Fixtures.NOW);
    assertThat(lines())
        .containsExactly("INFO isolated device:laptop-7 (held by incident INC-9, by secops)");

    assertThat(guard.release(device, "incident INC-3", "contained", "secops", Fixtures.NOW))
        .isFalse();
    assertThat(lines()).as("a holder that held nothing released nothing").hasSize(1);

    assertThat(guard.release(device, "incident INC-9", "contained", "secops", Fixtures.NOW))
        .isTrue();
    assertThat(lines())
        .last()
        .isEqualTo("INFO released device:laptop-7 (held by incident INC-9, by secops)");
  }
}
