package com.backofficecare.safeguard.storage.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backofficecare.safeguard.storage.BlobStore;
import com.backofficecare.safeguard.storage.BlobStoreContract;
import com.backofficecare.safeguard.storage.CuttableProxy;
import com.backofficecare.safeguard.storage.StorageException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The conformance kit, unchanged, on a real S3-compatible server; plus failure behaviour. */
class S3BlobStoreTest extends BlobStoreContract {

  @Override
  protected BlobStore openStore() {
    return TestBucket.store();
  }

  @Test
  void aMultipartObjectRoundTrips() throws Exception {
    byte[] data = bytes(12 * (1 << 20) + 3, 21); // three parts of 5 MiB
    store.put(ns + "multi", new ByteArrayInputStream(data));
    try (InputStream in = store.get(ns + "multi")) {
      assertThat(in.readAllBytes()).isEqualTo(data);
    }
  }

  @Test
  void theServerGoingAwayMidUploadLeavesNothingAndTheStoreRecovers() throws Exception {
    URI s3 = URI.create(TestBucket.endpoint());
    try (CuttableProxy proxy = new CuttableProxy(s3.getHost(), s3.getPort())) {
      BlobStore flaky = TestBucket.store("http://127.0.0.1:" + proxy.port());
      CountDownLatch second = new CountDownLatch(1);
      InputStream slow = new InputStream() {
        long n;

        @Override
        public int read() {
          return (int) (n++ & 0x7f);
        }

        @Override
        public int read(byte[] b, int off, int len) {
          if (n > 6 << 20) {
            second.countDown(); // the first part is up; the upload is in progress
            try {
              Thread.sleep(50);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
          if (n > 40 << 20) {
            return -1;
          }
          int m = Math.min(len, 64 * 1024);
          for (int i = 0; i < m; i++) {
            b[off + i] = (byte) read();
          }
          return m;
        }
      };
      ExecutorService writer = Executors.newSingleThreadExecutor();
      try {
        Future<?> put = writer.submit(() -> flaky.put(ns + "interrupted", slow));
        assertThat(second.await(60, TimeUnit.SECONDS)).isTrue();
        proxy.cut();
        assertThatThrownBy(() -> put.get(120, TimeUnit.SECONDS))
            .hasCauseInstanceOf(StorageException.class)
            .cause().hasMessageContaining("put failed for key " + ns + "interrupted");
      } finally {
        writer.shutdownNow();
      }
      assertThat(store.stat(ns + "interrupted")).isEmpty();
      proxy.restore();
      flaky.put(ns + "after", new ByteArrayInputStream(bytes(1000, 22)));
      try (InputStream in = flaky.get(ns + "after")) {
        assertThat(in.readAllBytes()).isEqualTo(bytes(1000, 22));
      }
      flaky.close();
    }
  }
}
