package com.backofficecare.safeguard.policy.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backofficecare.safeguard.core.AgencyId;
import com.backofficecare.safeguard.crypto.LocalKeyStore;
import com.backofficecare.safeguard.storage.BlobInfo;
import com.backofficecare.safeguard.storage.InMemoryBlobStore;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialVaultTest {

  static final AgencyId SUNRISE = AgencyId.of("sunrise");

  @TempDir Path dir;

  private LocalKeyStore keys() {
    return LocalKeyStore.builder(dir.resolve("k"))
        .passphrase("vault passphrase".toCharArray())
        .argon2(8192, 1)
        .open();
  }

  @Test
  @Tag("POL-3.6")
  void aSecretUsedForAnotherSystemIsRefused() {
    CredentialVault vault = CredentialVault.inMemory(keys());
    vault.store(SUNRISE, "ehr", "svc-ehr", "S3cret-one!".toCharArray());
    assertThatThrownBy(
            () -> vault.store(SUNRISE, "payroll", "svc-pay", "S3cret-one!".toCharArray()))
        .isInstanceOf(ReusedCredentialException.class)
        .hasMessageContaining("POL-3.6")
        .hasMessageNotContaining("S3cret");
    assertThatThrownBy(
            () -> vault.store(AgencyId.of("harbor"), "ehr", "x", "S3cret-one!".toCharArray()))
        .isInstanceOf(ReusedCredentialException.class);
    vault.store(SUNRISE, "ehr", "svc-ehr", "S3cret-one!".toCharArray()); // same system: a re-store
    vault.store(SUNRISE, "payroll", "svc-pay", "Other-secret-2".toCharArray());
    assertThat(vault.systems(SUNRISE)).containsExactly("ehr", "payroll");
  }

  @Test
  @Tag("POL-3.7")
  @Tag("POL-10.2")
  void secretsAreEncryptedLentBrieflyAndRevokedAtTermination() throws Exception {
    InMemoryBlobStore blobs = InMemoryBlobStore.create();
    CredentialVault vault = CredentialVault.create(blobs, keys());
    vault.store(SUNRISE, "ehr", "svc-ehr", "Tr0ub4dor&3-ehr".toCharArray());
    for (BlobInfo b : blobs.list("")) {
      try (InputStream in = blobs.get(b.key())) {
        assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1))
            .doesNotContain("Tr0ub4dor");
      }
    }
    AtomicReference<char[]> lent = new AtomicReference<>();
    assertThat(
            vault.use(
                SUNRISE,
                "ehr",
                c -> {
                  assertThat(c.username()).isEqualTo("svc-ehr");
                  assertThat(new String(c.secret())).isEqualTo("Tr0ub4dor&3-ehr");
                  assertThat(c.toString()).doesNotContain("Tr0ub4dor");
                  lent.set(c.secret());
                }))
        .isTrue();
    assertThat(lent.get()).containsOnly('\0');
    assertThat(vault.revokeAll(SUNRISE)).isEqualTo(1);
    assertThat(vault.use(SUNRISE, "ehr", c -> {})).isFalse();
    assertThat(blobs.list("")).isEmpty();
  }

  /** A restart finds every stored credential again, and still refuses a reused secret. */
  @Test
  @Tag("POL-3.6")
  @Tag("POL-3.7")
  void aRestartOrphansNoCredential() {
    var blobs = com.backofficecare.safeguard.storage.FileSystemBlobStore.open(dir.resolve("vault"));
    try (LocalKeyStore keys = keys()) {
      CredentialVault vault = CredentialVault.create(blobs, keys);
      vault.store(SUNRISE, "ehr", "svc-ehr", "S3cret-one!".toCharArray());
      vault.store(SUNRISE, "ehr", "svc-ehr", "S3cret-two!".toCharArray()); // rotated
      vault.store(AgencyId.of("harbor"), "payroll", "svc-pay", "Other-secret-2".toCharArray());
    }
    try (LocalKeyStore keys = keys()) {
      CredentialVault vault =
          CredentialVault.create(
              com.backofficecare.safeguard.storage.FileSystemBlobStore.open(dir.resolve("vault")),
              keys);
      assertThat(vault.systems(SUNRISE)).containsExactly("ehr");
      assertThat(vault.systems(AgencyId.of("harbor"))).containsExactly("payroll");
      StringBuilder seen = new StringBuilder();
      assertThat(
              vault.use(
                  SUNRISE,
                  "ehr",
                  c -> seen.append(c.username()).append(':').append(new String(c.secret()))))
          .isTrue();
      assertThat(seen.toString()).isEqualTo("svc-ehr:S3cret-two!");
      assertThatThrownBy(() -> vault.store(SUNRISE, "fax", "svc", "Other-secret-2".toCharArray()))
          .isInstanceOf(ReusedCredentialException.class);
      assertThat(vault.revokeAll(SUNRISE)).isEqualTo(1);
    }
  }
}
