package com.backofficecare.safeguard.crypto.tempstore;

import static java.util.Objects.requireNonNull;

import com.backofficecare.safeguard.core.AgencyId;
import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * Names one object in the secure store: its agency and a random token, written {@code agency:token}
 * (e.g. {@code sunrise:4f9c2a7be01d8c3f5a6b7c8d9e0f1a2b}). Not secret, not PHI.
 */
public final class ObjectId implements Comparable<ObjectId> {

  private static final Pattern TOKEN = Pattern.compile("[0-9a-f]{32}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final AgencyId agency;
  private final String token;

  private ObjectId(AgencyId agency, String token) {
    this.agency = agency;
    this.token = token;
  }

  static ObjectId random(AgencyId agency) {
    byte[] b = new byte[16];
    RANDOM.nextBytes(b);
    return new ObjectId(agency, java.util.HexFormat.of().formatHex(b));
  }

  /**
   * Parses {@code agency:token}.
   *
   * @throws IllegalArgumentException if {@code text} is not an object id
   */
  public static ObjectId parse(String text) {
    requireNonNull(text, "text");
    int colon = text.indexOf(':');
    if (colon < 1 || !TOKEN.matcher(text.substring(colon + 1)).matches()) {
      throw new IllegalArgumentException("object id must be agency:token (32 hex digits)");
    }
    return new ObjectId(AgencyId.of(text.substring(0, colon)), text.substring(colon + 1));
  }

  public AgencyId agency() {
    return agency;
  }

  String token() {
    return token;
  }

  @Override
  public int compareTo(ObjectId o) {
    return toString().compareTo(o.toString());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ObjectId other && other.agency.equals(agency) && other.token.equals(token);
  }

  @Override
  public int hashCode() {
    return agency.hashCode() * 31 + token.hashCode();
  }

  @Override
  public String toString() {
    return agency.value() + ":" + token;
  }
}
