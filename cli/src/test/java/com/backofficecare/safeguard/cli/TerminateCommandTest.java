package com.backofficecare.safeguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code terminate} and {@code certificate} as an operator runs them: a separate JVM, env passphrase. */
class TerminateCommandTest {

  @TempDir Path dir;

  record Run(int exit, String out, String err) {}

  private Run cli(String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), SafeguardCli.class.getName()));
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
      ids.add(cli("store", "put", "--store", store, "--agency", "sunrise", "--category", category,
          file.toString()).out().trim());
    }
    String harbor = cli("store", "put", "--store", store, "--agency", "harbor", file.toString()).out().trim();
    Path cert = dir.resolve("CERT.json");
    Run t = cli("terminate", "--store", store, "--agency", "sunrise", "--mode", "destroy", "--out",
        cert.toString(), "--operator", "ops-lead");
    assertThat(t.exit()).as(t.err()).isZero();
    assertThat(t.out()).contains("3 object(s) sanitized");
    for (String id : ids) {
      assertThat(cli("store", "get", "--store", store, id).exit()).isEqualTo(StoreCommand.NOT_FOUND);
    }
    assertThat(cli("store", "get", "--store", store, harbor).out()).contains("Lovelace");
    Run verify = cli("certificate", "verify", cert.toString(), "--audit", dir.resolve("store/audit.log").toString());
    assertThat(verify.exit()).as(verify.out()).isZero();
    assertThat(cli("certificate", "show", cert.toString()).out()).contains("Purge").contains("ops-lead");

    Files.writeString(cert, Files.readString(cert).replace("ops-lead", "someone-else"));
    Run tampered = cli("certificate", "verify", cert.toString());
    assertThat(tampered.exit()).isEqualTo(1);
    assertThat(tampered.out()).contains("INVALID");
  }
}
