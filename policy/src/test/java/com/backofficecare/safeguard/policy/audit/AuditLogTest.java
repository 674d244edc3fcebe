package com.backofficecare.safeguard.policy.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.backofficecare.safeguard.buildsupport.SharedFixtures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("POL-9.1")
class AuditLogTest {

  @TempDir Path dir;

  static AuditEvent event(int i) {
    return new AuditEvent(
        Instant.parse("2026-11-25T10:00:00Z").plusSeconds(i),
        "access",
        "u-ana",
        "sunrise",
        "SCHEDULING",
        "READ",
        "SCHEDULING",
        List.of("client-" + i),
        List.of("client_name", "phone"),
        List.of("client_name"),
        i % 3 == 0 ? "deny" : "permit",
        List.of("POL-3.2"),
        "2026.11",
        Map.of());
  }

  private Path write(int n, int group) {
    Path log = dir.resolve("audit.log");
    try (AuditLog a =
        AuditLog.open(log, TestIdentity.of(log), java.time.Clock.systemUTC(), group)) {
      for (int i = 0; i < n; i++) {
        a.append(event(i));
      }
    }
    return log;
  }

  private static List<String> lines(Path p) throws Exception {
    return new ArrayList<>(Files.readAllLines(p, StandardCharsets.UTF_8));
  }

  @Test
  void anIntactLogVerifiesAndReopensToAppendMore() {
    Path log = write(25, 10);
    AuditLog.Verification v = AuditLog.verify(log, TestIdentity.pinned(log), null);
    assertThat(v.intact()).as(String.valueOf(v.problem())).isTrue();
    assertThat(v.entries()).isEqualTo(25);
    try (AuditLog a = AuditLog.open(log, TestIdentity.of(log))) {
      a.append(event(25));
      TreeHead h = a.head();
      assertThat(h.size()).isEqualTo(26);
      List<byte[]> proof = a.inclusionProof(7, 26);
      assertThat(
              MerkleTree.verifyInclusion(
                  a.leaf(7), 7, 26, proof, HexFormat.of().parseHex(h.root())))
          .isTrue();
    }
    assertThat(AuditLog.verify(log, TestIdentity.pinned(log), null).entries()).isEqualTo(26);
  }

  @Test
  void aModifiedEntryIsNamed() throws Exception {
    Path log = write(20, 5);
    List<String> l = lines(log);
    int line = indexOfEntry(l, 12);
    l.set(line, l.get(line).replace("client-12", "client-99"));
    Files.write(log, l, StandardCharsets.UTF_8);
    AuditLog.Verification v = AuditLog.verify(log, TestIdentity.pinned(log), null);
    assertThat(v.intact()).isFalse();
    assertThat(v.firstBadEntry()).isEqualTo(12);
    assertThat(v.problem()).contains("entry 12");
  }

  /** Found by the single-byte property: base64's unused low bits must not be a free byte. */
  @Test
  void anotherSpellingOfTheSameSignatureOrKeyIsAModification() throws Exception {
    Path log = write(10, 10);
    List<String> l = lines(log);
    int head = l.size() - 1;
    String line = l.get(head);
    int last = line.indexOf("==\"}") - 1; // 64-byte signature: the last character has 4 unused bits
    char c = line.charAt(last);
    char sibling =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
            .charAt(
                "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".indexOf(c) ^ 1);
    List<String> respelt = new ArrayList<>(l);
    respelt.set(head, line.substring(0, last) + sibling + line.substring(last + 1));
    assertThat(
            java.util.Base64.getDecoder()
                .decode(respelt.get(head).replaceAll(".*\"signature\":\"|\"}", "")))
        .as("the plain decoder reads both spellings alike")
        .isEqualTo(
            java.util.Base64.getDecoder().decode(line.replaceAll(".*\"signature\":\"|\"}", "")));
    Files.write(log, respelt, StandardCharsets.UTF_8);
    assertThat(AuditLog.verify(log, TestIdentity.pinned(log), null).intact()).isFalse();
  }

  @Test
  void deletedInsertedAndReorderedEntriesAreNamed() throws Exception {
    Path log = write(20, 5);
    List<String> l = lines(log);
    List<String> deleted = new ArrayList<>(l);
    deleted.remove(indexOfEntry(l, 8));
    Files.write(log, deleted);
    assertThat(AuditLog.verify(log, TestIdentity.pinned(log), null).firstBadEntry()).isEqualTo(8);

    List<String> swapped = new ArrayList<>(l);
    int a = indexOfEntry(l, 3);
    int b = indexOfEntry(l, 4);
    swapped.set(a, l.get(b));
    swapped.set(b, l.get(a));
    Files.write(log, swapped);
    assertThat(AuditLog.verify(log, TestIdentity.pinned(log), null).firstBadEntry()).isEqualTo(3);

    List<String> inserted = new ArrayList<>(l);
    inserted.add(indexOfEntry(l, 6), l.get(indexOfEntry(l, 2)));
    Files.write(log, inserted);
    assertThat(AuditLog.verify(log, TestIdentity.pinned(log), null).firstBadEntry()).isEqualTo(6);
  }

  @Test
  void aRecomputedChainStillFailsTheSignedHead() throws Exception {
    Path log = write(10, 10);
    List<String> l = lines(log);
    // Rewrite entry 4 and recompute its and every later chain value: the head signature fails.
    ObjectMapper m = new ObjectMapper();
    byte[] chain = new byte[32];
    for (int i = 1; i < l.size(); i++) {
      JsonNode n = m.readTree(l.get(i));
      if (!n.get("kind").asText().equals("entry")) {
        continue;
      }
      AuditEvent e = EventJson.read(n.get("event"));
      if (n.get("index").asInt() == 4) {
        e = event(77);
      }
      byte[] bytes = EventJson.write(e);
      var d = MerkleTree.sha256();
      d.update(chain);
      chain = d.digest(MerkleTree.leafHash(bytes));
      l.set(
          i,
          "{\"kind\":\"entry\",\"index\":"
              + n.get("index").asInt()
              + ",\"event\":"
              + new String(bytes, StandardCharsets.UTF_8)
              + ",\"chain\":\""
              + HexFormat.of().formatHex(chain)
              + "\"}");
    }
    Files.write(log, l);
    AuditLog.Verification v = AuditLog.verify(log, TestIdentity.pinned(log), null);
    assertThat(v.intact()).isFalse();
    assertThat(v.problem()).contains("tree head");
  }

  @Test
  void aSavedHeadCatchesTruncationAndRewriting() throws Exception {
    Path log = dir.resolve("audit.log");
    TreeHead saved;
    try (AuditLog a = AuditLog.open(log, TestIdentity.of(log))) {
      for (int i = 0; i < 30; i++) {
        a.append(event(i));
      }
      saved = a.head();
    }
    assertThat(AuditLog.verify(log, TestIdentity.pinned(log), saved).intact()).isTrue();
    List<String> l = lines(log);
    Files.write(log, l.subList(0, indexOfEntry(l, 20)));
    AuditLog.Verification truncated = AuditLog.verify(log, TestIdentity.pinned(log), saved);
    assertThat(truncated.intact()).isFalse();
    assertThat(truncated.problem()).contains("truncated");
    assertThat(AuditLog.verify(log, TestIdentity.pinned(log), null).intact())
        .as("without the saved head it looks fine")
        .isTrue();

    PinnedKeys pinned = TestIdentity.pinned(log);
    Files.delete(log); // an attacker writes a whole new log with a new identity
    Files.delete(dir.resolve("test-identity.json"));
    try (AuditLog forged = AuditLog.open(log, TestIdentity.of(log))) {
      for (int i = 0; i < 30; i++) {
        forged.append(event(i + 1));
      }
    }
    assertThat(AuditLog.verify(log, pinned, null).outcome())
        .isEqualTo(AuditLog.Verification.Outcome.ISSUER_NOT_VERIFIED);
    AuditLog.Verification rewritten = AuditLog.verify(log, pinned, saved);
    assertThat(rewritten.intact()).isFalse();
    assertThat(rewritten.problem()).contains("rewritten");
  }

  @Test
  void aTornLastLineFromACrashIsDroppedOnReopen() throws Exception {
    Path log = write(5, 5);
    Files.writeString(
        log, "{\"kind\":\"entry\",\"index\":5,\"ev", java.nio.file.StandardOpenOption.APPEND);
    try (AuditLog a = AuditLog.open(log, TestIdentity.of(log))) {
      assertThat(a.size()).isEqualTo(5);
      a.append(event(5));
    }
    assertThat(AuditLog.verify(log, TestIdentity.pinned(log), null).entries()).isEqualTo(6);
  }

  @Test
  void freeTextDetailsAreScrubbedOfPhi() throws Exception {
    Path log = dir.resolve("audit.log");
    try (AuditLog a = AuditLog.open(log, TestIdentity.of(log))) {
      a.append(
          new AuditEvent(
              Instant.now(),
              "isolation",
              "secops",
              "sunrise",
              null,
              null,
              null,
              List.of(),
              List.of(),
              List.of(),
              "done",
              List.of("POL-7.2"),
              null,
              Map.of("reason", "laptop lost with notes on Ada Lovelace, SSN 123-45-6789")));
    }
    assertThat(Files.readString(log))
        .doesNotContain("Lovelace")
        .doesNotContain("123-45-6789")
        .contains("[SSN]");
  }

  @Test
  void ed25519VerificationPassesWycheproof() throws Exception {
    JsonNode root =
        new ObjectMapper()
            .readTree(SharedFixtures.require("testvectors/wycheproof/ed25519_test.json").toFile());
    KeyFactory kf = KeyFactory.getInstance("Ed25519");
    HexFormat hex = HexFormat.of();
    byte[] prefix = hex.parseHex("302a300506032b6570032100");
    int checked = 0;
    for (JsonNode g : root.get("testGroups")) {
      byte[] raw = hex.parseHex(g.get("publicKey").get("pk").asText());
      byte[] x509 = new byte[prefix.length + raw.length];
      System.arraycopy(prefix, 0, x509, 0, prefix.length);
      System.arraycopy(raw, 0, x509, prefix.length, raw.length);
      var key = kf.generatePublic(new X509EncodedKeySpec(x509));
      for (JsonNode t : g.get("tests")) {
        boolean valid = t.get("result").asText().equals("valid");
        boolean ok =
            AuditLog.verifySignature(
                key, hex.parseHex(t.get("msg").asText()), hex.parseHex(t.get("sig").asText()));
        assertThat(ok).as("tcId " + t.get("tcId")).isEqualTo(valid);
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(100);
  }

  private static int indexOfEntry(List<String> lines, int index) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("{\"kind\":\"entry\",\"index\":" + index + ",")) {
        return i;
      }
    }
    throw new AssertionError("no entry " + index);
  }
}
