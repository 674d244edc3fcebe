package com.backofficecare.safeguard.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.backofficecare.safeguard.policy.audit.AuditLog;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Starts the service on a random port and calls it as a scheduler would, and as no one should. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@org.junit.jupiter.api.extension.ExtendWith(
    org.springframework.boot.test.system.OutputCaptureExtension.class)
class SchedulingServiceTest {

  static Path store;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry r) throws Exception {
    store = Files.createTempDirectory("spring-service");
    r.add(
        "safeguard.policy-file",
        () ->
            Path.of(System.getProperty("safeguard.root", "../.."))
                .resolve("examples/policy/policy.json")
                .toString());
    r.add("safeguard.store-dir", store::toString);
    r.add("safeguard.passphrase-env", () -> "SAFEGUARD_TEST_PASSPHRASE");
  }

  @LocalServerPort int port;
  @Autowired AuditLog audit;

  private HttpResponse<String> get(String network, boolean mfa) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/clients/c-1042/visit"))
                .header("X-Person", "u-ana")
                .header("X-Agency", "sunrise-home-care")
                .header("X-Network", network)
                .header("X-Device", "laptop-12")
                .header("X-Mfa", Boolean.toString(mfa))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  @Test
  @Tag("POL-3.2")
  @Tag("POL-6.2")
  void aSchedulerGetsAMinimizedRecordAndPublicWifiIsDenied(
      org.springframework.boot.test.system.CapturedOutput output) throws Exception {
    HttpResponse<String> ok = get("OFFICE", true);
    assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
    // The record comes back as its own type, the withheld diagnosis null.
    assertThat(ok.body())
        .contains("Ada Lovelace")
        .contains("12 Elm St")
        .doesNotContain("CHF")
        .contains("\"diagnosis\":null");
    HttpResponse<String> denied = get("PUBLIC_WIFI", true);
    assertThat(denied.statusCode()).isEqualTo(403);
    assertThat(denied.body()).doesNotContain("Lovelace");
    audit.commit();
    String trail = Files.readString(store.resolve("audit.log"));
    assertThat(trail)
        .contains("\"outcome\":\"permit\"")
        .contains("\"outcome\":\"deny\"")
        .contains("POL-6.2")
        .doesNotContain("Lovelace");
    assertThat(output.getOut())
        .contains("loaded Client[client_name=[NAME]")
        .doesNotContain("555-0143")
        .doesNotContain("Lovelace");
  }
}
