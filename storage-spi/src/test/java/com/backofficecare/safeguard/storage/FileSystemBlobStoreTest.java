package com.backofficecare.safeguard.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSystemBlobStoreTest extends BlobStoreContract {

  @TempDir Path dir;

  @Override
  protected BlobStore openStore() {
    return FileSystemBlobStore.open(dir.resolve("store"));
  }

  @Test
  @Tag("POL-5.1")
  void filesAndDirectoriesAreOwnerOnly() throws IOException {
    store.put(ns + "p/q", new ByteArrayInputStream(new byte[10]));
    Path file = dir.resolve("store").resolve(ns + "p/q");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
        .isEqualTo("rwx------");
  }

  @Test
  void partialFilesLeftByACrashAreSanitizedOnOpen() throws IOException {
    Path partial = dir.resolve("store/.partial/0123456789abcdef0123456789abcdef.part");
    Files.writeString(partial, "left by a crash");
    Path link = dir.resolve("partial-link");
    Files.createLink(link, partial);
    Files.setLastModifiedTime(
        partial,
        java.nio.file.attribute.FileTime.from(
            java.time.Instant.now().minus(FileSystemBlobStore.PARTIAL_GRACE).minusSeconds(1)));
    FileSystemBlobStore.open(dir.resolve("store")).close();
    assertThat(partial).doesNotExist();
    assertThat(Files.readAllBytes(link)).containsOnly(0);
    assertThat(store.list("")).isEmpty();
  }

  /**
   * Opening a store (another process's {@code store ls}, say) never touches a write in progress, a
   * recent partial file, or a file that is not the store's own.
   */
  @Test
  void openingAStoreLeavesLiveWritesAndForeignFilesAlone() throws IOException {
    Path live = dir.resolve("store/.partial/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.part");
    Path recent = dir.resolve("store/.partial/bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb.part");
    Path foreign = dir.resolve("store/.partial/notes.txt");
    for (Path p : java.util.List.of(live, recent, foreign)) {
      Files.writeString(p, "still being written");
    }
    java.nio.file.attribute.FileTime past =
        java.nio.file.attribute.FileTime.from(
            java.time.Instant.now().minus(FileSystemBlobStore.PARTIAL_GRACE).minusSeconds(1));
    Files.setLastModifiedTime(live, past);
    Files.setLastModifiedTime(foreign, past);
    try (java.nio.channels.FileChannel ch =
            java.nio.channels.FileChannel.open(live, java.nio.file.StandardOpenOption.WRITE);
        java.nio.channels.FileLock writing = ch.lock()) {
      FileSystemBlobStore.open(dir.resolve("store")).close();
    }
    for (Path p : java.util.List.of(live, recent, foreign)) {
      assertThat(Files.readString(p)).as(p.toString()).isEqualTo("still being written");
    }
  }

  @Test
  @Tag("POL-10.5")
  void sanitizeOverwritesBeforeUnlinking() throws IOException {
    // Keep a second link to the inode: after sanitize it must hold zeros, not the old bytes.
    store.put(ns + "s", new ByteArrayInputStream("MARKER-123".getBytes(StandardCharsets.UTF_8)));
    Path file = dir.resolve("store").resolve(ns + "s");
    Path link = dir.resolve("hardlink");
    Files.createLink(link, file);
    assertThat(store.sanitize(ns + "s")).isTrue();
    assertThat(Files.readAllBytes(link)).containsOnly(0);
    assertThat(file).doesNotExist();
  }

  @Test
  void emptyDirectoriesArePrunedAfterDelete() throws IOException {
    store.put(ns + "deep/er/k", new ByteArrayInputStream(new byte[1]));
    store.delete(ns + "deep/er/k");
    try (Stream<Path> s = Files.list(dir.resolve("store"))) {
      assertThat(s.filter(p -> !p.getFileName().toString().equals(".partial"))).isEmpty();
    }
  }

  @Test
  void discoveryIsOptInThroughTheProviderInterface() {
    try (BlobStore s = BlobStoreProvider.discover(dir.resolve("via-uri").toUri())) {
      assertThat(s).isInstanceOf(FileSystemBlobStore.class);
    }
  }

  /** A symbolic link planted among the blobs is neither listed nor followed by a sanitize. */
  @Test
  void aSymbolicLinkIsNeverListedNorSanitizedThrough() throws IOException {
    Path victim = dir.resolve("victim.txt");
    Files.writeString(victim, "not the store's");
    Path link = dir.resolve("store").resolve(ns + "evil/0123456789abcdef0123456789abcdef.data");
    Files.createDirectories(link.getParent());
    Files.createSymbolicLink(link, victim);
    assertThat(store.list(ns)).isEmpty();
    assertThat(store.sanitize(ns + "evil/0123456789abcdef0123456789abcdef.data")).isFalse();
    assertThat(Files.readString(victim)).isEqualTo("not the store's");
  }
}
