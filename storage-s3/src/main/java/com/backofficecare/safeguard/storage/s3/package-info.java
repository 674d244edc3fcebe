/**
 * {@link S3BlobStore}: blobs in an S3-compatible bucket (AWS S3, MinIO, Ceph, s3proxy) through the
 * AWS SDK for Java v2, with multipart upload, ranged reads, and deletion of every version.
 */
@NullMarked
package com.backofficecare.safeguard.storage.s3;

import org.jspecify.annotations.NullMarked;
