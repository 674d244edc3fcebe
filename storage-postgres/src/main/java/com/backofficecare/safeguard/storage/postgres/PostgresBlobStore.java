package com.backofficecare.safeguard.storage.postgres;

import static java.util.Objects.requireNonNull;

import com.backofficecare.safeguard.storage.BlobInfo;
import com.backofficecare.safeguard.storage.BlobKeys;
import com.backofficecare.safeguard.storage.BlobNotFoundException;
import com.backofficecare.safeguard.storage.BlobStore;
import com.backofficecare.safeguard.storage.BlobStreams;
import com.backofficecare.safeguard.storage.StorageException;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * Blobs in PostgreSQL: a row per blob ({@code safeguard_blob}) and its bytes in chunks ({@code
 * safeguard_blob_chunk}, 1 MiB by default), so that a put or get holds one chunk in memory whatever
 * the size. A put writes all chunks and the row in one transaction, under a new generation number,
 * so readers (who read in a repeatable-read snapshot) see the old blob or the new one, never a mix,
 * and a failed put leaves nothing. A delete removes the row and every chunk in one transaction.
 *
 * <p>What a delete cannot do here: PostgreSQL keeps deleted rows until VACUUM reclaims them, and in
 * its write-ahead log and backups; so {@link #sanitize} is a delete, and the secure store's
 * cryptographic erase is what makes those copies useless.
 *
 * <pre>{@code
 * BlobStore blobs = PostgresBlobStore.builder(dataSource).schema("safeguard").build();
 * }</pre>
 */
public final class PostgresBlobStore implements BlobStore {

  private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

  private final DataSource dataSource;
  private final String schema;
  private final int chunkSize;

  private PostgresBlobStore(Builder b) {
    this.dataSource = b.dataSource;
    this.schema = b.schema;
    this.chunkSize = b.chunkSize;
  }

  /** Starts a store on the database {@code dataSource} connects to. */
  public static Builder builder(DataSource dataSource) {
    return new Builder(requireNonNull(dataSource, "dataSource"));
  }

  /** Configures a {@link PostgresBlobStore}. */
  public static final class Builder {
    private final DataSource dataSource;
    private String schema = "safeguard";
    private int chunkSize = 1 << 20;

    private Builder(DataSource dataSource) {
      this.dataSource = dataSource;
    }

    /** The schema to keep the tables in (created if missing); default {@code safeguard}. */
    public Builder schema(String schema) {
      if (!IDENTIFIER.matcher(requireNonNull(schema, "schema")).matches()) {
        throw new IllegalArgumentException("schema must be a lower-case SQL identifier");
      }
      this.schema = schema;
      return this;
    }

    /** Bytes per chunk, 64 KiB to 16 MiB; default 1 MiB. */
    public Builder chunkSize(int bytes) {
      if (bytes < 64 * 1024 || bytes > 16 << 20) {
        throw new IllegalArgumentException("chunk size must be 64 KiB to 16 MiB");
      }
      this.chunkSize = bytes;
      return this;
    }

    /** Creates or migrates the schema, then returns the store. */
    public PostgresBlobStore build() {
      try (Connection c = dataSource.getConnection()) {
        Migrations.apply(c, schema);
      } catch (SQLException e) {
        throw failure("cannot prepare schema " + schema, e);
      }
      return new PostgresBlobStore(this);
    }
  }

  @Override
  public void put(String key, InputStream content) {
    BlobKeys.check(key);
    requireNonNull(content, "content");
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        long generation;
        try (PreparedStatement st =
                c.prepareStatement("select nextval('" + schema + ".safeguard_blob_generation')");
            ResultSet rs = st.executeQuery()) {
          rs.next();
          generation = rs.getLong(1);
        }
        long size = 0;
        byte[] chunk = new byte[chunkSize];
        try (PreparedStatement ins =
            c.prepareStatement(
                "insert into "
                    + schema
                    + ".safeguard_blob_chunk (key, generation, seq, data) values (?, ?, ?, ?)")) {
          for (int seq = 0; ; seq++) {
            int n = BlobStreams.readFully(content, chunk);
            if (n == 0 && seq > 0) {
              break;
            }
            ins.setString(1, key);
            ins.setLong(2, generation);
            ins.setInt(3, seq);
            ins.setBytes(4, n == chunk.length ? chunk : Arrays.copyOf(chunk, n));
            ins.executeUpdate();
            size += n;
            if (n < chunk.length) {
              break;
            }
          }
        }
        Arrays.fill(chunk, (byte) 0);
        try (PreparedStatement up =
            c.prepareStatement(
                "insert into "
                    + schema
                    + ".safeguard_blob (key, generation, size, chunk_size, modified) values (?, ?, ?, ?, now())"
                    + " on conflict (key) do update set generation = excluded.generation,"
                    + " size = excluded.size, chunk_size = excluded.chunk_size, modified = excluded.modified")) {
          up.setString(1, key);
          up.setLong(2, generation);
          up.setLong(3, size);
          up.setInt(4, chunkSize);
          up.executeUpdate();
        }
        try (PreparedStatement del =
            c.prepareStatement(
                "delete from "
                    + schema
                    + ".safeguard_blob_chunk where key = ? and generation <> "
                    + "(select generation from "
                    + schema
                    + ".safeguard_blob where key = ?)")) {
          del.setString(1, key);
          del.setString(2, key);
          del.executeUpdate();
        }
        c.commit();
      } catch (SQLException | IOException | RuntimeException e) {
        rollbackQuietly(c);
        throw e;
      }
    } catch (SQLException e) {
      throw failure("put failed for key " + key, e);
    } catch (IOException e) {
      throw new StorageException("put failed for key " + key + ": reading the content failed", e);
    }
  }

  @Override
  public InputStream get(String key) {
    return get(key, 0, Long.MAX_VALUE);
  }

  @Override
  public InputStream get(String key, long offset, long length) {
    BlobKeys.check(key);
    if (offset < 0 || length < 0) {
      throw new IllegalArgumentException("offset and length must not be negative");
    }
    Connection c = null;
    try {
      c = dataSource.getConnection();
      c.setAutoCommit(false);
      c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      c.setReadOnly(true);
      long generation;
      long size;
      int chunk;
      try (PreparedStatement st =
          c.prepareStatement(
              "select generation, size, chunk_size from "
                  + schema
                  + ".safeguard_blob where key = ?")) {
        st.setString(1, key);
        try (ResultSet rs = st.executeQuery()) {
          if (!rs.next()) {
            throw new BlobNotFoundException(key);
          }
          generation = rs.getLong(1);
          size = rs.getLong(2);
          chunk = rs.getInt(3);
        }
      }
      long start = Math.min(offset, size);
      long end = length > size - start ? size : start + length;
      return new ChunkStream(c, key, generation, chunk, start, end);
    } catch (SQLException e) {
      closeQuietly(c);
      throw failure("get failed for key " + key, e);
    } catch (RuntimeException e) {
      closeQuietly(c);
      throw e;
    }
  }

  /** Reads one chunk at a time inside the snapshot the blob's row was read in. */
  private final class ChunkStream extends InputStream {
    private final Connection c;
    private final String key;
    private final long generation;
    private final int chunkSize;
    private long position;
    private final long end;
    private byte[] current = new byte[0];
    private int at;
    private boolean closed;

    ChunkStream(Connection c, String key, long generation, int chunkSize, long position, long end) {
      this.c = c;
      this.key = key;
      this.generation = generation;
      this.chunkSize = chunkSize;
      this.position = position;
      this.end = end;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (closed) {
        throw new IOException("stream closed");
      }
      if (len == 0) {
        return 0;
      }
      if (position >= end) {
        return -1;
      }
      if (at >= current.length) {
        load();
      }
      int n = (int) Math.min(Math.min(len, current.length - at), end - position);
      System.arraycopy(current, at, b, off, n);
      at += n;
      position += n;
      return n;
    }

    private void load() throws IOException {
      int seq = (int) (position / chunkSize);
      try (PreparedStatement st =
          c.prepareStatement(
              "select data from "
                  + schema
                  + ".safeguard_blob_chunk where key = ? and generation = ? and seq = ?")) {
        st.setString(1, key);
        st.setLong(2, generation);
        st.setInt(3, seq);
        try (ResultSet rs = st.executeQuery()) {
          if (!rs.next()) {
            throw new IOException("chunk " + seq + " of key " + key + " is missing");
          }
          current = rs.getBytes(1);
          at = (int) (position - (long) seq * chunkSize);
        }
      } catch (SQLException e) {
        throw new IOException(
            "reading chunk " + seq + " of key " + key + " failed (" + e.getSQLState() + ")", e);
      }
    }

    @Override
    public void close() {
      if (!closed) {
        closed = true;
        rollbackQuietly(c);
        closeQuietly(c);
      }
    }
  }

  @Override
  public Optional<BlobInfo> stat(String key) {
    BlobKeys.check(key);
    try (Connection c = dataSource.getConnection();
        PreparedStatement st =
            c.prepareStatement(
                "select size, modified from " + schema + ".safeguard_blob where key = ?")) {
      st.setString(1, key);
      try (ResultSet rs = st.executeQuery()) {
        return rs.next()
            ? Optional.of(info(key, rs.getLong(1), rs.getTimestamp(2).toInstant()))
            : Optional.empty();
      }
    } catch (SQLException e) {
      throw failure("stat failed for key " + key, e);
    }
  }

  @Override
  public List<BlobInfo> list(String prefix) {
    BlobKeys.checkPrefix(prefix);
    List<BlobInfo> out = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement st =
            c.prepareStatement(
                "select key, size, modified from "
                    + schema
                    + ".safeguard_blob where starts_with(key, ?) order by key")) {
      st.setString(1, prefix);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          out.add(info(rs.getString(1), rs.getLong(2), rs.getTimestamp(3).toInstant()));
        }
      }
      return out;
    } catch (SQLException e) {
      throw failure("list failed under prefix " + prefix, e);
    }
  }

  @Override
  public boolean delete(String key) {
    BlobKeys.check(key);
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        int rows;
        try (PreparedStatement st =
            c.prepareStatement("delete from " + schema + ".safeguard_blob where key = ?")) {
          st.setString(1, key);
          rows = st.executeUpdate();
        }
        try (PreparedStatement st =
            c.prepareStatement("delete from " + schema + ".safeguard_blob_chunk where key = ?")) {
          st.setString(1, key);
          st.executeUpdate();
        }
        c.commit();
        return rows > 0;
      } catch (SQLException | RuntimeException e) {
        rollbackQuietly(c);
        throw e;
      }
    } catch (SQLException e) {
      throw failure("delete failed for key " + key, e);
    }
  }

  @Override
  public Set<Capability> capabilities() {
    return EnumSet.of(Capability.SHARED, Capability.NATIVE_RANGE_READ);
  }

  @Override
  public void close() {}

  @Override
  public String toString() {
    return "PostgresBlobStore[schema=" + schema + "]";
  }

  private static BlobInfo info(String key, long size, Instant modified) {
    return new BlobInfo(key, size, modified);
  }

  private static StorageException failure(String what, SQLException e) {
    return new StorageException(what + " (SQLState " + e.getSQLState() + ")", e);
  }

  private static void rollbackQuietly(Connection c) {
    try {
      if (!c.getAutoCommit()) {
        c.rollback();
      }
    } catch (SQLException e) {
      // the connection is gone; the server rolls back on its own
    }
  }

  private static void closeQuietly(@Nullable Connection c) {
    if (c != null) {
      try {
        c.close();
      } catch (SQLException e) {
        // nothing left to release
      }
    }
  }
}
