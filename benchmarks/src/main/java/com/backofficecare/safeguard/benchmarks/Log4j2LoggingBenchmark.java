package com.backofficecare.safeguard.benchmarks;

import com.backofficecare.safeguard.logging.PhiRewritePolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.FileAppender;
import org.apache.logging.log4j.core.appender.rewrite.RewriteAppender;
import org.apache.logging.log4j.core.config.AppenderRef;
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
 * As {@link LoggingBenchmark} for Log4j2: one event to a file appender at Log4j2's defaults (each
 * line flushed) with {@code %msg}, with {@code %safeMsg} ({@code PhiMessagePatternConverter}), or
 * through a Rewrite appender with {@link PhiRewritePolicy}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx1g", "-Dlog4j2.disableJmx=true"})
public class Log4j2LoggingBenchmark {

  private static final LoggingBenchmark.Client CLIENT =
      new LoggingBenchmark.Client("Ada Lovelace", "123-45-6789", "(412) 555-0143");

  private Path dir;
  private LoggerContext context;
  private Logger plain;
  private Logger safe;
  private Logger safePattern;

  @Setup
  public void setUp() throws IOException {
    dir = Files.createTempDirectory("safeguard-log4j2bench");
    context = new LoggerContext("bench");
    Configuration config = new DefaultConfiguration();
    PatternLayout layout =
        PatternLayout.newBuilder()
            .withConfiguration(config)
            .withPattern("%d %-5level %logger - %msg%n")
            .build();
    Appender plainFile = file(config, "plainFile", layout, dir.resolve("plain.log"));
    Appender patternFile =
        file(
            config,
            "patternFile",
            PatternLayout.newBuilder()
                .withConfiguration(config)
                .withPattern("%d %-5level %logger - %safeMsg%n")
                .build(),
            dir.resolve("pattern.log"));
    file(config, "safeFile", layout, dir.resolve("safe.log")); // the rewrite appender's target
    Appender rewrite =
        RewriteAppender.createAppender(
            "safe",
            "true",
            new AppenderRef[] {AppenderRef.createAppenderRef("safeFile", null, null)},
            config,
            PhiRewritePolicy.create(),
            null);
    rewrite.start();
    config.addAppender(rewrite);
    logger(config, "plain", plainFile);
    logger(config, "safe", rewrite);
    logger(config, "safePattern", patternFile);
    context.start(config);
    plain = context.getLogger("plain");
    safe = context.getLogger("safe");
    safePattern = context.getLogger("safePattern");
    safe.info("saved {}", CLIENT);
    safePattern.info("saved {}", CLIENT);
    for (String f : new String[] {"safe.log", "pattern.log"}) {
      String written = Files.readString(dir.resolve(f));
      if (!written.contains("[SSN]") || written.contains("123-45-6789")) {
        throw new IllegalStateException(f + ": not redacted");
      }
    }
  }

  private static Appender file(Configuration config, String name, PatternLayout layout, Path file) {
    Appender a =
        FileAppender.newBuilder()
            .setName(name)
            .withFileName(file.toString())
            .withAppend(false)
            .setLayout(layout)
            .setConfiguration(config)
            .build();
    a.start();
    config.addAppender(a);
    return a;
  }

  private static void logger(Configuration config, String name, Appender appender) {
    LoggerConfig lc = new LoggerConfig(name, Level.INFO, false);
    lc.addAppender(appender, Level.INFO, null);
    config.addLogger(name, lc);
  }

  @TearDown
  public void tearDown() throws IOException {
    context.stop();
    try (var files = Files.list(dir)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.delete(f);
      }
    }
    Files.delete(dir);
  }

  @Benchmark
  public void safeRecordLine() {
    safe.info("saved {} for visit {}", CLIENT, 17);
  }

  @Benchmark
  public void safePatternRecordLine() {
    safePattern.info("saved {} for visit {}", CLIENT, 17);
  }

  @Benchmark
  public void safePatternOrdinaryLine() {
    safePattern.info("cache warmed in {} ms, {} entries", 42, 1300);
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
