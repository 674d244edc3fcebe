package com.backofficecare.safeguard.logging;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import ch.qos.logback.core.status.Status;
import ch.qos.logback.core.util.StatusPrinter2;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.ConfigurationFactory;
import org.apache.logging.log4j.core.config.ConfigurationSource;
import org.slf4j.MDC;

/**
 * Starts real Logback, Log4j2 and java.util.logging from the configuration files in test resources.
 */
final class Frameworks {

  private Frameworks() {}

  /**
   * A Logback context of its own configured from {@code resource} with {@code properties}, sharing
   * SLF4J's MDC; fails on any configuration error.
   */
  static LoggerContext logback(String resource, Map<String, String> properties)
      throws JoranException {
    LoggerContext ctx = new LoggerContext();
    ctx.setName(resource);
    ctx.setMDCAdapter(MDC.getMDCAdapter());
    properties.forEach(ctx::putProperty);
    JoranConfigurator configurator = new JoranConfigurator();
    configurator.setContext(ctx);
    configurator.doConfigure(Frameworks.class.getResource("/" + resource));
    if (ctx.getStatusManager().getCopyOfStatusList().stream()
        .anyMatch(s -> s.getLevel() >= Status.WARN)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      StatusPrinter2 printer = new StatusPrinter2();
      printer.setPrintStream(new PrintStream(out, true, StandardCharsets.UTF_8));
      printer.print(ctx);
      throw new IllegalStateException(resource + ": " + out.toString(StandardCharsets.UTF_8));
    }
    return ctx;
  }

  /** A Log4j2 context of its own configured from {@code resource}; system properties fill it. */
  static org.apache.logging.log4j.core.LoggerContext log4j2(String resource) throws IOException {
    org.apache.logging.log4j.core.LoggerContext ctx =
        new org.apache.logging.log4j.core.LoggerContext(resource);
    ConfigurationSource source =
        ConfigurationSource.fromResource(resource, Frameworks.class.getClassLoader());
    Configuration config = ConfigurationFactory.getInstance().getConfiguration(ctx, source);
    ctx.start(config);
    if (config.getAppenders().isEmpty()) {
      throw new IllegalStateException(resource + ": no appenders");
    }
    return ctx;
  }

  /** Replaces java.util.logging's configuration with {@code resource}. */
  static void jul(String resource) throws IOException {
    try (InputStream in = Frameworks.class.getResourceAsStream("/" + resource)) {
      java.util.logging.LogManager.getLogManager().readConfiguration(in);
    }
  }

  /** Puts java.util.logging back to the JDK's defaults. */
  static void resetJul() throws IOException {
    java.util.logging.LogManager.getLogManager().readConfiguration();
  }

  /** A log file read as it grows: each call to {@link #next} returns what was written since. */
  static final class Tail {
    private final Path file;
    private int seen;

    Tail(Path file) {
      this.file = file;
    }

    String next() throws IOException {
      String all = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
      String out = all.substring(Math.min(seen, all.length()));
      seen = all.length();
      return out;
    }
  }
}
