package com.backofficecare.safeguard.policy.postgres;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The policy tables' schema, as numbered migrations applied once each, in order, under a
 * transaction-scoped advisory lock so that instances starting together do not race; a database at a
 * newer version than the code knows is refused. Append new migrations; never edit an applied one.
 *
 * <p>The design of {@code safeguard-storage-postgres}'s, with its own version table and lock: the
 * two modules share no code (each depends on its SPI only), and may share one schema.
 */
final class Migrations {

  private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
  private static final long LOCK = 0x5a6e_5f70_6f6c_6963L; // "Zn_polic"
  static final String VERSION_TABLE = "safeguard_policy_schema_version";

  private Migrations() {}

  /** Migration {@code n} is element {@code n - 1}: SQL statements for {@code schema}. */
  static List<String> all(String schema) {
    String s = schema + ".";
    return List.of(
        // 1: the tables as releases before numbered migrations made them (if not exists: such a
        // database is adopted as it is)
        "create table if not exists "
            + s
            + "audit_entry (idx bigint primary key, event text not null, chain text not null);"
            + "create table if not exists "
            + s
            + "audit_head (size bigint primary key, root text not null, chain text not null,"
            + " time text not null, signature text not null);"
            + "create table if not exists "
            + s
            + "audit_state (id integer primary key check (id = 1), size bigint not null,"
            + " chain text not null, frontier text not null, public_key text not null);"
            + "create table if not exists "
            + s
            + "incident_event (incident text not null, version bigint not null,"
            + " event text not null, primary key (incident, version));"
            + "create table if not exists "
            + s
            + "guard_state (seq bigserial primary key, record text not null);");
  }

  /**
   * {@code schema} if it is a lower-case SQL identifier (it is written into statements).
   *
   * @throws IllegalArgumentException if it is not
   */
  static String checkedSchema(String schema) {
    if (!IDENTIFIER.matcher(requireNonNull(schema, "schema")).matches()) {
      throw new IllegalArgumentException("schema must be a lower-case SQL identifier");
    }
    return schema;
  }

  /**
   * Brings the policy tables in {@code schema} up to date.
   *
   * @throws IllegalArgumentException if {@code schema} is not a lower-case SQL identifier
   * @throws NewerSchemaException if the database is at a newer version than this code knows
   * @throws PolicyDatabaseException if the migrations cannot be applied; none is then
   */
  static void apply(DataSource dataSource, String schema) {
    requireNonNull(dataSource, "dataSource");
    checkedSchema(schema);
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        apply(c, schema);
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw PolicyDatabaseException.of("cannot prepare the policy tables in schema " + schema, e);
    }
  }

  private static void apply(Connection c, String schema) throws SQLException {
    String versions = schema + "." + VERSION_TABLE;
    try (Statement st = c.createStatement()) {
      st.execute("select pg_advisory_xact_lock(" + LOCK + ")");
      st.execute("create schema if not exists " + schema);
      st.execute(
          "create table if not exists "
              + versions
              + " (version integer primary key, applied timestamptz not null default now())");
      int current;
      try (ResultSet rs = st.executeQuery("select coalesce(max(version), 0) from " + versions)) {
        rs.next();
        current = rs.getInt(1);
      }
      List<String> migrations = all(schema);
      if (current > migrations.size()) {
        throw new NewerSchemaException(schema, current, migrations.size());
      }
      try (PreparedStatement done =
          c.prepareStatement("insert into " + versions + " (version) values (?)")) {
        for (int v = current + 1; v <= migrations.size(); v++) {
          st.execute(migrations.get(v - 1));
          done.setInt(1, v);
          done.executeUpdate();
        }
      }
    }
  }
}
