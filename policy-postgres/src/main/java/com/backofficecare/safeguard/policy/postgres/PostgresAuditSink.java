package com.backofficecare.safeguard.policy.postgres;

import static java.util.Objects.requireNonNull;

import com.backofficecare.safeguard.policy.audit.AuditEvent;
import com.backofficecare.safeguard.policy.audit.AuditLog;
import com.backofficecare.safeguard.policy.audit.AuditSink;
import com.backofficecare.safeguard.policy.audit.AuditTrailTail;
import com.backofficecare.safeguard.policy.audit.AuditTrailVerifier;
import com.backofficecare.safeguard.policy.audit.PinnedKeys;
import com.backofficecare.safeguard.policy.audit.SigningIdentity;
import com.backofficecare.safeguard.policy.audit.TreeHead;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * The audit trail in PostgreSQL, for several application instances writing one trail: the same
 * entries, hash chain, Merkle roots and Ed25519-signed tree heads as {@link AuditLog}, in three
 * tables. Events are buffered and written at {@link #commit()} (every {@code groupSize} events, and
 * on close) in one transaction that takes a transaction-scoped advisory lock, so instances append
 * in turn and the chain never forks.
 */
public final class PostgresAuditSink implements AuditSink {

  private static final long LOCK = 0x5a6e_5f61_7564_6974L;

  private final DataSource dataSource;
  private final String schema;
  private final SigningIdentity identity;
  private final Clock clock;
  private final int groupSize;
  private final List<AuditEvent> pending = new ArrayList<>();

  private PostgresAuditSink(
      DataSource dataSource, String schema, SigningIdentity identity, Clock clock, int groupSize) {
    this.dataSource = dataSource;
    this.schema = schema;
    this.identity = identity;
    this.clock = clock;
    this.groupSize = groupSize;
  }

  /**
   * Opens the trail in {@code schema} (its tables created or migrated, and the trail started, if
   * needed), signing its heads with {@code identity}: every instance writing the trail uses the
   * same identity, or a rotation of it.
   *
   * @throws IllegalArgumentException if {@code schema} is not a lower-case SQL identifier
   * @throws PolicyDatabaseException if the tables cannot be prepared ({@link NewerSchemaException}
   *     if a newer release migrated them)
   */
  public static PostgresAuditSink open(
      DataSource dataSource, String schema, SigningIdentity identity, Clock clock, int groupSize) {
    requireNonNull(identity, "identity");
    requireNonNull(clock, "clock");
    Migrations.apply(dataSource, schema);
    AuditTrailTail empty = AuditTrailTail.empty();
    try (Connection c = dataSource.getConnection();
        PreparedStatement st =
            c.prepareStatement(
                "insert into "
                    + schema
                    + ".audit_state values (1, ?, ?, ?, ?) on conflict (id) do nothing")) {
      st.setLong(1, empty.size());
      st.setString(2, empty.chain());
      st.setString(3, empty.frontier());
      st.setString(4, identity.publicKey());
      st.executeUpdate();
    } catch (SQLException e) {
      throw PolicyDatabaseException.of("cannot start the audit trail in schema " + schema, e);
    }
    return new PostgresAuditSink(dataSource, schema, identity, clock, groupSize);
  }

  @Override
  public synchronized void append(AuditEvent event) {
    pending.add(requireNonNull(event, "event"));
    if (pending.size() >= groupSize) {
      commit();
    }
  }

  /**
   * {@inheritDoc}
   *
   * @throws PolicyDatabaseException if the trail cannot be written, or is signed with another
   *     identity; the events stay buffered for the next commit
   */
  @Override
  public synchronized void commit() {
    if (pending.isEmpty()) {
      return;
    }
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        try (Statement st = c.createStatement()) {
          st.execute("select pg_advisory_xact_lock(" + LOCK + ")");
        }
        write(c, tail(c).extend(pending, identity, clock.instant()));
        c.commit();
        pending.clear();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw PolicyDatabaseException.of(
          "audit commit to schema "
              + schema
              + " failed; the events stay buffered for the next commit",
          e);
    }
  }

  /** The trail's tail, once the trail is known to be signed by this sink's identity. */
  private AuditTrailTail tail(Connection c) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "select size, chain, frontier, public_key from "
                    + schema
                    + ".audit_state where id = 1")) {
      if (!rs.next()) {
        throw new PolicyDatabaseException("no audit trail in schema " + schema);
      }
      String named = rs.getString(4);
      if (identity.keys().stream().noneMatch(k -> k.publicKey().equals(named))) {
        throw new PolicyDatabaseException(
            "the audit trail in schema " + schema + " is signed with another identity");
      }
      return AuditTrailTail.of(rs.getLong(1), rs.getString(2), rs.getString(3));
    }
  }

  private void write(Connection c, AuditTrailTail.Extension x) throws SQLException {
    try (PreparedStatement ins =
        c.prepareStatement(
            "insert into " + schema + ".audit_entry (idx, event, chain) values (?, ?, ?)")) {
      for (AuditTrailTail.Entry e : x.entries()) {
        ins.setLong(1, e.index());
        ins.setString(2, e.event());
        ins.setString(3, e.chain());
        ins.addBatch();
      }
      ins.executeBatch();
    }
    TreeHead h = x.head();
    try (PreparedStatement head =
        c.prepareStatement(
            "insert into "
                + schema
                + ".audit_head (size, root, chain, time, signature) values (?, ?, ?, ?, ?)")) {
      head.setLong(1, h.size());
      head.setString(2, h.root());
      head.setString(3, h.chain());
      head.setString(4, h.time().toString());
      head.setString(5, h.signature());
      head.executeUpdate();
    }
    try (PreparedStatement st =
        c.prepareStatement(
            "update "
                + schema
                + ".audit_state set size = ?, chain = ?, frontier = ? where id = 1")) {
      st.setLong(1, x.tail().size());
      st.setString(2, x.tail().chain());
      st.setString(3, x.tail().frontier());
      st.executeUpdate();
    }
  }

  @Override
  public synchronized void close() {
    commit();
  }

  /**
   * Verifies the trail in {@code schema} as {@link AuditLog#verify} does a file: every entry, the
   * chain, every head signed by a {@code pinned} key, and optionally a head saved earlier.
   *
   * @throws IllegalArgumentException if {@code schema} is not a lower-case SQL identifier
   * @throws PolicyDatabaseException if the trail cannot be read
   */
  public static AuditLog.Verification verify(
      DataSource dataSource, String schema, PinnedKeys pinned, @Nullable TreeHead trusted) {
    requireNonNull(dataSource, "dataSource");
    requireNonNull(pinned, "pinned");
    Migrations.checkedSchema(schema);
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      String key;
      try (Statement st = c.createStatement();
          ResultSet rs =
              st.executeQuery("select public_key from " + schema + ".audit_state where id = 1")) {
        if (!rs.next()) {
          return AuditTrailVerifier.missing("schema " + schema);
        }
        key = rs.getString(1);
      }
      List<TreeHead> heads = new ArrayList<>();
      try (Statement st = c.createStatement();
          ResultSet rs =
              st.executeQuery(
                  "select size, root, chain, time, signature from " + schema + ".audit_head")) {
        while (rs.next()) {
          heads.add(
              new TreeHead(
                  rs.getLong(1),
                  rs.getString(2),
                  rs.getString(3),
                  Instant.parse(rs.getString(4)),
                  key,
                  rs.getString(5)));
        }
      }
      AuditTrailVerifier check = AuditTrailVerifier.start(key, pinned, heads);
      try (Statement st = c.createStatement()) {
        st.setFetchSize(10_000);
        try (ResultSet rs =
            st.executeQuery(
                "select idx, event, chain from " + schema + ".audit_entry order by idx")) {
          while (rs.next() && check.entry(rs.getLong(1), rs.getString(2), rs.getString(3))) {
            // every entry in order, until one fails
          }
        }
      }
      c.rollback();
      return check.result(trusted);
    } catch (SQLException e) {
      throw PolicyDatabaseException.of("cannot read the audit trail in schema " + schema, e);
    }
  }

  @Override
  public String toString() {
    return "PostgresAuditSink[schema=" + schema + "]";
  }
}
