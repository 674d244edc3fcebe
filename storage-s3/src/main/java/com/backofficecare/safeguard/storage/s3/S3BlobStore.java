package com.backofficecare.safeguard.storage.s3;

import static java.util.Objects.requireNonNull;

import com.backofficecare.safeguard.storage.BlobInfo;
import com.backofficecare.safeguard.storage.BlobKeys;
import com.backofficecare.safeguard.storage.BlobNotFoundException;
import com.backofficecare.safeguard.storage.BlobStore;
import com.backofficecare.safeguard.storage.BlobStreams;
import com.backofficecare.safeguard.storage.StorageException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.CompletedMultipartUpload;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ObjectVersion;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Blobs in an S3 bucket. Small blobs go up in one request; larger ones in a multipart upload of
 * {@code partSize} parts (one part in memory at a time), aborted if anything fails, so a failed put
 * leaves nothing. S3 makes a completed upload visible atomically.
 *
 * <p>{@link #sanitize} deletes every version and delete marker of the key when the bucket is
 * versioned: a "deleted" object that survives as an old version is not deleted. The provider's own
 * replicas and backups are beyond reach, which is why the secure store crypto-erases.
 *
 * <pre>{@code
 * BlobStore blobs = S3BlobStore.builder().bucket("agency-temp")
 *     .endpoint(URI.create("http://127.0.0.1:9000")).pathStyle(true)     // MinIO, Ceph, s3proxy
 *     .credentials(accessKey, secretKey).region("us-east-1").build();
 * }</pre>
 */
public final class S3BlobStore implements BlobStore {

  private final S3Client s3;
  private final boolean ownsClient;
  private final String bucket;
  private final int partSize;
  private final boolean versioned;

  private S3BlobStore(
      S3Client s3, boolean ownsClient, String bucket, int partSize, boolean create) {
    this.s3 = s3;
    this.ownsClient = ownsClient;
    this.bucket = bucket;
    this.partSize = partSize;
    try {
      try {
        s3.headBucket(b -> b.bucket(bucket));
      } catch (S3Exception e) {
        if (!create || (e.statusCode() != 404 && !(e instanceof NoSuchBucketException))) {
          throw e;
        }
        s3.createBucket(b -> b.bucket(bucket));
      }
      BucketVersioningStatus status = s3.getBucketVersioning(b -> b.bucket(bucket)).status();
      this.versioned =
          status == BucketVersioningStatus.ENABLED || status == BucketVersioningStatus.SUSPENDED;
    } catch (SdkException e) {
      if (ownsClient) {
        s3.close();
      }
      throw new StorageException("cannot open bucket " + bucket + ": " + describe(e), e);
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Configures an {@link S3BlobStore}: endpoint, region, credentials and path style. */
  public static final class Builder {
    private @Nullable S3Client client;
    private @Nullable URI endpoint;
    private Region region = Region.US_EAST_1;
    private AwsCredentialsProvider credentials = DefaultCredentialsProvider.builder().build();
    private boolean pathStyle;
    private @Nullable String bucket;
    private int partSize = 8 << 20;
    private boolean createBucket;

    private Builder() {}

    /** Uses an S3 client the application built (then endpoint, region and credentials are its). */
    public Builder client(S3Client client) {
      this.client = requireNonNull(client, "client");
      return this;
    }

    /** A non-AWS endpoint, e.g. {@code http://127.0.0.1:9000} for MinIO. */
    public Builder endpoint(URI endpoint) {
      this.endpoint = requireNonNull(endpoint, "endpoint");
      return this;
    }

    public Builder region(String region) {
      this.region = Region.of(requireNonNull(region, "region"));
      return this;
    }

    /** Static credentials; by default the SDK's provider chain (environment, profile, role). */
    public Builder credentials(String accessKeyId, String secretAccessKey) {
      this.credentials =
          StaticCredentialsProvider.create(
              AwsBasicCredentials.create(accessKeyId, secretAccessKey));
      return this;
    }

    public Builder credentialsProvider(AwsCredentialsProvider provider) {
      this.credentials = requireNonNull(provider, "provider");
      return this;
    }

    /** Path-style URLs ({@code endpoint/bucket/key}), which MinIO, Ceph and s3proxy expect. */
    public Builder pathStyle(boolean pathStyle) {
      this.pathStyle = pathStyle;
      return this;
    }

    public Builder bucket(String bucket) {
      this.bucket = requireNonNull(bucket, "bucket");
      return this;
    }

    /** Multipart part size, 5 MiB (S3's minimum) to 512 MiB; default 8 MiB. */
    public Builder partSize(int bytes) {
      if (bytes < 5 << 20 || bytes > 512 << 20) {
        throw new IllegalArgumentException("part size must be 5 MiB to 512 MiB");
      }
      this.partSize = bytes;
      return this;
    }

    /** Creates the bucket if it does not exist (default: it must exist). */
    public Builder createBucketIfMissing(boolean create) {
      this.createBucket = create;
      return this;
    }

    public S3BlobStore build() {
      if (bucket == null) {
        throw new IllegalStateException("bucket is required");
      }
      if (client != null) {
        return new S3BlobStore(client, false, bucket, partSize, createBucket);
      }
      var b =
          S3Client.builder()
              .region(region)
              .credentialsProvider(credentials)
              .httpClientBuilder(Apache5HttpClient.builder())
              .forcePathStyle(pathStyle);
      if (endpoint != null) {
        b.endpointOverride(endpoint);
      }
      return new S3BlobStore(b.build(), true, bucket, partSize, createBucket);
    }
  }

  @Override
  public void put(String key, InputStream content) {
    BlobKeys.check(key);
    requireNonNull(content, "content");
    byte[] part = new byte[partSize];
    String uploadId = null;
    try {
      int n = BlobStreams.readFully(content, part);
      if (n < part.length) {
        s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromBytes(Arrays.copyOf(part, n)));
        return;
      }
      String id = s3.createMultipartUpload(b -> b.bucket(bucket).key(key)).uploadId();
      uploadId = id;
      List<CompletedPart> parts = new ArrayList<>();
      for (int number = 1; n > 0; number++) {
        int partNumber = number;
        byte[] body = n == part.length ? part : Arrays.copyOf(part, n);
        String etag =
            s3.uploadPart(
                    b -> b.bucket(bucket).key(key).uploadId(id).partNumber(partNumber),
                    RequestBody.fromBytes(body))
                .eTag();
        parts.add(CompletedPart.builder().partNumber(partNumber).eTag(etag).build());
        n = BlobStreams.readFully(content, part);
      }
      s3.completeMultipartUpload(
          b ->
              b.bucket(bucket)
                  .key(key)
                  .uploadId(id)
                  .multipartUpload(CompletedMultipartUpload.builder().parts(parts).build()));
      uploadId = null;
    } catch (IOException e) {
      throw new StorageException("put failed for key " + key + ": reading the content failed", e);
    } catch (SdkException e) {
      throw new StorageException("put failed for key " + key + ": " + describe(e), e);
    } finally {
      Arrays.fill(part, (byte) 0);
      if (uploadId != null) {
        abort(key, uploadId);
      }
    }
  }

  private void abort(String key, String uploadId) {
    try {
      s3.abortMultipartUpload(b -> b.bucket(bucket).key(key).uploadId(uploadId));
    } catch (SdkException e) {
      // The bucket's lifecycle rule for incomplete uploads is the backstop; nothing is visible.
    }
  }

  @Override
  public InputStream get(String key) {
    BlobKeys.check(key);
    try {
      return s3.getObject(b -> b.bucket(bucket).key(key));
    } catch (NoSuchKeyException e) {
      throw new BlobNotFoundException(key);
    } catch (SdkException e) {
      throw new StorageException("get failed for key " + key + ": " + describe(e), e);
    }
  }

  @Override
  public InputStream get(String key, long offset, long length) {
    BlobKeys.check(key);
    if (offset < 0 || length < 0) {
      throw new IllegalArgumentException("offset and length must not be negative");
    }
    long size = stat(key).orElseThrow(() -> new BlobNotFoundException(key)).size();
    if (length == 0 || offset >= size) {
      return new ByteArrayInputStream(new byte[0]);
    }
    long last = Math.min(size, offset + length) - 1;
    try {
      return s3.getObject(b -> b.bucket(bucket).key(key).range("bytes=" + offset + "-" + last));
    } catch (NoSuchKeyException e) {
      throw new BlobNotFoundException(key);
    } catch (SdkException e) {
      throw new StorageException("get failed for key " + key + ": " + describe(e), e);
    }
  }

  @Override
  public Optional<BlobInfo> stat(String key) {
    BlobKeys.check(key);
    try {
      HeadObjectResponse h = s3.headObject(b -> b.bucket(bucket).key(key));
      return Optional.of(new BlobInfo(key, h.contentLength(), h.lastModified()));
    } catch (NoSuchKeyException e) {
      return Optional.empty();
    } catch (S3Exception e) {
      if (e.statusCode() == 404) {
        return Optional.empty();
      }
      throw new StorageException("stat failed for key " + key + ": " + describe(e), e);
    } catch (SdkException e) {
      throw new StorageException("stat failed for key " + key + ": " + describe(e), e);
    }
  }

  @Override
  public List<BlobInfo> list(String prefix) {
    BlobKeys.checkPrefix(prefix);
    List<BlobInfo> out = new ArrayList<>();
    try {
      for (S3Object o :
          s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix)).contents()) {
        out.add(new BlobInfo(o.key(), o.size(), o.lastModified()));
      }
    } catch (SdkException e) {
      throw new StorageException("list failed under prefix " + prefix + ": " + describe(e), e);
    }
    out.sort(Comparator.comparing(BlobInfo::key));
    return out;
  }

  @Override
  public boolean delete(String key) {
    BlobKeys.check(key);
    boolean existed = stat(key).isPresent();
    try {
      s3.deleteObject(b -> b.bucket(bucket).key(key));
    } catch (SdkException e) {
      throw new StorageException("delete failed for key " + key + ": " + describe(e), e);
    }
    return existed;
  }

  @Override
  public boolean sanitize(String key) {
    BlobKeys.check(key);
    if (!versioned) {
      return delete(key);
    }
    boolean existed = stat(key).isPresent();
    try {
      var versions = s3.listObjectVersionsPaginator(b -> b.bucket(bucket).prefix(key));
      for (ObjectVersion v : versions.versions()) {
        if (v.key().equals(key)) {
          s3.deleteObject(b -> b.bucket(bucket).key(key).versionId(v.versionId()));
        }
      }
      versions
          .deleteMarkers()
          .forEach(
              m -> {
                if (m.key().equals(key)) {
                  s3.deleteObject(b -> b.bucket(bucket).key(key).versionId(m.versionId()));
                }
              });
    } catch (SdkException e) {
      throw new StorageException("sanitize failed for key " + key + ": " + describe(e), e);
    }
    return existed;
  }

  @Override
  public Set<Capability> capabilities() {
    EnumSet<Capability> c = EnumSet.of(Capability.SHARED, Capability.NATIVE_RANGE_READ);
    if (versioned) {
      c.add(Capability.VERSIONED);
    }
    return c;
  }

  @Override
  public void close() {
    if (ownsClient) {
      s3.close();
    }
  }

  @Override
  public String toString() {
    return "S3BlobStore[bucket=" + bucket + (versioned ? ", versioned" : "") + "]";
  }

  private static String describe(SdkException e) {
    if (e instanceof S3Exception s) {
      return "HTTP "
          + s.statusCode()
          + (s.awsErrorDetails() != null ? " " + s.awsErrorDetails().errorCode() : "");
    }
    return e.getClass().getSimpleName();
  }
}
