package com.backofficecare.safeguard.policy.mfa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backofficecare.safeguard.buildsupport.SharedFixtures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("POL-3.8")
class TotpVerifierTest {

  @Test
  void rfc6238Vectors() throws Exception {
    JsonNode v = new ObjectMapper().readTree(SharedFixtures.require("testvectors/rfc6238-totp.json").toFile());
    int n = 0;
    for (JsonNode t : v.get("tests")) {
      TotpVerifier.Algorithm alg = TotpVerifier.Algorithm.valueOf(t.get("algorithm").asText().substring(4));
      TotpSecret secret = TotpSecret.of(t.get("secretAscii").asText().getBytes(StandardCharsets.US_ASCII));
      TotpVerifier verifier = TotpVerifier.builder().algorithm(alg).digits(t.get("digits").asInt())
          .timeStep(Duration.ofSeconds(t.get("timeStep").asInt())).build();
      assertThat(verifier.generate(secret, Instant.ofEpochSecond(t.get("unixTime").asLong())))
          .as(t.toString()).isEqualTo(t.get("totp").asText());
      n++;
    }
    assertThat(n).isGreaterThanOrEqualTo(18);
  }

  @Test
  void acceptsTheWindowRefusesOutsideItAndRefusesReplays() {
    TotpSecret secret = TotpSecret.random();
    Instant now = Instant.parse("2026-11-25T10:00:10Z");
    TotpVerifier v = TotpVerifier.builder().clock(Clock.fixed(now, ZoneOffset.UTC)).build();
    String current = v.generate(secret, now);
    String previous = v.generate(secret, now.minusSeconds(30));
    String old = v.generate(secret, now.minusSeconds(90));
    assertThat(v.verify("u-ana", secret, old)).isFalse();
    assertThat(v.verify("u-ana", secret, current)).isTrue();
    assertThat(v.verify("u-ana", secret, current)).as("replay").isFalse();
    assertThat(v.verify("u-ana", secret, previous)).as("an earlier step after a later one").isFalse();
    assertThat(v.verify("u-ben", secret, previous)).as("another person's counter").isTrue();
    assertThat(v.verify("u-ana", secret, "12345")).isFalse();
    assertThat(v.verify("u-ana", secret, "abcdef")).isFalse();
  }

  @Test
  void secretsRoundTripThroughBase32AndNeverShow() {
    TotpSecret s = TotpSecret.random();
    TotpSecret back = TotpSecret.fromBase32(s.toBase32().toLowerCase());
    Instant t = Instant.parse("2026-01-01T00:00:00Z");
    TotpVerifier v = TotpVerifier.builder().build();
    assertThat(v.generate(back, t)).isEqualTo(v.generate(s, t));
    assertThat(s.toString()).doesNotContain(s.toBase32());
    assertThatThrownBy(() -> TotpSecret.fromBase32("NOT!BASE32")).hasMessageNotContaining("NOT!BASE32");
    s.destroy();
    assertThatThrownBy(() -> v.generate(s, t)).isInstanceOf(IllegalStateException.class);
  }
}
