package com.backofficecare.safeguard.benchmarks;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.FileAppender;
import ch.qos.logback.core.encoder.Encoder;
import com.backofficecare.safeguard.logging.PhiFormatter;
import com.backofficecare.safeguard.logging.PhiJsonGeneratorDecorator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.SimpleFormatter;
import net.logstash.logback.encoder.LogstashEncoder;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.ThreadContext;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.DefaultConfiguration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.layout.PatternLayout;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Complete PHI-safe logging against plain logging of the same event, each to a file appender at its
 * framework's defaults (every line flushed), single-threaded, in one run: Logback with {@code
 * %safeMsg %phiX %phiEx} against {@code %msg %X %ex}, logstash-logback-encoder with and without
 * {@link PhiJsonGeneratorDecorator}, Log4j2 with {@code %safeMsg %phiX %phiEx} against {@code %msg
 * %X %ex}, and java.util.logging's {@code SimpleFormatter} with and without {@link PhiFormatter}.
 * The event: a record with a name, an SSN and a phone number in the message and a phone number in
 * the MDC; the {@code failure} benchmarks add an exception whose message holds an SSN.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx1g", "-Dlog4j2.disableJmx=true"})
public class PhiSafeLoggingBenchmark {

  private static final LoggingBenchmark.Client CLIENT =
      new LoggingBenchmark.Client("Ada Lovelace", "123-45-6789", "(412) 555-0143");
  private static final String PHONE = "(412) 555-0143";

  @SuppressWarnings("StaticAssignmentOfThrowable") // the same exception logged on every call
  private static final IllegalStateException FAILURE =
      new IllegalStateException("claim rejected: SSN 123-45-6789 does not match the payer's");

  private Path dir;
  private final LogbackMDCAdapter mdc = new LogbackMDCAdapter();
  private org.slf4j.Logger logbackPlain;
  private org.slf4j.Logger logbackSafe;
  private org.slf4j.Logger jsonPlain;
  private org.slf4j.Logger jsonSafe;
  private org.apache.logging.log4j.core.LoggerContext log4j2;
  private org.apache.logging.log4j.Logger log4j2Plain;
  private org.apache.logging.log4j.Logger log4j2Safe;
  private java.util.logging.Logger julPlain;
  private java.util.logging.Logger julSafe;

  @Setup
  public void setUp() throws IOException {
    dir = Files.createTempDirectory("safeguard-phibench");
    logbackPlain = logback("plain", pattern("%d %-5level [%thread] %logger [%X] - %msg%n%ex"));
    logbackSafe =
        logback("safe", pattern("%d %-5level [%thread] %logger [%phiX] - %safeMsg%n%phiEx"));
    jsonPlain = logback("jsonPlain", new LogstashEncoder());
    LogstashEncoder redacting = new LogstashEncoder();
    redacting.setJsonGeneratorDecorator(new PhiJsonGeneratorDecorator());
    jsonSafe = logback("jsonSafe", redacting);

    log4j2 = new org.apache.logging.log4j.core.LoggerContext("phibench");
    Configuration config = new DefaultConfiguration();
    log4j2Logger(config, "plain", "%d %-5level [%t] %c %X - %msg%n%ex");
    log4j2Logger(config, "safe", "%d %-5level [%t] %c %phiX - %safeMsg%n%phiEx");
    log4j2.start(config);
    log4j2Plain = log4j2.getLogger("plain");
    log4j2Safe = log4j2.getLogger("safe");

    julPlain = jul("julPlain", new SimpleFormatter());
    julSafe = jul("julSafe", new PhiFormatter(new SimpleFormatter()));

    mdc.put("clientPhone", PHONE);
    ThreadContext.put("clientPhone", PHONE);
    for (Runnable r :
        new Runnable[] {
          this::logbackSafeFailure,
          this::jsonSafeFailure,
          this::log4j2SafeFailure,
          this::julSafeFailure
        }) {
      r.run();
    }
    for (String f : new String[] {"safe.log", "jsonSafe.log", "log4j2-safe.log", "julSafe.log"}) {
      String written = Files.readString(dir.resolve(f));
      if (!written.contains("[SSN]")
          || written.contains("123-45-6789")
          || written.contains("555-0143")) {
        throw new IllegalStateException(f + ": not redacted");
      }
    }
  }

  private Encoder<ILoggingEvent> pattern(String pattern) {
    PatternLayoutEncoder enc = new PatternLayoutEncoder();
    enc.setPattern(pattern);
    return enc;
  }

  private org.slf4j.Logger logback(String name, Encoder<ILoggingEvent> encoder) {
    LoggerContext ctx = new LoggerContext();
    ctx.setMDCAdapter(mdc);
    ctx.start();
    Map<String, String> rules = new HashMap<>();
    rules.put("safeMsg", com.backofficecare.safeguard.logging.PhiMessageConverter.class.getName());
    rules.put("phiX", com.backofficecare.safeguard.logging.PhiMdcConverter.class.getName());
    rules.put("phiEx", com.backofficecare.safeguard.logging.PhiThrowableConverter.class.getName());
    ctx.putObject(CoreConstants.PATTERN_RULE_REGISTRY, rules);
    encoder.setContext(ctx);
    encoder.start();
    FileAppender<ILoggingEvent> app = new FileAppender<>();
    app.setContext(ctx);
    app.setEncoder(encoder);
    app.setName("out");
    app.setFile(dir.resolve(name + ".log").toString());
    app.setAppend(false);
    app.start();
    ch.qos.logback.classic.Logger l = ctx.getLogger(name);
    l.addAppender(app);
    l.setAdditive(false);
    return l;
  }

  private void log4j2Logger(Configuration config, String name, String pattern) {
    Appender a =
        new org.apache.logging.log4j.core.appender.FileAppender.Builder<>()
            .setName(name)
            .withFileName(dir.resolve("log4j2-" + name + ".log").toString())
            .withAppend(false)
            .setConfiguration(config)
            .setLayout(
                PatternLayout.newBuilder().withConfiguration(config).withPattern(pattern).build())
            .build();
    a.start();
    config.addAppender(a);
    LoggerConfig lc = new LoggerConfig(name, Level.INFO, false);
    lc.addAppender(a, Level.INFO, null);
    config.addLogger(name, lc);
  }

  private java.util.logging.Logger jul(String name, Formatter formatter) throws IOException {
    FileHandler h = new FileHandler(dir.resolve(name + ".log").toString(), false);
    h.setFormatter(formatter);
    java.util.logging.Logger l = java.util.logging.Logger.getLogger("phibench." + name);
    l.setUseParentHandlers(false);
    l.addHandler(h);
    return l;
  }

  @TearDown
  public void tearDown() throws IOException {
    log4j2.stop();
    for (java.util.logging.Logger l : new java.util.logging.Logger[] {julPlain, julSafe}) {
      for (java.util.logging.Handler h : l.getHandlers()) {
        h.close();
        l.removeHandler(h);
      }
    }
    mdc.clear();
    ThreadContext.clearAll();
    try (var files = Files.list(dir)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.delete(f);
      }
    }
    Files.delete(dir);
  }

  @Benchmark
  public void logbackPlainRecord() {
    logbackPlain.info("saved {} for visit {}", CLIENT, 17);
  }

  @Benchmark
  public void logbackSafeRecord() {
    logbackSafe.info("saved {} for visit {}", CLIENT, 17);
  }

  @Benchmark
  public void logbackPlainFailure() {
    logbackPlain.error("claim {} failed", 17, FAILURE);
  }

  @Benchmark
  public void logbackSafeFailure() {
    logbackSafe.error("claim {} failed", 17, FAILURE);
  }

  @Benchmark
  public void jsonPlainRecord() {
    jsonPlain.info("saved {} for visit {}", CLIENT, 17);
  }

  @Benchmark
  public void jsonSafeRecord() {
    jsonSafe.info("saved {} for visit {}", CLIENT, 17);
  }

  @Benchmark
  public void jsonPlainFailure() {
    jsonPlain.error("claim {} failed", 17, FAILURE);
  }

  @Benchmark
  public void jsonSafeFailure() {
    jsonSafe.error("claim {} failed", 17, FAILURE);
  }

  @Benchmark
  public void log4j2PlainRecord() {
    log4j2Plain.info("saved {} for visit {}", CLIENT, 17);
  }

  @Benchmark
  public void log4j2SafeRecord() {
    log4j2Safe.info("saved {} for visit {}", CLIENT, 17);
  }

  @Benchmark
  public void log4j2PlainFailure() {
    log4j2Plain.error("claim {} failed", 17, FAILURE);
  }

  @Benchmark
  public void log4j2SafeFailure() {
    log4j2Safe.error("claim {} failed", 17, FAILURE);
  }

  @Benchmark
  public void julPlainRecord() {
    julPlain.log(
        java.util.logging.Level.INFO, "saved {0} for visit {1}", new Object[] {CLIENT, 17});
  }

  @Benchmark
  public void julSafeRecord() {
    julSafe.log(java.util.logging.Level.INFO, "saved {0} for visit {1}", new Object[] {CLIENT, 17});
  }

  @Benchmark
  public void julPlainFailure() {
    julPlain.log(java.util.logging.Level.SEVERE, "claim 17 failed", FAILURE);
  }

  @Benchmark
  public void julSafeFailure() {
    julSafe.log(java.util.logging.Level.SEVERE, "claim 17 failed", FAILURE);
  }
}
