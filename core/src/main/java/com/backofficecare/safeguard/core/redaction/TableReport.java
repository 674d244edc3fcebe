package com.backofficecare.safeguard.core.redaction;

import static java.util.Objects.requireNonNull;

import com.backofficecare.safeguard.core.PhiType;
import com.backofficecare.safeguard.core.detection.Finding;
import com.backofficecare.safeguard.core.record.FieldClassification;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What redacting a table did, without any value: the rows read, the findings replaced by type, and
 * how each column was treated. One format for the CLI's {@code redact-table} and the Spark job,
 * written by {@link #toJson()}.
 *
 * @param rows the rows redacted
 * @param findings the findings replaced, by type (a whole-value replacement counts one)
 * @param columns each column's treatment, in table order
 */
public record TableReport(long rows, Map<PhiType, Long> findings, List<Column> columns) {

  /** How a column's values were treated. */
  public enum Action {
    /** Each value replaced whole by its type's operator. */
    REPLACE,
    /** Each value scanned as free text. */
    SCAN,
    /** Left as it was: not text, and not named as an identifier. */
    KEEP
  }

  /**
   * One column's treatment.
   *
   * @param name the column name as the table spells it
   * @param type the identifier type of its values, when replaced whole
   * @param source how the type was decided
   * @param action what was done to its values
   */
  public record Column(
      String name, @Nullable PhiType type, FieldClassification.Source source, Action action) {
    public Column {
      requireNonNull(name, "name");
      requireNonNull(source, "source");
      requireNonNull(action, "action");
    }

    /** The treatment of a text column: replaced whole if it has a type, scanned otherwise. */
    public static Column of(FieldClassification c) {
      return new Column(
          c.field(), c.type(), c.source(), c.type() == null ? Action.SCAN : Action.REPLACE);
    }
  }

  public TableReport {
    if (rows < 0) {
      throw new IllegalArgumentException("rows must not be negative");
    }
    EnumMap<PhiType, Long> copy = new EnumMap<>(PhiType.class);
    findings.forEach(
        (type, n) -> {
          if (n > 0) {
            copy.put(type, n);
          }
        });
    findings = Map.copyOf(copy);
    columns = List.copyOf(columns);
  }

  /** The report as one JSON object, types in declaration order. */
  public String toJson() {
    StringBuilder out =
        new StringBuilder(256).append("{\"rows\":").append(rows).append(",\"findings\":{");
    int i = 0;
    for (PhiType type : PhiType.values()) {
      Long n = findings.get(type);
      if (n != null) {
        out.append(i++ == 0 ? "" : ",").append('"').append(type.name()).append("\":").append(n);
      }
    }
    out.append("},\"columns\":[");
    for (int c = 0; c < columns.size(); c++) {
      Column col = columns.get(c);
      out.append(c == 0 ? "" : ",").append("{\"name\":");
      quote(out, col.name());
      out.append(",\"type\":")
          .append(col.type() == null ? "null" : '"' + col.type().name() + '"')
          .append(",\"source\":\"")
          .append(col.source().name())
          .append("\",\"action\":\"")
          .append(col.action().name())
          .append("\"}");
    }
    return out.append("]}").toString();
  }

  private static void quote(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    out.append('"');
  }

  /** Counts findings by type as rows are redacted; not thread-safe. */
  public static final class Counter {
    private final long[] byType = new long[PhiType.values().length];
    private long rows;

    /** A counter at zero. */
    public Counter() {}

    /** Counts one more row. */
    public void row() {
      rows++;
    }

    /** Counts the findings of one redacted value. */
    public void add(Redactor.Redaction redaction) {
      for (Finding f : redaction.findings()) {
        byType[f.type().ordinal()]++;
      }
    }

    /** The rows counted so far. */
    public long rows() {
      return rows;
    }

    /** The findings counted so far, by type. */
    public Map<PhiType, Long> findings() {
      Map<PhiType, Long> out = new EnumMap<>(PhiType.class);
      for (PhiType t : PhiType.values()) {
        out.put(t, byType[t.ordinal()]);
      }
      return out;
    }

    /** The report of what was counted, with the columns' treatments. */
    public TableReport report(List<Column> columns) {
      return new TableReport(rows, findings(), columns);
    }
  }
}
