package com.backofficecare.safeguard.logging;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The service log with no PHI in {@code logs/service-log-no-phi.log} (written by {@code
 * tools/detector/service-logs-2.py}), read back into the events that printed it, so that they can
 * be logged again through real frameworks.
 */
final class ServiceLog {

  /** One event: MDC (pid, app, host, trace and span ids), thread, logger, level, message, trace. */
  record Event(
      Map<String, String> mdc,
      String thread,
      String logger,
      String level,
      String message,
      List<String> trace) {

    /** The exception the trace shows, rebuilt with its messages, causes, suppressed and frames. */
    Throwable thrown() {
      return rebuild(trace);
    }
  }

  private static final Pattern LINE =
      Pattern.compile(
          "(\\S+) +(TRACE|DEBUG|INFO|WARN|ERROR) (\\d+) --- \\[([^\\]]*)\\] \\[([^\\]]*)\\]"
              + " \\[(\\S+) (\\S+) (\\S+)\\] (.{40}) : (.*)");
  private static final Pattern EXCEPTION =
      Pattern.compile(
          "(\\s*(?:Caused by|Suppressed): )?([a-zA-Z_$][\\w$]*(?:\\.[\\w$]+)+)(?:: (.*))?");
  private static final Pattern FRAME =
      Pattern.compile(
          "\\s+at (?:([\\w.]+)/)?([\\w$.]+)\\.([\\w$<>]+)\\((?:([\\w$.]+):(\\d+)|(Native Method)|Unknown Source)\\)");

  private ServiceLog() {}

  /** The corpus's text, line by line. */
  static List<String> lines() throws IOException {
    try (InputStream in = ServiceLog.class.getResourceAsStream("/logs/service-log-no-phi.log")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }

  /** Every event of the corpus, in order. */
  static List<Event> events() throws IOException {
    List<Event> events = new ArrayList<>();
    List<String> lines = lines();
    for (int i = 0; i < lines.size(); ) {
      Matcher m = LINE.matcher(lines.get(i));
      if (!m.matches()) {
        throw new IllegalStateException("line " + (i + 1) + " starts no event");
      }
      int j = i + 1;
      while (j < lines.size() && !LINE.matcher(lines.get(j)).matches()) {
        j++;
      }
      StringBuilder message = new StringBuilder(m.group(10));
      int k = i + 1;
      while (k < j && !isExceptionStart(lines.get(k))) {
        message.append('\n').append(lines.get(k++));
      }
      Map<String, String> mdc = new LinkedHashMap<>();
      mdc.put("pid", m.group(3));
      mdc.put("app", m.group(4));
      mdc.put("host", m.group(6));
      mdc.put("traceId", m.group(7));
      mdc.put("spanId", m.group(8));
      events.add(
          new Event(
              mdc,
              m.group(5).strip(),
              m.group(9).strip(),
              m.group(2),
              message.toString(),
              List.copyOf(lines.subList(k, j))));
      i = j;
    }
    return events;
  }

  private static boolean isExceptionStart(String line) {
    Matcher m = EXCEPTION.matcher(line);
    return m.matches()
        && m.group(1) == null
        && !line.startsWith(" ")
        && !line.startsWith("\t")
        && m.group(2).matches(".*(Exception|Error|Throwable)(\\$\\w+)?");
  }

  /** An exception standing for a class that is not on the test class path. */
  static final class Replayed extends Exception {
    private static final long serialVersionUID = 1L;

    Replayed(String message) {
      super(message);
    }
  }

  private static Throwable rebuild(List<String> trace) {
    Throwable top = null;
    Throwable current = null;
    List<StackTraceElement> frames = new ArrayList<>();
    for (String line : trace) {
      Matcher f = FRAME.matcher(line);
      if (f.matches()) {
        frames.add(
            new StackTraceElement(
                null,
                f.group(1),
                null,
                f.group(2),
                f.group(3),
                f.group(6) != null ? null : f.group(4),
                f.group(6) != null ? -2 : f.group(5) == null ? -1 : Integer.parseInt(f.group(5))));
        continue;
      }
      Matcher e = EXCEPTION.matcher(line);
      if (!e.matches()) {
        continue; // "... n common frames omitted": the framework counts them again
      }
      if (current != null) {
        current.setStackTrace(frames.toArray(StackTraceElement[]::new));
      }
      frames.clear();
      Throwable t = instance(e.group(2), e.group(3));
      if (top == null) {
        top = t;
      } else if (e.group(1).contains("Suppressed")) {
        top.addSuppressed(t);
      } else {
        current.initCause(t);
      }
      current = t;
    }
    if (current != null) {
      current.setStackTrace(frames.toArray(StackTraceElement[]::new));
    }
    return top;
  }

  /** The named exception when its class is here and takes a message, otherwise a stand-in. */
  private static Throwable instance(String className, String message) {
    try {
      Class<?> c = Class.forName(className);
      Throwable t = (Throwable) c.getConstructor(String.class).newInstance(message);
      if (t.getCause() == null) {
        return t;
      }
    } catch (ReflectiveOperationException | ClassCastException | LinkageError e) {
      // not on the class path: a stand-in
    }
    return new Replayed(message);
  }
}
