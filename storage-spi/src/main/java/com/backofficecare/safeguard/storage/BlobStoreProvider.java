package com.backofficecare.safeguard.storage;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.nio.file.Path;
import java.util.ServiceLoader;

/**
 * Opens a backend from a URI such as {@code file:/var/lib/safeguard} or {@code mem:}. Discovery
 * through {@link ServiceLoader} is an opt-in convenience for configuration-driven applications;
 * code that knows its backend builds it directly.
 */
public interface BlobStoreProvider {

  /** The URI scheme this provider serves, e.g. {@code "file"}. */
  String scheme();

  /** Opens the store {@code uri} names. */
  BlobStore open(URI uri);

  /**
   * Opens {@code uri} with the provider on the class path that serves its scheme.
   *
   * @throws IllegalArgumentException if no provider serves the scheme
   */
  static BlobStore discover(URI uri) {
    requireNonNull(uri, "uri");
    for (BlobStoreProvider p : ServiceLoader.load(BlobStoreProvider.class)) {
      if (p.scheme().equalsIgnoreCase(uri.getScheme())) {
        return p.open(uri);
      }
    }
    throw new IllegalArgumentException("no blob store provider for scheme " + uri.getScheme());
  }

  /** The embedded backends: {@code file:PATH} and {@code mem:}. */
  final class Embedded {
    private Embedded() {}

    /** Serves {@code file:} URIs with {@link FileSystemBlobStore}. */
    public static final class Files implements BlobStoreProvider {
      /** For {@link java.util.ServiceLoader}. */
      public Files() {}

      @Override
      public String scheme() {
        return "file";
      }

      @Override
      public BlobStore open(URI uri) {
        return FileSystemBlobStore.open(Path.of(uri));
      }
    }

    /** Serves {@code mem:} URIs with a new {@link InMemoryBlobStore}. */
    public static final class Memory implements BlobStoreProvider {
      /** For {@link java.util.ServiceLoader}. */
      public Memory() {}

      @Override
      public String scheme() {
        return "mem";
      }

      @Override
      public BlobStore open(URI uri) {
        return InMemoryBlobStore.create();
      }
    }
  }
}
