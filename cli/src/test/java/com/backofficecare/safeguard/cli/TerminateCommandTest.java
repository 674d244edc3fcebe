package com.backofficecare.safeguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.backofficecare.safeguard.policy.store.StoreLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code terminate} and {@code certificate} as an operator runs them: a separate JVM, env
 * passphrase.
 */
class TerminateCommandTest {

  @TempDir Path dir;

  record Run(int exit, String out, String err) {}

  private Run cli(String... args) throws Exception {
    List<String> cmd =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                CliProcess.classpath(),
                SafeguardCli.class.getName()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().put("SAFEGUARD_PASSPHRASE", "terminate-test-passphrase");
    pb.redirectError(dir.resolve("err.txt").toFile());
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes());
    return new Run(p.waitFor(), out, Files.readString(dir.resolve("err.txt")));
  }

  @Test
  @Tag("POL-10.3")
  @Tag("POL-10.6")
  void destroyOneAgencyFromTheCliAndVerifyItsCertificate() throws Exception {
    String store = dir.resolve("store").toString();
    Path file = dir.resolve("data.txt");
    Files.writeString(file, "client Ada Lovelace 123-45-6789");
    List<String> ids = new ArrayList<>();
    for (String category : List.of("CLIENT_RECORDS", "PAYROLL", "BILLING")) {
      ids.add(
          cli(
                  "store",
                  "put",
                  "--store",
                  store,
                  "--agency",
                  "sunrise",
                  "--category",
                  category,
                  file.toString())
              .out()
              .trim());
    }
    String harbor =
        cli("store", "put", "--store", store, "--agency", "harbor", file.toString()).out().trim();
    Path cert = dir.resolve("CERT.json");
    Run t =
        cli(
            "terminate",
            "--store",
            store,
            "--agency",
            "sunrise",
            "--mode",
            "destroy",
            "--out",
            cert.toString(),
            "--operator",
            "ops-lead");
    assertThat(t.exit()).as(t.err()).isZero();
    assertThat(t.out()).contains("3 object(s) sanitized");
    for (String id : ids) {
      assertThat(cli("store", "get", "--store", store, id).exit())
          .isEqualTo(ExitStatus.NO_SUCH_INPUT);
    }
    assertThat(cli("store", "get", "--store", store, harbor).out()).contains("Lovelace");
    Path pinned = dir.resolve("issuer.keys");
    Run key = cli("signing-key", "--store", store);
    assertThat(key.exit()).as(key.err()).isZero();
    Files.writeString(pinned, key.out());
    Run verify =
        cli(
            "certificate",
            "verify",
            cert.toString(),
            "--issuer-key",
            pinned.toString(),
            "--audit",
            dir.resolve("store/audit.log").toString());
    assertThat(verify.exit()).as(verify.out()).isZero();
    Run unpinned =
        cli(
            "certificate",
            "verify",
            cert.toString(),
            "--audit",
            dir.resolve("store/audit.log").toString());
    assertThat(unpinned.exit()).isEqualTo(1);
    assertThat(unpinned.out()).contains("issuer not verified");
    assertThat(cli("certificate", "show", cert.toString()).out())
        .contains("Purge")
        .contains("ops-lead");
    // The agency's isolation is recorded where every later 'guard check --store' reads it.
    assertThat(Files.readString(cert)).contains("\"accessRevoked\" : true");
    Path request = dir.resolve("request.json");
    Files.writeString(
        request,
        Files.readString(
                GuardAuditCommandTest.POLICY.resolve("requests/permit-scheduler-reads-visits.json"))
            .replace("sunrise-home-care", "sunrise"));
    Run check =
        cli(
            "guard",
            "check",
            "--store",
            store,
            "--policy",
            GuardAuditCommandTest.POLICY.resolve("policy.json").toString(),
            "--request",
            request.toString());
    assertThat(check.exit()).isEqualTo(1);
    assertThat(check.out())
        .contains("POL-7.2: the agency, person, client system or device is isolated");

    Files.writeString(cert, Files.readString(cert).replace("ops-lead", "someone-else"));
    Run tampered = cli("certificate", "verify", cert.toString(), "--issuer-key", pinned.toString());
    assertThat(tampered.exit()).isEqualTo(1);
    assertThat(tampered.out()).contains("INVALID");
  }

  /**
   * A key store restored from a copy taken before the termination holds the destroyed keys again:
   * the next command that opens the store destroys them again before anything reads.
   */
  @Test
  @Tag("POL-10.5")
  void aKeyStoreRestoredFromBeforeATerminationCannotReviveTheAgencysData() throws Exception {
    String store = dir.resolve("store").toString();
    String id = terminateThenRestoreTheKeyStoreAndObjects();
    Run get = cli("store", "get", "--store", store, id);
    assertThat(get.out()).doesNotContain("Lovelace");
    assertThat(get.exit()).isNotZero();
    assertThat(get.err()).contains("destroyed again");
    Path file = dir.resolve("data.txt");
    assertThat(cli("store", "put", "--store", store, "--agency", "sunrise", file.toString()).exit())
        .isNotZero();
  }

  /**
   * A restore that also rolls back the termination journals is caught by the signed audit trail,
   * which records the keys' destruction: the keys are destroyed again all the same.
   */
  @Test
  @Tag("POL-10.5")
  void aKeyStoreAndJournalsRestoredTogetherAreCaughtByTheAuditTrail() throws Exception {
    String id = terminateThenRestoreTheKeyStoreAndObjects();
    deleteTree(StoreLayout.at(dir.resolve("store")).terminations());
    Run get = cli("store", "get", "--store", dir.resolve("store").toString(), id);
    assertThat(get.out()).doesNotContain("Lovelace");
    assertThat(get.exit()).isNotZero();
    assertThat(get.err()).contains("destroyed again");
  }

  /**
   * Stores one object for sunrise, copies the key store and the objects, terminates sunrise and
   * puts the copies back, as a restore from a backup would; returns the object's id.
   */
  private String terminateThenRestoreTheKeyStoreAndObjects() throws Exception {
    String store = dir.resolve("store").toString();
    Path file = dir.resolve("data.txt");
    Files.writeString(file, "client Ada Lovelace 123-45-6789");
    String id =
        cli("store", "put", "--store", store, "--agency", "sunrise", file.toString()).out().trim();
    Path keyStore = dir.resolve("store/keystore.sgks");
    Path backup = dir.resolve("keystore.backup");
    Files.copy(keyStore, backup);
    Path objects = dir.resolve("store/objects");
    Path objectsBackup = dir.resolve("objects.backup");
    copyTree(objects, objectsBackup);
    Run t =
        cli(
            "terminate",
            "--store",
            store,
            "--agency",
            "sunrise",
            "--mode",
            "destroy",
            "--out",
            dir.resolve("CERT.json").toString(),
            "--operator",
            "ops-lead");
    assertThat(t.exit()).as(t.err()).isZero();
    Files.copy(backup, keyStore, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    copyTree(objectsBackup, objects);
    return id;
  }

  private static void deleteTree(Path root) throws java.io.IOException {
    try (var files = Files.walk(root)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static void copyTree(Path from, Path to) throws java.io.IOException {
    try (var files = Files.walk(from)) {
      for (Path p : files.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  /** Stores {@code objects} objects for sunrise and terminates it; returns the certificate. */
  private Path terminated(int objects) throws Exception {
    String store = dir.resolve("store").toString();
    Path file = Files.writeString(dir.resolve("data.txt"), "client Ada Lovelace 123-45-6789");
    for (int i = 0; i < objects; i++) {
      cli("store", "put", "--store", store, "--agency", "sunrise", file.toString());
    }
    Path cert = dir.resolve("CERT.json");
    assertThat(
            cli(
                    "terminate",
                    "--store",
                    store,
                    "--agency",
                    "sunrise",
                    "--mode",
                    "destroy",
                    "--out",
                    cert.toString(),
                    "--operator",
                    "ops-lead")
                .exit())
        .isZero();
    return cert;
  }

  /** What the operator hands the auditor: the store's signing key, pinned. */
  /** The store's audit trail, opened as an insider holding the passphrase would. */
  private com.backofficecare.safeguard.policy.audit.AuditLog storeAuditLog() {
    com.backofficecare.safeguard.policy.store.StoreLayout layout =
        com.backofficecare.safeguard.policy.store.StoreLayout.at(dir.resolve("store"));
    try (com.backofficecare.safeguard.crypto.LocalKeyStore keys =
        com.backofficecare.safeguard.crypto.LocalKeyStore.builder(layout.keyStore())
            .passphrase("terminate-test-passphrase".toCharArray())
            .open()) {
      return layout.openAuditLog(layout.openSigningIdentity(keys));
    }
  }

  private Path pinnedKeys() throws Exception {
    Path pinned = dir.resolve("issuer.keys");
    Files.writeString(pinned, cli("signing-key", "--store", dir.resolve("store").toString()).out());
    return pinned;
  }

  /** The forgery an auditor must catch: an edited certificate re-signed with a fresh key. */
  @Test
  @Tag("POL-10.6")
  void aCertificateReSignedWithAFreshKeyIsRefused() throws Exception {
    Path cert = terminated(2);
    Path pinned = pinnedKeys();

    java.security.KeyPair fresh =
        java.security.KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    String freshKey = java.util.Base64.getEncoder().encodeToString(fresh.getPublic().getEncoded());
    com.fasterxml.jackson.databind.node.ObjectNode n =
        (com.fasterxml.jackson.databind.node.ObjectNode)
            new com.fasterxml.jackson.databind.ObjectMapper().readTree(cert.toFile());
    ((com.fasterxml.jackson.databind.node.ObjectNode) n.get("issuer"))
        .put("operator", "mallory")
        .put("publicKey", freshKey);
    ((com.fasterxml.jackson.databind.node.ObjectNode) n.get("what")).put("sanitizedCount", 200);
    byte[] forged =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .writerWithDefaultPrettyPrinter()
            .writeValueAsBytes(n);
    java.security.Signature sig = java.security.Signature.getInstance("Ed25519");
    sig.initSign(fresh.getPrivate());
    sig.update(forged);
    Files.write(cert, forged);
    Files.writeString(
        dir.resolve("CERT.json.sig"),
        java.util.Base64.getEncoder().encodeToString(sig.sign()) + "\n");

    Run verify = cli("certificate", "verify", cert.toString(), "--issuer-key", pinned.toString());
    assertThat(verify.exit()).isEqualTo(1);
    assertThat(verify.out()).contains("issuer not verified");
    // Pinning the forger's key is what it would take; an auditor never takes it from the file.
    Files.writeString(
        dir.resolve("forger.keys"),
        com.backofficecare.safeguard.policy.audit.PinnedKeys.line("forger", freshKey) + "\n");
    Run audited =
        cli(
            "certificate",
            "verify",
            cert.toString(),
            "--issuer-key",
            dir.resolve("forger.keys").toString(),
            "--audit",
            dir.resolve("store/audit.log").toString());
    assertThat(audited.exit()).isEqualTo(1);
    assertThat(audited.out()).contains("INVALID");
  }

  /**
   * A certificate claiming an object the run never deleted: its creation is in the trail, its
   * deletion is not, and a creation event must not pass for one (even re-signed with the real key).
   */
  @Test
  @Tag("POL-10.6")
  void aCreationEventDoesNotPassForADeletion() throws Exception {
    Path cert = terminated(1);
    // An object of the agency's whose creation the trail records, and nothing more.
    String stored = "sunrise:00000000000000000000000000000001";
    com.fasterxml.jackson.databind.ObjectMapper mapper =
        new com.fasterxml.jackson.databind.ObjectMapper();
    com.fasterxml.jackson.databind.node.ObjectNode n =
        (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(cert.toFile());
    ((com.fasterxml.jackson.databind.node.ArrayNode) n.get("what").get("objects"))
        .addObject()
        .put("object", stored)
        .put("category", "PAYROLL")
        .put("sanitized", true);
    ((com.fasterxml.jackson.databind.node.ObjectNode) n.get("what"))
        .put("sanitizedCount", n.get("what").get("sanitizedCount").asInt() + 1);
    byte[] claimed = mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(n);
    try (com.backofficecare.safeguard.policy.audit.AuditLog log = storeAuditLog()) {
      log.append(
          new com.backofficecare.safeguard.policy.audit.AuditEvent(
              java.time.Instant.now(),
              "store.stored",
              "cli",
              "sunrise",
              "PAYROLL",
              null,
              null,
              List.of(),
              List.of(),
              List.of(),
              "done",
              List.of("POL-5.1"),
              null,
              java.util.Map.of("object", stored)));
      log.commit();
      Files.write(cert, claimed);
      Files.writeString(dir.resolve("CERT.json.sig"), log.identity().sign(claimed) + "\n");
    }
    Path pinned = pinnedKeys();
    Run r =
        cli(
            "certificate",
            "verify",
            cert.toString(),
            "--issuer-key",
            pinned.toString(),
            "--audit",
            dir.resolve("store/audit.log").toString());
    assertThat(r.exit()).as(r.out()).isEqualTo(1);
    assertThat(r.out()).contains("no deletion event");
  }

  /** A typo in a rules file must stop the sweep, not read as zero days and erase data. */
  @Test
  @Tag("POL-10.1")
  void aMistypedRetentionRuleIsRefusedAndNothingIsErased() throws Exception {
    String store = dir.resolve("store").toString();
    Path file = Files.writeString(dir.resolve("data.txt"), "payroll run");
    String id =
        cli(
                "store",
                "put",
                "--store",
                store,
                "--agency",
                "sunrise",
                "--category",
                "PAYROLL",
                "--ttl",
                "720h",
                file.toString())
            .out()
            .trim();
    for (String rule :
        List.of(
            "{\"category\":\"PAYROLL\",\"dayz\":7}",
            "{\"category\":\"PAYROLL\",\"days\":\"0\"}",
            "{\"category\":\"PAYROLL\",\"days\":0,\"days\":30}",
            "{\"category\":\"PAYROL\",\"days\":0}",
            "{\"category\":\"PAYROLL\",\"days\":-1}",
            "{\"category\":\"PAYROLL\",\"days\":0.99}")) {
      Path rules =
          Files.writeString(dir.resolve("rules.json"), "{\"rules\": [\n  " + rule + "\n]}\n");
      Run r = cli("retention", "sweep", "--store", store, "--rules", rules.toString());
      assertThat(r.exit()).as(rule + ": " + r.err()).isEqualTo(65);
      assertThat(r.err()).contains("rules.json:");
      assertThat(cli("store", "get", "--store", store, id).exit()).as(rule).isZero();
    }
    Path due =
        Files.writeString(
            dir.resolve("due.json"), "{\"rules\":[{\"category\":\"PAYROLL\",\"days\":0}]}");
    Run dry = cli("retention", "sweep", "--store", store, "--rules", due.toString(), "--dry-run");
    assertThat(dry.exit()).isZero();
    assertThat(dry.out()).contains("would sanitize " + id);
    assertThat(cli("store", "get", "--store", store, id).exit()).isZero();
    assertThat(cli("retention", "sweep", "--store", store, "--rules", due.toString()).exit())
        .isZero();
    assertThat(cli("store", "get", "--store", store, id).exit())
        .isEqualTo(ExitStatus.NO_SUCH_INPUT);
  }

  /** A mistyped store or agency must not yield a valid certificate for nothing. */
  @Test
  @Tag("POL-10.6")
  void terminateRefusesAStoreOrAgencyItDoesNotKnow() throws Exception {
    String store = dir.resolve("store").toString();
    Path file = Files.writeString(dir.resolve("data.txt"), "client Ada Lovelace");
    String id =
        cli("store", "put", "--store", store, "--agency", "sunrise", file.toString()).out().trim();
    Path cert = dir.resolve("CERT.json");
    Run typoStore =
        cli(
            "terminate",
            "--store",
            dir.resolve("stroe").toString(),
            "--agency",
            "sunrise",
            "--mode",
            "destroy",
            "--out",
            cert.toString());
    assertThat(typoStore.exit()).isEqualTo(ExitStatus.NO_SUCH_INPUT);
    assertThat(Files.exists(dir.resolve("stroe"))).isFalse();
    Run typoAgency =
        cli(
            "terminate",
            "--store",
            store,
            "--agency",
            "sunrsie",
            "--mode",
            "destroy",
            "--out",
            cert.toString());
    assertThat(typoAgency.exit()).isEqualTo(ExitStatus.NO_SUCH_INPUT);
    assertThat(typoAgency.err()).contains("--allow-empty");
    assertThat(Files.exists(cert)).isFalse();
    Run dry =
        cli(
            "terminate",
            "--store",
            store,
            "--agency",
            "sunrise",
            "--mode",
            "destroy",
            "--out",
            cert.toString(),
            "--dry-run");
    assertThat(dry.exit()).isZero();
    assertThat(dry.out()).contains("would destroy " + id);
    assertThat(Files.exists(cert)).isFalse();
    assertThat(cli("store", "get", "--store", store, id).exit()).isZero();
  }

  /** What an outside reviewer found: mistakes that cost data or gave a wrong answer. */
  @Test
  @Tag("POL-10.6")
  void operatorMistakesAreRefusedBeforeAnythingChanges() throws Exception {
    String store = dir.resolve("store").toString();
    Path file = Files.writeString(dir.resolve("data.txt"), "client Ada Lovelace");
    String id =
        cli("store", "put", "--store", store, "--agency", "sunrise", file.toString()).out().trim();
    // The store's signing key can be pinned before any termination.
    Run key = cli("signing-key", "--store", store);
    assertThat(key.exit()).as(key.err()).isZero();
    assertThat(key.out()).contains("safeguard-signing-key v1 store ed25519 ");
    // A certificate path in a missing directory: refused before anything is destroyed.
    Run badOut =
        cli(
            "terminate",
            "--store",
            store,
            "--agency",
            "sunrise",
            "--mode",
            "destroy",
            "--out",
            dir.resolve("no/such/dir/CERT.json").toString());
    assertThat(badOut.exit()).isEqualTo(ExitStatus.NO_SUCH_INPUT);
    assertThat(cli("store", "get", "--store", store, id).exit()).isZero();
    Run badMode =
        cli(
            "terminate",
            "--store",
            store,
            "--agency",
            "sunrise",
            "--mode",
            "destroyy",
            "--out",
            dir.resolve("CERT.json").toString());
    assertThat(badMode.exit()).isEqualTo(2);
    assertThat(badMode.err()).contains("--mode takes").doesNotContain("No enum constant");
    // Read-only commands on a mistyped store refuse and create nothing.
    assertThat(cli("store", "ls", "--store", dir.resolve("stroe").toString()).exit())
        .isEqualTo(ExitStatus.NO_SUCH_INPUT);
    assertThat(Files.exists(dir.resolve("stroe"))).isFalse();
  }

  /** Without the trail, a certificate must still be consistent with itself. */
  @Test
  @Tag("POL-10.6")
  void aCertificateWhoseCountDiffersFromItsListIsInvalidEvenWithoutTheTrail() throws Exception {
    Path cert = terminated(2);
    com.fasterxml.jackson.databind.ObjectMapper mapper =
        new com.fasterxml.jackson.databind.ObjectMapper();
    com.fasterxml.jackson.databind.node.ObjectNode n =
        (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(cert.toFile());
    ((com.fasterxml.jackson.databind.node.ObjectNode) n.get("what")).put("sanitizedCount", 7);
    byte[] claimed = mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(n);
    try (com.backofficecare.safeguard.policy.audit.AuditLog log = storeAuditLog()) {
      Files.write(cert, claimed);
      Files.writeString(dir.resolve("CERT.json.sig"), log.identity().sign(claimed) + "\n");
    }
    Run r = cli("certificate", "verify", cert.toString(), "--issuer-key", pinnedKeys().toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("claims 7");
  }

  @Test
  void aMistypedPinnedKeyFileIsRefusedWithItsLine() throws Exception {
    Path keys =
        Files.writeString(
            dir.resolve("bad.keys"),
            "# pinned\nsafeguard-signing-key v1 audit ed25519 AAAA sha256:00\n");
    Path cert = Files.writeString(dir.resolve("CERT.json"), "{}");
    Run r = cli("certificate", "verify", cert.toString(), "--issuer-key", keys.toString());
    assertThat(r.exit()).isEqualTo(65);
    assertThat(r.err()).contains("bad.keys:2");
  }
}
