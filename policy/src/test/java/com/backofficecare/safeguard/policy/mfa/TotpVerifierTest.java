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
    JsonNode v =
        new ObjectMapper()
            .readTree(SharedFixtures.require("testvectors/rfc6238-totp.json").toFile());
    int n = 0;
    for (JsonNode t : v.get("tests")) {
      TotpVerifier.Algorithm alg =
          TotpVerifier.Algorithm.valueOf(t.get("algorithm").asText().substring(4));
      TotpSecret secret =
          TotpSecret.of(t.get("secretAscii").asText().getBytes(StandardCharsets.US_ASCII));
      TotpVerifier verifier =
          TotpVerifier.builder()
              .algorithm(alg)
              .digits(t.get("digits").asInt())
              .timeStep(Duration.ofSeconds(t.get("timeStep").asInt()))
              .build();
      assertThat(verifier.generate(secret, Instant.ofEpochSecond(t.get("unixTime").asLong())))
          .as(t.toString())
          .isEqualTo(t.get("totp").asText());
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
    assertThat(v.verify("u-ana", secret, previous))
        .as("an earlier step after a later one")
        .isFalse();
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
    assertThatThrownBy(() -> TotpSecret.fromBase32("NOT!BASE32"))
        .hasMessageNotContaining("NOT!BASE32");
    s.destroy();
    assertThatThrownBy(() -> v.generate(s, t)).isInstanceOf(IllegalStateException.class);
  }

  /** Six digits do not survive unlimited guessing: after five failures every code is refused. */
  @Test
  @Tag("POL-3.8")
  void failedAttemptsLockAPersonOutForAWhile() {
    TotpSecret secret = TotpSecret.random();
    Instant t0 = Instant.parse("2026-11-25T10:00:10Z");
    java.util.concurrent.atomic.AtomicReference<Instant> now =
        new java.util.concurrent.atomic.AtomicReference<>(t0);
    Clock clock =
        new Clock() {
          @Override
          public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(java.time.ZoneId z) {
            return this;
          }

          @Override
          public Instant instant() {
            return now.get();
          }
        };
    TotpVerifier v =
        TotpVerifier.builder().clock(clock).attempts(5, java.time.Duration.ofMinutes(15)).build();
    for (int i = 0; i < 5; i++) {
      assertThat(v.verify("u-ana", secret, String.format("%06d", i))).isFalse();
    }
    assertThat(v.verify("u-ana", secret, v.generate(secret, now.get()))).as("locked out").isFalse();
    assertThat(v.verify("u-ben", secret, v.generate(secret, now.get())))
        .as("another person")
        .isTrue();
    now.set(t0.plus(java.time.Duration.ofMinutes(16)));
    assertThat(v.verify("u-ana", secret, v.generate(secret, now.get())))
        .as("after the lockout")
        .isTrue();
  }

  /** Used steps and failures last across a restart when the verifier keeps them in guard state. */
  @Test
  @Tag("POL-3.8")
  void usedCodesAndFailuresSurviveARestart(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    TotpSecret secret = TotpSecret.random();
    Instant now = Instant.parse("2026-11-25T10:00:10Z");
    String code;
    java.nio.file.Path file = dir.resolve("guard-state.log");
    try (var store = com.backofficecare.safeguard.policy.access.FileGuardStateStore.open(file);
        var state = com.backofficecare.safeguard.policy.access.GuardState.over(store)) {
      TotpVerifier v =
          TotpVerifier.builder().clock(Clock.fixed(now, ZoneOffset.UTC)).state(state).build();
      code = v.generate(secret, now);
      assertThat(v.verify("u-ana", secret, code)).isTrue();
      for (int i = 0; i < 5; i++) {
        v.verify("u-ben", secret, "000000".equals(v.generate(secret, now)) ? "111111" : "000000");
      }
    }
    try (var store = com.backofficecare.safeguard.policy.access.FileGuardStateStore.open(file);
        var state = com.backofficecare.safeguard.policy.access.GuardState.over(store)) {
      TotpVerifier v =
          TotpVerifier.builder().clock(Clock.fixed(now, ZoneOffset.UTC)).state(state).build();
      assertThat(v.verify("u-ana", secret, code)).as("a replay after the restart").isFalse();
      assertThat(v.verify("u-ben", secret, v.generate(secret, now)))
          .as("still locked out")
          .isFalse();
    }
  }
}
