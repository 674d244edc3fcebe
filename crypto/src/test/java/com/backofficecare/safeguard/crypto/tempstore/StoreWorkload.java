package com.backofficecare.safeguard.crypto.tempstore;

import com.backofficecare.safeguard.core.AgencyId;
import com.backofficecare.safeguard.core.DataCategory;
import com.backofficecare.safeguard.crypto.LocalKeyStore;
import com.backofficecare.safeguard.storage.BlobStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The work of one process in the several-processes test: puts objects, reads each back and checks
 * it, deletes every other one, and reports the ids it kept. Run as a child JVM by each backend's
 * test through its own {@code main}. Shipped in the crypto test-jar.
 */
public final class StoreWorkload {

  private StoreWorkload() {}

  /** What worker {@code worker} stores as its {@code i}-th object. */
  public static byte[] content(int worker, int i) {
    byte[] b = new byte[20_000 + 7919 * i % 150_000];
    new Random(worker * 1000L + i).nextBytes(b);
    return b;
  }

  /** The store both processes open: the given backend and one shared key store file. */
  public static SecureTempStore open(BlobStore blobs, Path keyFile) {
    return SecureTempStore.builder()
        .blobStore(blobs)
        .keyManager(
            LocalKeyStore.builder(keyFile)
                .passphrase("shared passphrase".toCharArray())
                .argon2(8192, 1)
                .open())
        .warmUp(false)
        .build();
  }

  /** Runs the workload; returns {@code "kept <id> <worker> <i>"} lines for the parent to check. */
  public static List<String> run(SecureTempStore store, AgencyId agency, int worker, int rounds)
      throws IOException {
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < rounds; i++) {
      StoredObject o =
          store.put(agency, DataCategory.SCHEDULING, new ByteArrayInputStream(content(worker, i)));
      try (InputStream in = store.open(o.id())) {
        if (!Arrays.equals(in.readAllBytes(), content(worker, i))) {
          throw new IllegalStateException("object " + o.id() + " read back different bytes");
        }
      }
      if (i % 2 == 1) {
        store.delete(o.id());
      } else {
        kept.add("kept " + o.id() + " " + worker + " " + i);
      }
    }
    return kept;
  }
}
