package com.backofficecare.safeguard.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backofficecare.safeguard.core.AgencyId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalKeyStoreTest {

  private static final char[] PASS = "correct horse battery".toCharArray();
  private static final AgencyId SUNRISE = AgencyId.of("sunrise");

  @TempDir Path dir;

  private LocalKeyStore open() {
    return LocalKeyStore.builder(dir.resolve("keys.sgks")).passphrase(PASS).argon2(8192, 1).open();
  }

  @Test
  void wrapsAndUnwrapsAcrossReopening() {
    SymmetricKey k = SymmetricKey.generate();
    WrappedKey w;
    try (LocalKeyStore ks = open()) {
      w = ks.wrap(SUNRISE, k);
    }
    try (LocalKeyStore ks = open();
        SymmetricKey back = ks.unwrap(SUNRISE, w)) {
      assertThat(back.id()).isEqualTo(k.id());
      assertThat(WrappedKey.decode(w.encode())).isEqualTo(w);
    }
  }

  /**
   * The operator's own secret (its signing key) is sealed under a KEK of no agency: it opens after
   * reopening and after any agency's keys are destroyed, only under the context it was sealed for,
   * and only from this key store.
   */
  @Test
  void anOperatorSecretOpensOnlyUnderItsContextAndOutlivesEveryAgencysKeys() {
    byte[] secret =
        "an ed25519 seed of 32 bytes long".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] sealed;
    try (LocalKeyStore ks = open()) {
      ks.wrap(SUNRISE, SymmetricKey.generate());
      sealed = ks.sealOperatorSecret("signing-identity", secret);
      ks.destroyAgencyKeys(SUNRISE);
    }
    assertThat(new String(sealed, java.nio.charset.StandardCharsets.ISO_8859_1))
        .doesNotContain("ed25519 seed");
    try (LocalKeyStore ks = open()) {
      assertThat(ks.openOperatorSecret("signing-identity", sealed)).isEqualTo(secret);
      assertThatThrownBy(() -> ks.openOperatorSecret("another-purpose", sealed))
          .isInstanceOf(KeyUnavailableException.class);
      byte[] flipped = sealed.clone();
      flipped[20] ^= 1;
      assertThatThrownBy(() -> ks.openOperatorSecret("signing-identity", flipped))
          .isInstanceOf(KeyUnavailableException.class)
          .hasMessageNotContaining("ed25519");
    }
    try (LocalKeyStore other =
        LocalKeyStore.builder(dir.resolve("other.sgks")).passphrase(PASS).argon2(8192, 1).open()) {
      assertThatThrownBy(() -> other.openOperatorSecret("signing-identity", sealed))
          .isInstanceOf(KeyUnavailableException.class)
          .hasMessageContaining("no operator key");
      other.sealOperatorSecret("x", new byte[1]);
      assertThatThrownBy(() -> other.openOperatorSecret("signing-identity", sealed))
          .isInstanceOf(KeyUnavailableException.class)
          .hasMessageContaining("not authentic");
    }
  }

  @Test
  void aWrongPassphraseIsATypedErrorAndTheFileIsOwnerOnly() throws IOException {
    open().close();
    assertThatThrownBy(
            () ->
                LocalKeyStore.builder(dir.resolve("keys.sgks"))
                    .passphrase("wrong passphrase".toCharArray())
                    .open())
        .isInstanceOf(KeyUnavailableException.class)
        .hasMessageContaining("wrong passphrase");
    assertThat(
            PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("keys.sgks"))))
        .isEqualTo("rw-------");
  }

  /**
   * The KDF cost in the header is read before anything authenticates it: a doctored header asking
   * for 4 GiB and 100 passes is refused at once, not run.
   */
  @Test
  void aHeaderAskingForAHugeKdfCostIsRefusedBeforeDerivation() throws IOException {
    open().close();
    Path file = dir.resolve("keys.sgks");
    byte[] bytes = Files.readAllBytes(file);
    java.nio.ByteBuffer.wrap(bytes, 5, 8).putInt(4 * 1024 * 1024).putInt(100);
    Files.write(file, bytes);
    assertThatThrownBy(() -> open())
        .isInstanceOf(KeyUnavailableException.class)
        .hasMessageContaining("impossible KDF parameters");
    java.nio.ByteBuffer.wrap(bytes, 5, 8).putInt(512 * 1024).putInt(10);
    Files.write(file, bytes);
    assertThatThrownBy(() -> LocalKeyStore.builder(file).passphrase(PASS).argon2(8192, 11).open())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aWrappedKeyIsBoundToItsAgency() {
    try (LocalKeyStore ks = open()) {
      WrappedKey w = ks.wrap(SUNRISE, SymmetricKey.generate());
      assertThatThrownBy(() -> ks.unwrap(AgencyId.of("harbor"), w))
          .isInstanceOf(KeyUnavailableException.class);
    }
  }

  @Test
  @Tag("POL-10.5")
  void destroyedAgencyKeysStayDestroyedForEveryInstanceSharingTheFile() {
    try (LocalKeyStore a = open();
        LocalKeyStore b = open()) {
      WrappedKey w = a.wrap(SUNRISE, SymmetricKey.generate());
      b.unwrap(SUNRISE, w).destroy(); // b learns the KEK from the file
      a.destroyAgencyKeys(SUNRISE);
      try (LocalKeyStore c = open()) {
        assertThat(c.isDestroyed(SUNRISE)).isTrue();
        assertThat(c.kekIds(SUNRISE)).isEmpty();
        assertThatThrownBy(() -> c.unwrap(SUNRISE, w))
            .isInstanceOf(KeyUnavailableException.class)
            .hasMessageContaining("destroyed");
      }
      assertThatThrownBy(() -> a.wrap(SUNRISE, SymmetricKey.generate()))
          .isInstanceOf(KeyUnavailableException.class);
      // b held the KEK in memory when a destroyed it: it must not use it afterwards.
      assertThatThrownBy(() -> b.unwrap(SUNRISE, w))
          .isInstanceOf(KeyUnavailableException.class)
          .hasMessageContaining("destroyed");
      assertThatThrownBy(() -> b.wrap(SUNRISE, SymmetricKey.generate()))
          .isInstanceOf(KeyUnavailableException.class);
    }
  }

  @Test
  void instancesCreatingKeysAtOnceAgreeOnOneKek() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<LocalKeyStore> stores = new ArrayList<>();
    try {
      for (int i = 0; i < 4; i++) {
        stores.add(open());
      }
      List<Future<WrappedKey>> wraps = new ArrayList<>();
      for (LocalKeyStore s : stores) {
        wraps.add(pool.submit(() -> s.wrap(AgencyId.of("harbor"), SymmetricKey.generate())));
      }
      try (LocalKeyStore reader = open()) {
        for (Future<WrappedKey> f : wraps) {
          WrappedKey w = f.get();
          assertThat(w.kekId()).isEqualTo("harbor/k1");
          reader.unwrap(AgencyId.of("harbor"), w).destroy();
        }
      }
    } finally {
      pool.shutdownNow();
      stores.forEach(LocalKeyStore::close);
    }
  }

  @Test
  void aCrashBetweenOverwriteAndRenameRecoversFromTheTemporaryFile() throws IOException {
    WrappedKey w;
    try (LocalKeyStore ks = open()) {
      w = ks.wrap(SUNRISE, SymmetricKey.generate());
    }
    Path file = dir.resolve("keys.sgks");
    Files.copy(file, dir.resolve("keys.sgks.tmp"));
    Files.write(file, new byte[(int) Files.size(file)]); // zeroed, as save() does before renaming
    try (LocalKeyStore ks = open()) {
      ks.unwrap(SUNRISE, w).destroy();
      // and it can change again: add an agency, rotate, destroy
      ks.wrap(AgencyId.of("harbor"), SymmetricKey.generate());
      ks.rotate(SUNRISE);
      ks.destroyAgencyKeys(AgencyId.of("harbor"));
    }
    try (LocalKeyStore ks = open()) {
      assertThat(ks.kekIds(SUNRISE)).hasSize(2);
      assertThat(ks.isDestroyed(AgencyId.of("harbor"))).isTrue();
    }
  }

  @Test
  void keysNeverShowInToString() {
    SymmetricKey k = SymmetricKey.generate();
    try (LocalKeyStore ks = open()) {
      WrappedKey w = ks.wrap(SUNRISE, k);
      assertThat(k.toString()).isEqualTo("SymmetricKey[id=" + k.id() + "]");
      assertThat(w.toString()).doesNotContain(w.encode().split(";")[2]);
      assertThat(ks.toString()).startsWith("LocalKeyStore[");
    }
  }
}
