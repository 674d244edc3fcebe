package com.backofficecare.safeguard.storage.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.backofficecare.safeguard.crypto.tempstore.SecureTempStoreContract;
import com.backofficecare.safeguard.crypto.tempstore.StoreWorkload;
import com.backofficecare.safeguard.storage.BlobStore;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The secure store's tests, unchanged, over PostgreSQL; and several processes on one store. */
class PostgresSecureTempStoreTest extends SecureTempStoreContract {

  @Override
  protected BlobStore openBlobStore() {
    return TestDatabase.store();
  }

  /**
   * Four writer JVMs and two JVMs listing, reading and reaping in a loop, on one store at once:
   * every kept object reads back exactly, and nothing else is left.
   */
  @Test
  void writersAndListersInSeveralProcessesLoseAndCorruptNothing() throws Exception {
    int rounds = StoreWorkload.ROUNDS;
    assertThat(
            StoreWorkload.torture(
                PostgresWorker.class,
                List.of(TestDatabase.url()),
                work,
                sunrise,
                openBlobStore(),
                rounds))
        .isEqualTo(rounds * 40);
  }
}
