package com.backofficecare.safeguard.benchmarks;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.core.OutputStreamAppender;
import com.backofficecare.safeguard.logging.PhiMessageConverter;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One Logback event through the same appender and pattern, with {@code %safeMsg} (PHI redacted)
 * beside plain {@code %msg}, single-threaded: a line that holds PHI (a record logged by mistake)
 * and an ordinary one.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class LoggingBenchmark {

  record Client(String name, String ssn, String phone) {}

  private static final Client CLIENT = new Client("Ada Lovelace", "123-45-6789", "(412) 555-0143");

  private Logger plain;
  private Logger safe;

  @Setup
  public void setUp() {
    plain = logger("plain", "%d %-5level %logger - %msg%n");
    safe = logger("safe", "%d %-5level %logger - %safeMsg%n");
    java.io.ByteArrayOutputStream check = new java.io.ByteArrayOutputStream();
    OutputStreamAppender<ch.qos.logback.classic.spi.ILoggingEvent> probe =
        (OutputStreamAppender<ch.qos.logback.classic.spi.ILoggingEvent>) safe.getAppender("out");
    probe.setOutputStream(check);
    safe.info("saved {}", CLIENT);
    if (!check.toString().contains("[SSN]") || check.toString().contains("123-45-6789")) {
      throw new IllegalStateException("the redacting appender does not redact: " + check);
    }
    probe.setOutputStream(OutputStream.nullOutputStream());
  }

  private static Logger logger(String name, String pattern) {
    LoggerContext ctx = new LoggerContext();
    ctx.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
    ctx.start();
    @SuppressWarnings("unchecked")
    Map<String, String> rules = (Map<String, String>) ctx.getObject(ch.qos.logback.core.CoreConstants.PATTERN_RULE_REGISTRY);
    if (rules == null) {
      rules = new HashMap<>();
      ctx.putObject(ch.qos.logback.core.CoreConstants.PATTERN_RULE_REGISTRY, rules);
    }
    rules.put("safeMsg", PhiMessageConverter.class.getName());
    PatternLayoutEncoder enc = new PatternLayoutEncoder();
    enc.setContext(ctx);
    enc.setPattern(pattern);
    enc.start();
    OutputStreamAppender<ch.qos.logback.classic.spi.ILoggingEvent> app = new OutputStreamAppender<>();
    app.setContext(ctx);
    app.setEncoder(enc);
    app.setName("out");
    app.setOutputStream(OutputStream.nullOutputStream());
    app.start();
    Logger l = ctx.getLogger(name);
    l.addAppender(app);
    l.setAdditive(false);
    return l;
  }

  @Benchmark
  public void safeRecordLine() {
    safe.info("saved {} for visit {}", CLIENT, 17);
  }

  @Benchmark
  public void baselinePlainRecordLine() {
    plain.info("saved {} for visit {}", CLIENT, 17);
  }

  @Benchmark
  public void safeOrdinaryLine() {
    safe.info("cache warmed in {} ms, {} entries", 42, 1300);
  }

  @Benchmark
  public void baselinePlainOrdinaryLine() {
    plain.info("cache warmed in {} ms, {} entries", 42, 1300);
  }
}
