package com.backofficecare.safeguard.storage.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The schema, as numbered migrations applied once each, in order, under a transaction-scoped
 * advisory lock so that instances starting together do not race. Append new migrations; never edit
 * an applied one.
 */
final class Migrations {

  private static final long LOCK = 0x5a6e_5f73_746f_7265L; // "Zn_store"

  private Migrations() {}

  static List<String> all(String schema) {
    String s = schema + ".";
    return List.of(
        // 1: blobs, their chunks, and the generation counter that keeps concurrent puts apart
        "create table "
            + s
            + "safeguard_blob ("
            + " key text collate \"C\" primary key,"
            + " generation bigint not null,"
            + " size bigint not null,"
            + " chunk_size integer not null,"
            + " modified timestamptz not null);"
            + "create table "
            + s
            + "safeguard_blob_chunk ("
            + " key text collate \"C\" not null,"
            + " generation bigint not null,"
            + " seq integer not null,"
            + " data bytea not null,"
            + " primary key (key, generation, seq));"
            + "create sequence "
            + s
            + "safeguard_blob_generation;");
  }

  /** Brings {@code schema} up to date; returns the version it is at. */
  static int apply(Connection c, String schema) throws SQLException {
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(false);
    try (Statement st = c.createStatement()) {
      st.execute("select pg_advisory_xact_lock(" + LOCK + ")");
      st.execute("create schema if not exists " + schema);
      st.execute(
          "create table if not exists "
              + schema
              + ".safeguard_schema_version ("
              + " version integer primary key, applied timestamptz not null default now())");
      int current;
      try (ResultSet rs =
          st.executeQuery(
              "select coalesce(max(version), 0) from " + schema + ".safeguard_schema_version")) {
        rs.next();
        current = rs.getInt(1);
      }
      List<String> migrations = all(schema);
      if (current > migrations.size()) {
        throw new SQLException(
            "schema "
                + schema
                + " is at version "
                + current
                + ", newer than this library knows ("
                + migrations.size()
                + ")");
      }
      for (int v = current + 1; v <= migrations.size(); v++) {
        st.execute(migrations.get(v - 1));
        try (PreparedStatement ins =
            c.prepareStatement(
                "insert into " + schema + ".safeguard_schema_version (version) values (?)")) {
          ins.setInt(1, v);
          ins.executeUpdate();
        }
      }
      c.commit();
      return migrations.size();
    } catch (SQLException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(auto);
    }
  }
}
