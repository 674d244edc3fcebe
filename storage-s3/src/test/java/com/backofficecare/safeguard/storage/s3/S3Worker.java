package com.backofficecare.safeguard.storage.s3;

import com.backofficecare.safeguard.crypto.tempstore.StoreWorkload;

/** A child of the several-processes test ({@link StoreWorkload#child}; the server from env). */
public final class S3Worker {

  private S3Worker() {}

  public static void main(String[] args) throws Exception {
    StoreWorkload.child(TestBucket.store(), args);
  }
}
