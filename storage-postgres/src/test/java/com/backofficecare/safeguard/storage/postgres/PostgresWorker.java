package com.backofficecare.safeguard.storage.postgres;

import com.backofficecare.safeguard.crypto.tempstore.StoreWorkload;
import java.util.Arrays;

/** A child of the several-processes test: the database URL, then {@link StoreWorkload#child}'s. */
public final class PostgresWorker {

  private PostgresWorker() {}

  public static void main(String[] args) throws Exception {
    PostgresBlobStore blobs =
        PostgresBlobStore.builder(TestDatabase.dataSource(args[0]))
            .schema(TestDatabase.SCHEMA)
            .build();
    StoreWorkload.child(blobs, Arrays.copyOfRange(args, 1, args.length));
  }
}
