package com.backofficecare.safeguard.core.redaction;

import java.util.Locale;

/**
 * The standard redaction presets, one name each for the CLI, Spark and applications, so that the
 * same mode gives the same output wherever it runs.
 */
public enum RedactionMode {
  /** Every finding becomes its type in brackets: {@code [NAME]}. */
  TAG,
  /** SSNs, cards and accounts keep their last four digits; every other type is tagged. */
  MASK,
  /** Keyed HMAC tokens, stable per agency: {@code NAME_5f2c9a1e04b7}. Needs a key. */
  PSEUDONYM,
  /** Fake values of the same shape, consistent within one document. */
  SURROGATE,
  /** Safe Harbor generalization: ages 90+, ZIP3, years; tags for the rest. */
  SAFE_HARBOR;

  /**
   * The mode named {@code name}, in any case, with {@code -} or {@code _}: {@code safe-harbor}.
   *
   * @throws IllegalArgumentException naming the accepted modes if it is none of them
   */
  public static RedactionMode parse(String name) {
    try {
      return valueOf(name.strip().replace('-', '_').toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown redaction mode; expected tag, mask, pseudonym, surrogate or safe-harbor");
    }
  }

  /** Whether this mode needs a {@link PseudonymKey}. */
  public boolean needsKey() {
    return this == PSEUDONYM;
  }

  /** The mode's name as the command line spells it: {@code safe-harbor}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
