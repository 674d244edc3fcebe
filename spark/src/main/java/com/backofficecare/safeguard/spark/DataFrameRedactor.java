package com.backofficecare.safeguard.spark;

import static java.util.Objects.requireNonNull;

import com.backofficecare.safeguard.core.PhiType;
import com.backofficecare.safeguard.core.redaction.RedactionMode;
import com.backofficecare.safeguard.core.redaction.Redactor;
import com.backofficecare.safeguard.core.redaction.TableReport;
import com.backofficecare.safeguard.core.redaction.TableReport.Action;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF0;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.AtomicType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
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
 * <p>The plan is decided on the driver. Each redacted column is a user-defined function of that
 * column alone, so Spark's generated code reads and writes only those values (no conversion of
 * whole rows); each task looks up its executor's runtime once. The output schema is the input's,
 * except that non-string columns replaced as identifiers, and structs and maps, become strings.
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
   *     the rows again. Findings are counted in the columns the action computes: after {@code
   *     data().count()}, which computes none, only the rows
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
    Action[] actions = new Action[fields.length];
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
      actions[i] = c.action();
      types[i] = c.type() == null ? null : c.type().name();
    }
    TableCounts counts = new TableCounts();
    table.sparkSession().sparkContext().register(counts, "safeguard rows and findings");
    Column[] redacted = new Column[fields.length];
    for (int i = 0; i < fields.length; i++) {
      if (actions[i] == Action.KEEP) {
        redacted[i] = prepared[i];
      } else {
        Values values = new Values(config, mode, types[i], counts);
        UserDefinedFunction udf =
            arrays[i]
                ? functions.udf(values.arrays(), DataTypes.createArrayType(DataTypes.StringType))
                : functions.udf(values, DataTypes.StringType);
        redacted[i] = udf.apply(prepared[i]).as(fields[i].name());
      }
    }
    Dataset<Row> counted =
        malformed == null
            ? table.filter(
                functions.udf(new Rows(counts), DataTypes.BooleanType).asNondeterministic().apply())
            : table.filter(
                functions
                    .udf(new CheckedRows(counts), DataTypes.BooleanType)
                    .asNondeterministic()
                    .apply(
                        functions.col("`" + malformed.replace("`", "``") + "`"),
                        functions.input_file_name()));
    return new Redacted(counted.select(redacted), List.copyOf(plan), counts);
  }

  /**
   * Counts the rows of one task, as a filter that keeps them all; Spark deserializes one per task.
   */
  private static final class Rows implements UDF0<Boolean> {
    private static final long serialVersionUID = 1L;
    private final TableCounts counts;

    Rows(TableCounts counts) {
      this.counts = counts;
    }

    @Override
    public Boolean call() {
      counts.row();
      return true;
    }
  }

  /** Counts the rows of one task and fails on the first malformed one, never quoting it. */
  private static final class CheckedRows implements UDF2<String, String, Boolean> {
    private static final long serialVersionUID = 1L;
    private final TableCounts counts;
    private long seen;

    CheckedRows(TableCounts counts) {
      this.counts = counts;
    }

    @Override
    public Boolean call(@Nullable String corrupt, String file) {
      seen++;
      if (corrupt != null) {
        throw new MalformedRowException(file, seen);
      }
      counts.row();
      return true;
    }
  }

  /**
   * Redacts one column's values, each through its executor's redactor; carries the configuration,
   * never keys.
   */
  private static final class Values implements UDF1<String, String> {
    private static final long serialVersionUID = 1L;
    private final SafeguardSparkConfig config;
    private final RedactionMode mode;
    private final @Nullable String type;
    private final TableCounts counts;
    private transient @Nullable Redactor redactor;
    private transient @Nullable PhiType typed;

    Values(
        SafeguardSparkConfig config,
        RedactionMode mode,
        @Nullable String type,
        TableCounts counts) {
      this.config = config;
      this.mode = mode;
      this.type = type;
      this.counts = counts;
    }

    @Override
    public @Nullable String call(@Nullable String value) {
      if (value == null) {
        return null;
      }
      Redactor r = redactor;
      if (r == null) {
        r = SafeguardRuntime.of(config).redactor(mode);
        redactor = r;
        typed = type == null ? null : PhiType.valueOf(type);
      }
      Redactor.Redaction out = r.redactField(typed, value, null);
      counts.found(out);
      return out.text();
    }

    /** The same redaction over each element of an array of strings. */
    UDF1<scala.collection.Seq<String>, scala.collection.Seq<String>> arrays() {
      return values -> {
        if (values == null) {
          return null;
        }
        List<@Nullable String> out = new ArrayList<>(values.size());
        for (String v : CollectionConverters.asJava(values)) {
          out.add(call(v));
        }
        return CollectionConverters.asScala(out).toSeq();
      };
    }
  }
}
