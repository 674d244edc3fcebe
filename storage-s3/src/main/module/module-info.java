/** A {@code BlobStore} on S3 and S3-compatible servers (AWS SDK v2). */
module com.backofficecare.safeguard.storage.s3 {
  requires transitive org.jspecify;
  requires transitive com.backofficecare.safeguard.storage;
  requires transitive software.amazon.awssdk.services.s3;
  requires transitive software.amazon.awssdk.auth;
  requires software.amazon.awssdk.awscore;
  requires software.amazon.awssdk.core;
  requires software.amazon.awssdk.http;
  requires software.amazon.awssdk.http.apache5;
  requires software.amazon.awssdk.regions;
  requires software.amazon.awssdk.utils;

  exports com.backofficecare.safeguard.storage.s3;
}
