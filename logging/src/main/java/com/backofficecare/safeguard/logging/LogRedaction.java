package com.backofficecare.safeguard.logging;

import com.backofficecare.safeguard.core.detection.Finding;
import com.backofficecare.safeguard.core.detection.PhiDetector;
import com.backofficecare.safeguard.core.record.RecordClassifier;
import com.backofficecare.safeguard.core.redaction.Redactor;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The redaction every logging integration applies: type tags ({@code [NAME]}, {@code [SSN]}) from
 * the standard detector. Only text that callers put into an event is scanned (the message, an
 * exception's message, context and key-value values); what the framework adds (timestamps, levels,
 * logger and thread names, stack frames) is not user text and is left alone, both to spare the time
 * and because class names and dates there are not PHI.
 */
public final class LogRedaction {

  private static final PhiDetector DETECTOR = PhiDetector.standard();
  private static final Redactor REDACTOR = Redactor.builder().detector(DETECTOR).build();

  /**
   * A stack frame or an elision line as Java, Logback and Log4j2 print them, with the optional
   * packaging data ({@code ~[app.jar:1.2]}) Logback and Log4j2 append: lines the JVM wrote, never
   * the application.
   */
  private static final Pattern FRAME =
      Pattern.compile(
          "\\s+(?:at [\\w$./<>@-]+\\((?:[\\w$.-]+(?::\\d+)?|Native Method|Unknown Source)\\)"
              + "(?: ~?\\[[^\\]\\s]*\\])?|\\.\\.\\. \\d+ (?:more|common frames omitted))\\s*");

  private LogRedaction() {}

  /**
   * {@code message} with every identifier the detector finds replaced by its type tag; the same
   * instance when nothing is found.
   */
  public static String redact(String message) {
    if (message == null || message.isEmpty()) {
      return message;
    }
    return replace(message, 0, null);
  }

  /**
   * {@code text} from {@code offset} on with each finding that is not machine-made ({@link
   * LogVocabulary}), and not a kind of number in a system's id {@code field}, replaced by its tag;
   * the same instance when there is none. Findings that begin before {@code offset} are cut to it.
   */
  private static String replace(String text, int offset, @Nullable String field) {
    List<Finding> findings = DETECTOR.detect(text);
    StringBuilder out = null;
    int at = offset;
    for (Finding f : findings) {
      if (f.end() <= offset
          || LogVocabulary.isMachineMade(text, f)
          || (field != null && LogVocabulary.isSystemId(field, f.type()))) {
        continue;
      }
      int start = Math.max(f.start(), offset);
      if (out == null) {
        out = new StringBuilder(text.length() - offset);
      }
      out.append(text, at, start)
          .append(REDACTOR.redactValue(f.type(), text.substring(start, f.end())));
      at = f.end();
    }
    if (out == null) {
      return offset == 0 ? text : text.substring(offset);
    }
    return out.append(text, at, text.length()).toString();
  }

  /**
   * The value of a named field (an MDC entry, a key-value pair, a JSON field) with its identifiers
   * tagged. A name that announces an identifier ({@link #announcesPhi}) is read as context, as a
   * label before a value would be ({@code client ssn: 123456789}), but is never changed or written.
   * A value of several lines is read as a rendered stack trace ({@link #redactTrace}).
   */
  public static String redactField(@Nullable String name, String value) {
    if (value.isEmpty()) {
      return value;
    }
    if (name == null || name.isEmpty() || value.indexOf('\n') >= 0) {
      return redactTrace(value);
    }
    if (!announcesPhi(name)) {
      return replace(value, 0, name);
    }
    String label = words(name) + ": ";
    String safe = replace(label + value, label.length(), name);
    return safe.equals(value) ? value : safe;
  }

  /**
   * Whether a field's name, or its last word, is one that {@link RecordClassifier} reads as an
   * identifier ({@code ssn}, {@code clientName}, {@code phone}): only then is it read as a label
   * before the value. Other names ({@code traceId}, {@code host}) would lend a system's value the
   * look of a person's ({@code trace id: 8da59611...}).
   */
  static boolean announcesPhi(String name) {
    if (RecordClassifier.typeOfFieldName(name) != null) {
      return true;
    }
    String words = words(name);
    int space = words.lastIndexOf(' ');
    return space >= 0 && RecordClassifier.typeOfFieldName(words.substring(space + 1)) != null;
  }

  /**
   * A rendered stack trace (or any multi-line text) with its user text redacted and its stack
   * frames untouched: each run of lines that are not frames ({@code
   * java.lang.IllegalStateException: ...}, {@code Caused by: ...}, a message's continuation lines)
   * is redacted as one text. A text with no frames is redacted whole, as {@link #redact} does.
   */
  public static String redactTrace(String rendered) {
    if (rendered.isEmpty()) {
      return rendered;
    }
    StringBuilder out = null;
    int runStart = 0;
    int lineStart = 0;
    int length = rendered.length();
    while (lineStart < length) {
      int newline = rendered.indexOf('\n', lineStart);
      int lineEnd = newline < 0 ? length : newline;
      int next = newline < 0 ? length : newline + 1;
      if (isFrame(rendered, lineStart, lineEnd)) {
        out = flush(rendered, runStart, lineStart, out);
        out.append(rendered, lineStart, next);
        runStart = next;
      }
      lineStart = next;
    }
    if (out == null) {
      return redact(rendered);
    }
    return flush(rendered, runStart, length, out).toString();
  }

  private static boolean isFrame(String text, int start, int end) {
    int last = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
    return last > start
        && Character.isWhitespace(text.charAt(start))
        && FRAME.matcher(text).region(start, last).matches();
  }

  /** Appends {@code text[from, to)} redacted to {@code out} (created if null). */
  private static StringBuilder flush(String text, int from, int to, @Nullable StringBuilder out) {
    StringBuilder sb = out == null ? new StringBuilder(text.length() + 16) : out;
    if (to > from) {
      sb.append(redact(text.substring(from, to)));
    }
    return sb;
  }

  /** {@code clientSsn}, {@code client_ssn} or {@code client.ssn} as words: {@code client ssn}. */
  static String words(String name) {
    StringBuilder sb = new StringBuilder(name.length() + 4);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '_' || c == '.' || c == '-') {
        sb.append(' ');
      } else if (Character.isUpperCase(c) && i > 0 && Character.isLowerCase(name.charAt(i - 1))) {
        sb.append(' ').append(Character.toLowerCase(c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
