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
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Guard state in one file of lines, shared by the processes of a host (a store directory's {@code
 * guard-state.log}). A write holds an OS lock on the file, reads what others appended, appends, and
 * syncs before returning. A last line without a line break was being written by a process that died
 * before its sync, so before its own write a writer cuts it; readers simply stop before it. The
 * file only grows: a release is a line, not a removal.
 */
public final class FileGuardStateStore implements GuardStateStore {

  /** One lock per file in this JVM: OS file locks are held per process, not per thread. */
  private static final Map<Path, ReentrantLock> JVM_LOCKS = new ConcurrentHashMap<>();

  private static final java.time.Duration LOCK_WAIT = java.time.Duration.ofSeconds(30);

  private final Path file;
  private final FileChannel channel;
  private final ReentrantLock jvmLock;
  private final Object readLock = new Object();
  private long position;

  private FileGuardStateStore(Path file, FileChannel channel, ReentrantLock jvmLock) {
    this.file = file;
    this.channel = channel;
    this.jvmLock = jvmLock;
  }

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
      boolean existed = Files.exists(file);
      FileChannel ch =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      if (!existed) {
        try {
          Files.setPosixFilePermissions(
              file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
          // not a POSIX file system
        }
        syncDirectory(dir);
      }
      Path key = file.toRealPath();
      return new FileGuardStateStore(
          file, ch, JVM_LOCKS.computeIfAbsent(key, k -> new ReentrantLock()));
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
      readLines(sink, false);
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
                if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
                  throw new IllegalArgumentException("a guard state record is one line");
                }
                appended.add(line);
              });
      if (!appended.isEmpty()) {
        StringBuilder sb = new StringBuilder();
        appended.forEach(l -> sb.append(l).append('\n'));
        ByteBuffer buf = ByteBuffer.wrap(sb.toString().getBytes(StandardCharsets.UTF_8));
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

  /** The OS lock on the file, waited for 30 s at most: a stuck writer gives a clear error. */
  private FileLock lock() throws IOException {
    long deadline = System.nanoTime() + LOCK_WAIT.toNanos();
    while (true) {
      FileLock l = channel.tryLock();
      if (l != null) {
        return l;
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
      channel.close();
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
