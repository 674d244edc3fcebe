package com.backofficecare.safeguard.policy.access;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Guard state in one file of lines, shared by the processes of a host (a store directory's {@code
 * guard-state.log}). A write holds an OS lock on the file, reads what others appended, appends, and
 * syncs before returning. A last line without a line break was being written by a process that died
 * before its sync, so before its own write a writer cuts it; readers simply stop before it.
 *
 * <p>A compaction writes the snapshot to {@code guard-state.log.compact}, syncs it, renames it over
 * the file and syncs the directory, all under the lock, so a crash leaves the old file or the new
 * one. Every read and write first compares the file the path names with the one this handle has
 * open (device and inode); when another process compacted, the handle reopens the path and reads
 * the snapshot from its start. A writer checks again once it holds the lock, so it never appends to
 * a file that was replaced.
 */
public final class FileGuardStateStore implements GuardStateStore {

  /** One lock per file in this JVM: OS file locks are held per process, not per thread. */
  private static final Map<Path, ReentrantLock> JVM_LOCKS = new ConcurrentHashMap<>();

  private static final java.time.Duration LOCK_WAIT = java.time.Duration.ofSeconds(30);

  private final Path file;
  private final Path dir;
  private final ReentrantLock jvmLock;

  /** Guards the handle: the channel, the identity of its file, and how far it was read. */
  private final Object readLock = new Object();

  private FileChannel channel;
  private Object identity;
  private long position;

  private FileGuardStateStore(Path file, Path dir, Opened opened, ReentrantLock jvmLock) {
    this.file = file;
    this.dir = dir;
    this.channel = opened.channel();
    this.identity = opened.identity();
    this.jvmLock = jvmLock;
  }

  /** A channel on the file a path named, and that file's identity when it was opened. */
  private record Opened(FileChannel channel, Object identity) {}

  /**
   * Opens {@code file}, creating it (and syncing its directory) if it does not exist.
   *
   * @throws GuardStateException if its directory does not exist or it cannot be opened
   */
  public static FileGuardStateStore open(Path file) {
    requireNonNull(file, "file");
    Path dir = file.toAbsolutePath().getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new GuardStateException("no such directory for the guard state: " + dir);
    }
    try {
      if (!Files.exists(file)) {
        FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE).close();
        ownerOnly(file);
        syncDirectory(dir);
      }
      Path key = file.toRealPath();
      return new FileGuardStateStore(
          file, dir, openCurrent(file), JVM_LOCKS.computeIfAbsent(key, k -> new ReentrantLock()));
    } catch (IOException e) {
      throw new GuardStateException("cannot open the guard state " + file, e);
    }
  }

  /**
   * Opens {@code file} for reading only if it exists, for a command that must not create state.
   *
   * @throws GuardStateException if it does not exist
   */
  public static FileGuardStateStore openExisting(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new GuardStateException(
          "no guard state at " + file, new NoSuchFileException(file.toString()));
    }
    return open(file);
  }

  @Override
  public void read(Consumer<String> sink) {
    requireNonNull(sink, "sink");
    try {
      synchronized (readLock) {
        follow();
        readLines(sink, false);
      }
    } catch (IOException e) {
      throw new GuardStateException("cannot read the guard state " + file, e);
    }
  }

  @Override
  public <T> T write(Consumer<String> catchUp, Function<Consumer<String>, T> section) {
    requireNonNull(catchUp, "catchUp");
    requireNonNull(section, "section");
    jvmLock.lock();
    try (FileLock lock = lock()) {
      readLines(catchUp, true);
      List<String> appended = new ArrayList<>();
      T result =
          section.apply(
              line -> {
                requireOneLine(line);
                appended.add(line);
              });
      if (!appended.isEmpty()) {
        ByteBuffer buf = ByteBuffer.wrap(bytes(appended));
        synchronized (readLock) {
          long at = channel.size();
          while (buf.hasRemaining()) {
            at += channel.write(buf, at);
          }
          channel.force(false);
          position = at;
        }
      }
      return result;
    } catch (IOException e) {
      throw new GuardStateException("cannot write the guard state " + file, e);
    } finally {
      jvmLock.unlock();
    }
  }

  @Override
  public List<String> compact(Consumer<String> catchUp, Supplier<List<String>> snapshot) {
    requireNonNull(catchUp, "catchUp");
    requireNonNull(snapshot, "snapshot");
    Path temp = file.resolveSibling(file.getFileName() + ".compact");
    jvmLock.lock();
    try {
      FileChannel old;
      List<String> records;
      try (FileLock lock = lock()) {
        old = channel;
        readLines(catchUp, true);
        records = List.copyOf(snapshot.get());
        records.forEach(FileGuardStateStore::requireOneLine);
        ByteBuffer buf = ByteBuffer.wrap(bytes(records));
        FileChannel next = createOwnerOnly(temp);
        try {
          while (buf.hasRemaining()) {
            next.write(buf);
          }
          next.force(true);
          Object id = identity(temp);
          // The rename is the commit: before it the old file stands whole, after it the new one.
          Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
          syncDirectory(dir);
          synchronized (readLock) {
            channel = next;
            identity = id;
            position = buf.limit();
          }
        } catch (IOException | RuntimeException e) {
          next.close();
          Files.deleteIfExists(temp);
          throw e;
        }
      }
      old.close(); // after its lock was released: closing it first would release it unseen
      return records;
    } catch (IOException e) {
      throw new GuardStateException("cannot compact the guard state " + file, e);
    } finally {
      jvmLock.unlock();
    }
  }

  /**
   * The OS lock on the file the path names now, waited for 30 s at most: a stuck writer gives a
   * clear error. A lock taken on a file that another process replaced meanwhile is dropped, and the
   * new file is opened and locked instead.
   */
  private FileLock lock() throws IOException {
    long deadline = System.nanoTime() + LOCK_WAIT.toNanos();
    while (true) {
      FileChannel ch;
      synchronized (readLock) {
        follow();
        ch = channel;
      }
      FileLock l = ch.tryLock();
      if (l != null) {
        synchronized (readLock) {
          if (ch == channel && identity(file).equals(identity)) {
            return l; // nobody replaces the file while this lock is held
          }
        }
        try {
          l.release();
        } catch (java.nio.channels.ClosedChannelException e) {
          // a reader followed the replacement and closed it, which released the lock too
        }
        continue;
      }
      if (System.nanoTime() > deadline) {
        throw new GuardStateException(
            "another process has held the guard state "
                + file
                + " for "
                + LOCK_WAIT.toSeconds()
                + " s; nothing was changed");
      }
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new GuardStateException("interrupted waiting for the guard state " + file);
      }
    }
  }

  /** If the path names another file than the open one (a compaction), reads that one anew. */
  private void follow() throws IOException {
    if (!identity(file).equals(identity)) {
      Opened next = openCurrent(file);
      channel.close();
      channel = next.channel();
      identity = next.identity();
      position = 0;
    }
  }

  /** Opens the file {@code file} names, knowing it is the one whose identity is returned. */
  private static Opened openCurrent(Path file) throws IOException {
    for (int attempt = 0; attempt < 100; attempt++) {
      Object before = identity(file);
      FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
      if (identity(file).equals(before)) {
        return new Opened(ch, before);
      }
      ch.close(); // replaced between the two looks: open the new one
    }
    throw new IOException("the guard state file keeps being replaced");
  }

  /** Which file {@code file} names: device and inode where the file system has them. */
  private static Object identity(Path file) throws IOException {
    BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
    Object key = a.fileKey();
    return key != null ? key : a.creationTime();
  }

  private static void requireOneLine(String line) {
    if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
      throw new IllegalArgumentException("a guard state record is one line");
    }
  }

  private static byte[] bytes(List<String> lines) {
    StringBuilder sb = new StringBuilder();
    lines.forEach(l -> sb.append(l).append('\n'));
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static FileChannel createOwnerOnly(Path path) throws IOException {
    Set<StandardOpenOption> options =
        Set.of(
            StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.READ,
            StandardOpenOption.WRITE);
    try {
      return FileChannel.open(
          path,
          options,
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException e) {
      return FileChannel.open(path, options); // not a POSIX file system
    }
  }

  private static void ownerOnly(Path path) throws IOException {
    try {
      Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system
    }
  }

  /** Passes the complete lines after {@link #position}; under the write lock, cuts a torn tail. */
  private void readLines(Consumer<String> sink, boolean locked) throws IOException {
    synchronized (readLock) {
      long size = channel.size();
      ByteBuffer buf = ByteBuffer.allocate(64 * 1024);
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      long at = position;
      long lineStart = position;
      while (at < size) {
        buf.clear();
        int n = channel.read(buf, at);
        if (n <= 0) {
          break;
        }
        for (int i = 0; i < n; i++) {
          byte b = buf.get(i);
          if (b == '\n') {
            sink.accept(line.toString(StandardCharsets.UTF_8));
            line.reset();
            lineStart = at + i + 1;
            position = lineStart; // applied: never passed again, even if a later line fails
          } else {
            line.write(b);
          }
        }
        at += n;
      }
      position = lineStart;
      if (locked && lineStart < channel.size()) {
        channel.truncate(lineStart); // its writer died before syncing: it was never acknowledged
        channel.force(true);
      }
    }
  }

  @Override
  public void close() {
    try {
      synchronized (readLock) {
        channel.close();
      }
    } catch (IOException e) {
      throw new GuardStateException("cannot close the guard state " + file, e);
    }
  }

  @Override
  public String toString() {
    return "FileGuardStateStore[" + file + "]";
  }

  private static void syncDirectory(Path dir) {
    try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
      d.force(true);
    } catch (IOException e) {
      // Some file systems cannot sync a directory; the file's own syncs still hold its lines.
    }
  }
}
