package com.backofficecare.safeguard.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.backofficecare.safeguard.core.AgencyId;
import com.backofficecare.safeguard.core.PhiType;
import com.backofficecare.safeguard.core.record.FieldClassification.Source;
import com.backofficecare.safeguard.core.redaction.RedactionMode;
import com.backofficecare.safeguard.core.redaction.TableReport;
import com.backofficecare.safeguard.core.redaction.TableReport.Action;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole DataFrames redacted by column on a real local[2] Spark. */
class DataFrameRedactorTest {

  private static SparkSession spark;
  private static Dataset<Row> visits;

  @BeforeAll
  static void start() {
    spark = LocalSpark.start("local[2]");
    StructType schema =
        new StructType()
            .add("client_name", DataTypes.StringType)
            .add("reach_at", DataTypes.StringType)
            .add("age", DataTypes.IntegerType)
            .add("units", DataTypes.IntegerType)
            .add("notes", DataTypes.StringType)
            .add("aliases", DataTypes.createArrayType(DataTypes.StringType))
            .add("address", new StructType().add("street", DataTypes.StringType));
    String[] phones = {
      "469-510-2188", "(212) 555-0142", "214.555.0199", "972-555-0117", "817 555 0123"
    };
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      rows.add(
          RowFactory.create(
              i % 2 == 0 ? "Ada Lovelace" : "Grace Hopper",
              phones[i % 5],
              i % 3 == 0 ? 93 : 45,
              i,
              i == 0 ? "Seen at home, SSN 123-45-6789" : "no change",
              scala.jdk.javaapi.CollectionConverters.asScala(List.of("Ada L.")).toSeq(),
              RowFactory.create("12 Elm Street")));
    }
    visits = spark.createDataFrame(rows, schema).repartition(4);
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void columnsAreClassifiedByNameTypeAndSample() {
    List<TableReport.Column> plan =
        ColumnClassifier.of(SafeguardSparkConfig.standard()).classify(visits, 100);
    assertThat(plan)
        .containsExactly(
            new TableReport.Column("client_name", PhiType.NAME, Source.FIELD_NAME, Action.REPLACE),
            new TableReport.Column("reach_at", PhiType.PHONE, Source.VALUE, Action.REPLACE),
            new TableReport.Column("age", PhiType.AGE_OVER_89, Source.FIELD_NAME, Action.REPLACE),
            new TableReport.Column("units", null, Source.NONE, Action.KEEP),
            new TableReport.Column("notes", null, Source.NONE, Action.SCAN),
            new TableReport.Column("aliases", null, Source.NONE, Action.SCAN),
            new TableReport.Column("address", PhiType.ADDRESS, Source.FIELD_NAME, Action.REPLACE));
  }

  @Test
  @Tag("POL-3.2")
  void everyColumnIsRedactedByItsPlanAndCounted() {
    DataFrameRedactor.Redacted out =
        DataFrameRedactor.of(SafeguardSparkConfig.standard(), RedactionMode.SAFE_HARBOR)
            .redact(visits);
    List<Row> rows = new ArrayList<>(out.data().collectAsList()); // one action: counted once
    rows.sort(java.util.Comparator.comparingInt(r -> r.getInt(3)));
    assertThat(out.data().schema().apply("age").dataType()).isEqualTo(DataTypes.StringType);
    assertThat(out.data().schema().apply("units").dataType()).isEqualTo(DataTypes.IntegerType);
    Row first = rows.get(0);
    assertThat(first.getString(0)).isEqualTo("[NAME]");
    assertThat(first.getString(1)).isEqualTo("[PHONE]");
    assertThat(first.getString(2)).isEqualTo("90+");
    assertThat(rows.get(1).getString(2)).isEqualTo("45");
    assertThat(first.getString(4)).isEqualTo("Seen at home, SSN [SSN]");
    assertThat(first.<String>getList(5)).containsExactly("[NAME]");
    assertThat(first.getString(6)).isEqualTo("[ADDRESS]");
    TableReport report = out.report();
    assertThat(report.rows()).isEqualTo(10);
    assertThat(report.findings())
        .containsEntry(PhiType.SSN, 1L)
        .containsEntry(PhiType.PHONE, 10L)
        .containsEntry(PhiType.AGE_OVER_89, 4L)
        .containsEntry(PhiType.ADDRESS, 10L);
  }

  @Test
  @Tag("POL-3.2")
  void pseudonymsAgreeAcrossPartitionsSoRedactedTablesStillJoin(@TempDir Path dir) {
    AgencyId agency = AgencyId.of("sunrise");
    String wrapped = LocalSpark.keyStore(dir.resolve("keys.sgks"), agency);
    SafeguardSparkConfig config =
        SafeguardSparkConfig.builder()
            .keys(agency.value(), dir.resolve("keys.sgks").toString(), wrapped)
            .passphraseEnv(LocalSpark.PASSPHRASE_ENV)
            .build();
    DataFrameRedactor pseudonyms = DataFrameRedactor.of(config, RedactionMode.PSEUDONYM);
    Dataset<Row> left = pseudonyms.redact(visits.select("client_name", "units")).data();
    Dataset<Row> claims =
        spark
            .sql(
                "SELECT * FROM VALUES ('Ada Lovelace', 120.0),"
                    + " ('Grace Hopper', 80.0), ('Alan Turing', 10.0) AS t(client_name, amount)")
            .repartition(3);
    Dataset<Row> right = pseudonyms.redact(claims).data();
    List<Row> joined = left.join(right, "client_name").collectAsList();
    assertThat(joined).hasSize(10);
    assertThat(joined).allSatisfy(r -> assertThat(r.getString(0)).matches("NAME_[0-9a-f]{12}"));
    assertThat(left.select("client_name").distinct().count()).isEqualTo(2);
    assertThat(joined.toString()).doesNotContain("Lovelace", "Hopper");
  }

  @Test
  void aPlanGivenByTheCallerIsFollowed() {
    Dataset<Row> notes = visits.select("notes", "units");
    DataFrameRedactor.Redacted out =
        DataFrameRedactor.of(SafeguardSparkConfig.standard(), RedactionMode.TAG)
            .redact(
                notes,
                List.of(
                    new TableReport.Column("notes", PhiType.MRN, Source.ANNOTATION, Action.REPLACE),
                    new TableReport.Column("units", null, Source.NONE, Action.KEEP)));
    assertThat(out.data().select("notes").distinct().collectAsList())
        .extracting(r -> r.getString(0))
        .containsExactly("[MRN]");
    assertThat(Map.of("rows", out.data().count())).containsEntry("rows", 10L);
  }
}
