package com.backofficecare.safeguard.policy.access;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * How the requester authenticated (policy 3.8).
 *
 * @param multiFactor whether a second factor was verified
 * @param at when the requester last authenticated
 */
public record Authentication(boolean multiFactor, Instant at) {

  public Authentication {
    requireNonNull(at, "at");
  }
}
