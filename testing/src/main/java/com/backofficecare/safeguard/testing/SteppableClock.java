package com.backofficecare.safeguard.testing;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that stands still until the test moves it. Thread-safe. */
public final class SteppableClock extends Clock {

  private volatile Instant now;

  private SteppableClock(Instant start) {
    this.now = requireNonNull(start, "start");
  }

  /** A clock at {@code start}. */
  public static SteppableClock at(Instant start) {
    return new SteppableClock(start);
  }

  /** A clock at {@code start}, e.g. {@code "2026-11-25T09:00:00Z"}. */
  public static SteppableClock at(String start) {
    return new SteppableClock(Instant.parse(start));
  }

  /** Moves the clock forward (or back, for a negative duration). */
  public SteppableClock advance(Duration d) {
    now = now.plus(d);
    return this;
  }

  public SteppableClock set(Instant instant) {
    now = requireNonNull(instant, "instant");
    return this;
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
