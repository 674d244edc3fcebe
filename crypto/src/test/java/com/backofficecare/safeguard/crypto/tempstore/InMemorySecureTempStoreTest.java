package com.backofficecare.safeguard.crypto.tempstore;

import com.backofficecare.safeguard.storage.BlobStore;
import com.backofficecare.safeguard.storage.InMemoryBlobStore;

class InMemorySecureTempStoreTest extends SecureTempStoreContract {

  @Override
  protected BlobStore openBlobStore() {
    return InMemoryBlobStore.create();
  }
}
