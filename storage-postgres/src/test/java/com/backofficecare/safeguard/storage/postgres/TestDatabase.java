package com.backofficecare.safeguard.storage.postgres;

import com.backofficecare.safeguard.storage.ServerFixtures;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** The PostgreSQL server that {@code .ci/services} started, as a DataSource. */
final class TestDatabase {

  static final String SCHEMA = "safeguard_test";

  private TestDatabase() {}

  static String url() {
    return ServerFixtures.require("SAFEGUARD_PG_URL");
  }

  static DataSource dataSource() {
    return dataSource(url());
  }

  static DataSource dataSource(String url) {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setUrl(url);
    return ds;
  }

  static PostgresBlobStore store() {
    return PostgresBlobStore.builder(dataSource()).schema(SCHEMA).build();
  }
}
