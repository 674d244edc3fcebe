package com.backofficecare.safeguard.crypto.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backofficecare.safeguard.buildsupport.SharedFixtures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.AEADBadTagException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Project Wycheproof vectors, read from {@code ../shared/testvectors/wycheproof/} (not committed):
 * AES-GCM against {@link Gcm}, the AEAD under every segment, and HKDF-SHA-256 against {@link Hkdf},
 * which derives every segment key.
 */
@Tag("POL-5.1")
class WycheproofTest {

  private static final HexFormat HEX = HexFormat.of();

  private static List<JsonNode[]> cases(String file) throws IOException {
    JsonNode root =
        new ObjectMapper()
            .readTree(SharedFixtures.require("testvectors/wycheproof/" + file).toFile());
    List<JsonNode[]> out = new ArrayList<>();
    for (JsonNode group : root.get("testGroups")) {
      for (JsonNode test : group.get("tests")) {
        out.add(new JsonNode[] {group, test});
      }
    }
    return out;
  }

  private static byte[] hex(JsonNode test, String field) {
    return HEX.parseHex(test.get(field).asText());
  }

  @Test
  void aesGcmVectors() throws Exception {
    int checked = 0;
    int refused = 0;
    for (JsonNode[] c : cases("aes_gcm_test.json")) {
      JsonNode group = c[0];
      JsonNode t = c[1];
      byte[] key = hex(t, "key");
      byte[] iv = hex(t, "iv");
      byte[] aad = hex(t, "aad");
      byte[] msg = hex(t, "msg");
      byte[] ct = hex(t, "ct");
      byte[] tag = hex(t, "tag");
      boolean valid = t.get("result").asText().equals("valid");
      boolean supported =
          group.get("ivSize").asInt() == 96
              && group.get("tagSize").asInt() == 128
              && iv.length == 12
              && tag.length == 16;
      String id = "tcId " + t.get("tcId").asInt();
      if (!supported) {
        // The format never uses other nonce or tag sizes, and Gcm refuses them outright.
        if (iv.length != 12) {
          assertThatThrownBy(
                  () ->
                      new Gcm(key)
                          .encrypt(iv, aad, msg, 0, msg.length, new byte[msg.length + 16], 0))
              .as(id)
              .isInstanceOf(IllegalArgumentException.class);
          refused++;
        }
        continue;
      }
      byte[] sealed = new byte[ct.length + tag.length];
      System.arraycopy(ct, 0, sealed, 0, ct.length);
      System.arraycopy(tag, 0, sealed, ct.length, tag.length);
      Gcm gcm = new Gcm(key);
      if (valid) {
        byte[] out = new byte[msg.length + 16];
        assertThat(gcm.encrypt(iv, aad, msg, 0, msg.length, out, 0))
            .as(id)
            .isEqualTo(sealed.length);
        assertThat(out).as(id).isEqualTo(sealed);
        byte[] plain = new byte[sealed.length];
        int n = gcm.decrypt(iv, aad, sealed, 0, sealed.length, plain, 0);
        assertThat(Arrays.copyOf(plain, n)).as(id).isEqualTo(msg);
      } else {
        assertThatThrownBy(
                () -> gcm.decrypt(iv, aad, sealed, 0, sealed.length, new byte[sealed.length], 0))
            .as(id)
            .isInstanceOf(AEADBadTagException.class);
      }
      checked++;
    }
    assertThat(checked).isGreaterThan(150);
    assertThat(refused).isGreaterThan(0);
  }

  @Test
  void hkdfSha256Vectors() throws IOException {
    int checked = 0;
    for (JsonNode[] c : cases("hkdf_sha256_test.json")) {
      JsonNode t = c[1];
      String id = "tcId " + t.get("tcId").asInt();
      int size = t.get("size").asInt();
      if (t.get("result").asText().equals("valid")) {
        assertThat(Hkdf.derive(hex(t, "ikm"), hex(t, "salt"), hex(t, "info"), size))
            .as(id)
            .isEqualTo(hex(t, "okm"));
      } else {
        assertThatThrownBy(() -> Hkdf.derive(hex(t, "ikm"), hex(t, "salt"), hex(t, "info"), size))
            .as(id)
            .isInstanceOf(IllegalArgumentException.class);
      }
      checked++;
    }
    assertThat(checked).isGreaterThan(50);
  }
}
