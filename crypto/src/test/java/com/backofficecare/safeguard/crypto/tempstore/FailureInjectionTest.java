package com.backofficecare.safeguard.crypto.tempstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.endsWith;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.spy;

import com.backofficecare.safeguard.core.AgencyId;
import com.backofficecare.safeguard.core.DataCategory;
import com.backofficecare.safeguard.crypto.KeyManager;
import com.backofficecare.safeguard.crypto.KeyUnavailableException;
import com.backofficecare.safeguard.crypto.LocalKeyStore;
import com.backofficecare.safeguard.crypto.WrappedKey;
import com.backofficecare.safeguard.storage.BlobStore;
import com.backofficecare.safeguard.storage.FileSystemBlobStore;
import com.backofficecare.safeguard.storage.StorageException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Failures injected with Mockito into the store's collaborators, a real file-system backend and a
 * real key store, where a hand-written fake would have to re-implement them: the failing call is
 * the only thing changed.
 */
class FailureInjectionTest {

  private static final AgencyId SUNRISE = AgencyId.of("sunrise");

  @TempDir Path work;
  private BlobStore blobs;
  private KeyManager keys;

  @BeforeEach
  void open() {
    blobs = spy(FileSystemBlobStore.open(work.resolve("store")));
    keys =
        spy(
            LocalKeyStore.builder(work.resolve("keys.sgks"))
                .passphrase("correct horse battery".toCharArray())
                .argon2(8192, 1)
                .open());
  }

  private SecureTempStore store() {
    return SecureTempStore.builder().blobStore(blobs).keyManager(keys).warmUp(false).build();
  }

  private static InputStream content() {
    byte[] b = new byte[200_000];
    new Random(7).nextBytes(b);
    return new ByteArrayInputStream(b);
  }

  /** Before, the ciphertext stayed on disk until a recovery an hour later. */
  @Test
  void aBackendFailingToStoreTheMetadataLeavesNoCiphertextBehind() {
    doThrow(new StorageException("disk full")).when(blobs).put(endsWith(".meta"), any());
    SecureTempStore store = store();
    assertThatThrownBy(() -> store.put(SUNRISE, DataCategory.CLIENT_RECORDS, content()))
        .isInstanceOf(StorageException.class)
        .hasMessage("disk full");
    assertThat(blobs.list("")).isEmpty();
    assertThat(store.list()).isEmpty();
  }

  @Test
  void aBackendFailingToSanitizeAfterAFailedPutReportsBothFailures() {
    doThrow(new StorageException("disk full")).when(blobs).put(endsWith(".meta"), any());
    doThrow(new StorageException("read-only file system")).when(blobs).sanitize(any());
    SecureTempStore store = store();
    assertThatThrownBy(() -> store.put(SUNRISE, DataCategory.CLIENT_RECORDS, content()))
        .hasMessage("disk full")
        .satisfies(
            e ->
                assertThat(e.getSuppressed())
                    .singleElement()
                    .hasToString(StorageException.class.getName() + ": read-only file system"));
    assertThat(store.list()).as("no metadata, so no object").isEmpty();
  }

  @Test
  void aKeyManagerFailingToUnwrapReleasesNothing() throws Exception {
    SecureTempStore store = store();
    ObjectId id = store.put(SUNRISE, DataCategory.CLIENT_RECORDS, content()).id();
    doThrow(new KeyUnavailableException("the HSM does not answer"))
        .when(keys)
        .unwrap(any(AgencyId.class), any(WrappedKey.class));
    assertThatThrownBy(() -> store.open(id))
        .isInstanceOf(KeyUnavailableException.class)
        .hasMessage("the HSM does not answer");
    assertThat(store.stat(id)).as("the object is kept for when the key is back").isPresent();
  }
}
