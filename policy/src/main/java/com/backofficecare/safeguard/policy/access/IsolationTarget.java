package com.backofficecare.safeguard.policy.access;

import static java.util.Objects.requireNonNull;

import com.backofficecare.safeguard.core.AgencyId;
import java.util.Locale;

/**
 * Something the guard can isolate (policy 7.2 on an incident, 10.2 on termination): while isolated,
 * every request naming it is denied, whatever else permits it.
 *
 * <p>Ids are checked and put in the form requests use, so that a target always matches what it
 * names: an agency id must be a valid {@link AgencyId}; device and client-system ids are inventory
 * ids, compared without regard to case (kept in lower case); person ids are exact.
 */
public record IsolationTarget(Kind kind, String id) {

  /** What is isolated. */
  public enum Kind {
    AGENCY,
    PERSON,
    /** A client system (an agency's EHR or payroll platform) that requests name by its id. */
    SYSTEM,
    DEVICE
  }

  /**
   * @throws IllegalArgumentException if {@code id} is blank, has surrounding or control characters,
   *     or is not a valid agency id for an agency target
   */
  public IsolationTarget {
    requireNonNull(kind, "kind");
    requireNonNull(id, "id");
    if (id.isBlank() || !id.strip().equals(id) || id.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException(
          "an isolation target's id must be non-blank, without"
              + " surrounding spaces or control characters");
    }
    switch (kind) {
      case AGENCY -> AgencyId.of(id);
      case DEVICE, SYSTEM -> id = inventoryId(id, kind.name().toLowerCase(Locale.ROOT));
      case PERSON -> {}
    }
  }

  /**
   * A device or client-system id as requests and isolations must write it: ASCII letters, digits
   * and {@code . _ : / -}, 1 to 128 of them, compared without regard to case. Spaces, look-alike
   * letters and invisible characters are refused rather than let an isolated device pass as
   * another.
   *
   * @return the id in lower case
   * @throws IllegalArgumentException if it is not such an id
   */
  static String inventoryId(String id, String what) {
    if (!INVENTORY_ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "a "
              + what
              + " id is 1 to 128 ASCII letters, digits and"
              + " . _ : / - (length "
              + id.length()
              + ")");
    }
    return id.toLowerCase(Locale.ROOT);
  }

  private static final java.util.regex.Pattern INVENTORY_ID =
      java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}");

  /**
   * Parses {@code kind:id} as the CLI and state files write it: {@code device:laptop-12}.
   *
   * @throws IllegalArgumentException naming what is wrong
   */
  public static IsolationTarget parse(String spec) {
    int colon = spec.indexOf(':');
    if (colon < 1) {
      throw new IllegalArgumentException("an isolation target is kind:id, e.g. device:laptop-12");
    }
    String kind = spec.substring(0, colon);
    for (Kind k : Kind.values()) {
      if (k.name().equalsIgnoreCase(kind)) {
        return new IsolationTarget(k, spec.substring(colon + 1));
      }
    }
    throw new IllegalArgumentException(
        "unknown isolation target kind '" + kind + "': agency, person, system or device");
  }

  public static IsolationTarget agency(String id) {
    return new IsolationTarget(Kind.AGENCY, id);
  }

  public static IsolationTarget person(String id) {
    return new IsolationTarget(Kind.PERSON, id);
  }

  public static IsolationTarget device(String id) {
    return new IsolationTarget(Kind.DEVICE, id);
  }

  public static IsolationTarget system(String id) {
    return new IsolationTarget(Kind.SYSTEM, id);
  }

  /** {@code kind:id}, as {@link #parse} reads it. */
  @Override
  public String toString() {
    return kind.name().toLowerCase(Locale.ROOT) + ":" + id;
  }
}
