package com.backofficecare.safeguard.spark;

import static org.apache.spark.sql.functions.col;

import com.backofficecare.safeguard.core.redaction.RedactionMode;
import com.backofficecare.safeguard.core.redaction.TableReport;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * README's Spark blocks, in context: each region between START and END markers is a README block,
 * word for word ({@code ReadmeSnippetsTest} in examples checks both ways).
 */
final class ReadmeSparkSnippets {

  private ReadmeSparkSnippets() {}

  static Dataset<Row> functions(SafeguardSparkConfig config, SparkSession spark, Dataset<Row> df) {
    // [START spark-functions]
    SafeguardFunctions fns = SafeguardFunctions.of(config).register(spark);
    df.select(fns.redact(col("notes"), "tag"), fns.scan(col("notes")));
    // [END spark-functions]
    return df;
  }

  static TableReport table(SafeguardSparkConfig config, Dataset<Row> df) {
    // [START spark-table]
    DataFrameRedactor.Redacted out = DataFrameRedactor.of(config, RedactionMode.MASK).redact(df);
    out.data().write().parquet("s3a://warehouse/redacted/visits");
    TableReport report = out.report();   // after that one action: rows, findings by type, columns
    // [END spark-table]
    return report;
  }
}
