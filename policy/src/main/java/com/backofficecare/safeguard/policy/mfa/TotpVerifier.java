package com.backofficecare.safeguard.policy.mfa;

import static java.util.Objects.requireNonNull;

import com.backofficecare.safeguard.policy.access.GuardState;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Time-based one-time passwords (RFC 6238) for policy 3.8: checks a code against the current time
 * step and up to {@code window} steps either side (clock drift), compares in constant time, refuses
 * a code whose step was already used by the same person (replay), and refuses every code after too
 * many failed attempts. Over a persisted {@link GuardState} both survive a restart and are shared
 * by every instance.
 */
public final class TotpVerifier {

  /** The HMAC behind the codes; authenticator apps use SHA1. */
  public enum Algorithm {
    SHA1("HmacSHA1"),
    SHA256("HmacSHA256"),
    SHA512("HmacSHA512");

    final String mac;

    Algorithm(String mac) {
      this.mac = mac;
    }
  }

  private static final int[] POWERS = {
    1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000
  };

  private final Algorithm algorithm;
  private final int digits;
  private final long step;
  private final int window;
  private final Clock clock;
  private final GuardState state;
  private final int maxFailures;
  private final Duration lockout;

  private TotpVerifier(Builder b) {
    this.algorithm = b.algorithm;
    this.digits = b.digits;
    this.step = b.step.toSeconds();
    this.window = b.window;
    this.clock = b.clock;
    this.state = b.state == null ? GuardState.inMemory() : b.state;
    this.maxFailures = b.maxFailures;
    this.lockout = b.lockout;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Configures a {@link TotpVerifier}: defaults SHA1, 6 digits, 30 s steps, window 1. */
  public static final class Builder {
    private Algorithm algorithm = Algorithm.SHA1;
    private int digits = 6;
    private Duration step = Duration.ofSeconds(30);
    private int window = 1;
    private Clock clock = Clock.systemUTC();
    private @Nullable GuardState state;
    private int maxFailures = 5;
    private Duration lockout = Duration.ofMinutes(15);

    private Builder() {}

    /**
     * Where used steps and failed attempts last (the guard's state, persisted and shared, so a
     * restart or another instance neither accepts a replay nor forgets failures); default in
     * memory.
     */
    public Builder state(GuardState state) {
      this.state = requireNonNull(state, "state");
      return this;
    }

    /**
     * After {@code maxFailures} failed attempts within {@code lockout}, every code is refused until
     * the oldest of them is {@code lockout} old (default 5 in 15 minutes): six digits do not
     * survive unlimited guessing. The lockout is at most 24 hours, as long as the guard's state
     * keeps failed attempts.
     */
    public Builder attempts(int maxFailures, Duration lockout) {
      if (maxFailures < 1 || maxFailures > 20) {
        throw new IllegalArgumentException("allow 1 to 20 failed attempts");
      }
      if (lockout.isNegative() || lockout.isZero() || lockout.compareTo(Duration.ofHours(24)) > 0) {
        throw new IllegalArgumentException("the lockout is positive and at most 24 hours");
      }
      this.maxFailures = maxFailures;
      this.lockout = lockout;
      return this;
    }

    public Builder algorithm(Algorithm algorithm) {
      this.algorithm = requireNonNull(algorithm, "algorithm");
      return this;
    }

    /** 6 to 8 digits. */
    public Builder digits(int digits) {
      if (digits < 6 || digits > 8) {
        throw new IllegalArgumentException("TOTP codes have 6 to 8 digits");
      }
      this.digits = digits;
      return this;
    }

    /**
     * 1 s to 1 hour (default 30 s): a used step is kept 24 hours in the guard's state, longer than
     * any accepted drift window lasts.
     */
    public Builder timeStep(Duration step) {
      if (step.toSeconds() < 1 || step.compareTo(Duration.ofHours(1)) > 0) {
        throw new IllegalArgumentException("time step must be 1 s to 1 hour");
      }
      this.step = step;
      return this;
    }

    /** Steps accepted before and after the current one (0 to 2). */
    public Builder window(int window) {
      if (window < 0 || window > 2) {
        throw new IllegalArgumentException("window must be 0 to 2 steps");
      }
      this.window = window;
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = requireNonNull(clock, "clock");
      return this;
    }

    public TotpVerifier build() {
      return new TotpVerifier(this);
    }
  }

  /** The code for {@code secret} at {@code time}. */
  public String generate(TotpSecret secret, Instant time) {
    return code(secret, Math.floorDiv(time.getEpochSecond(), step));
  }

  /**
   * Whether {@code code} is {@code person}'s current code (within the window), not a replay, and
   * {@code person} is not locked out by failed attempts. An accepted code's step, and every step
   * before it, cannot be used again by that person; a wrong code counts as a failed attempt.
   */
  public boolean verify(String person, TotpSecret secret, String code) {
    requireNonNull(person, "person");
    requireNonNull(code, "code");
    Instant at = clock.instant();
    if (state.oneTimeCodeFailuresSince(person, at.minus(lockout)) >= maxFailures) {
      return false; // locked out: not even a right code is tried
    }
    if (code.length() != digits) {
      state.oneTimeCodeFailed(person, at);
      return false;
    }
    byte[] given = code.getBytes(StandardCharsets.US_ASCII);
    long now = Math.floorDiv(at.getEpochSecond(), step);
    long matched = Long.MIN_VALUE;
    for (long s = now - window; s <= now + window; s++) {
      // Every candidate is computed and compared, so timing does not reveal which matched.
      if (MessageDigest.isEqual(code(secret, s).getBytes(StandardCharsets.US_ASCII), given)) {
        matched = Math.max(matched, s);
      }
    }
    if (matched == Long.MIN_VALUE) {
      state.oneTimeCodeFailed(person, at);
      return false;
    }
    return state.claimOneTimeCode(person, matched, at);
  }

  private String code(TotpSecret secret, long counter) {
    try {
      Mac mac = Mac.getInstance(algorithm.mac);
      mac.init(new SecretKeySpec(secret.bytes(), "RAW"));
      byte[] h = mac.doFinal(java.nio.ByteBuffer.allocate(8).putLong(counter).array());
      int offset = h[h.length - 1] & 0xf;
      int binary =
          ((h[offset] & 0x7f) << 24)
              | ((h[offset + 1] & 0xff) << 16)
              | ((h[offset + 2] & 0xff) << 8)
              | (h[offset + 3] & 0xff);
      String s = Integer.toString(binary % POWERS[digits]);
      return "0".repeat(digits - s.length()) + s;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC unavailable", e);
    }
  }
}
