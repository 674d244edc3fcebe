package com.backofficecare.safeguard.spark;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** {@code safeguard_scan} and {@code safeguard_redact} on a real local[2] Spark. */
class SafeguardFunctionsTest {

  private static SparkSession spark;
  private static SafeguardFunctions fns;

  @BeforeAll
  static void start() {
    spark = LocalSpark.start("local[2]");
    fns = SafeguardFunctions.of(SafeguardSparkConfig.standard()).register(spark);
    spark
        .createDataset(
            List.of("Client: Ada Lovelace, SSN 123-45-6789", "nothing here"), Encoders.STRING())
        .toDF("notes")
        .createOrReplaceTempView("visits");
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void scanReturnsTypesAndOffsetsNeverValuesFromSql() {
    List<Row> rows = spark.sql("SELECT safeguard_scan(notes) AS f FROM visits").collectAsList();
    List<Row> first = rows.get(0).getList(0);
    assertThat(first).extracting(r -> r.getString(0)).containsExactly("NAME", "SSN");
    assertThat(first.get(1).getInt(1)).isEqualTo(26);
    assertThat(first.get(1).getInt(2)).isEqualTo(37);
    assertThat(first.get(1).schema().fieldNames())
        .containsExactly("type", "start", "end", "confidence");
    assertThat(rows.get(1).getList(0)).isEmpty();
    assertThat(rows.toString()).doesNotContain("Lovelace", "6789");
  }

  @Test
  @Tag("POL-3.2")
  void redactFromSqlAndFromTheDataFrameApiAgree() {
    List<String> sql =
        spark
            .sql("SELECT safeguard_redact(notes, 'mask') FROM visits")
            .as(Encoders.STRING())
            .collectAsList();
    List<String> api =
        spark
            .table("visits")
            .select(fns.redact(col("notes"), "mask"))
            .as(Encoders.STRING())
            .collectAsList();
    assertThat(sql)
        .isEqualTo(api)
        .containsExactly("Client: [NAME], SSN ***-**-6789", "nothing here");
  }

  @Test
  void nullsStayNullAndAnUnknownModeIsRefusedOnTheDriver() {
    Dataset<Row> nulls = spark.sql("SELECT CAST(NULL AS STRING) AS notes");
    assertThat(
            nulls.select(fns.scan(col("notes")), fns.redact(col("notes"), "tag")).first().anyNull())
        .isTrue();
    assertThatThrownBy(() -> fns.redact(col("notes"), "blackout"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theConfigurationSentToExecutorsHoldsNoPassphraseOrKeyBytes() throws Exception {
    SafeguardSparkConfig config =
        SafeguardSparkConfig.builder()
            .keys("sunrise", "/keys/ks.sgks", "sunrise/k1;00112233445566778899aabbccddeeff;AAAA")
            .passphraseEnv("SAFEGUARD_PASSPHRASE")
            .build();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(config);
    }
    String serialized = bytes.toString(StandardCharsets.ISO_8859_1);
    assertThat(serialized).contains("SAFEGUARD_PASSPHRASE").contains("/keys/ks.sgks");
    assertThat(config.toString()).doesNotContain("AAAA");
  }
}
