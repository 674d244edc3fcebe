package com.backofficecare.safeguard.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backofficecare.safeguard.core.AgencyId;
import com.backofficecare.safeguard.core.DataCategory;
import com.backofficecare.safeguard.crypto.tempstore.SecureTempStore;
import com.backofficecare.safeguard.crypto.tempstore.StoredObject;
import com.backofficecare.safeguard.storage.InMemoryBlobStore;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/**
 * Against a real PKCS#11 token: SoftHSM2 from Debian's packages, installed by {@code .ci/run}.
 * Surefire points {@code SOFTHSM2_CONF} at {@code target/softhsm/softhsm2.conf}; this test creates
 * that configuration and a fresh token. Skipped without SoftHSM2, failed under CI=true.
 */
class Pkcs11KeyManagerTest {

  private static final Path LIBRARY = Path.of("/usr/lib/softhsm/libsofthsm2.so");
  private static Pkcs11KeyManager hsm;

  @BeforeAll
  static void initToken() throws Exception {
    String conf = System.getenv("SOFTHSM2_CONF");
    if (!Files.exists(LIBRARY) || conf == null) {
      String why = "SoftHSM2 not installed (apt-get install softhsm2) or SOFTHSM2_CONF unset";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new AssertionError(why + "; required when CI=true");
      }
      throw new TestAbortedException(why);
    }
    Path confFile = Path.of(conf);
    Files.createDirectories(confFile.getParent());
    Path tokens = confFile.resolveSibling("tokens-" + UUID.randomUUID());
    Files.createDirectories(tokens);
    Files.writeString(
        confFile,
        "directories.tokendir = "
            + tokens
            + "\nobjectstore.backend = file\n"
            + "log.level = ERROR\n");
    Process init =
        new ProcessBuilder(
                "softhsm2-util",
                "--init-token",
                "--free",
                "--label",
                "safeguard-test",
                "--pin",
                "12345678",
                "--so-pin",
                "87654321")
            .redirectErrorStream(true)
            .start();
    String out = new String(init.getInputStream().readAllBytes());
    assertThat(init.waitFor()).as(out).isZero();
    Path pkcs11 = confFile.resolveSibling("pkcs11.cfg");
    Files.writeString(
        pkcs11,
        "name = SoftHSM\nlibrary = "
            + LIBRARY
            + "\nslotListIndex = 0\n"
            + "attributes(generate, CKO_SECRET_KEY, CKK_AES) = {\n  CKA_SENSITIVE = true\n"
            + "  CKA_EXTRACTABLE = false\n}\n");
    hsm = Pkcs11KeyManager.open(pkcs11, "12345678".toCharArray());
  }

  private static AgencyId fresh() {
    return AgencyId.of("a" + UUID.randomUUID().toString().substring(0, 8));
  }

  @Test
  void wrapsInsideTheTokenAndUnwraps() {
    AgencyId agency = fresh();
    SymmetricKey k = SymmetricKey.generate();
    WrappedKey w = hsm.wrap(agency, k);
    assertThat(w.kekId()).isEqualTo(agency.value() + "/k1");
    try (SymmetricKey back = hsm.unwrap(agency, w)) {
      assertThat(back.id()).isEqualTo(k.id());
    }
    assertThatThrownBy(() -> hsm.unwrap(fresh(), w)).isInstanceOf(KeyUnavailableException.class);
  }

  @Test
  void anOperatorSecretIsSealedInsideTheTokenAndOutlivesAgencyKeys() {
    byte[] secret = new byte[32];
    new java.security.SecureRandom().nextBytes(secret);
    byte[] sealed = hsm.sealOperatorSecret("signing-identity", secret);
    AgencyId agency = fresh();
    hsm.wrap(agency, SymmetricKey.generate());
    hsm.destroyAgencyKeys(agency);
    assertThat(hsm.openOperatorSecret("signing-identity", sealed)).isEqualTo(secret);
    assertThatThrownBy(() -> hsm.openOperatorSecret("audit-trail", sealed))
        .isInstanceOf(KeyUnavailableException.class);
    byte[] flipped = sealed.clone();
    flipped[15] ^= 1;
    assertThatThrownBy(() -> hsm.openOperatorSecret("signing-identity", flipped))
        .isInstanceOf(KeyUnavailableException.class);
  }

  @Test
  void rotationAndRewrap() {
    AgencyId agency = fresh();
    WrappedKey old = hsm.wrap(agency, SymmetricKey.generate());
    assertThat(hsm.rotate(agency)).isEqualTo(agency.value() + "/k2");
    WrappedKey rewrapped = hsm.rewrap(agency, old);
    assertThat(rewrapped.kekId()).isEqualTo(agency.value() + "/k2");
    assertThat(rewrapped.dataKeyId()).isEqualTo(old.dataKeyId());
    assertThat(hsm.kekIds(agency)).containsExactly(agency.value() + "/k1", agency.value() + "/k2");
  }

  @Test
  @Tag("POL-10.5")
  void destroyingTheAgencysTokenKeysErasesItsObjects() throws Exception {
    AgencyId agency = fresh();
    AgencyId other = fresh();
    SecureTempStore store =
        SecureTempStore.builder().blobStore(InMemoryBlobStore.create()).keyManager(hsm).build();
    StoredObject o =
        store.put(agency, DataCategory.CLIENT_RECORDS, new ByteArrayInputStream(new byte[5000]));
    StoredObject keep =
        store.put(other, DataCategory.CLIENT_RECORDS, new ByteArrayInputStream(new byte[10]));
    try (InputStream in = store.open(o.id())) {
      assertThat(in.readAllBytes()).hasSize(5000);
    }
    hsm.destroyAgencyKeys(agency);
    assertThat(hsm.isDestroyed(agency)).isTrue();
    assertThat(hsm.kekIds(agency)).isEmpty();
    assertThatThrownBy(() -> store.open(o.id()))
        .isInstanceOf(KeyUnavailableException.class)
        .hasMessageContaining("destroyed");
    assertThatThrownBy(() -> hsm.wrap(agency, SymmetricKey.generate()))
        .isInstanceOf(KeyUnavailableException.class);
    try (InputStream in = store.open(keep.id())) {
      assertThat(in.readAllBytes()).hasSize(10);
    }
    assertThat(List.of(hsm.toString())).allMatch(s -> s.startsWith("Pkcs11KeyManager["));
  }
}
