package com.backofficecare.safeguard.storage.s3;

import com.backofficecare.safeguard.storage.ServerFixtures;
import java.net.URI;

/** The S3-compatible server that {@code .ci/services} started (s3proxy), and a test bucket. */
final class TestBucket {

  static final String BUCKET = "safeguard-test";

  private TestBucket() {}

  static String endpoint() {
    return ServerFixtures.require("SAFEGUARD_S3_ENDPOINT");
  }

  static S3BlobStore store() {
    return store(endpoint());
  }

  static S3BlobStore store(String endpoint) {
    return S3BlobStore.builder()
        .endpoint(URI.create(endpoint))
        .pathStyle(true)
        .region("us-east-1")
        .credentials(
            ServerFixtures.require("SAFEGUARD_S3_ACCESS_KEY"),
            ServerFixtures.require("SAFEGUARD_S3_SECRET_KEY"))
        .bucket(BUCKET)
        .createBucketIfMissing(true)
        .partSize(5 << 20)
        .build();
  }
}
