package com.backofficecare.safeguard.storage.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backofficecare.safeguard.storage.BlobStore;
import com.backofficecare.safeguard.storage.BlobStoreContract;
import com.backofficecare.safeguard.storage.CuttableProxy;
import com.backofficecare.safeguard.storage.SlowSource;
import com.backofficecare.safeguard.storage.StorageException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The conformance kit, unchanged, on a real PostgreSQL server; plus what is specific to it. */
class PostgresBlobStoreTest extends BlobStoreContract {

  @Override
  protected BlobStore openStore() {
    return TestDatabase.store();
  }

  @Test
  void migrationsRunOnceEvenWhenInstancesStartTogether() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      String schema = "sg_mig_" + Long.toHexString(System.nanoTime());
      CountDownLatch go = new CountDownLatch(1);
      java.util.List<Future<?>> all = new java.util.ArrayList<>();
      for (int i = 0; i < 4; i++) {
        all.add(
            pool.submit(
                () -> {
                  go.await();
                  return PostgresBlobStore.builder(TestDatabase.dataSource())
                      .schema(schema)
                      .build();
                }));
      }
      go.countDown();
      for (Future<?> f : all) {
        f.get();
      }
      try (Connection c = TestDatabase.dataSource().getConnection();
          Statement st = c.createStatement();
          ResultSet rs =
              st.executeQuery(
                  "select count(*), max(version) from " + schema + ".safeguard_schema_version")) {
        rs.next();
        assertThat(rs.getInt(1)).isEqualTo(1);
        assertThat(rs.getInt(2)).isEqualTo(Migrations.all(schema).size());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void chunksAreBoundedAndADeleteRemovesThemAll() throws Exception {
    store.put(ns + "big", new ByteArrayInputStream(bytes(3 * (1 << 20) + 5, 9)));
    store.put(
        ns + "big", new ByteArrayInputStream(bytes(2 * (1 << 20), 10))); // replaces: old chunks go
    try (Connection c = TestDatabase.dataSource().getConnection();
        Statement st = c.createStatement()) {
      assertThat(
              count(
                  st,
                  "select count(*) from "
                      + TestDatabase.SCHEMA
                      + ".safeguard_blob_chunk where key = '"
                      + ns
                      + "big'"))
          .isEqualTo(2);
      assertThat(
              count(
                  st,
                  "select max(length(data)) from "
                      + TestDatabase.SCHEMA
                      + ".safeguard_blob_chunk where key = '"
                      + ns
                      + "big'"))
          .isEqualTo(1 << 20);
      store.delete(ns + "big");
      assertThat(
              count(
                  st,
                  "select count(*) from "
                      + TestDatabase.SCHEMA
                      + ".safeguard_blob_chunk where key = '"
                      + ns
                      + "big'"))
          .isZero();
    }
  }

  private static long count(Statement st, String sql) throws Exception {
    try (ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /**
   * The server goes away in the middle of a large write: the error is a typed StorageException, no
   * partial blob is readable, and the store works again once the server is back.
   */
  @Test
  void aServerThatGoesAwayMidWriteLeavesNothingAndTheStoreRecovers() throws Exception {
    URI pg = URI.create(TestDatabase.url().substring("jdbc:".length()));
    try (CuttableProxy proxy = new CuttableProxy(pg.getHost(), pg.getPort())) {
      String viaProxy =
          TestDatabase.url().replace(":" + pg.getPort() + "/", ":" + proxy.port() + "/");
      BlobStore flaky =
          PostgresBlobStore.builder(TestDatabase.dataSource(viaProxy))
              .schema(TestDatabase.SCHEMA)
              .build();
      SlowSource slow = new SlowSource(4 << 20, 64 << 20, 20);
      ExecutorService writer = Executors.newSingleThreadExecutor();
      try {
        Future<?> put = writer.submit(() -> flaky.put(ns + "interrupted", slow));
        assertThat(slow.started.await(30, TimeUnit.SECONDS)).isTrue();
        proxy.cut();
        assertThatThrownBy(put::get)
            .hasCauseInstanceOf(StorageException.class)
            .cause()
            .hasMessageContaining("put failed for key " + ns + "interrupted");
      } finally {
        writer.shutdownNow();
      }
      assertThat(store.stat(ns + "interrupted")).isEmpty();
      proxy.restore();
      flaky.put(ns + "after", new ByteArrayInputStream(bytes(1000, 11)));
      try (InputStream in = flaky.get(ns + "after")) {
        assertThat(in.readAllBytes()).isEqualTo(bytes(1000, 11));
      }
    }
  }
}
