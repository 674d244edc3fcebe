package com.backofficecare.safeguard.benchmarks;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.FileAppender;
import ch.qos.logback.core.OutputStreamAppender;
import com.backofficecare.safeguard.logging.PhiMessageConverter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One Logback event through the same appender and pattern, with {@code %safeMsg} (PHI redacted)
 * beside plain {@code %msg}, single-threaded: a line that holds PHI (a record logged by mistake)
 * and an ordinary one. Two appenders: a file appender at Logback's defaults (each line flushed,
 * what a service's log file costs) and a sink that discards the bytes (formatting alone, the
 * harshest comparison for redaction).
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
  private Logger plainFile;
  private Logger safeFile;
  private Path dir;

  @Setup
  public void setUp() throws IOException {
    plain = logger("plain", "%d %-5level %logger - %msg%n");
    safe = logger("safe", "%d %-5level %logger - %safeMsg%n");
    dir = Files.createTempDirectory("safeguard-logbench");
    plainFile = fileLogger("plainFile", "%d %-5level %logger - %msg%n", dir.resolve("plain.log"));
    safeFile = fileLogger("safeFile", "%d %-5level %logger - %safeMsg%n", dir.resolve("safe.log"));
    ByteArrayOutputStream check = new ByteArrayOutputStream();
    OutputStreamAppender<ILoggingEvent> probe =
        (OutputStreamAppender<ILoggingEvent>) safe.getAppender("out");
    probe.setOutputStream(check);
    safe.info("saved {}", CLIENT);
    if (!check.toString(java.nio.charset.StandardCharsets.UTF_8).contains("[SSN]")
        || check.toString(java.nio.charset.StandardCharsets.UTF_8).contains("123-45-6789")) {
      throw new IllegalStateException("the redacting appender does not redact: " + check);
    }
    probe.setOutputStream(OutputStream.nullOutputStream());
    safeFile.info("saved {}", CLIENT);
    String written = Files.readString(dir.resolve("safe.log"));
    if (!written.contains("[SSN]") || written.contains("123-45-6789")) {
      throw new IllegalStateException("the redacting file appender does not redact");
    }
  }

  /** Starts each iteration on empty files, so that the disk does not fill. */
  @Setup(Level.Iteration)
  public void truncate() throws IOException {
    for (Logger l : new Logger[] {plainFile, safeFile}) {
      FileAppender<?> f = (FileAppender<?>) l.getAppender("out");
      f.stop();
      Files.deleteIfExists(Path.of(f.getFile()));
      f.start();
    }
  }

  @TearDown
  public void tearDown() throws IOException {
    for (Logger l : new Logger[] {plainFile, safeFile}) {
      l.getAppender("out").stop();
    }
    try (var files = Files.list(dir)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.delete(f);
      }
    }
    Files.delete(dir);
  }

  private static Logger fileLogger(String name, String pattern, Path file) {
    LoggerContext ctx = context();
    FileAppender<ILoggingEvent> app = new FileAppender<>();
    app.setContext(ctx);
    app.setEncoder(encoder(ctx, pattern));
    app.setName("out");
    app.setFile(file.toString());
    app.setAppend(false);
    app.start();
    return attach(ctx, name, app);
  }

  private static Logger logger(String name, String pattern) {
    LoggerContext ctx = context();
    OutputStreamAppender<ILoggingEvent> app = new OutputStreamAppender<>();
    app.setContext(ctx);
    app.setEncoder(encoder(ctx, pattern));
    app.setName("out");
    app.setOutputStream(OutputStream.nullOutputStream());
    app.start();
    return attach(ctx, name, app);
  }

  private static Logger attach(LoggerContext ctx, String name, Appender<ILoggingEvent> app) {
    Logger l = ctx.getLogger(name);
    l.addAppender(app);
    l.setAdditive(false);
    return l;
  }

  private static PatternLayoutEncoder encoder(LoggerContext ctx, String pattern) {
    PatternLayoutEncoder enc = new PatternLayoutEncoder();
    enc.setContext(ctx);
    enc.setPattern(pattern);
    enc.start();
    return enc;
  }

  private static LoggerContext context() {
    LoggerContext ctx = new LoggerContext();
    ctx.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
    ctx.start();
    @SuppressWarnings("unchecked")
    Map<String, String> rules =
        (Map<String, String>)
            ctx.getObject(ch.qos.logback.core.CoreConstants.PATTERN_RULE_REGISTRY);
    if (rules == null) {
      rules = new HashMap<>();
      ctx.putObject(ch.qos.logback.core.CoreConstants.PATTERN_RULE_REGISTRY, rules);
    }
    rules.put("safeMsg", PhiMessageConverter.class.getName());
    return ctx;
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

  @Benchmark
  public void fileSafeRecordLine() {
    safeFile.info("saved {} for visit {}", CLIENT, 17);
  }

  @Benchmark
  public void fileBaselinePlainRecordLine() {
    plainFile.info("saved {} for visit {}", CLIENT, 17);
  }

  @Benchmark
  public void fileSafeOrdinaryLine() {
    safeFile.info("cache warmed in {} ms, {} entries", 42, 1300);
  }

  @Benchmark
  public void fileBaselinePlainOrdinaryLine() {
    plainFile.info("cache warmed in {} ms, {} entries", 42, 1300);
  }
}
