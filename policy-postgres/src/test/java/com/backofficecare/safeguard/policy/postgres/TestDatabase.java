package com.backofficecare.safeguard.policy.postgres;

import com.backofficecare.safeguard.storage.ServerFixtures;
import org.postgresql.ds.PGSimpleDataSource;

/** The PostgreSQL server that {@code .ci/services} started, and a fresh schema per use. */
final class TestDatabase {

  private TestDatabase() {}

  static String url() {
    return ServerFixtures.require("SAFEGUARD_PG_URL");
  }

  static PGSimpleDataSource dataSource() {
    return dataSource(url());
  }

  static PGSimpleDataSource dataSource(String url) {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setUrl(url);
    return ds;
  }

  /** A schema name no test used before. */
  static String freshSchema(String prefix) {
    return prefix + "_" + Long.toHexString(System.nanoTime());
  }
}
