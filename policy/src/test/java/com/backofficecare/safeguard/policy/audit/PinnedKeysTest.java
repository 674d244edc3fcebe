package com.backofficecare.safeguard.policy.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PinnedKeysTest {

  @TempDir Path dir;

  private static String freshKey() throws Exception {
    return Base64.getEncoder()
        .encodeToString(
            KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic().getEncoded());
  }

  @Test
  void aPrintedLineReadsBackAsThePinnedKey() throws Exception {
    String key = freshKey();
    Path file =
        Files.writeString(
            dir.resolve("k"), "# ops\n\n" + PinnedKeys.line("audit-trail", key) + "\n");
    PinnedKeys pinned = PinnedKeys.read(file);
    assertThat(pinned.trusts(key)).isTrue();
    assertThat(pinned.trusts(freshKey())).isFalse();
  }

  /** A lone audit log's key vouches for that log only, never for a destruction certificate. */
  @Test
  void onlyAStoreIdentityMayVouchForCertificates() throws Exception {
    String store = freshKey();
    String log = freshKey();
    Path file =
        Files.writeString(
            dir.resolve("k"),
            PinnedKeys.line(PinnedKeys.STORE, store)
                + "\n"
                + PinnedKeys.line("audit-trail", log)
                + "\n");
    PinnedKeys pinned = PinnedKeys.read(file);
    assertThat(pinned.trusts(store)).isTrue();
    assertThat(pinned.trusts(log)).isTrue();
    assertThat(pinned.trustsForCertificates(store)).isTrue();
    assertThat(pinned.trustsForCertificates(log)).isFalse();
  }

  @Test
  void aKeyWhoseFingerprintDoesNotMatchIsRefusedWithItsLine() throws Exception {
    String line = PinnedKeys.line("audit-trail", freshKey());
    String other = PinnedKeys.line("audit-trail", freshKey());
    String mixed =
        line.substring(0, line.lastIndexOf(' ')) + other.substring(other.lastIndexOf(' '));
    Path file = Files.writeString(dir.resolve("k"), "\n" + mixed + "\n");
    assertThatThrownBy(() -> PinnedKeys.read(file))
        .isInstanceOf(AuditFormatException.class)
        .hasMessageContaining(file + ":2")
        .hasMessageContaining("fingerprint");
  }

  @Test
  void malformedAndEmptyFilesAreRefused() throws Exception {
    Path typo =
        Files.writeString(dir.resolve("t"), "safeguard-signing-key v2 x ed25519 AAAA sha256:00\n");
    assertThatThrownBy(() -> PinnedKeys.read(typo)).hasMessageContaining(typo + ":1");
    Path empty = Files.writeString(dir.resolve("e"), "# nothing pinned\n");
    assertThatThrownBy(() -> PinnedKeys.read(empty)).hasMessageContaining("no pinned key");
    assertThatThrownBy(() -> PinnedKeys.of("not a key"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
