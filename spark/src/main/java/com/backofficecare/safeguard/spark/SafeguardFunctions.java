package com.backofficecare.safeguard.spark;

import static java.util.Objects.requireNonNull;

import com.backofficecare.safeguard.core.detection.Finding;
import com.backofficecare.safeguard.core.redaction.RedactionMode;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The SQL and DataFrame functions:
 *
 * <ul>
 *   <li>{@code safeguard_scan(text)}: the findings in a text, an array of {@code struct<type:
 *       string, start: int, end: int, confidence: double>}, never the values (offsets are Java
 *       string indices, end exclusive; null for null text);
 *   <li>{@code safeguard_redact(text, mode)}: the text with its findings replaced, mode one of
 *       {@code tag}, {@code mask}, {@code pseudonym}, {@code surrogate}, {@code safe-harbor}.
 * </ul>
 *
 * <pre>{@code
 * SafeguardFunctions fns = SafeguardFunctions.of(SafeguardSparkConfig.standard());
 * fns.register(spark);   // SELECT safeguard_redact(notes, 'mask') FROM visits
 * df.select(fns.scan(col("notes")), fns.redact(col("notes"), "tag"));
 * }</pre>
 */
public final class SafeguardFunctions {

  /** The element type of {@code safeguard_scan}'s array. */
  public static final StructType FINDING =
      new StructType()
          .add("type", DataTypes.StringType, false)
          .add("start", DataTypes.IntegerType, false)
          .add("end", DataTypes.IntegerType, false)
          .add("confidence", DataTypes.DoubleType, false);

  private static final DataType FINDINGS = DataTypes.createArrayType(FINDING, false);

  private final UserDefinedFunction scan;
  private final UserDefinedFunction redact;

  private SafeguardFunctions(SafeguardSparkConfig config) {
    this.scan = functions.udf(scanner(config), FINDINGS).withName("safeguard_scan");
    this.redact =
        functions.udf(redacter(config), DataTypes.StringType).withName("safeguard_redact");
  }

  /** The functions for {@code config}; only the configuration travels to the executors. */
  public static SafeguardFunctions of(SafeguardSparkConfig config) {
    return new SafeguardFunctions(requireNonNull(config, "config"));
  }

  /** Registers {@code safeguard_scan} and {@code safeguard_redact} for SQL in {@code spark}. */
  public SafeguardFunctions register(SparkSession spark) {
    spark.udf().register("safeguard_scan", scan);
    spark.udf().register("safeguard_redact", redact);
    return this;
  }

  /** {@code safeguard_scan(text)} as a column. */
  public Column scan(Column text) {
    return scan.apply(text);
  }

  /** {@code safeguard_redact(text, mode)} as a column. */
  public Column redact(Column text, String mode) {
    RedactionMode.parse(mode); // refused here, on the driver, rather than in every task
    return redact.apply(text, functions.lit(mode));
  }

  private static UDF1<String, List<Row>> scanner(SafeguardSparkConfig config) {
    return text -> {
      if (text == null) {
        return null;
      }
      List<Finding> findings = SafeguardRuntime.of(config).detector().detect(text);
      List<Row> rows = new ArrayList<>(findings.size());
      for (Finding f : findings) {
        rows.add(
            RowFactory.create(
                f.type().name(), f.start(), f.end(), Math.round(f.confidence() * 1000) / 1000.0));
      }
      return rows;
    };
  }

  private static UDF2<String, String, String> redacter(SafeguardSparkConfig config) {
    return (text, mode) ->
        text == null
            ? null
            : SafeguardRuntime.of(config).redactor(RedactionMode.parse(mode)).redact(text).text();
  }
}
