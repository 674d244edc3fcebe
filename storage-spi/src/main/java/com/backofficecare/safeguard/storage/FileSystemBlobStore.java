package com.backofficecare.safeguard.storage;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Blobs as files under one directory: the embedded default backend.
 *
 * <p>A put writes a temporary file in {@code .partial/}, syncs it, renames it over the target
 * atomically and syncs the directory, so a crash leaves the old blob or the new one, never a mix.
 * Files and directories are created owner-only ({@code rw-------}, {@code rwx------}) where the
 * file system has POSIX permissions. Opening a store sanitizes partial files a crash left behind.
 * {@link #sanitize} overwrites a file with zeros and syncs before unlinking it; on SSDs, journaling
 * and copy-on-write file systems old blocks may survive that (see the project README).
 */
public final class FileSystemBlobStore implements BlobStore {

  private static final String PARTIAL = ".partial";

  /** How long a partial file must be untouched before recovery may take it as a crash's. */
  static final Duration PARTIAL_GRACE = Duration.ofMinutes(10);

  private static final int BUFFER = 64 * 1024;
  private static final Set<PosixFilePermission> FILE_PERMS =
      PosixFilePermissions.fromString("rw-------");
  private static final Set<PosixFilePermission> DIR_PERMS =
      PosixFilePermissions.fromString("rwx------");

  private final Path root;
  private final Path partial;
  private final boolean posix;
  private final SecureRandom random = new SecureRandom();

  private FileSystemBlobStore(Path root) {
    this.root = root.toAbsolutePath().normalize();
    this.partial = this.root.resolve(PARTIAL);
    try {
      this.posix =
          Files.getFileStore(Files.createDirectories(this.root)).supportsFileAttributeView("posix");
      createDirectory(partial);
      if (posix) {
        Files.setPosixFilePermissions(this.root, DIR_PERMS);
      }
      sanitizePartials();
    } catch (IOException e) {
      throw new StorageException("cannot open blob store directory " + this.root, e);
    }
  }

  /** A store in {@code directory}, created (owner-only) if missing. */
  public static FileSystemBlobStore open(Path directory) {
    return new FileSystemBlobStore(requireNonNull(directory, "directory"));
  }

  /** The directory this store keeps its files in. */
  public Path directory() {
    return root;
  }

  @Override
  public void put(String key, InputStream content) {
    BlobKeys.check(key);
    requireNonNull(content, "content");
    Path target = path(key);
    Path temp = partial.resolve(HexFormat.of().formatHex(randomBytes()) + ".part");
    boolean moved = false;
    try {
      // The partial file is locked until it is renamed into place: another process opening the
      // store sees a live writer and leaves it alone.
      try (FileChannel ch =
              FileChannel.open(
                  temp,
                  EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                  fileAttributes());
          OutputStream out = Channels.newOutputStream(ch);
          FileLock writing = ch.lock()) {
        byte[] buffer = new byte[BUFFER];
        for (int n; (n = content.read(buffer)) >= 0; ) {
          out.write(buffer, 0, n);
        }
        ch.force(true);
        moveIntoPlace(temp, target);
        moved = true;
      }
      syncDirectory(requireNonNull(target.getParent()));
    } catch (IOException | UncheckedIOException e) {
      throw new StorageException("put failed for key " + key, e);
    } finally {
      if (!moved) {
        overwriteAndDelete(temp);
      }
    }
  }

  @Override
  public InputStream get(String key) {
    BlobKeys.check(key);
    try {
      return Files.newInputStream(path(key));
    } catch (NoSuchFileException e) {
      throw new BlobNotFoundException(key);
    } catch (IOException e) {
      throw new StorageException("get failed for key " + key, e);
    }
  }

  @Override
  public InputStream get(String key, long offset, long length) {
    BlobKeys.check(key);
    if (offset < 0 || length < 0) {
      throw new IllegalArgumentException("offset and length must not be negative");
    }
    try {
      FileChannel ch = FileChannel.open(path(key), StandardOpenOption.READ);
      ch.position(Math.min(offset, ch.size()));
      return new RangeInputStream(Channels.newInputStream(ch), 0, length);
    } catch (NoSuchFileException e) {
      throw new BlobNotFoundException(key);
    } catch (IOException e) {
      throw new StorageException("get failed for key " + key, e);
    }
  }

  @Override
  public Optional<BlobInfo> stat(String key) {
    BlobKeys.check(key);
    try {
      BasicFileAttributes a = Files.readAttributes(path(key), BasicFileAttributes.class);
      return a.isRegularFile()
          ? Optional.of(new BlobInfo(key, a.size(), a.lastModifiedTime().toInstant()))
          : Optional.empty();
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new StorageException("stat failed for key " + key, e);
    }
  }

  @Override
  public List<BlobInfo> list(String prefix) {
    BlobKeys.checkPrefix(prefix);
    List<BlobInfo> out = new ArrayList<>();
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes a) {
              return dir.equals(partial) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path p, BasicFileAttributes a) {
              // Attributes of the entry itself: a symbolic link is not a blob, so it is never
              // listed, so never sanitized through.
              String key = root.relativize(p).toString().replace('\\', '/');
              if (a.isRegularFile() && key.startsWith(prefix)) {
                out.add(new BlobInfo(key, a.size(), a.lastModifiedTime().toInstant()));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path p, IOException e) throws IOException {
              if (e instanceof NoSuchFileException) {
                return FileVisitResult.CONTINUE; // deleted by another process while listing
              }
              throw e;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, @Nullable IOException e)
                throws IOException {
              if (e != null && !(e instanceof NoSuchFileException)) {
                throw e;
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new StorageException("list failed under prefix " + prefix, e);
    }
    out.sort(Comparator.comparing(BlobInfo::key));
    return out;
  }

  @Override
  public boolean delete(String key) {
    BlobKeys.check(key);
    Path p = path(key);
    try {
      boolean existed = Files.deleteIfExists(p);
      if (existed) {
        syncDirectory(requireNonNull(p.getParent()));
        pruneEmptyParents(requireNonNull(p.getParent()));
      }
      return existed;
    } catch (IOException e) {
      throw new StorageException("delete failed for key " + key, e);
    }
  }

  @Override
  public boolean sanitize(String key) {
    BlobKeys.check(key);
    Path p = path(key);
    if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
      return false; // a link's target is not this store's to overwrite
    }
    // Moved out of the keys first, so that no reader by name meets it half overwritten (another
    // process listing and reading the store read zeros before); a crash before the overwrite
    // ends leaves a partial file, which the next opening of the store sanitizes.
    Path doomed = partial.resolve(HexFormat.of().formatHex(randomBytes()) + ".part");
    try {
      Files.move(p, doomed, StandardCopyOption.ATOMIC_MOVE);
    } catch (NoSuchFileException e) {
      return false; // deleted meanwhile
    } catch (IOException e) {
      throw new StorageException("sanitize failed to move key " + key, e);
    }
    syncDirectory(requireNonNull(p.getParent()));
    pruneEmptyParents(requireNonNull(p.getParent()));
    try {
      overwrite(doomed);
      Files.delete(doomed);
    } catch (IOException e) {
      throw new StorageException("sanitize failed to overwrite key " + key, e);
    }
    syncDirectory(partial);
    return true;
  }

  @Override
  public Set<Capability> capabilities() {
    return EnumSet.of(
        Capability.OVERWRITE_ON_SANITIZE, Capability.NATIVE_RANGE_READ, Capability.SHARED);
  }

  @Override
  public void close() {}

  @Override
  public String toString() {
    return "FileSystemBlobStore[" + root + "]";
  }

  private Path path(String key) {
    Path p = root.resolve(key).normalize();
    if (!p.startsWith(root) || p.startsWith(partial)) {
      throw new IllegalArgumentException("blob key leaves the store or names its partial area");
    }
    return p;
  }

  private byte[] randomBytes() {
    byte[] b = new byte[16];
    random.nextBytes(b);
    return b;
  }

  private FileAttribute<?>[] fileAttributes() {
    return posix
        ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE_PERMS)}
        : new FileAttribute<?>[0];
  }

  private void createDirectory(Path dir) throws IOException {
    if (Files.isDirectory(dir)) {
      return;
    }
    if (dir.getParent() != null && !dir.getParent().equals(root)) {
      createDirectory(dir.getParent());
    }
    try {
      if (posix) {
        Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(DIR_PERMS));
      } else {
        Files.createDirectory(dir);
      }
    } catch (FileAlreadyExistsException e) {
      // created concurrently
    }
  }

  /**
   * Renames a written partial file to its key. Another process deleting the directory's last blob
   * prunes the directory; the rename then finds no directory and is tried again once it exists.
   */
  private void moveIntoPlace(Path temp, Path target) throws IOException {
    for (int attempt = 1; ; attempt++) {
      try {
        createDirectory(requireNonNull(target.getParent()));
        Files.move(
            temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return;
      } catch (AtomicMoveNotSupportedException e) {
        throw new StorageException("file system cannot rename atomically under " + root, e);
      } catch (NoSuchFileException e) {
        if (attempt == 10 || !Files.exists(temp)) {
          throw e;
        }
      }
    }
  }

  private void pruneEmptyParents(Path dir) {
    for (Path d = dir; d != null && !d.equals(root) && d.startsWith(root); d = d.getParent()) {
      try {
        Files.deleteIfExists(d);
      } catch (DirectoryNotEmptyException e) {
        return;
      } catch (IOException e) {
        return; // best effort; an empty directory is harmless
      }
    }
  }

  private static void syncDirectory(Path dir) {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException e) {
      // Some platforms cannot open directories; the rename is still atomic there.
    }
  }

  private static void overwrite(Path p) throws IOException {
    try (FileChannel ch =
        FileChannel.open(p, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
      overwrite(ch);
    }
  }

  private static void overwrite(FileChannel ch) throws IOException {
    long size = ch.size();
    ByteBuffer zeros = ByteBuffer.allocate((int) Math.min(BUFFER, Math.max(1, size)));
    for (long pos = 0; pos < size; ) {
      zeros.clear();
      zeros.limit((int) Math.min(zeros.capacity(), size - pos));
      pos += ch.write(zeros, pos);
    }
    ch.force(true);
  }

  private void overwriteAndDelete(Path p) {
    try {
      if (Files.exists(p)) {
        overwrite(p);
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // a partial file is cleared again when the store is next opened
    }
  }

  /**
   * Sanitizes the partial files that crashed writers left: only this store's own ({@code .part}
   * names), only those no live writer holds (a writer locks its partial file until the rename), and
   * only once untouched for {@link #PARTIAL_GRACE}, for file systems whose locks do not reach other
   * hosts.
   */
  private void sanitizePartials() throws IOException {
    Instant cutoff = Instant.now().minus(PARTIAL_GRACE);
    try (Stream<Path> files = Files.list(partial)) {
      files
          .filter(p -> p.getFileName().toString().matches("[0-9a-f]{32}\\.part"))
          .forEach(
              p -> {
                try (FileChannel ch =
                        FileChannel.open(p, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
                    FileLock free = ch.tryLock()) {
                  if (free != null && Files.getLastModifiedTime(p).toInstant().isBefore(cutoff)) {
                    overwrite(ch);
                    Files.deleteIfExists(p);
                  }
                } catch (OverlappingFileLockException e) {
                  // a writer in this JVM holds it
                } catch (IOException e) {
                  // gone meanwhile, or unreadable: looked at again the next time a store opens
                }
              });
    }
  }
}
