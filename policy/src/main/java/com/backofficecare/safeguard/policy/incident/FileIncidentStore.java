package com.backofficecare.safeguard.policy.incident;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Incident events as JSON lines, one file per incident in a directory: the default store. Appends
 * take an exclusive file lock, check the version against the lines already there, and sync; so
 * processes sharing the directory serialize their transitions too.
 */
public final class FileIncidentStore implements IncidentStore {

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  private final Path dir;

  private FileIncidentStore(Path dir) {
    this.dir = dir;
  }

  /** A store in {@code dir}, created if missing. */
  public static FileIncidentStore open(Path dir) {
    try {
      if (!Files.isDirectory(requireNonNull(dir, "dir"))) {
        Files.createDirectories(dir);
        try { // incident records name people and systems: owner-only, as the store is
          Files.setPosixFilePermissions(
              dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException e) {
          // not a POSIX file system
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create incident store " + dir, e);
    }
    return new FileIncidentStore(dir);
  }

  /** One lock per file within this JVM: file locks only exclude other processes. */
  private static final Map<Path, ReentrantLock> LOCAL = new ConcurrentHashMap<>();

  @Override
  public void append(String incident, long expectedVersion, IncidentEvent event) {
    Path file = file(incident);
    ReentrantLock local =
        LOCAL.computeIfAbsent(file.toAbsolutePath().normalize(), k -> new ReentrantLock());
    local.lock();
    try {
      appendLocked(file, incident, expectedVersion, event);
    } finally {
      local.unlock();
    }
  }

  private void appendLocked(Path file, String incident, long expectedVersion, IncidentEvent event) {
    byte[] line = (EventCodec.write(event) + "\n").getBytes(StandardCharsets.UTF_8);
    try (FileChannel ch =
            FileChannel.open(
                file,
                StandardOpenOption.CREATE,
                StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock = ch.lock()) {
      com.backofficecare.safeguard.policy.audit.TornLines.cut(ch);
      long actual = countLines(ch);
      if (actual != expectedVersion) {
        throw new ConcurrentIncidentUpdateException(incident, expectedVersion, actual);
      }
      ch.position(ch.size());
      ch.write(ByteBuffer.wrap(line));
      ch.force(false);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append to incident " + incident, e);
    }
  }

  @Override
  public List<IncidentEvent> load(String incident) {
    Path file = file(incident);
    if (!Files.exists(file)) {
      return List.of();
    }
    try {
      List<IncidentEvent> out = new ArrayList<>();
      String text = Files.readString(file, StandardCharsets.UTF_8);
      int end = text.lastIndexOf('\n') + 1; // a last line with no line break is torn: not written
      for (String line : text.substring(0, end).split("\n")) {
        if (!line.isEmpty()) {
          out.add(EventCodec.read(line));
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read incident " + incident, e);
    }
  }

  @Override
  public List<String> incidents() {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".jsonl"))
          .map(n -> n.substring(0, n.length() - 6))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list incidents in " + dir, e);
    }
  }

  private Path file(String incident) {
    if (!ID.matcher(requireNonNull(incident, "incident")).matches()) {
      throw new IllegalArgumentException("incident id must be 1 to 64 of [A-Za-z0-9_-]");
    }
    return dir.resolve(incident + ".jsonl");
  }

  private static long countLines(FileChannel ch) throws IOException {
    long lines = 0;
    ByteBuffer buf = ByteBuffer.allocate(64 * 1024);
    ch.position(0);
    while (ch.read(buf) > 0) {
      buf.flip();
      while (buf.hasRemaining()) {
        if (buf.get() == '\n') {
          lines++;
        }
      }
      buf.clear();
    }
    return lines;
  }
}
