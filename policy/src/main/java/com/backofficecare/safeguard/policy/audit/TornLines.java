package com.backofficecare.safeguard.policy.audit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The one repair of a JSON-lines file that every append-only record here needs (audit trail,
 * incident files, termination journals): a last line with no line break was being written when its
 * writer died, before the sync that would have acknowledged it, so it is cut, and the next line
 * starts clean instead of being glued to the fragment.
 */
public final class TornLines {

  private TornLines() {}

  /** Cuts a torn last line from {@code file} (if it exists), syncing the cut. */
  public static void cut(Path file) throws IOException {
    if (Files.exists(file)) {
      try (FileChannel ch =
          FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
        cut(ch);
      }
    }
  }

  /** As {@link #cut(Path)}, on an open channel (under the caller's lock). */
  public static void cut(FileChannel ch) throws IOException {
    long size = ch.size();
    long end = size;
    ByteBuffer one = ByteBuffer.allocate(1);
    while (end > 0) {
      one.clear();
      ch.read(one, end - 1);
      if (one.get(0) == '\n') {
        break;
      }
      end--;
    }
    if (end < size) {
      ch.truncate(end);
      ch.force(true);
    }
  }
}
