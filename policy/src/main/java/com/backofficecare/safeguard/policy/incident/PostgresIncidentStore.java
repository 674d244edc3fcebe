package com.backofficecare.safeguard.policy.incident;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Incident events in PostgreSQL, for several application instances: one row per event, keyed by
 * incident and version. An append inserts only if the incident has exactly the expected number of
 * events, and the key refuses a second event with the same version, so two concurrent transitions
 * are never both applied.
 */
public final class PostgresIncidentStore implements IncidentStore {

  private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

  private final DataSource dataSource;
  private final String table;

  private PostgresIncidentStore(DataSource dataSource, String schema) {
    this.dataSource = dataSource;
    this.table = schema + ".incident_event";
  }

  /** The store in {@code schema} (created, with its table, if missing). */
  public static PostgresIncidentStore open(DataSource dataSource, String schema) {
    requireNonNull(dataSource, "dataSource");
    if (!IDENTIFIER.matcher(schema).matches()) {
      throw new IllegalArgumentException("schema must be a lower-case SQL identifier");
    }
    PostgresIncidentStore s = new PostgresIncidentStore(dataSource, schema);
    try (Connection c = dataSource.getConnection();
        Statement st = c.createStatement()) {
      c.setAutoCommit(false);
      st.execute("select pg_advisory_xact_lock(" + 0x5a6e_5f69_6e63L + ")");
      st.execute("create schema if not exists " + schema);
      st.execute(
          "create table if not exists "
              + s.table
              + " (incident text not null,"
              + " version bigint not null, event text not null, primary key (incident, version))");
      c.commit();
    } catch (SQLException e) {
      throw new IllegalStateException(
          "cannot prepare the incident table (SQLState " + e.getSQLState() + ")", e);
    }
    return s;
  }

  @Override
  public void append(String incident, long expectedVersion, IncidentEvent event) {
    String json = EventCodec.write(event);
    try (Connection c = dataSource.getConnection();
        PreparedStatement st =
            c.prepareStatement(
                "insert into "
                    + table
                    + " (incident, version, event) select ?, ?, ? where (select count(*) from "
                    + table
                    + " where incident = ?) = ?")) {
      st.setString(1, incident);
      st.setLong(2, expectedVersion);
      st.setString(3, json);
      st.setString(4, incident);
      st.setLong(5, expectedVersion);
      if (st.executeUpdate() == 0) {
        throw new ConcurrentIncidentUpdateException(
            incident, expectedVersion, load(incident).size());
      }
    } catch (SQLException e) {
      if ("23505"
          .equals(e.getSQLState())) { // unique violation: someone appended this version first
        throw new ConcurrentIncidentUpdateException(incident, expectedVersion, expectedVersion + 1);
      }
      throw new IllegalStateException(
          "cannot append to incident " + incident + " (SQLState " + e.getSQLState() + ")", e);
    }
  }

  @Override
  public List<IncidentEvent> load(String incident) {
    List<IncidentEvent> out = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement st =
            c.prepareStatement(
                "select event from " + table + " where incident = ? order by version")) {
      st.setString(1, incident);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          out.add(EventCodec.read(rs.getString(1)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException(
          "cannot read incident " + incident + " (SQLState " + e.getSQLState() + ")", e);
    }
  }

  @Override
  public List<String> incidents() {
    List<String> out = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery("select distinct incident from " + table + " order by incident")) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException(
          "cannot list incidents (SQLState " + e.getSQLState() + ")", e);
    }
  }
}
