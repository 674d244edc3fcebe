package com.backofficecare.safeguard.policy.termination;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.opentest4j.TestAbortedException;

/** GnuPG (from Debian's packages, installed by .ci/run) in a throwaway home, for interop tests. */
final class GnuPg {

  private final Path home;

  GnuPg(Path home) throws IOException {
    this.home = Files.createDirectories(home);
    Files.setPosixFilePermissions(
        home, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
    if (!Files.isExecutable(Path.of("/usr/bin/gpg"))) {
      String why = "gpg not installed (apt-get install gnupg)";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new AssertionError(why + "; required when CI=true");
      }
      throw new TestAbortedException(why);
    }
  }

  String run(String... args) throws IOException, InterruptedException {
    List<String> cmd =
        new ArrayList<>(
            List.of(
                "gpg",
                "--homedir",
                home.toString(),
                "--batch",
                "--yes",
                "--pinentry-mode",
                "loopback",
                "--passphrase",
                ""));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    if (p.waitFor() != 0) {
      throw new IllegalStateException("gpg " + String.join(" ", args) + " failed: " + out);
    }
    return out;
  }

  /** A new key pair for the agency; returns the armored public key file. */
  Path agencyKey(Path out) throws Exception {
    run(
        "--quick-gen-key",
        "Sunrise Home Care <it@sunrise.example>",
        "rsa3072",
        "sign,cert",
        "never");
    String fpr =
        run("--list-keys", "--with-colons")
            .lines()
            .filter(l -> l.startsWith("fpr:"))
            .findFirst()
            .orElseThrow()
            .split(":")[9];
    run("--quick-add-key", fpr, "rsa3072", "encr", "never");
    run("--armor", "--output", out.toString(), "--export", fpr);
    return out;
  }

  void decrypt(Path in, Path out) throws Exception {
    run("--output", out.toString(), "--decrypt", in.toString());
  }
}
