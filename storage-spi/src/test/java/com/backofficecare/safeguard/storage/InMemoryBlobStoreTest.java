package com.backofficecare.safeguard.storage;

class InMemoryBlobStoreTest extends BlobStoreContract {

  @Override
  protected BlobStore openStore() {
    return InMemoryBlobStore.create();
  }
}
