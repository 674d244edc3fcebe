package com.backofficecare.safeguard.spark;

import static java.util.Objects.requireNonNull;

import com.backofficecare.safeguard.core.PhiType;
import com.backofficecare.safeguard.core.redaction.RedactionMode;
import com.backofficecare.safeguard.core.redaction.Redactor;
import com.backofficecare.safeguard.core.redaction.TableReport;
import com.backofficecare.safeguard.core.redaction.TableReport.Action;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.AtomicType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Redacts a whole DataFrame column by column: identifier columns by their type's operator, every
 * other text column through the detector, the rest kept ({@link ColumnClassifier}). With the {@code
 * pseudonym} mode the same value gets the same token in every partition, executor and run under the
 * agency's key, so redacted tables still join on their pseudonymized keys.
 *
 * <pre>{@code
 * DataFrameRedactor.Redacted out = DataFrameRedactor.of(config, RedactionMode.MASK).redact(df);
 * out.data().write().parquet("s3://bucket/redacted/visits");
 * TableReport report = out.report(); // after an action has run
 * }</pre>
 *
 * <p>The plan is decided on the driver; each partition then looks up its executor's runtime once.
 * The output schema is the input's, except that non-string columns replaced as identifiers, and
 * structs and maps, become strings.
 */
public final class DataFrameRedactor {

  private final SafeguardSparkConfig config;
  private final RedactionMode mode;
  private final int sampleRows;
  private final @Nullable String malformed;

  private DataFrameRedactor(
      SafeguardSparkConfig config, RedactionMode mode, int sampleRows, @Nullable String malformed) {
    this.config = config;
    this.mode = mode;
    this.sampleRows = sampleRows;
    this.malformed = malformed;
  }

  /** A redactor that classifies columns from names and their first 100 rows. */
  public static DataFrameRedactor of(SafeguardSparkConfig config, RedactionMode mode) {
    return new DataFrameRedactor(
        requireNonNull(config, "config"), requireNonNull(mode, "mode"), 100, null);
  }

  /**
   * The same redactor sampling {@code rows} rows per table to classify its columns (0: names
   * alone).
   */
  public DataFrameRedactor sampleRows(int rows) {
    if (rows < 0) {
      throw new IllegalArgumentException("sample rows must not be negative");
    }
    return new DataFrameRedactor(config, mode, rows, malformed);
  }

  /**
   * The same redactor failing with {@link MalformedRowException} on the first row whose {@code
   * column} is set: the column a CSV or JSON reader in {@code PERMISSIVE} mode fills with a
   * malformed row ({@code columnNameOfCorruptRecord}). The column is left out of the output. Unlike
   * the reader's own {@code FAILFAST} mode, the failure never quotes the row.
   */
  public DataFrameRedactor failOnMalformed(String column) {
    return new DataFrameRedactor(config, mode, sampleRows, requireNonNull(column, "column"));
  }

  /**
   * A redacted table, with its rows and findings counted as it is computed.
   *
   * @param data the redacted rows, computed lazily like any Dataset
   * @param columns each column's treatment
   * @param counts rows and findings, added up by every computation of {@code data}: read them after
   *     one action (a write, a collect); a second action, or a sort that samples its input, counts
   *     the rows again
   */
  public record Redacted(Dataset<Row> data, List<TableReport.Column> columns, TableCounts counts) {
    /** The report; meaningful after exactly one action over {@link #data()}. */
    public TableReport report() {
      return counts.report(columns);
    }
  }

  /** Classifies {@code table}'s columns and returns its lazily redacted rows. */
  public Redacted redact(Dataset<Row> table) {
    Dataset<Row> columns = malformed == null ? table : table.drop(malformed);
    return redact(table, ColumnClassifier.of(config).classify(columns, sampleRows));
  }

  /**
   * Redacts {@code table} with a plan given by the caller, one entry per column in order (the
   * malformed-row column aside).
   *
   * @throws IllegalArgumentException if the plan does not name the table's columns in order
   */
  public Redacted redact(Dataset<Row> table, List<TableReport.Column> plan) {
    StructField[] fields = (malformed == null ? table : table.drop(malformed)).schema().fields();
    if (plan.size() != fields.length) {
      throw new IllegalArgumentException(
          "the plan has " + plan.size() + " columns, the table " + fields.length);
    }
    Column[] prepared = new Column[fields.length];
    int[] actions = new int[fields.length];
    String[] types = new String[fields.length];
    boolean[] arrays = new boolean[fields.length];
    for (int i = 0; i < fields.length; i++) {
      StructField f = fields[i];
      TableReport.Column c = plan.get(i);
      if (!c.name().equals(f.name())) {
        throw new IllegalArgumentException(
            "plan column " + i + " is " + c.name() + ", the table's " + f.name());
      }
      Column col = functions.col("`" + f.name().replace("`", "``") + "`");
      arrays[i] = ColumnClassifier.isStringArray(f);
      if (c.action() == Action.KEEP || f.dataType() == DataTypes.StringType || arrays[i]) {
        prepared[i] = col;
      } else if (f.dataType() instanceof AtomicType) {
        prepared[i] = col.cast(DataTypes.StringType).as(f.name());
      } else {
        prepared[i] = functions.to_json(col).as(f.name());
      }
      actions[i] = c.action().ordinal();
      types[i] = c.type() == null ? null : c.type().name();
    }
    StructType output = table.select(prepared).schema();
    if (malformed != null) {
      Column[] withCheck = java.util.Arrays.copyOf(prepared, prepared.length + 2);
      withCheck[prepared.length] = functions.col("`" + malformed.replace("`", "``") + "`");
      withCheck[prepared.length + 1] = functions.input_file_name();
      prepared = withCheck;
    }
    Dataset<Row> input = table.select(prepared);
    TableCounts counts = new TableCounts();
    table.sparkSession().sparkContext().register(counts, "safeguard rows and findings");
    Dataset<Row> data =
        input.mapPartitions(
            new Partition(config, mode, actions, types, arrays, malformed != null, counts),
            Encoders.row(output));
    return new Redacted(data, List.copyOf(plan), counts);
  }

  /** Redacts one partition; carries the configuration, never keys. */
  @SuppressWarnings("ArrayRecordComponent") // a plan, never compared or hashed
  private record Partition(
      SafeguardSparkConfig config,
      RedactionMode mode,
      int[] actions,
      String[] types,
      boolean[] arrays,
      boolean checked,
      TableCounts counts)
      implements MapPartitionsFunction<Row, Row> {

    private static final long serialVersionUID = 1L;

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
      Redactor redactor = SafeguardRuntime.of(config).redactor(mode);
      TableReport.Counter counter = new TableReport.Counter();
      PhiType[] typed = new PhiType[types.length];
      for (int i = 0; i < types.length; i++) {
        typed[i] = types[i] == null ? null : PhiType.valueOf(types[i]);
      }
      return new Iterator<>() {
        private boolean added;

        @Override
        public boolean hasNext() {
          boolean more = rows.hasNext();
          if (!more && !added) {
            added = true;
            counts.add(counter);
          }
          return more;
        }

        private long seen;

        @Override
        public Row next() {
          Row row = rows.next();
          seen++;
          if (checked && !row.isNullAt(actions.length)) {
            throw new MalformedRowException(row.getString(actions.length + 1), seen);
          }
          Object[] values = new Object[actions.length];
          for (int i = 0; i < actions.length; i++) {
            values[i] =
                actions[i] == Action.KEEP.ordinal() || row.isNullAt(i)
                    ? row.get(i)
                    : arrays[i]
                        ? array(row.getList(i), typed[i])
                        : text(row.getString(i), typed[i]);
          }
          counter.row();
          return RowFactory.create(values);
        }

        private String text(String value, @Nullable PhiType type) {
          Redactor.Redaction r = redactor.redactField(type, value, null);
          counter.add(r);
          return r.text();
        }

        private Object array(List<String> values, @Nullable PhiType type) {
          List<String> out = new ArrayList<>(values.size());
          for (String v : values) {
            out.add(v == null ? null : text(v, type));
          }
          return CollectionConverters.asScala(out).toSeq();
        }
      };
    }
  }
}
