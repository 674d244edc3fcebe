package com.backofficecare.safeguard.policy.audit;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
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

  private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
  private static final long LOCK = 0x5a6e_5f61_7564_6974L;
  private static final HexFormat HEX = HexFormat.of();
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final DataSource dataSource;
  private final String schema;
  private final SigningIdentity identity;
  private final Clock clock;
  private final int groupSize;
  private final List<byte[]> pending = new ArrayList<>();

  private PostgresAuditSink(
      DataSource dataSource, String schema, SigningIdentity identity, Clock clock, int groupSize) {
    this.dataSource = dataSource;
    this.schema = schema;
    this.identity = identity;
    this.clock = clock;
    this.groupSize = groupSize;
  }

  /**
   * Opens (creating its tables if needed) the trail in {@code schema}, signing its heads with
   * {@code identity} (every instance writing the trail uses the same identity, or a rotation of
   * it).
   */
  public static PostgresAuditSink open(
      DataSource dataSource, String schema, SigningIdentity identity, Clock clock, int groupSize) {
    requireNonNull(dataSource, "dataSource");
    requireNonNull(identity, "identity");
    if (!IDENTIFIER.matcher(schema).matches()) {
      throw new IllegalArgumentException("schema must be a lower-case SQL identifier");
    }
    try {
      PostgresAuditSink sink =
          new PostgresAuditSink(dataSource, schema, identity, clock, groupSize);
      sink.createTables();
      return sink;
    } catch (SQLException e) {
      throw new IllegalStateException(
          "cannot prepare audit tables (SQLState " + e.getSQLState() + ")", e);
    }
  }

  private void createTables() throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement st = c.createStatement()) {
      c.setAutoCommit(false);
      st.execute("select pg_advisory_xact_lock(" + LOCK + ")");
      st.execute("create schema if not exists " + schema);
      st.execute(
          "create table if not exists "
              + schema
              + ".audit_entry (idx bigint primary key,"
              + " event text not null, chain text not null)");
      st.execute(
          "create table if not exists "
              + schema
              + ".audit_head (size bigint primary key,"
              + " root text not null, chain text not null, time text not null, signature text not null)");
      st.execute(
          "create table if not exists "
              + schema
              + ".audit_state (id integer primary key"
              + " check (id = 1), size bigint not null, chain text not null, frontier text not null,"
              + " public_key text not null)");
      st.execute(
          "insert into "
              + schema
              + ".audit_state values (1, 0, '"
              + HEX.formatHex(new byte[32])
              + "', '', '"
              + identity.publicKey()
              + "') on conflict (id) do nothing");
      c.commit();
    }
  }

  @Override
  public synchronized void append(AuditEvent event) {
    pending.add(EventJson.write(requireNonNull(event, "event").scrubbed()));
    if (pending.size() >= groupSize) {
      commit();
    }
  }

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
        long size;
        byte[] chain;
        MerkleTree.Frontier frontier;
        try (Statement st = c.createStatement();
            ResultSet rs =
                st.executeQuery(
                    "select size, chain, frontier, public_key from "
                        + schema
                        + ".audit_state where id = 1")) {
          rs.next();
          String named = rs.getString(4);
          if (identity.keys().stream().noneMatch(k -> k.publicKey().equals(named))) {
            throw new IllegalStateException(
                "the audit trail in " + schema + " is signed with another identity");
          }
          size = rs.getLong(1);
          chain = HEX.parseHex(rs.getString(2));
          frontier = MerkleTree.Frontier.decode(size, rs.getString(3));
        }
        try (PreparedStatement ins =
            c.prepareStatement(
                "insert into " + schema + ".audit_entry (idx, event, chain) values (?, ?, ?)")) {
          for (byte[] e : pending) {
            byte[] leaf = MerkleTree.leafHash(e);
            MessageDigest d = MerkleTree.sha256();
            d.update(chain);
            chain = d.digest(leaf);
            frontier.append(leaf);
            ins.setLong(1, size++);
            ins.setString(2, new String(e, StandardCharsets.UTF_8));
            ins.setString(3, HEX.formatHex(chain));
            ins.addBatch();
          }
          ins.executeBatch();
        }
        Instant now = clock.instant();
        String root = HEX.formatHex(frontier.root());
        String chainHex = HEX.formatHex(chain);
        String signature = identity.sign(TreeHead.signedBytes(size, root, chainHex, now));
        try (PreparedStatement head =
            c.prepareStatement(
                "insert into "
                    + schema
                    + ".audit_head (size, root, chain, time, signature) values (?, ?, ?, ?, ?)")) {
          head.setLong(1, size);
          head.setString(2, root);
          head.setString(3, chainHex);
          head.setString(4, now.toString());
          head.setString(5, signature);
          head.executeUpdate();
        }
        try (PreparedStatement st =
            c.prepareStatement(
                "update "
                    + schema
                    + ".audit_state set size = ?, chain = ?, frontier = ? where id = 1")) {
          st.setLong(1, size);
          st.setString(2, chainHex);
          st.setString(3, frontier.encode());
          st.executeUpdate();
        }
        c.commit();
        pending.clear();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "audit commit failed (SQLState "
              + e.getSQLState()
              + "); the events stay buffered for the next commit",
          e);
    }
  }

  @Override
  public synchronized void close() {
    commit();
  }

  /**
   * Verifies the trail in {@code schema} as {@link AuditLog#verify} does a file: every entry, the
   * chain, every head signed by a {@code pinned} key, and optionally a head saved earlier.
   */
  public static AuditLog.Verification verify(
      DataSource dataSource, String schema, PinnedKeys pinned, @Nullable TreeHead trusted) {
    requireNonNull(pinned, "pinned");
    if (!IDENTIFIER.matcher(schema).matches()) {
      throw new IllegalArgumentException("schema must be a lower-case SQL identifier");
    }
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      String key;
      try (Statement st = c.createStatement();
          ResultSet rs =
              st.executeQuery("select public_key from " + schema + ".audit_state where id = 1")) {
        if (!rs.next()) {
          return AuditLog.Verification.tampered("no audit trail in " + schema);
        }
        key = rs.getString(1);
      }
      LogChecker check = new LogChecker(key, pinned);
      List<TreeHead> heads = new ArrayList<>();
      try (Statement st = c.createStatement();
          ResultSet rs =
              st.executeQuery(
                  "select size, root, chain, time, signature from "
                      + schema
                      + ".audit_head order by size")) {
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
      int h = 0;
      try (Statement st = c.createStatement()) {
        st.setFetchSize(10_000);
        try (ResultSet rs =
            st.executeQuery(
                "select idx, event, chain from " + schema + ".audit_entry order by idx")) {
          while (rs.next() && !check.failed()) {
            byte[] event;
            try {
              event = EventJson.write(EventJson.read(MAPPER.readTree(rs.getString(2))));
            } catch (IOException | RuntimeException e) {
              check.malformed("entry " + rs.getLong(1) + " is malformed");
              break;
            }
            check.entry(rs.getLong(1), event, rs.getString(3));
            while (h < heads.size()
                && heads.get(h).size() == check.leaves.size()
                && !check.failed()) {
              check.head(heads.get(h), "of size " + heads.get(h).size());
              h++;
            }
          }
        }
      }
      if (!check.failed() && h < heads.size()) {
        check.malformed(
            "tree head of size " + heads.get(h).size() + " covers entries that are gone");
      }
      check.trusted(trusted);
      c.rollback();
      return check.result();
    } catch (SQLException e) {
      throw new IllegalStateException(
          "cannot read the audit trail (SQLState " + e.getSQLState() + ")", e);
    }
  }

  @Override
  public String toString() {
    return "PostgresAuditSink[schema=" + schema + "]";
  }
}
