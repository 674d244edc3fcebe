package com.backofficecare.safeguard.logging;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import net.logstash.logback.decorate.JsonGeneratorDecorator;
import org.jspecify.annotations.Nullable;

/**
 * A logstash-logback-encoder decorator that redacts every string value and every integer the
 * encoder writes, whichever provider writes it: the message, MDC entries, key-value pairs,
 * structured arguments ({@code kv("clientPhone", phone)}, objects serialized by Jackson), context
 * properties and the stack trace (messages redacted, frames untouched). Each value is read with its
 * field name as context. Top-level fields that the framework fills and that never hold user text
 * are skipped: {@code @timestamp}, {@code @version}, {@code level}, {@code level_value}, {@code
 * logger_name}, {@code thread_name}, {@code caller_*} (more with {@link #addSkipField}).
 *
 * <pre>{@code
 * <encoder class="net.logstash.logback.encoder.LogstashEncoder">
 *   <jsonGeneratorDecorator class="com.backofficecare.safeguard.logging.PhiJsonGeneratorDecorator"/>
 * </encoder>
 * }</pre>
 *
 * <p>Raw JSON written as such ({@code raw(...)}, {@code writeRaw}) is not read.
 */
public final class PhiJsonGeneratorDecorator implements JsonGeneratorDecorator {

  /** For logstash-logback-encoder's configuration. */
  public PhiJsonGeneratorDecorator() {}

  private final Set<String> skip =
      new HashSet<>(
          Set.of(
              "@timestamp",
              "@version",
              "level",
              "level_value",
              "logger_name",
              "thread_name",
              "caller_class_name",
              "caller_method_name",
              "caller_file_name",
              "caller_line_number"));

  /** Adds a top-level field whose values are written as they are ({@code <skipField>}). */
  public void addSkipField(String name) {
    skip.add(name);
  }

  @Override
  public JsonGenerator decorate(JsonGenerator generator) {
    return new Redacting(generator, Set.copyOf(skip));
  }

  /** Redacts values on their way to the underlying generator. */
  private static final class Redacting extends JsonGeneratorDelegate {
    private final Set<String> skip;

    Redacting(JsonGenerator delegate, Set<String> skip) {
      super(delegate, false); // objects and trees are serialized through this generator
      this.skip = skip;
    }

    /** The name of the field being written (of the enclosing field inside an array). */
    private @Nullable String fieldName() {
      JsonStreamContext ctx = getOutputContext();
      if (ctx.inArray()) {
        ctx = ctx.getParent();
      }
      return ctx == null ? null : ctx.getCurrentName();
    }

    private boolean skipped() {
      JsonStreamContext ctx = getOutputContext();
      return ctx.inObject()
          && ctx.getParent() != null
          && ctx.getParent().inRoot()
          && (skip.contains(ctx.getCurrentName()) || isCaller(ctx.getCurrentName()));
    }

    private static boolean isCaller(@Nullable String name) {
      return name != null && name.startsWith("caller_");
    }

    private String safe(String value) {
      return skipped() ? value : LogRedaction.redactField(fieldName(), value);
    }

    @Override
    public void writeString(@Nullable String text) throws IOException {
      super.writeString(text == null ? null : safe(text));
    }

    @Override
    public void writeString(char[] text, int offset, int len) throws IOException {
      super.writeString(safe(new String(text, offset, len)));
    }

    @Override
    public void writeString(SerializableString text) throws IOException {
      writeString(text.getValue());
    }

    @Override
    public void writeUTF8String(byte[] text, int offset, int length) throws IOException {
      writeString(new String(text, offset, length, StandardCharsets.UTF_8));
    }

    @Override
    public void writeStringField(String name, @Nullable String value) throws IOException {
      writeFieldName(name);
      writeString(value);
    }

    @Override
    public void writeNumber(int v) throws IOException {
      writeInteger(Integer.toString(v), () -> super.writeNumber(v));
    }

    @Override
    public void writeNumber(long v) throws IOException {
      writeInteger(Long.toString(v), () -> super.writeNumber(v));
    }

    @Override
    public void writeNumber(@Nullable BigInteger v) throws IOException {
      if (v == null) {
        super.writeNumber(v);
      } else {
        writeInteger(v.toString(), () -> super.writeNumber(v));
      }
    }

    /** An integer that the detector reads as an identifier is written as its tag, a string. */
    private void writeInteger(String digits, IoAction plain) throws IOException {
      if (digits.length() < 5 || skipped()) { // too short for any identifier the detector knows
        plain.run();
        return;
      }
      String safe = LogRedaction.redactField(fieldName(), digits);
      if (safe.equals(digits)) {
        plain.run();
      } else {
        super.writeString(safe);
      }
    }

    private interface IoAction {
      void run() throws IOException;
    }
  }
}
