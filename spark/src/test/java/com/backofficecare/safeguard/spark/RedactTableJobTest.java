package com.backofficecare.safeguard.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.backofficecare.safeguard.core.AgencyId;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spark-submit job, run through its entry point on a real local[2] Spark. */
class RedactTableJobTest {

  private static SparkSession spark;

  @TempDir Path dir;

  @BeforeAll
  static void start() {
    spark = LocalSpark.start("local[2]");
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  record Run(int exit, String out, String err) {}

  private static Run job(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        RedactTableJob.exec(
            spark,
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  @Tag("POL-3.2")
  void aParquetTableIsRedactedWithAReport() throws Exception {
    String source = dir.resolve("in").toString();
    spark
        .sql(
            "SELECT * FROM VALUES ('Ada Lovelace', '123-45-6789', 93, 'Seen, call 469-510-2188'),"
                + " ('Grace Hopper', '987-65-4321', 45, 'fine') AS t(client_name, ssn, age, notes)")
        .write()
        .parquet(source);
    Path report = dir.resolve("report.json");
    Run r =
        job(
            "--source",
            source,
            "--dest",
            dir.resolve("out").toString(),
            "--report",
            report.toString(),
            "--mode",
            "mask");
    assertThat(r.exit()).as(r.err()).isZero();
    List<Row> rows =
        spark.read().parquet(dir.resolve("out").toString()).orderBy("age").collectAsList();
    assertThat(rows.get(0).toString()).isEqualTo("[[NAME],***-**-4321,45,fine]");
    assertThat(rows.get(1).toString())
        .isEqualTo("[[NAME],***-**-6789,[AGE_OVER_89],Seen, call [PHONE]]");
    assertThat(Files.readString(report))
        .isEqualTo(r.out())
        .startsWith(
            "{\"rows\":2,\"findings\":{\"NAME\":2,\"PHONE\":1,\"SSN\":2,\"AGE_OVER_89\":1},");
  }

  @Test
  void pseudonymsNeedKeysAndUseThem() throws Exception {
    String source = dir.resolve("in.json").toString();
    Files.writeString(Path.of(source), "{\"client_name\":\"Ada Lovelace\"}\n");
    Run noKeys =
        job(
            "--source",
            source,
            "--format",
            "json",
            "--dest",
            dir.resolve("o1").toString(),
            "--report",
            dir.resolve("r1").toString(),
            "--mode",
            "pseudonym");
    assertThat(noKeys.exit()).isEqualTo(2);
    assertThat(noKeys.err()).contains("--key-store");
    String wrapped = LocalSpark.keyStore(dir.resolve("ks.sgks"), AgencyId.of("sunrise"));
    Run r =
        job(
            "--source",
            source,
            "--format",
            "json",
            "--dest",
            dir.resolve("o2").toString(),
            "--report",
            dir.resolve("r2").toString(),
            "--mode",
            "pseudonym",
            "--agency",
            "sunrise",
            "--key-store",
            dir.resolve("ks.sgks").toString(),
            "--pseudonym-key",
            wrapped,
            "--passphrase-env",
            LocalSpark.PASSPHRASE_ENV);
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(spark.read().json(dir.resolve("o2").toString()).first().getString(0))
        .matches("NAME_[0-9a-f]{12}");
  }

  @Test
  @Tag("POL-9.1")
  void aRaggedCsvRowFailsTheJobWithoutEchoingIt() throws Exception {
    StringBuilder logged = new StringBuilder();
    org.apache.logging.log4j.core.LoggerContext context =
        (org.apache.logging.log4j.core.LoggerContext)
            org.apache.logging.log4j.LogManager.getContext(false);
    var appender =
        new org.apache.logging.log4j.core.appender.AbstractAppender(
            "capture",
            null,
            null,
            true,
            org.apache.logging.log4j.core.config.Property.EMPTY_ARRAY) {
          @Override
          public void append(org.apache.logging.log4j.core.LogEvent event) {
            logged.append(event.getMessage().getFormattedMessage()).append('\n');
            if (event.getThrown() != null) {
              for (Throwable t = event.getThrown(); t != null; t = t.getCause()) {
                logged.append(t).append('\n');
              }
            }
          }
        };
    appender.start();
    context
        .getConfiguration()
        .getRootLogger()
        .addAppender(appender, org.apache.logging.log4j.Level.WARN, null);
    context.updateLoggers();
    Path csv =
        Files.writeString(
            dir.resolve("t.csv"),
            "client_name,ssn\nAda Lovelace,123-45-6789\nGrace Hopper,987-65-4321,extra\n");
    Run r =
        job(
            "--source",
            csv.toString(),
            "--format",
            "csv",
            "--dest",
            dir.resolve("out").toString(),
            "--report",
            dir.resolve("r.json").toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("the job failed");
    assertThat(r.err().replace(dir.toString(), "<dir>")).doesNotContain("Hopper", "4321");
    assertThat(logged.toString()).contains("a malformed row in file:").contains("t.csv (row 2");
    // The temporary directory's name and Spark's job ids may hold any digits: look for the SSN's.
    assertThat(logged.toString()).doesNotContain("Hopper", "65-4321", "654321");
    context.getConfiguration().getRootLogger().removeAppender("capture");
    context.updateLoggers();
  }

  @Test
  void aJsonLineThatIsNoObjectFailsTheJobToo() throws Exception {
    Path json =
        Files.writeString(
            dir.resolve("t.json"), "{\"client_name\":\"Ada Lovelace\"}\n[\"Grace Hopper\"]\n");
    Run r =
        job(
            "--source",
            json.toString(),
            "--format",
            "json",
            "--dest",
            dir.resolve("out").toString(),
            "--report",
            dir.resolve("r.json").toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).doesNotContain("Hopper");
  }

  @Test
  void aMistypedOptionIsAUsageError() {
    Run r = job("--sourec", "x");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("unknown option --sourec");
  }
}
