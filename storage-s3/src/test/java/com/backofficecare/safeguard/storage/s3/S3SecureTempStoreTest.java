package com.backofficecare.safeguard.storage.s3;

import static org.assertj.core.api.Assertions.assertThat;

import com.backofficecare.safeguard.crypto.tempstore.SecureTempStoreContract;
import com.backofficecare.safeguard.crypto.tempstore.StoreWorkload;
import com.backofficecare.safeguard.storage.BlobStore;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The secure store's tests, unchanged, over S3; and several processes on one bucket. */
class S3SecureTempStoreTest extends SecureTempStoreContract {

  /** Rounds of the several-processes test: 1 in CI, more with {@code -Dsafeguard.tortureRounds}. */
  private static final int ROUNDS = Integer.getInteger("safeguard.tortureRounds", 1);

  @Override
  protected BlobStore openBlobStore() {
    return TestBucket.store();
  }

  /**
   * Four writer JVMs and two JVMs listing, reading and reaping in a loop, on one bucket at once:
   * every kept object reads back exactly, and nothing else is left.
   */
  @Test
  void writersAndListersInSeveralProcessesLoseAndCorruptNothing() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> child =
        List.of(java, "-cp", System.getProperty("java.class.path"), S3Worker.class.getName());
    assertThat(StoreWorkload.torture(child, work, sunrise, openBlobStore(), ROUNDS))
        .isEqualTo(ROUNDS * 40);
  }
}
