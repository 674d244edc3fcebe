package com.backofficecare.safeguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code store} commands as an operator runs them: a separate JVM, the passphrase in env. */
class StoreCommandTest {

  record Run(int exit, byte[] out, String err) {
    String text() {
      return new String(out, StandardCharsets.UTF_8);
    }
  }

  @TempDir Path dir;

  private Run cli(String passphrase, String... args) throws Exception {
    List<String> cmd =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                CliProcess.classpath(),
                SafeguardCli.class.getName()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().remove("SAFEGUARD_PASSPHRASE");
    if (passphrase != null) {
      pb.environment().put("SAFEGUARD_PASSPHRASE", passphrase);
    }
    pb.redirectError(dir.resolve("stderr.txt").toFile());
    Process p = pb.start();
    byte[] out = p.getInputStream().readAllBytes();
    int exit = p.waitFor();
    return new Run(exit, out, Files.readString(dir.resolve("stderr.txt")));
  }

  /** Where the file-system store keeps object {@code id}'s ciphertext or metadata. */
  private static Path objectFile(Path store, String id, String extension) {
    return store.resolve("objects/sunrise/" + id.substring(id.indexOf(':') + 1) + extension);
  }

  /** Runs {@code store put} of {@code file} for agency sunrise with {@code flags}. */
  private Run putRun(Path store, String file, String... flags) throws Exception {
    List<String> args =
        new ArrayList<>(
            List.of("store", "put", "--store", store.toString(), "--agency", "sunrise"));
    args.addAll(List.of(flags));
    args.add(file);
    return cli("s3cret-passphrase", args.toArray(String[]::new));
  }

  /** Stores {@code file} for agency sunrise with {@code flags}; returns the object id. */
  private String put(Path store, Path file, String... flags) throws Exception {
    Run put = putRun(store, file.toString(), flags);
    assertThat(put.exit()).as(put.err()).isZero();
    return put.text().trim();
  }

  @Test
  @Tag("POL-5.1")
  @Tag("POL-10.6")
  void putGetLsRmOnAFreshStore() throws Exception {
    Path store = dir.resolve("store");
    Path file = dir.resolve("payroll.csv");
    String secret = "Ada Lovelace,123-45-6789,ACCT 000123456789\n";
    Files.writeString(file, secret);

    String id = put(store, file, "--category", "PAYROLL");
    assertThat(id).matches("sunrise:[0-9a-f]{32}");

    Run ls = cli("s3cret-passphrase", "store", "ls", "--store", store.toString());
    assertThat(ls.text())
        .contains("\"id\":\"" + id + "\"")
        .contains("\"size\":" + secret.length())
        .doesNotContain("Lovelace");

    Run get = cli("s3cret-passphrase", "store", "get", "--store", store.toString(), id);
    assertThat(get.exit()).isZero();
    assertThat(get.text()).isEqualTo(secret);

    try (Stream<Path> files = Files.walk(store)) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        assertThat(Files.readString(p, StandardCharsets.ISO_8859_1))
            .as(p.toString())
            .doesNotContain("Lovelace")
            .doesNotContain("123-45-6789");
      }
    }

    Run rm = cli("s3cret-passphrase", "store", "rm", "--store", store.toString(), id);
    assertThat(rm.exit()).isZero();
    assertThat(rm.text()).contains("\"verified\":true").contains("cryptographic-erase");

    Run gone = cli("s3cret-passphrase", "store", "get", "--store", store.toString(), id);
    assertThat(gone.exit()).isEqualTo(ExitStatus.NO_SUCH_INPUT);
    assertThat(gone.out()).isEmpty();

    // Each command recorded what it did in the store's trail, signed by the store's identity.
    Files.write(
        dir.resolve("keys"),
        cli("s3cret-passphrase", "signing-key", "--store", store.toString()).out());
    String log = store.resolve("audit.log").toString();
    Run verify = cli(null, "audit", "verify", log, "--key", dir.resolve("keys").toString());
    assertThat(verify.exit()).as(verify.text()).isZero();
    Run events = cli(null, "audit", "show", log);
    assertThat(events.text())
        .contains("\"type\":\"store.stored\"")
        .contains("\"type\":\"store.opened\"")
        .contains("\"type\":\"store.deleted\"")
        .doesNotContain("Lovelace");
  }

  @Test
  @Tag("POL-9.1")
  void aTamperedObjectWritesNothingAndFails() throws Exception {
    Path store = dir.resolve("store");
    Path file = dir.resolve("big.bin");
    byte[] data = new byte[300_000];
    new java.util.Random(1).nextBytes(data);
    Files.write(file, data);
    String id = put(store, file);
    Path ct = objectFile(store, id, ".data");
    byte[] bytes = Files.readAllBytes(ct);
    bytes[bytes.length - 3] ^= 1; // in the last segment
    Files.write(ct, bytes);
    Run get = cli("s3cret-passphrase", "store", "get", "--store", store.toString(), id);
    assertThat(get.exit()).isEqualTo(ExitStatus.BAD_DATA);
    assertThat(get.out()).isEmpty();
    assertThat(get.err()).contains("failed authentication");
  }

  /**
   * An object whose metadata was overwritten (zeros, as a crashed older sanitizing delete left):
   * {@code ls} names it on standard error instead of hiding it silently, and {@code get} refuses it
   * as bad data (65), not as a usage error.
   */
  @Test
  void anObjectWithDamagedMetadataIsNamedByLsAndRefusedAsBadData() throws Exception {
    Path store = dir.resolve("store");
    Path file = dir.resolve("notes.txt");
    Files.writeString(file, "visit notes\n");
    String id = put(store, file);
    Path meta = objectFile(store, id, ".meta");
    Files.write(meta, new byte[(int) Files.size(meta)]);

    Run ls = cli("s3cret-passphrase", "store", "ls", "--store", store.toString());
    assertThat(ls.exit()).as(ls.err()).isZero();
    assertThat(ls.out()).isEmpty();
    assertThat(ls.err()).contains("1 object(s) not listed").contains(id);
    Run get = cli("s3cret-passphrase", "store", "get", "--store", store.toString(), id);
    assertThat(get.exit()).as(get.err()).isEqualTo(ExitStatus.BAD_DATA);
    assertThat(get.out()).isEmpty();
    assertThat(get.err()).contains("unknown format");
  }

  @Test
  void withoutThePassphraseOrWithAWrongOneItFailsClearly() throws Exception {
    Path store = dir.resolve("store");
    // Only 'store put' makes a store: 'ls' on a directory that is none refuses and creates nothing.
    assertThat(cli("s3cret-passphrase", "store", "ls", "--store", store.toString()).exit())
        .isEqualTo(ExitStatus.NO_SUCH_INPUT);
    assertThat(Files.exists(store)).isFalse();
    Path file = Files.writeString(dir.resolve("f.txt"), "x");
    put(store, file);
    Run none = cli(null, "store", "ls", "--store", store.toString());
    assertThat(none.exit()).isEqualTo(2);
    assertThat(none.err()).contains("SAFEGUARD_PASSPHRASE");
    assertThat(cli("s3cret-passphrase", "store", "ls", "--store", store.toString()).exit())
        .isZero();
    Run wrong = cli("another-passphrase", "store", "ls", "--store", store.toString());
    assertThat(wrong.exit()).isEqualTo(ExitStatus.NO_SUCH_INPUT);
    assertThat(wrong.err()).contains("wrong passphrase");
  }

  @Test
  void badArgumentsAreUsageErrors() throws Exception {
    Path store = dir.resolve("store");
    assertThat(
            cli("s3cret-passphrase", "store", "get", "--store", store.toString(), "not-an-id")
                .exit())
        .isEqualTo(2);
    Run ttl = putRun(store, "-", "--ttl", "90d");
    assertThat(ttl.exit()).isEqualTo(2);
    assertThat(ttl.err()).contains("at most");
  }
}
