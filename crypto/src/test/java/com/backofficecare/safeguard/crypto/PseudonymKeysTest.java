package com.backofficecare.safeguard.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backofficecare.safeguard.core.AgencyId;
import com.backofficecare.safeguard.core.PhiType;
import com.backofficecare.safeguard.core.redaction.PseudonymKey;
import com.backofficecare.safeguard.core.redaction.RedactionMode;
import com.backofficecare.safeguard.core.redaction.Redactor;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A pseudonym key reaches other processes wrapped, and dies with the agency's keys. */
class PseudonymKeysTest {

  private static final char[] PASS = "correct horse battery".toCharArray();
  private static final AgencyId SUNRISE = AgencyId.of("sunrise");

  @TempDir Path dir;

  private LocalKeyStore open() {
    return LocalKeyStore.builder(dir.resolve("keys.sgks")).passphrase(PASS).argon2(8192, 1).open();
  }

  private static String token(PseudonymKey key, String name) {
    return Redactor.builder()
        .mode(RedactionMode.PSEUDONYM, key)
        .build()
        .redactField(PhiType.NAME, name, null)
        .text();
  }

  @Test
  void everyProcessThatOpensTheStoreDerivesTheSameKey() {
    String wrapped;
    String first;
    try (LocalKeyStore keys = open()) {
      wrapped = PseudonymKeys.create(keys, SUNRISE).encode();
      first = token(PseudonymKeys.open(keys, SUNRISE, WrappedKey.decode(wrapped)), "Ada Lovelace");
    }
    try (LocalKeyStore again = open()) {
      PseudonymKey key = PseudonymKeys.open(again, SUNRISE, WrappedKey.decode(wrapped));
      assertThat(token(key, "Ada Lovelace")).isEqualTo(first).startsWith("NAME_");
      assertThat(key.toString()).doesNotContain(wrapped.substring(wrapped.lastIndexOf(';') + 1));
    }
    assertThat(wrapped).doesNotContain("Ada");
  }

  @Test
  void anotherAgencysOrADestroyedAgencysKeyDoesNotOpen() {
    try (LocalKeyStore keys = open()) {
      WrappedKey wrapped = PseudonymKeys.create(keys, SUNRISE);
      assertThatThrownBy(() -> PseudonymKeys.open(keys, AgencyId.of("moonrise"), wrapped))
          .isInstanceOf(KeyUnavailableException.class);
      keys.destroyAgencyKeys(SUNRISE);
      assertThatThrownBy(() -> PseudonymKeys.open(keys, SUNRISE, wrapped))
          .isInstanceOf(KeyUnavailableException.class)
          .hasMessageContaining("destroyed");
    }
  }
}
