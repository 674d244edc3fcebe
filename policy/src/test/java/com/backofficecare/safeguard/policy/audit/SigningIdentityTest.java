package com.backofficecare.safeguard.policy.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backofficecare.safeguard.crypto.KeyUnavailableException;
import com.backofficecare.safeguard.crypto.LocalKeyStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningIdentityTest {

  @TempDir Path dir;

  private LocalKeyStore keys() {
    return TestIdentity.keyStore(dir);
  }

  private Path file() {
    return dir.resolve("signing-identity.json");
  }

  /**
   * The identity file holds public keys and a sealed private key: another key store cannot open it,
   * and neither can the right one once the file is edited.
   */
  @Test
  @Tag("POL-9.1")
  void thePrivateKeyIsSealedByTheKeyStoreAndBoundToItsPublicKey() throws Exception {
    String pub;
    try (LocalKeyStore ks = keys();
        SigningIdentity id = SigningIdentity.open(file(), ks)) {
      pub = id.publicKey();
      assertThat(id.toString()).doesNotContain(pub);
    }
    String json = Files.readString(file());
    assertThat(json).contains(pub).contains("sealedPrivateKey").doesNotContain("PRIVATE KEY");

    Path otherDir = Files.createDirectory(dir.resolve("other"));
    try (LocalKeyStore other = TestIdentity.keyStore(otherDir)) {
      other.sealOperatorSecret("make-its-operator-key", new byte[1]);
      assertThatThrownBy(() -> SigningIdentity.open(file(), other))
          .isInstanceOf(KeyUnavailableException.class);
    }
    // Another identity's public key written in: the seal is bound to the key it was made for.
    String foreign;
    try (LocalKeyStore ks = TestIdentity.keyStore(otherDir);
        SigningIdentity id = SigningIdentity.open(otherDir.resolve("id.json"), ks)) {
      foreign = id.publicKey();
    }
    Files.writeString(file(), json.replace(pub, foreign));
    try (LocalKeyStore ks = keys()) {
      assertThatThrownBy(() -> SigningIdentity.open(file(), ks))
          .isInstanceOf(KeyUnavailableException.class);
    }
  }

  @Test
  void aDamagedFileIsATypedErrorNamingTheFileAndField() throws Exception {
    try (LocalKeyStore ks = keys()) {
      SigningIdentity.open(file(), ks).close();
      String json = Files.readString(file());
      for (String bad :
          List.of(
              json.replace("\"format\"", "\"formatt\""),
              json.replaceFirst(
                  "\"created\"", "\"created\" : \"2026-01-01T00:00:00Z\", \"created\""),
              json.replaceFirst("\"created\" : \"[^\"]+\"", "\"created\" : 5"),
              json.replaceFirst("\"publicKey\"", "\"publicKey\" : \"x\", \"extra\""),
              "{}",
              "not json")) {
        Files.writeString(file(), bad);
        assertThatThrownBy(() -> SigningIdentity.open(file(), ks))
            .as(bad)
            .isInstanceOf(AuditFormatException.class)
            .hasMessageContaining(file().toString());
      }
    }
  }

  /**
   * Rotation: the new key signs from then on; evidence signed before verifies against a pin file
   * that lists every key, and a log written across the rotation verifies as a whole.
   */
  @Test
  @Tag("POL-9.1")
  void rotationKeepsOldEvidenceVerifiable() throws Exception {
    Path log = dir.resolve("audit.log");
    PinnedKeys before;
    try (LocalKeyStore ks = keys()) {
      try (SigningIdentity id = SigningIdentity.open(file(), ks);
          AuditLog a = AuditLog.open(log, id)) {
        a.append(AuditLogTest.event(1));
        before = id.pinnedKeys();
      }
      try (SigningIdentity rotated = SigningIdentity.rotate(file(), ks, Clock.systemUTC());
          AuditLog a = AuditLog.open(log, rotated)) {
        assertThat(rotated.keys()).hasSize(2);
        assertThat(rotated.keys().get(0).retired()).isNotNull();
        assertThat(rotated.keys().get(1).retired()).isNull();
        assertThat(before.trusts(rotated.publicKey())).isFalse();
        a.append(AuditLogTest.event(2));
        AuditLog.Verification all = AuditLog.verify(log, rotated.pinnedKeys(), null);
        assertThat(all.intact()).as(String.valueOf(all.problem())).isTrue();
        assertThat(all.signers()).hasSize(2);
        assertThat(AuditLog.verify(log, before, null).intact())
            .as("heads after the rotation are not the old key's")
            .isFalse();
        assertThat(Files.readString(file())).containsOnlyOnce("sealedPrivateKey");
      }
    }
  }

  /** A key an older release kept in plain text is sealed, and the plain file is gone. */
  @Test
  void aPlainKeyOfAnOlderReleaseIsMovedIntoTheIdentity() throws Exception {
    KeyPair kp = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    Path plain = dir.resolve("audit.log.key");
    String pub = Base64.getEncoder().encodeToString(kp.getPublic().getEncoded());
    Files.writeString(
        plain,
        Base64.getEncoder().encodeToString(kp.getPrivate().getEncoded()) + "\n" + pub + "\n",
        StandardCharsets.US_ASCII);
    try (LocalKeyStore ks = keys();
        SigningIdentity id = SigningIdentity.importPlainKey(file(), ks, plain, Clock.systemUTC())) {
      assertThat(id.publicKey()).isEqualTo(pub);
      byte[] data = "certificate".getBytes(StandardCharsets.UTF_8);
      assertThat(AuditLog.verifyDetached(pub, data, id.sign(data))).isTrue();
    }
    assertThat(plain).doesNotExist();
  }

  @Test
  void threadsCreatingOneIdentityAtOnceAgree() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try (LocalKeyStore ks = keys()) {
      List<Future<String>> made = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        made.add(
            pool.submit(
                () -> {
                  try (SigningIdentity id = SigningIdentity.open(file(), ks)) {
                    return id.publicKey();
                  }
                }));
      }
      List<String> keys = new ArrayList<>();
      for (Future<String> f : made) {
        keys.add(f.get());
      }
      assertThat(keys).containsOnly(keys.get(0));
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Signatures come from Bouncy Castle's RFC 8032 code, for speed; they are byte for byte the JDK
   * provider's (Ed25519 is deterministic) and verify with the JDK verifier that checks evidence.
   */
  @Property(tries = 200)
  void signaturesAreTheJdksEd25519Signatures(
      @ForAll @Size(32) byte[] seed, @ForAll @Size(max = 600) byte[] data) throws Exception {
    byte[] pkcs8 = java.util.HexFormat.of().parseHex("302e020100300506032b657004220420");
    byte[] encoded = java.util.Arrays.copyOf(pkcs8, pkcs8.length + 32);
    System.arraycopy(seed, 0, encoded, pkcs8.length, 32);
    java.security.PrivateKey priv =
        java.security.KeyFactory.getInstance("Ed25519")
            .generatePrivate(new java.security.spec.PKCS8EncodedKeySpec(encoded));
    java.security.Signature jdk = java.security.Signature.getInstance("Ed25519");
    jdk.initSign(priv);
    jdk.update(data);
    assertThat(SigningIdentity.signature(seed, data)).isEqualTo(jdk.sign());
  }

  /** Closing the identity zeroes its private key: it signs nothing afterwards. */
  @Test
  void aClosedIdentitySignsNothing() {
    SigningIdentity id;
    try (LocalKeyStore ks = keys()) {
      id = SigningIdentity.open(file(), ks);
    }
    assertThat(AuditLog.verifyDetached(id.publicKey(), new byte[] {1}, id.sign(new byte[] {1})))
        .isTrue();
    id.close();
    assertThatThrownBy(() -> id.sign(new byte[] {1})).isInstanceOf(IllegalStateException.class);
  }
}
