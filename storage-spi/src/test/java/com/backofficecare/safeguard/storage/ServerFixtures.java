package com.backofficecare.safeguard.storage;

import org.opentest4j.TestAbortedException;

/**
 * Where the real servers of the backend tests are, from the environment that {@code .ci/services
 * start} prints. A missing server skips the test, with a message, except when {@code CI=true},
 * where it fails. Shipped in the storage-spi test-jar.
 */
public final class ServerFixtures {

  private ServerFixtures() {}

  /** The value of environment variable {@code name}, which names a test server. */
  public static String require(String name) {
    String v = System.getenv(name);
    if (v != null && !v.isEmpty()) {
      return v;
    }
    String why =
        name + " is not set: start the test servers with eval \"$(bash .ci/services start)\"";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new AssertionError(why + " (required when CI=true)");
    }
    throw new TestAbortedException(why);
  }
}
