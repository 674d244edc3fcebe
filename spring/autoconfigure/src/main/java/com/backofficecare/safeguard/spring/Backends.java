package com.backofficecare.safeguard.spring;

import com.backofficecare.safeguard.storage.BlobStore;
import com.backofficecare.safeguard.storage.postgres.PostgresBlobStore;
import com.backofficecare.safeguard.storage.s3.S3BlobStore;
import java.net.URI;
import javax.sql.DataSource;

/**
 * The optional backends, in a class of their own so that nothing loads their classes unless the
 * configuration asks for them (the modules are optional dependencies of the starter).
 */
final class Backends {

  private Backends() {}

  static BlobStore postgres(DataSource dataSource, String schema) {
    return PostgresBlobStore.builder(dataSource).schema(schema).build();
  }

  static BlobStore s3(SafeguardProperties.S3 s) {
    if (s.bucket() == null) {
      throw new IllegalStateException("safeguard.store.s3.bucket is required for the s3 backend");
    }
    S3BlobStore.Builder b =
        S3BlobStore.builder().bucket(s.bucket()).region(s.region()).pathStyle(s.pathStyle());
    if (s.endpoint() != null) {
      b.endpoint(URI.create(s.endpoint()));
    }
    String key = System.getenv(s.accessKeyEnv());
    String secret = System.getenv(s.secretKeyEnv());
    if (key != null && secret != null) {
      b.credentials(key, secret);
    }
    return b.build();
  }
}
