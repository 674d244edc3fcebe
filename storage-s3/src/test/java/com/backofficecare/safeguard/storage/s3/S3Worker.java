package com.backofficecare.safeguard.storage.s3;

import com.backofficecare.safeguard.core.AgencyId;
import com.backofficecare.safeguard.crypto.tempstore.SecureTempStore;
import com.backofficecare.safeguard.crypto.tempstore.StoreWorkload;
import java.nio.file.Path;

/** Child process of the two-process test: key file, agency, worker number (server from env). */
public final class S3Worker {

  private S3Worker() {}

  public static void main(String[] args) throws Exception {
    SecureTempStore store = StoreWorkload.open(TestBucket.store(), Path.of(args[0]));
    for (String line :
        StoreWorkload.run(store, AgencyId.of(args[1]), Integer.parseInt(args[2]), 20)) {
      System.out.println(line);
    }
  }
}
