package com.backofficecare.safeguard.buildsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import org.opentest4j.TestAbortedException;

/**
 * Files the tests read from {@code ../shared} beside the repository (test vectors), which are not
 * committed. A test that needs one is skipped, with a message, when it is absent, and fails when
 * the environment says {@code CI=true}.
 */
public final class SharedFixtures {

  private SharedFixtures() {}

  /**
   * The shared file at {@code relative} (e.g. {@code testvectors/wycheproof/aes_gcm_test.json}).
   */
  public static Path require(String relative) {
    String base = System.getProperty("safeguard.shared", "../shared");
    Path p = Path.of(base).resolve(relative).normalize();
    if (Files.isReadable(p)) {
      return p;
    }
    String message =
        "shared fixture "
            + relative
            + " not found under "
            + Path.of(base).toAbsolutePath()
            + " (set -Dsafeguard.shared=DIR)";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new AssertionError(message + "; required when CI=true");
    }
    throw new TestAbortedException(message + "; skipped");
  }
}
