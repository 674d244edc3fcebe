package com.backofficecare.safeguard.core;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;

/**
 * Identifies a client agency: the home-care agency that owns the data it provides (POL-2.1).
 *
 * <p>An agency id is an operational identifier, not PHI: lower-case letters, digits, {@code -} and
 * {@code _}, 1 to 64 characters, so that it is safe in file names, object keys and logs.
 */
public final class AgencyId implements Comparable<AgencyId> {

  private static final Pattern SYNTAX = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

  private final String value;

  private AgencyId(String value) {
    this.value = value;
  }

  /**
   * Returns the agency id for {@code value}.
   *
   * @throws IllegalArgumentException if {@code value} is not a valid agency id
   */
  public static AgencyId of(String value) {
    requireNonNull(value, "value");
    if (!SYNTAX.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "agency id must be 1 to 64 of [a-z0-9_-], starting with a letter or digit (length "
              + value.length()
              + ")");
    }
    return new AgencyId(value);
  }

  /** The id as text. */
  public String value() {
    return value;
  }

  @Override
  public int compareTo(AgencyId other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AgencyId agencyId && agencyId.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
