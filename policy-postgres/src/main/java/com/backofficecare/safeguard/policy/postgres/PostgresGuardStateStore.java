package com.backofficecare.safeguard.policy.postgres;

import static java.util.Objects.requireNonNull;

import com.backofficecare.safeguard.policy.access.GuardState;
import com.backofficecare.safeguard.policy.access.GuardStateException;
import com.backofficecare.safeguard.policy.access.GuardStateStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Guard state in PostgreSQL, for several application instances: one row per record, numbered by a
 * sequence. Writers take a transaction-scoped advisory lock, so records are numbered in commit
 * order and a reader that has seen number {@code n} has seen everything before it. A write is
 * durable when its transaction commits (with the server's {@code synchronous_commit}). Other
 * instances see it at their next {@link GuardState#refresh()}.
 *
 * <p>A compaction appends the snapshot like any write (its first record tells readers to start
 * over), then deletes the rows before it, {@value #DELETE_BATCH} at a time, each batch its own
 * transaction: a reader that still meets some of them starts over at the snapshot anyway, so the
 * deletes need no lock and a crash between them leaves rows that the next compaction deletes.
 */
public final class PostgresGuardStateStore implements GuardStateStore {

  private static final long LOCK = 0x5a6e_6775_6172L;
  private static final int DELETE_BATCH = 10_000;

  private final DataSource dataSource;
  private final String table;
  private final Object readLock = new Object();
  private long seen;

  private PostgresGuardStateStore(DataSource dataSource, String schema) {
    this.dataSource = dataSource;
    this.table = schema + ".guard_state";
  }

  /**
   * The store in {@code schema}, its tables created or migrated if needed.
   *
   * @throws IllegalArgumentException if {@code schema} is not a lower-case SQL identifier
   * @throws PolicyDatabaseException if the tables cannot be prepared ({@link NewerSchemaException}
   *     if a newer release migrated them)
   */
  public static PostgresGuardStateStore open(DataSource dataSource, String schema) {
    Migrations.apply(dataSource, schema);
    return new PostgresGuardStateStore(dataSource, schema);
  }

  @Override
  public void read(Consumer<String> sink) {
    requireNonNull(sink, "sink");
    try (Connection c = dataSource.getConnection()) {
      readNew(c, sink);
    } catch (SQLException e) {
      throw new GuardStateException(
          "cannot read the guard state (SQLState " + e.getSQLState() + ")", e);
    }
  }

  @Override
  public <T> T write(Consumer<String> catchUp, Function<Consumer<String>, T> section) {
    requireNonNull(catchUp, "catchUp");
    requireNonNull(section, "section");
    return locked(
        catchUp,
        c -> {
          List<String> appended = new ArrayList<>();
          T result = section.apply(appended::add);
          insert(c, appended);
          return result;
        });
  }

  @Override
  public List<String> compact(Consumer<String> catchUp, Supplier<List<String>> snapshot) {
    requireNonNull(catchUp, "catchUp");
    requireNonNull(snapshot, "snapshot");
    long[] first = new long[1];
    List<String> records =
        locked(
            catchUp,
            c -> {
              List<String> s = List.copyOf(snapshot.get());
              first[0] = insert(c, s);
              return s;
            });
    try (Connection c = dataSource.getConnection();
        PreparedStatement st =
            c.prepareStatement(
                "delete from "
                    + table
                    + " where seq in (select seq from "
                    + table
                    + " where seq < ? order by seq limit "
                    + DELETE_BATCH
                    + ")")) {
      st.setLong(1, first[0]);
      while (st.executeUpdate() > 0) {
        // one bounded batch per statement, committed on its own
      }
    } catch (SQLException e) {
      throw new GuardStateException(
          "the guard state was compacted but its old rows are not all deleted yet (SQLState "
              + e.getSQLState()
              + "); the next compaction deletes them",
          e);
    }
    return records;
  }

  /** What runs in a writer's transaction, holding the advisory lock, once caught up. */
  private interface Locked<T> {
    T run(Connection c) throws SQLException;
  }

  /** Runs {@code body} in a transaction holding the writers' lock, after passing what is new. */
  private <T> T locked(Consumer<String> catchUp, Locked<T> body) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        try (Statement st = c.createStatement()) {
          st.execute("select pg_advisory_xact_lock(" + LOCK + ")");
        }
        readNew(c, catchUp);
        T result = body.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new GuardStateException(
          "cannot write the guard state (SQLState " + e.getSQLState() + ")", e);
    }
  }

  /**
   * Inserts {@code records} in order; once committed, this handle has read them.
   *
   * @return the number of the first, or -1 if there are none
   */
  private long insert(Connection c, List<String> records) throws SQLException {
    long first = -1;
    long last = -1;
    try (PreparedStatement st =
        c.prepareStatement("insert into " + table + " (record) values (?) returning seq")) {
      for (String record : records) {
        st.setString(1, record);
        try (ResultSet rs = st.executeQuery()) {
          rs.next();
          last = rs.getLong(1);
          first = first < 0 ? last : first;
        }
      }
    }
    if (last >= 0) {
      long seenNow = last;
      synchronized (readLock) {
        seen = Math.max(seen, seenNow);
      }
    }
    return first;
  }

  private void readNew(Connection c, Consumer<String> sink) throws SQLException {
    synchronized (readLock) {
      try (PreparedStatement st =
          c.prepareStatement("select seq, record from " + table + " where seq > ? order by seq")) {
        st.setLong(1, seen);
        try (ResultSet rs = st.executeQuery()) {
          while (rs.next()) {
            sink.accept(rs.getString(2));
            seen = rs.getLong(1);
          }
        }
      }
    }
  }

  @Override
  public void close() {}

  @Override
  public String toString() {
    return "PostgresGuardStateStore[" + table + "]";
  }
}
