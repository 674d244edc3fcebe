package com.backofficecare.safeguard.storage.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.backofficecare.safeguard.crypto.tempstore.SecureTempStoreContract;
import com.backofficecare.safeguard.crypto.tempstore.StoreWorkload;
import com.backofficecare.safeguard.storage.BlobStore;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The secure store's tests, unchanged, over PostgreSQL; and two processes sharing one store. */
class PostgresSecureTempStoreTest extends SecureTempStoreContract {

  @Override
  protected BlobStore openBlobStore() {
    return TestDatabase.store();
  }

  @Test
  void twoProcessesWriteReadAndDeleteInOneStoreAndNothingIsLostOrCorrupted() throws Exception {
    Path keyFile = work.resolve("shared-keys.sgks");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<Process> workers = new ArrayList<>();
    for (int w = 1; w <= 2; w++) {
      workers.add(
          new ProcessBuilder(
                  java,
                  "-cp",
                  System.getProperty("java.class.path"),
                  PostgresWorker.class.getName(),
                  TestDatabase.url(),
                  keyFile.toString(),
                  sunrise.value(),
                  Integer.toString(w))
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start());
    }
    List<String> kept = new ArrayList<>();
    for (Process p : workers) {
      String out = new String(p.getInputStream().readAllBytes());
      assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).as(out).isZero();
      out.lines().filter(l -> l.startsWith("kept ")).forEach(kept::add);
    }
    assertThat(kept).hasSize(2 * 10);
    var shared = StoreWorkload.open(openBlobStore(), keyFile);
    assertThat(shared.list(sunrise)).hasSize(20);
    for (String line : kept) {
      String[] f = line.split(" ");
      try (InputStream in =
          shared.open(com.backofficecare.safeguard.crypto.tempstore.ObjectId.parse(f[1]))) {
        assertThat(
                Arrays.equals(
                    in.readAllBytes(),
                    StoreWorkload.content(Integer.parseInt(f[2]), Integer.parseInt(f[3]))))
            .as(line)
            .isTrue();
      }
    }
  }
}
