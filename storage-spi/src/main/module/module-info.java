/** The storage SPI: {@code BlobStore}, its providers, and the embedded file and memory backends. */
module com.backofficecare.safeguard.storage {
  requires transitive org.jspecify;

  exports com.backofficecare.safeguard.storage;

  uses com.backofficecare.safeguard.storage.BlobStoreProvider;

  provides com.backofficecare.safeguard.storage.BlobStoreProvider with
      com.backofficecare.safeguard.storage.BlobStoreProvider.Embedded.Files,
      com.backofficecare.safeguard.storage.BlobStoreProvider.Embedded.Memory;
}
