package com.backofficecare.safeguard.spark;

import com.backofficecare.safeguard.core.PhiType;
import com.backofficecare.safeguard.core.redaction.RedactionMode;
import com.backofficecare.safeguard.core.redaction.Redactor;
import com.backofficecare.safeguard.core.redaction.TableReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Throughput of table redaction: the same rows (1 million by default) through the same plan on one
 * thread outside Spark, then through {@link DataFrameRedactor} on Spark local[1] and local[2]
 * reading Parquet, in several rounds (3 by default); prints rows/s and MB/s (UTF-8 bytes of the
 * string cells) for each run, and the best of each with the local[2] / one-thread ratio. Not a unit
 * test: run it by hand (README, "Spark").
 *
 * <p>Each measurement follows a warm-up run on a fifth of the rows. The one-thread baseline reads
 * rows from memory; Spark reads and decodes Parquet and writes to the no-op sink, so Spark's
 * figures include its own overhead.
 */
public final class SparkThroughput {

  private static final String[] FIRST = {
    "Ada",
    "Grace",
    "Alan",
    "Katherine",
    "Edsger",
    "Barbara",
    "Maria",
    "James",
    "Linh",
    "Oluwaseun",
    "Priya",
    "Mateo"
  };
  private static final String[] LAST = {
    "Lovelace",
    "Hopper",
    "Turing",
    "Johnson",
    "Dijkstra",
    "Liskov",
    "Lopez",
    "Okafor",
    "Nguyen",
    "Patel",
    "Garcia",
    "Kowalski"
  };
  private static final String[] NOTES = {
    "Client seen at home, vitals stable, no concerns reported by family today.",
    "Daughter %s called from %s about the Tuesday visit; asked for a later slot.",
    "Medication reminder given. SSN on file %s was verified with the payer.",
    "Aide %s arrived 10 minutes late due to traffic; client comfortable, ate lunch.",
    "Wound dressing changed, site clean and dry. Next visit scheduled as planned.",
    "Spoke with Dr. %s about the care plan; MRN %s updated in the chart.",
    "Client reports mild knee pain after walking, encouraged rest and fluids.",
    "Billing question forwarded to the office; member id %s, claim resubmitted."
  };

  private SparkThroughput() {}

  public static void main(String[] args) throws Exception {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    List<Row> data = rows(rows, new Random(42));
    StructType schema =
        new StructType()
            .add("client_id", DataTypes.StringType)
            .add("client_name", DataTypes.StringType)
            .add("visit_date", DataTypes.StringType)
            .add("units", DataTypes.IntegerType)
            .add("notes", DataTypes.StringType);
    long bytes = 0;
    for (Row r : data) {
      for (int i : new int[] {0, 1, 2, 4}) {
        bytes += r.getString(i).getBytes(StandardCharsets.UTF_8).length;
      }
    }
    Path dir = Files.createTempDirectory("safeguard-throughput");
    String parquet = dir.resolve("visits.parquet").toString();
    System.out.println("parquet: " + parquet);
    SparkSession spark = LocalSpark.start("local[2]");
    spark.createDataFrame(data, schema).repartition(8).write().parquet(parquet);
    List<TableReport.Column> plan =
        ColumnClassifier.of(SafeguardSparkConfig.standard())
            .classify(spark.read().parquet(parquet), 100);
    spark.stop();
    System.out.printf("%,d rows, %.1f MB of text, plan %s%n", rows, bytes / 1e6, plan);

    System.out.println("load average before: " + loadAverage());
    oneThread(data.subList(0, rows / 5), plan);
    double single = 0;
    double spark1 = 0;
    double spark2 = 0;
    for (int round = 1; round <= rounds; round++) {
      System.out.println("round " + round + " of " + rounds);
      single = Math.max(single, report("one thread, no Spark", rows, bytes, oneThread(data, plan)));
      spark1 = Math.max(spark1, sparkRun("local[1]", parquet, rows, bytes));
      spark2 = Math.max(spark2, sparkRun("local[2]", parquet, rows, bytes));
    }
    System.out.printf(
        "best of %d: one thread %,.0f rows/s, local[1] %,.0f, local[2] %,.0f rows/s;"
            + " local[2] / one thread %.2fx, local[2] / local[1] %.2fx%n",
        rounds, single, spark1, spark2, spark2 / single, spark2 / spark1);
    System.out.println("load average after: " + loadAverage());
  }

  /** The 1, 5 and 15 minute load averages (Linux), to tell a busy machine from a slow run. */
  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).strip();
    } catch (java.io.IOException e) {
      return "unknown";
    }
  }

  private static double sparkRun(String master, String parquet, int rows, long bytes) {
    SparkSession spark = LocalSpark.start(master);
    try {
      DataFrameRedactor redactor =
          DataFrameRedactor.of(SafeguardSparkConfig.standard(), RedactionMode.TAG);
      Dataset<Row> table = spark.read().parquet(parquet);
      redactor.redact(table.limit(rows / 5)).data().write().format("noop").mode("overwrite").save();
      lastCpu = cpuNanos();
      long start = System.nanoTime();
      DataFrameRedactor.Redacted out = redactor.redact(table);
      out.data().write().format("noop").mode("overwrite").save();
      long nanos = System.nanoTime() - start;
      if (out.report().rows() != rows) {
        throw new IllegalStateException("counted " + out.report().rows() + " rows");
      }
      return report("Spark " + master, rows, bytes, nanos);
    } finally {
      spark.stop();
    }
  }

  private static long oneThread(List<Row> data, List<TableReport.Column> plan) {
    Redactor redactor =
        SafeguardRuntime.of(SafeguardSparkConfig.standard()).redactor(RedactionMode.TAG);
    PhiType[] types = plan.stream().map(TableReport.Column::type).toArray(PhiType[]::new);
    lastCpu = cpuNanos();
    long start = System.nanoTime();
    long sink = 0;
    for (Row r : data) {
      for (int i : new int[] {0, 1, 2, 4}) {
        sink += redactor.redactField(types[i], r.getString(i), null).text().length();
      }
    }
    long nanos = System.nanoTime() - start;
    if (sink == 0) {
      throw new IllegalStateException("nothing redacted");
    }
    return nanos;
  }

  private static double report(String what, int rows, long bytes, long nanos) {
    double seconds = nanos / 1e9;
    long cpu = cpuNanos();
    System.out.printf(
        "%-22s %6.1f s  %,10.0f rows/s  %6.2f MB/s  (process CPU %.1f s)%n",
        what, seconds, rows / seconds, bytes / 1e6 / seconds, (cpu - lastCpu) / 1e9);
    return rows / seconds;
  }

  /**
   * This JVM's CPU time when the measured run started: the CPU a run used tells, on a shared
   * machine, how many cores it really had, whatever else was running.
   */
  private static long lastCpu;

  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static List<Row> rows(int n, Random random) {
    List<Row> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
      String note =
          String.format(
              NOTES[random.nextInt(NOTES.length)],
              FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)],
              String.format("469-%03d-%04d", 200 + random.nextInt(700), random.nextInt(10000)),
              String.format("%08d", random.nextInt(100_000_000)));
      out.add(
          RowFactory.create(
              String.format("C%07d", i % 50_000),
              name,
              String.format("2024-%02d-%02d", 1 + random.nextInt(12), 1 + random.nextInt(28)),
              random.nextInt(8),
              note));
    }
    return out;
  }
}
