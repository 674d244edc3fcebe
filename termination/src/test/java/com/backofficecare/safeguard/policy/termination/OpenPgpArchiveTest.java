package com.backofficecare.safeguard.policy.termination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The return archive is encrypted to the key the agency flagged for encryption, and only one. */
@Tag("POL-10.4")
class OpenPgpArchiveTest {

  @TempDir Path dir;

  private static long keyId(String colons, String kind) {
    String line =
        colons.lines().filter(l -> l.startsWith(kind + ":")).reduce((a, b) -> b).orElseThrow();
    return Long.parseUnsignedLong(line.split(":")[4], 16);
  }

  private static long chosen(Path block) throws Exception {
    try (InputStream in = Files.newInputStream(block)) {
      return OpenPgpArchive.encryptionKey(in).getKeyID();
    }
  }

  @Test
  void aUsualGnuPgKeyIsEncryptedToItsEncryptionSubkeyNotItsSigningPrimary() throws Exception {
    GnuPg gpg = new GnuPg(dir.resolve("gnupg"));
    Path block = gpg.agencyKey(dir.resolve("agency.asc"));
    String colons = gpg.run("--list-keys", "--with-colons");
    assertThat(chosen(block)).isEqualTo(keyId(colons, "sub")).isNotEqualTo(keyId(colons, "pub"));
  }

  @Test
  void aKeyWithoutAUsableEncryptionKeyIsRefused() throws Exception {
    GnuPg gpg = new GnuPg(dir.resolve("gnupg"));
    gpg.run("--quick-gen-key", "Harbor <it@harbor.example>", "rsa2048", "sign,cert", "never");
    String fpr =
        gpg.run("--list-keys", "--with-colons")
            .lines()
            .filter(l -> l.startsWith("fpr:"))
            .findFirst()
            .orElseThrow()
            .split(":")[9];
    Path signOnly = dir.resolve("sign-only.asc");
    gpg.run("--armor", "--output", signOnly.toString(), "--export", fpr);
    assertThatThrownBy(() -> chosen(signOnly))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no usable encryption key");

    // An encryption subkey that expired long ago is no better (made with a clock set back).
    GnuPg old = new GnuPg(dir.resolve("gnupg-2020"));
    old.run(
        "--faked-system-time",
        "20200101T000000",
        "--quick-gen-key",
        "Old <old@example.org>",
        "rsa2048",
        "sign,cert",
        "never");
    String oldFpr =
        old.run("--list-keys", "--with-colons")
            .lines()
            .filter(l -> l.startsWith("fpr:"))
            .findFirst()
            .orElseThrow()
            .split(":")[9];
    old.run(
        "--faked-system-time",
        "20200101T000100",
        "--quick-add-key",
        oldFpr,
        "rsa2048",
        "encr",
        "1d");
    Path expired = dir.resolve("expired.asc");
    old.run("--armor", "--output", expired.toString(), "--export", oldFpr);
    assertThatThrownBy(() -> chosen(expired))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no usable encryption key");
  }
}
