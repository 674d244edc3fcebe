package com.backofficecare.safeguard.crypto.tempstore;

import com.backofficecare.safeguard.storage.FileSystemBlobStore;
import java.nio.file.Path;
import java.util.Arrays;

/** A child JVM of {@link StoreWorkload#torture} on a file-system store: {@code STOREDIR} first. */
public final class FileSystemWorker {

  private FileSystemWorker() {}

  public static void main(String[] args) throws Exception {
    StoreWorkload.child(
        FileSystemBlobStore.open(Path.of(args[0])), Arrays.copyOfRange(args, 1, args.length));
  }
}
