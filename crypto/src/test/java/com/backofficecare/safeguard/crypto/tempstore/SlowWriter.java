package com.backofficecare.safeguard.crypto.tempstore;

import com.backofficecare.safeguard.core.AgencyId;
import com.backofficecare.safeguard.core.DataCategory;
import com.backofficecare.safeguard.crypto.LocalKeyStore;
import com.backofficecare.safeguard.storage.FileSystemBlobStore;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;

/** Child process for the kill test: puts an endless marker-filled stream, slowly. */
public final class SlowWriter {

  static final String STARTED = "started";

  private SlowWriter() {}

  public static void main(String[] args) {
    SecureTempStore store =
        SecureTempStore.builder()
            .blobStore(FileSystemBlobStore.open(Path.of(args[0])))
            .keyManager(
                LocalKeyStore.builder(Path.of(args[1]))
                    .passphrase("correct horse battery".toCharArray())
                    .argon2(8192, 1)
                    .open())
            .build();
    InputStream endless =
        new InputStream() {
          long n;

          @Override
          public int read() {
            return SecureTempStoreContract.MARKER[
                (int) (n++ % SecureTempStoreContract.MARKER.length)];
          }

          @Override
          public int read(byte[] b, int off, int len) {
            if (n > 1_000_000 && n - len <= 1_000_000) {
              System.out.println(STARTED);
              System.out.flush();
            }
            if (n > 1_000_000) {
              try {
                Thread.sleep(5);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            }
            for (int i = 0; i < len; i++) {
              b[off + i] = (byte) read();
            }
            return len;
          }
        };
    store.put(AgencyId.of(args[2]), DataCategory.PAYROLL, endless, Duration.ofHours(1));
  }
}
