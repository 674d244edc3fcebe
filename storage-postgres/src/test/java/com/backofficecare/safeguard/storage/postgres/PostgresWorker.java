package com.backofficecare.safeguard.storage.postgres;

import com.backofficecare.safeguard.core.AgencyId;
import com.backofficecare.safeguard.crypto.tempstore.SecureTempStore;
import com.backofficecare.safeguard.crypto.tempstore.StoreWorkload;
import java.nio.file.Path;

/** Child process of the two-process test: URL, key file, agency, worker number. */
public final class PostgresWorker {

  private PostgresWorker() {}

  public static void main(String[] args) throws Exception {
    PostgresBlobStore blobs =
        PostgresBlobStore.builder(TestDatabase.dataSource(args[0]))
            .schema(TestDatabase.SCHEMA)
            .build();
    SecureTempStore store = StoreWorkload.open(blobs, Path.of(args[1]));
    for (String line :
        StoreWorkload.run(store, AgencyId.of(args[2]), Integer.parseInt(args[3]), 20)) {
      System.out.println(line);
    }
  }
}
