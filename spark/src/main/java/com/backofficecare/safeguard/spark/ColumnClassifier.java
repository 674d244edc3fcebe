package com.backofficecare.safeguard.spark;

import static java.util.Objects.requireNonNull;

import com.backofficecare.safeguard.core.PhiType;
import com.backofficecare.safeguard.core.record.FieldClassification;
import com.backofficecare.safeguard.core.record.FieldClassification.Source;
import com.backofficecare.safeguard.core.record.RecordClassifier;
import com.backofficecare.safeguard.core.redaction.TableReport;
import com.backofficecare.safeguard.core.redaction.TableReport.Action;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.AtomicType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;

/**
 * Decides how each column of a DataFrame is redacted, from its name and type and, for string
 * columns, a sample of its first rows ({@link RecordClassifier#classifyColumn}, the same rule as
 * the CLI's {@code redact-table}):
 *
 * <ul>
 *   <li>a string column, or an array of strings, named like an identifier, or whose sampled values
 *       are each one whole identifier of one type: {@code REPLACE} by that type's operator; any
 *       other: {@code SCAN};
 *   <li>a number, date, boolean or binary column named like an identifier ({@code age}, {@code
 *       dob}, {@code ssn}): {@code REPLACE}, as a string; otherwise {@code KEEP};
 *   <li>a struct, map or array of non-strings: written as JSON text, then {@code REPLACE} if named
 *       like an identifier, else {@code SCAN}.
 * </ul>
 */
public final class ColumnClassifier {

  private final SafeguardSparkConfig config;

  private ColumnClassifier(SafeguardSparkConfig config) {
    this.config = config;
  }

  public static ColumnClassifier of(SafeguardSparkConfig config) {
    return new ColumnClassifier(requireNonNull(config, "config"));
  }

  /**
   * Classifies every column of {@code table}, sampling its first {@code sampleRows} rows (0: names
   * alone). The sample is collected to the driver and scanned there.
   */
  public List<TableReport.Column> classify(Dataset<Row> table, int sampleRows) {
    requireNonNull(table, "table");
    if (sampleRows < 0) {
      throw new IllegalArgumentException("sampleRows must not be negative");
    }
    StructField[] fields = table.schema().fields();
    boolean anyText = false;
    for (StructField f : fields) {
      anyText |= f.dataType() == DataTypes.StringType;
    }
    List<Row> sample =
        sampleRows > 0 && anyText ? table.limit(sampleRows).collectAsList() : List.of();
    RecordClassifier classifier = SafeguardRuntime.of(config).classifier();
    List<TableReport.Column> out = new ArrayList<>(fields.length);
    for (int i = 0; i < fields.length; i++) {
      StructField f = fields[i];
      PhiType byName = RecordClassifier.typeOfFieldName(f.name());
      if (f.dataType() == DataTypes.StringType) {
        List<String> values = new ArrayList<>(sample.size());
        for (Row r : sample) {
          values.add(r.isNullAt(i) ? null : r.getString(i));
        }
        FieldClassification c = classifier.classifyColumn(f.name(), values);
        out.add(TableReport.Column.of(c));
      } else if (f.dataType() instanceof AtomicType) {
        out.add(
            byName == null
                ? new TableReport.Column(f.name(), null, Source.NONE, Action.KEEP)
                : new TableReport.Column(f.name(), byName, Source.FIELD_NAME, Action.REPLACE));
      } else {
        out.add(
            byName == null
                ? new TableReport.Column(f.name(), null, Source.NONE, Action.SCAN)
                : new TableReport.Column(f.name(), byName, Source.FIELD_NAME, Action.REPLACE));
      }
    }
    return out;
  }

  /** Whether a column of this type is redacted element by element, keeping its type. */
  static boolean isStringArray(StructField f) {
    return f.dataType() instanceof ArrayType a && a.elementType() == DataTypes.StringType;
  }
}
