package com.backofficecare.safeguard.spark;

import static java.util.Objects.requireNonNull;

import com.backofficecare.safeguard.core.redaction.RedactionMode;
import com.backofficecare.safeguard.core.redaction.TableReport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Redacts a table from a source path to a destination path and writes a JSON report beside it: the
 * spark-submit entry point.
 *
 * <pre>
 * spark-submit --class com.backofficecare.safeguard.spark.RedactTableJob safeguard-spark.jar \
 *   --source s3a://in/visits --dest s3a://out/visits --format parquet --mode mask \
 *   --report s3a://out/visits.report.json
 * </pre>
 *
 * <p>Options: {@code --source}, {@code --dest}, {@code --report} (required); {@code --format}
 * parquet, csv or json (JSON lines; default parquet), {@code --output-format} (default: the
 * input's), {@code --mode} (default tag), {@code --sample-rows} (default 100), {@code --profile},
 * {@code --min-confidence}, and for pseudonyms {@code --agency}, {@code --key-store}, {@code
 * --pseudonym-key} and {@code --passphrase-env} (default {@code SAFEGUARD_PASSPHRASE}). CSV has a
 * header row and RFC 4180 quoting. A malformed CSV or JSON row (ragged, an unclosed quote, a line
 * that is not an object) fails the job with {@link MalformedRowException}, which names the file,
 * never the row; Spark's CSV reader is more lenient than {@code redact-table} about a stray quote
 * inside a field or text after a closing quote, which it reads as text. The destination must not
 * exist.
 */
public final class RedactTableJob {

  private static final Set<String> OPTIONS =
      Set.of(
          "--source",
          "--dest",
          "--report",
          "--format",
          "--output-format",
          "--mode",
          "--sample-rows",
          "--profile",
          "--min-confidence",
          "--agency",
          "--key-store",
          "--pseudonym-key",
          "--passphrase-env");
  private static final Set<String> FORMATS = Set.of("parquet", "csv", "json");

  /** The column that collects malformed CSV and JSON rows while reading. */
  private static final String MALFORMED = "_safeguard_malformed";

  private RedactTableJob() {}

  /** Exit status 0 done, 2 usage, 1 the job failed (the message names no value). */
  public static void main(String[] args) {
    try {
      parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("safeguard: " + e.getMessage());
      System.exit(2);
    }
    SparkSession spark = SparkSession.builder().appName("safeguard redact-table").getOrCreate();
    int status;
    try {
      status = exec(spark, args, System.out, System.err);
    } finally {
      spark.stop();
    }
    System.exit(status);
  }

  /**
   * Runs the job and returns its exit status: 0 with the report on {@code out}, 2 for a usage
   * error, 1 for a failed job. Messages name the failure, never a value: Spark's own messages can
   * quote a malformed row, so they are not repeated.
   */
  static int exec(SparkSession spark, String[] args, PrintStream out, PrintStream err) {
    try {
      out.println(run(spark, parse(args)).toJson());
      return 0;
    } catch (IllegalArgumentException e) {
      err.println("safeguard: " + e.getMessage());
      return 2;
    } catch (Exception e) {
      err.println(
          "safeguard: the job failed ("
              + e.getClass().getSimpleName()
              + "); the driver log names the stage that failed");
      return 1;
    }
  }

  /**
   * Runs the job on {@code spark} with parsed options and returns its report (also written to
   * {@code --report}).
   *
   * @throws IllegalArgumentException if an option is missing or malformed
   */
  public static TableReport run(SparkSession spark, Map<String, String> options)
      throws IOException {
    String source = required(options, "--source");
    String dest = required(options, "--dest");
    String reportPath = required(options, "--report");
    String format = format(options.getOrDefault("--format", "parquet"));
    String outputFormat = format(options.getOrDefault("--output-format", format));
    RedactionMode mode = RedactionMode.parse(options.getOrDefault("--mode", "tag"));
    int sampleRows = integer(options.getOrDefault("--sample-rows", "100"), "--sample-rows");
    SafeguardSparkConfig config = config(options);
    if (mode.needsKey() && !config.hasKeys()) {
      throw new IllegalArgumentException(
          "the pseudonym mode needs --agency, --key-store and --pseudonym-key");
    }
    DataFrameRedactor redactor = DataFrameRedactor.of(config, mode).sampleRows(sampleRows);
    Dataset<Row> table;
    if (format.equals("parquet")) {
      table = spark.read().parquet(source);
    } else {
      // PERMISSIVE with a column for malformed rows, checked by the redactor: Spark's FAILFAST
      // would quote the row in its logs.
      StructType inferred =
          reader(spark, format)
              .option("columnNameOfCorruptRecord", MALFORMED)
              .load(source)
              .schema();
      StructType schema = new StructType();
      for (StructField f : inferred.fields()) {
        schema = f.name().equals(MALFORMED) ? schema : schema.add(f);
      }
      table =
          reader(spark, format)
              .schema(schema.add(MALFORMED, DataTypes.StringType))
              .option("mode", "PERMISSIVE")
              .option("columnNameOfCorruptRecord", MALFORMED)
              .load(source);
      redactor = redactor.failOnMalformed(MALFORMED);
    }
    DataFrameRedactor.Redacted out = redactor.redact(table);
    writer(out.data(), outputFormat).save(dest);
    TableReport report = out.report();
    Path path = new Path(reportPath);
    FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
    try (OutputStream o = fs.create(path, false)) {
      o.write((report.toJson() + "\n").getBytes(StandardCharsets.UTF_8));
    }
    return report;
  }

  /** Parses {@code --name value} pairs. */
  static Map<String, String> parse(String... args) {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i += 2) {
      if (!OPTIONS.contains(args[i])) {
        throw new IllegalArgumentException(
            "unknown option "
                + args[i]
                + "; options: "
                + String.join(" ", OPTIONS.stream().sorted().toList()));
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(args[i] + " needs a value");
      }
      if (options.put(args[i], args[i + 1]) != null) {
        throw new IllegalArgumentException(args[i] + " given twice");
      }
    }
    return options;
  }

  private static SafeguardSparkConfig config(Map<String, String> options) {
    SafeguardSparkConfig.Builder b = SafeguardSparkConfig.builder();
    if (options.containsKey("--profile")) {
      b.profile(options.get("--profile"));
    }
    if (options.containsKey("--min-confidence")) {
      try {
        b.minimumConfidence(Double.parseDouble(options.get("--min-confidence")));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("--min-confidence must be a number");
      }
    }
    String agency = options.get("--agency");
    String keyStore = options.get("--key-store");
    String pseudonymKey = options.get("--pseudonym-key");
    if (agency != null && keyStore != null && pseudonymKey != null) {
      b.keys(agency, keyStore, pseudonymKey);
    } else if (agency != null || keyStore != null || pseudonymKey != null) {
      throw new IllegalArgumentException("--agency, --key-store and --pseudonym-key go together");
    }
    if (options.containsKey("--passphrase-env")) {
      b.passphraseEnv(options.get("--passphrase-env"));
    }
    return b.build();
  }

  private static DataFrameReader reader(SparkSession spark, String format) {
    DataFrameReader r = spark.read().format(format);
    return format.equals("csv")
        ? r.option("header", "true").option("escape", "\"").option("multiLine", "true")
        : r;
  }

  private static DataFrameWriter<Row> writer(Dataset<Row> data, String format) {
    DataFrameWriter<Row> w = data.write().mode(SaveMode.ErrorIfExists).format(format);
    if (format.equals("csv")) {
      w =
          w.option("header", "true")
              .option("escape", "\"")
              .option("ignoreLeadingWhiteSpace", "false")
              .option("ignoreTrailingWhiteSpace", "false");
    }
    return w;
  }

  private static String required(Map<String, String> options, String name) {
    String v = options.get(name);
    if (v == null) {
      throw new IllegalArgumentException(name + " is required");
    }
    return v;
  }

  private static String format(String name) {
    String f = requireNonNull(name).toLowerCase(Locale.ROOT);
    if (!FORMATS.contains(f)) {
      throw new IllegalArgumentException("--format must be parquet, csv or json");
    }
    return f;
  }

  private static int integer(String value, String name) {
    try {
      int n = Integer.parseInt(value);
      if (n < 0) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number, 0 or more");
    }
  }
}
