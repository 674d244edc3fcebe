package com.backofficecare.safeguard.policy.postgres;

import com.backofficecare.safeguard.policy.incident.ConcurrentIncidentUpdateException;
import com.backofficecare.safeguard.policy.incident.IncidentEvent;
import com.backofficecare.safeguard.policy.incident.IncidentStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Incident events in PostgreSQL, for several application instances: one row per event, keyed by
 * incident and version. An append inserts only if the incident has exactly the expected number of
 * events, and the key refuses a second event with the same version, so two concurrent transitions
 * are never both applied. Failures to read or write are {@link PolicyDatabaseException}s.
 */
public final class PostgresIncidentStore implements IncidentStore {

  private final DataSource dataSource;
  private final String table;

  private PostgresIncidentStore(DataSource dataSource, String schema) {
    this.dataSource = dataSource;
    this.table = schema + ".incident_event";
  }

  /**
   * The store in {@code schema}, its tables created or migrated if needed.
   *
   * @throws IllegalArgumentException if {@code schema} is not a lower-case SQL identifier
   * @throws PolicyDatabaseException if the tables cannot be prepared ({@link NewerSchemaException}
   *     if a newer release migrated them)
   */
  public static PostgresIncidentStore open(DataSource dataSource, String schema) {
    Migrations.apply(dataSource, schema);
    return new PostgresIncidentStore(dataSource, schema);
  }

  @Override
  public void append(String incident, long expectedVersion, IncidentEvent event) {
    String json = event.toJson();
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
      throw PolicyDatabaseException.of("cannot append to incident " + incident, e);
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
          out.add(IncidentEvent.fromJson(rs.getString(1)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw PolicyDatabaseException.of("cannot read incident " + incident, e);
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
      throw PolicyDatabaseException.of("cannot list incidents", e);
    }
  }

  @Override
  public String toString() {
    return "PostgresIncidentStore[" + table + "]";
  }
}
