package com.backofficecare.safeguard.logging;

import static net.logstash.logback.argument.StructuredArguments.kv;
import static net.logstash.logback.argument.StructuredArguments.value;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.logging.Logger;
import org.apache.logging.log4j.ThreadContext;
import org.apache.logging.log4j.message.StringMapMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.MDC;

/**
 * An SSN, a name and a phone number in each part of an event a caller fills (message, exception
 * message, cause, suppressed exception, MDC, key-value pairs, JSON fields) reach the file redacted,
 * through real Logback, Log4j2 and java.util.logging configured from the files the README shows.
 */
class PhiEverywhereTest {

  static final String NAME = "Ada Lovelace";
  static final String SSN = "123-45-6789";
  static final String PHONE = "(412) 555-0143";

  /** The three identifiers as a developer would write them into a sentence. */
  static final String CLIENT = "client " + NAME + ", SSN " + SSN + ", phone " + PHONE;

  record Client(String name, String ssn, String phone) {}

  @TempDir Path dir;

  @AfterEach
  void clearContext() {
    MDC.clear();
    ThreadContext.clearAll();
  }

  static void assertRedacted(String out, String... shown) {
    assertThat(out).as("something was written").isNotBlank();
    assertThat(out)
        .doesNotContain("123-45-6789")
        .doesNotContain("Lovelace")
        .doesNotContain("555-0143")
        .contains("[SSN]", "[NAME]", "[PHONE]");
    for (String s : shown) {
      assertThat(out).contains(s);
    }
  }

  static IllegalStateException exceptionWithPhi() {
    return new IllegalStateException("claim rejected for " + CLIENT);
  }

  static RuntimeException causeWithPhi() {
    return new RuntimeException("billing run 7 failed", new IOException("payer refused " + CLIENT));
  }

  static RuntimeException suppressedWithPhi() {
    RuntimeException e = new RuntimeException("export 12 failed");
    e.addSuppressed(new IllegalArgumentException("row 3 rejected: " + CLIENT));
    return e;
  }

  @Test
  @Tag("POL-8.1")
  void logbackPatternRedactsEveryPart() throws Exception {
    Path file = dir.resolve("logback.log");
    LoggerContext ctx =
        Frameworks.logback("logback-phi-pattern.xml", Map.of("logFile", file.toString()));
    try {
      org.slf4j.Logger log = ctx.getLogger("billing");
      Frameworks.Tail tail = new Frameworks.Tail(file);
      log.info("visit saved for {}", CLIENT);
      assertRedacted(tail.next(), "visit saved for client [NAME]");
      log.error("claim failed", exceptionWithPhi());
      assertRedacted(
          tail.next(),
          "java.lang.IllegalStateException: claim rejected for client",
          "\tat com.backofficecare.safeguard.logging.PhiEverywhereTest.exceptionWithPhi(PhiEverywhereTest.java:");
      log.error("billing failed", causeWithPhi());
      assertRedacted(tail.next(), "Caused by: java.io.IOException: payer refused client");
      log.error("export failed", suppressedWithPhi());
      assertRedacted(tail.next(), "Suppressed: java.lang.IllegalArgumentException: row 3 rejected");
      MDC.put("clientName", NAME);
      MDC.put("clientSsn", SSN);
      MDC.put("clientPhone", PHONE);
      log.info("visit checked in");
      assertRedacted(tail.next(), "clientSsn=[SSN]", "visit checked in");
      MDC.clear();
      log.atInfo()
          .addKeyValue("clientName", NAME)
          .addKeyValue("clientSsn", SSN)
          .addKeyValue("clientPhone", PHONE)
          .setMessage("authorization renewed")
          .log();
      assertRedacted(tail.next(), "clientSsn=\"[SSN]\"", "authorization renewed");
    } finally {
      ctx.stop();
    }
  }

  @Test
  @Tag("POL-8.1")
  void logstashJsonRedactsEveryField() throws Exception {
    Path file = dir.resolve("logback.json");
    LoggerContext ctx =
        Frameworks.logback("logback-phi-json.xml", Map.of("logFile", file.toString()));
    try {
      org.slf4j.Logger log = ctx.getLogger("billing");
      Frameworks.Tail tail = new Frameworks.Tail(file);
      log.info("visit saved for {}", CLIENT);
      assertThat(json(tail.next()).get("message").asText())
          .startsWith("visit saved for client [NAME]");
      log.error("claim failed", exceptionWithPhi());
      assertRedacted(
          json(tail.next()).get("stack_trace").asText(),
          "java.lang.IllegalStateException: claim rejected",
          "\tat com.backofficecare");
      log.error("billing failed", causeWithPhi());
      assertRedacted(
          json(tail.next()).get("stack_trace").asText(), "Caused by: java.io.IOException");
      log.error("export failed", suppressedWithPhi());
      assertRedacted(
          json(tail.next()).get("stack_trace").asText(),
          "Suppressed: java.lang.IllegalArgumentException");
      MDC.put("clientName", NAME);
      MDC.put("clientSsn", SSN);
      MDC.put("clientPhone", PHONE);
      log.info("visit checked in");
      JsonNode mdc = json(tail.next());
      assertRedacted(
          mdc.get("clientName").asText()
              + mdc.get("clientSsn").asText()
              + mdc.get("clientPhone").asText());
      MDC.clear();
      log.atInfo()
          .addKeyValue("clientName", NAME)
          .addKeyValue("clientSsn", SSN)
          .addKeyValue("clientPhone", PHONE)
          .setMessage("authorization renewed")
          .log();
      JsonNode kv = json(tail.next());
      assertRedacted(
          kv.get("clientName").asText()
              + kv.get("clientSsn").asText()
              + kv.get("clientPhone").asText());
      log.info(
          "claim {} {} {}", kv("clientName", NAME), kv("clientSsn", SSN), kv("clientPhone", PHONE));
      String line = tail.next();
      JsonNode args = json(line);
      assertRedacted(line, "\"clientSsn\":\"[SSN]\"");
      assertThat(args.get("message").asText()).startsWith("claim clientName=[NAME]");
      log.info("saved {}", value("client", new Client(NAME, SSN, PHONE)));
      JsonNode object = json(tail.next()).get("client");
      assertRedacted(object.toString(), "\"ssn\":\"[SSN]\"");
      log.info("payer {}", kv("memberNumber", 123456789L));
      assertThat(json(tail.next()).get("memberNumber").asText()).isNotEqualTo("123456789");
      MDC.put("build_id", "20261130");
      log.info("deployed");
      assertThat(json(tail.next()).get("build_id").asText())
          .as("a skipped field")
          .isEqualTo("20261130");
      MDC.clear();
    } finally {
      ctx.stop();
    }
  }

  @Test
  @Tag("POL-8.1")
  void log4j2PatternRedactsEveryPart() throws Exception {
    Path file = dir.resolve("log4j2.log");
    System.setProperty("safeguard.logFile", file.toString());
    var ctx = Frameworks.log4j2("log4j2-phi-pattern.xml");
    try {
      log4j2AllParts(ctx.getLogger("billing"), new Frameworks.Tail(file), "{clientName=[NAME]");
    } finally {
      ctx.stop();
    }
  }

  @Test
  @Tag("POL-8.1")
  void log4j2RewritePolicyRedactsEveryPart() throws Exception {
    Path file = dir.resolve("log4j2-rewrite.log");
    System.setProperty("safeguard.logFile", file.toString());
    var ctx = Frameworks.log4j2("log4j2-phi-rewrite.xml");
    try {
      log4j2AllParts(ctx.getLogger("billing"), new Frameworks.Tail(file), "clientSsn=[SSN]");
    } finally {
      ctx.stop();
    }
  }

  private static void log4j2AllParts(
      org.apache.logging.log4j.Logger log, Frameworks.Tail tail, String mdcShown)
      throws IOException {
    log.info("visit saved for {}", CLIENT);
    assertRedacted(tail.next(), "visit saved for client [NAME]");
    log.error("claim failed", exceptionWithPhi());
    assertRedacted(
        tail.next(),
        "IllegalStateException: claim rejected for client",
        "\tat com.backofficecare.safeguard.logging.PhiEverywhereTest.exceptionWithPhi(PhiEverywhereTest.java:");
    log.error("billing failed", causeWithPhi());
    assertRedacted(tail.next(), "Caused by: ", "IOException: payer refused client");
    log.error("export failed", suppressedWithPhi());
    assertRedacted(tail.next(), "Suppressed: ", "IllegalArgumentException: row 3 rejected");
    ThreadContext.put("clientName", NAME);
    ThreadContext.put("clientSsn", SSN);
    ThreadContext.put("clientPhone", PHONE);
    log.info("visit checked in");
    assertRedacted(tail.next(), mdcShown, "visit checked in");
    ThreadContext.clearAll();
    log.info(
        new StringMapMessage()
            .with("clientName", NAME)
            .with("clientSsn", SSN)
            .with("clientPhone", PHONE));
    assertRedacted(tail.next(), "clientSsn=\"[SSN]\"");
  }

  @Test
  @Tag("POL-8.1")
  void log4j2JsonTemplateRedactsEveryField() throws Exception {
    Path file = dir.resolve("log4j2.json");
    System.setProperty("safeguard.logFile", file.toString());
    var ctx = Frameworks.log4j2("log4j2-phi-json.xml");
    try {
      org.apache.logging.log4j.Logger log = ctx.getLogger("billing");
      Frameworks.Tail tail = new Frameworks.Tail(file);
      log.info("visit saved for {}", CLIENT);
      assertThat(json(tail.next()).get("message").asText())
          .startsWith("visit saved for client [NAME]");
      log.error("claim failed", exceptionWithPhi());
      JsonNode e = json(tail.next());
      assertRedacted(e.get("error.message").asText());
      assertRedacted(
          e.get("error.stack_trace").asText(),
          "java.lang.IllegalStateException: claim rejected",
          "\tat com.backofficecare");
      assertThat(e.get("error.type").asText()).isEqualTo("java.lang.IllegalStateException");
      log.error("billing failed", causeWithPhi());
      assertRedacted(
          json(tail.next()).get("error.stack_trace").asText(), "Caused by: java.io.IOException");
      log.error("export failed", suppressedWithPhi());
      assertRedacted(
          json(tail.next()).get("error.stack_trace").asText(),
          "Suppressed: java.lang.IllegalArgumentException");
      ThreadContext.put("clientName", NAME);
      ThreadContext.put("clientSsn", SSN);
      ThreadContext.put("clientPhone", PHONE);
      log.info("visit checked in");
      JsonNode context = json(tail.next());
      assertRedacted(context.get("mdc").toString(), "\"clientSsn\":\"[SSN]\"");
      assertThat(context.get("clientPhone").asText()).isEqualTo("[PHONE]");
      ThreadContext.clearAll();
      log.info(
          new StringMapMessage()
              .with("clientName", NAME)
              .with("clientSsn", SSN)
              .with("clientPhone", PHONE));
      assertRedacted(json(tail.next()).get("message").asText(), "clientSsn=\"[SSN]\"");
    } finally {
      ctx.stop();
    }
  }

  @Test
  @Tag("POL-8.1")
  void julFormatterRedactsMessagesAndExceptions() throws Exception {
    Path file = Path.of(System.getProperty("java.io.tmpdir"), "safeguard-jul-phi-test.log");
    Frameworks.jul("jul-phi.properties");
    try {
      Logger log = Logger.getLogger("billing");
      Frameworks.Tail tail = new Frameworks.Tail(file);
      log.log(java.util.logging.Level.INFO, "visit saved for {0}", CLIENT);
      assertRedacted(tail.next(), "INFO billing - visit saved for client [NAME]");
      log.log(java.util.logging.Level.SEVERE, "claim failed", exceptionWithPhi());
      assertRedacted(
          tail.next(),
          "java.lang.IllegalStateException: claim rejected for client",
          "\tat com.backofficecare.safeguard.logging.PhiEverywhereTest.exceptionWithPhi(PhiEverywhereTest.java:");
      log.log(java.util.logging.Level.SEVERE, "billing failed", causeWithPhi());
      assertRedacted(tail.next(), "Caused by: java.io.IOException: payer refused client");
      log.log(java.util.logging.Level.SEVERE, "export failed", suppressedWithPhi());
      assertRedacted(tail.next(), "Suppressed: java.lang.IllegalArgumentException: row 3 rejected");
    } finally {
      Frameworks.resetJul();
    }
  }

  @Test
  void julFormatterWrapsAnyFormatter() {
    java.util.logging.LogRecord r =
        new java.util.logging.LogRecord(java.util.logging.Level.WARNING, "saved {0}");
    r.setParameters(new Object[] {CLIENT});
    r.setLoggerName("billing");
    r.setThrown(causeWithPhi());
    String xml = new PhiFormatter(new java.util.logging.XMLFormatter()).format(r);
    assertRedacted(xml, "<message>saved client [NAME]", "<logger>billing</logger>");
  }

  private static JsonNode json(String line) {
    try {
      return new ObjectMapper().readTree(line);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
