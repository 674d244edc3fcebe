package com.backofficecare.safeguard.core.detection;

import static java.util.Objects.requireNonNull;

import com.backofficecare.safeguard.core.PhiType;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.List;

/**
 * An agency's own recognizer: a pattern (RE2 syntax, matched in linear time) whose matches are of
 * one type, with an optional check and context words. A match is reported at {@link #confidence()},
 * or halfway from it to 1 when one of the context words is among the five words before it.
 * Immutable.
 */
public final class CustomRecognizer {

  /** A check a match must pass to be reported. */
  public enum Validator {
    /** No check. */
    NONE,
    /** The Luhn check over the match's digits (cards, many member ids). */
    LUHN,
    /** ISO 7064 MOD 97-10 over the match's letters and digits, as IBANs use it (15 to 34). */
    MOD97
  }

  private final String name;
  private final PhiType type;
  private final String pattern;
  private final List<String> context;
  private final double confidence;
  private final Validator validator;

  private CustomRecognizer(Builder b) {
    this.name = b.name;
    this.type = b.type;
    this.pattern = b.pattern;
    this.context = List.copyOf(b.context);
    this.confidence = b.confidence;
    this.validator = b.validator;
  }

  /**
   * Starts a recognizer.
   *
   * @param name letters, digits, {@code - _ .}; names its findings' recognizer ({@code
   *     profile.NAME})
   * @param pattern an RE2 pattern
   * @throws IllegalArgumentException if the name is malformed or the pattern does not compile (the
   *     message describes the error without quoting the pattern)
   */
  public static Builder builder(String name, PhiType type, String pattern) {
    return new Builder(name, type, pattern);
  }

  public String name() {
    return name;
  }

  public PhiType type() {
    return type;
  }

  /** The pattern, in RE2 syntax. */
  public String pattern() {
    return pattern;
  }

  /** Words that raise the confidence when one is among the five words before a match. */
  public List<String> context() {
    return context;
  }

  public double confidence() {
    return confidence;
  }

  public Validator validator() {
    return validator;
  }

  @Override
  public String toString() {
    return "CustomRecognizer[" + name + ", " + type + "]";
  }

  /** Configures a {@link CustomRecognizer}. */
  public static final class Builder {
    private final String name;
    private final PhiType type;
    private final String pattern;
    private List<String> context = List.of();
    private double confidence = 0.8;
    private Validator validator = Validator.NONE;

    private Builder(String name, PhiType type, String pattern) {
      requireNonNull(name, "name");
      if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
        throw new IllegalArgumentException(
            "recognizer name must be 1 to 64 letters, digits, '.', '_' or '-'");
      }
      this.name = name;
      this.type = requireNonNull(type, "type");
      this.pattern = requireNonNull(pattern, "pattern");
      try {
        Pattern.compile(pattern);
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException("pattern does not compile: " + e.getDescription());
      }
    }

    /**
     * Words (matched whole, case aside) that raise the confidence of a match they precede.
     *
     * @throws IllegalArgumentException if a word is empty or holds a space
     */
    public Builder context(List<String> words) {
      for (String w : requireNonNull(words, "words")) {
        if (w.isEmpty() || w.chars().anyMatch(Character::isWhitespace)) {
          throw new IllegalArgumentException("a context word must be one word");
        }
      }
      this.context = List.copyOf(words);
      return this;
    }

    /**
     * The confidence of a match with no context word before it (default 0.8).
     *
     * @throws IllegalArgumentException unless {@code 0 < value <= 1}
     */
    public Builder confidence(double value) {
      if (!(value > 0 && value <= 1)) {
        throw new IllegalArgumentException("confidence must be in (0, 1]");
      }
      this.confidence = value;
      return this;
    }

    public Builder validator(Validator value) {
      this.validator = requireNonNull(value, "validator");
      return this;
    }

    public CustomRecognizer build() {
      return new CustomRecognizer(this);
    }
  }
}
