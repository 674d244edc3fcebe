package com.backofficecare.safeguard.storage.s3;

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
      SlowSource slow = new SlowSource(6 << 20, 40 << 20, 50); // the first part is up by then
      ExecutorService writer = Executors.newSingleThreadExecutor();
      try {
        Future<?> put = writer.submit(() -> flaky.put(ns + "interrupted", slow));
        assertThat(slow.started.await(60, TimeUnit.SECONDS)).isTrue();
        proxy.cut();
        assertThatThrownBy(() -> put.get(120, TimeUnit.SECONDS))
            .hasCauseInstanceOf(StorageException.class)
            .cause()
            .hasMessageContaining("put failed for key " + ns + "interrupted");
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
