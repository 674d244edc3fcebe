package com.backofficecare.safeguard.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.ThreadContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.MDC;

/**
 * The service log with no PHI (1,150 events, 1,824 lines: start-ups, failed ones, JDBC, HTTP,
 * Kafka, schedulers, stack traces) logged again, each event with its thread name, MDC and
 * exception, through plain and PHI-safe layouts side by side: every PHI-safe file is the plain one,
 * byte for byte. Logback with {@code %safeMsg}, {@code %phiX} and {@code %phiEx} and with
 * logstash-logback-encoder and {@link PhiJsonGeneratorDecorator}; Log4j2 with its converters, with
 * {@link PhiRewritePolicy}, and with JSON Template Layout and {@link PhiResolverFactory}.
 */
class ServiceLogThroughFrameworksTest {

  @TempDir Path dir;

  @Test
  @Tag("POL-2.3")
  void logbackWritesTheServiceLogUnchanged() throws Exception {
    List<ServiceLog.Event> events = ServiceLog.events();
    LoggerContext ctx = Frameworks.logback("logback-corpus.xml", Map.of("dir", dir.toString()));
    try {
      replay(
          events,
          e -> {
            MDC.setContextMap(e.mdc());
            org.slf4j.Logger log = ctx.getLogger(e.logger());
            Throwable t = e.trace().isEmpty() ? null : e.thrown();
            log.atLevel(org.slf4j.event.Level.valueOf(e.level()))
                .setMessage(e.message())
                .setCause(t)
                .log();
            MDC.clear();
          });
    } finally {
      ctx.stop();
    }
    assertSame("plain.log", "safe.log", events.size());
    assertSame("plain.json", "safe.json", events.size());
    assertThat(Files.readString(dir.resolve("plain.log")))
        .contains(
            "APPLICATION FAILED TO START",
            "Caused by: ",
            "\tat ",
            "Suppressed: ",
            "[node-lincoln-2 ");
    assertThat(Files.readString(dir.resolve("plain.json")))
        .contains("\"stack_trace\"", "\"host\":\"node-");
  }

  @Test
  @Tag("POL-2.3")
  void log4j2WritesTheServiceLogUnchanged() throws Exception {
    List<ServiceLog.Event> events = ServiceLog.events();
    System.setProperty("safeguard.logDir", dir.toString());
    var ctx = Frameworks.log4j2("log4j2-corpus.xml");
    try {
      replay(
          events,
          e -> {
            ThreadContext.putAll(e.mdc());
            Throwable t = e.trace().isEmpty() ? null : e.thrown();
            ctx.getLogger(e.logger()).log(Level.valueOf(e.level()), e.message(), t);
            ThreadContext.clearMap();
          });
    } finally {
      ctx.stop();
    }
    assertSame("plain.log", "safe.log", events.size());
    assertSame("plain.log", "rewritten.log", events.size());
    assertSame("plain.json", "safe.json", events.size());
    assertThat(Files.readString(dir.resolve("plain.log")))
        .contains(
            "APPLICATION FAILED TO START",
            "Caused by: ",
            "\tat ",
            "Suppressed: ",
            "[node-lincoln-2 ");
    assertThat(Files.readString(dir.resolve("plain.json")))
        .contains("\"error.stack_trace\"", "\"host\":\"node-");
  }

  /** Logs each event on a thread of the name the corpus shows. */
  private static void replay(
      List<ServiceLog.Event> events, java.util.function.Consumer<ServiceLog.Event> log) {
    Thread me = Thread.currentThread();
    String name = me.getName();
    try {
      for (ServiceLog.Event e : events) {
        me.setName(e.thread());
        log.accept(e);
      }
    } finally {
      me.setName(name);
    }
  }

  /** The two files hold the same lines; the differences, if any, are listed. */
  private void assertSame(String plainFile, String safeFile, int events) throws Exception {
    List<String> plain = Files.readAllLines(dir.resolve(plainFile), StandardCharsets.UTF_8);
    List<String> safe = Files.readAllLines(dir.resolve(safeFile), StandardCharsets.UTF_8);
    assertThat(plain).as(plainFile).hasSizeGreaterThanOrEqualTo(events);
    List<String> changed = new ArrayList<>();
    for (int i = 0; i < Math.min(plain.size(), safe.size()); i++) {
      if (!plain.get(i).equals(safe.get(i))) {
        changed.add(plain.get(i) + "\n  -> " + safe.get(i));
      }
    }
    assertThat(changed).as("lines of %s changed in %s", plainFile, safeFile).isEmpty();
    assertThat(safe).as(safeFile).hasSameSizeAs(plain);
  }
}
