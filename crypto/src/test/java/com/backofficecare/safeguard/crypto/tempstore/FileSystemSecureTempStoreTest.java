package com.backofficecare.safeguard.crypto.tempstore;

import static org.assertj.core.api.Assertions.assertThat;

import com.backofficecare.safeguard.core.DataCategory;
import com.backofficecare.safeguard.storage.BlobStore;
import com.backofficecare.safeguard.storage.FileSystemBlobStore;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class FileSystemSecureTempStoreTest extends SecureTempStoreContract {

  @Override
  protected BlobStore openBlobStore() {
    return FileSystemBlobStore.open(work.resolve("store"));
  }

  private List<Path> allFiles() throws IOException {
    try (Stream<Path> s = Files.walk(work)) {
      return s.filter(Files::isRegularFile).toList();
    }
  }

  @Test
  @Tag("POL-5.1")
  void noFileAnywhereInTheStoreOrKeyStoreHoldsThePlaintext() throws IOException {
    for (int i = 0; i < 5; i++) {
      store.put(
          sunrise, DataCategory.CLIENT_RECORDS, new ByteArrayInputStream(payload(150_000 + i)));
    }
    List<Path> files = allFiles();
    assertThat(files).hasSizeGreaterThan(10);
    for (Path p : files) {
      assertThat(contains(Files.readAllBytes(p), MARKER)).as(p.toString()).isFalse();
    }
  }

  @Test
  @Tag("POL-5.2")
  void aBackupOfTheStoreRestoresElsewhereAndHoldsNoPlaintext() throws IOException {
    StoredObject o =
        store.put(
            sunrise,
            DataCategory.PAYROLL,
            new ByteArrayInputStream(payload(120_000)),
            Duration.ofDays(2));
    Path backup = work.resolve("backup");
    try (Stream<Path> files = Files.walk(work.resolve("store"))) {
      for (Path p : files.toList()) {
        Path target =
            backup.resolve("store").resolve(work.resolve("store").relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    Files.copy(work.resolve("keys.sgks"), backup.resolve("keys.sgks"));
    for (Path p : allFiles().stream().filter(p -> p.startsWith(backup)).toList()) {
      assertThat(contains(Files.readAllBytes(p), MARKER)).as(p.toString()).isFalse();
    }
    try (var keys =
            com.backofficecare.safeguard.crypto.LocalKeyStore.builder(backup.resolve("keys.sgks"))
                .passphrase("correct horse battery".toCharArray())
                .open();
        SecureTempStore restored =
            SecureTempStore.builder()
                .blobStore(FileSystemBlobStore.open(backup.resolve("store")))
                .keyManager(keys)
                .clock(clock)
                .warmUp(false)
                .build();
        java.io.InputStream in = restored.open(o.id())) {
      assertThat(in.readAllBytes()).isEqualTo(payload(120_000));
    }
  }

  @Test
  @Tag("POL-10.5")
  void deletionOverwritesTheCiphertextOnDisk() throws IOException {
    StoredObject o =
        store.put(sunrise, DataCategory.PAYROLL, new ByteArrayInputStream(payload(40_000)));
    Path data = work.resolve("store").resolve(sunrise.value()).resolve(o.id().token() + ".data");
    Path link = work.resolve("second-link");
    Files.createLink(link, data); // sees the inode after the store unlinks it
    DeletionReceipt r = store.delete(o.id());
    assertThat(r.ciphertextOverwritten()).isTrue();
    assertThat(Files.readAllBytes(link)).containsOnly(0);
  }

  /**
   * A writer JVM killed with SIGKILL in the middle of a large put: nothing partial is listed or
   * readable, no plaintext reached the disk, and recovery sanitizes the leftover.
   */
  @Test
  @Tag("POL-5.1")
  void aWriterKilledMidPutLeavesNothingReadableAndNoPlaintext() throws Exception {
    store.close();
    Path storeDir = work.resolve("store");
    Path keyFile = work.resolve("keys.sgks");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                SlowWriter.class.getName(),
                storeDir.toString(),
                keyFile.toString(),
                sunrise.value())
            .redirectErrorStream(true)
            .start();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      do {
        line = out.readLine();
      } while (line != null && !line.equals(SlowWriter.STARTED));
      assertThat(line).as("the writer started").isEqualTo(SlowWriter.STARTED);
      Thread.sleep(300);
      child.destroyForcibly(); // SIGKILL on Linux
      assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
    }
    List<Path> left = allFiles();
    assertThat(left)
        .as("the killed write left its partial ciphertext behind")
        .anySatisfy(p -> assertThat(p.toString()).contains(".partial"));
    for (Path p : left) {
      assertThat(contains(Files.readAllBytes(p), MARKER)).as(p.toString()).isFalse();
    }
    blobs = FileSystemBlobStore.open(storeDir);
    store =
        SecureTempStore.builder()
            .blobStore(blobs)
            .keyManager(keys)
            .clock(clock)
            .orphanGracePeriod(Duration.ZERO)
            .build();
    assertThat(store.list()).isEmpty();
    for (Path p : allFiles()) {
      assertThat(contains(Files.readAllBytes(p), MARKER)).as(p.toString()).isFalse();
    }
    assertThat(blobs.list("")).as("leftovers sanitized by recovery").isEmpty();
  }

  /**
   * Four writer JVMs and two JVMs reopening (so recovery runs), listing, reading and reaping in a
   * loop, on one store directory at once: every kept object reads back exactly, and nothing else is
   * left.
   */
  @Test
  void writersAndListersInSeveralProcessesLoseAndCorruptNothing() throws Exception {
    int rounds = StoreWorkload.ROUNDS;
    Path storeDir = work.resolve("store");
    assertThat(
            StoreWorkload.torture(
                FileSystemWorker.class,
                List.of(storeDir.toString()),
                work,
                sunrise,
                FileSystemBlobStore.open(storeDir),
                rounds))
        .isEqualTo(rounds * 40);
  }
}
