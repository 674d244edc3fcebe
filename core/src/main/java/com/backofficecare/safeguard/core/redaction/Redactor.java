package com.backofficecare.safeguard.core.redaction;

import static java.util.Objects.requireNonNull;

import com.backofficecare.safeguard.core.PhiType;
import com.backofficecare.safeguard.core.detection.Finding;
import com.backofficecare.safeguard.core.detection.PhiDetector;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Detects PHI in a text and replaces each finding with the operator chosen for its type.
 *
 * <pre>{@code
 * Redactor redactor = Redactor.builder()
 *     .operator(PhiType.SSN, RedactionOperators.partialMask(4))
 *     .operator(PhiType.NAME, RedactionOperators.pseudonym(agencyKey))
 *     .build();
 * String safe = redactor.redact(note).text();
 * }</pre>
 *
 * <p>Immutable and thread-safe; each call is its own document for consistent surrogates.
 */
public final class Redactor {

  private final PhiDetector detector;
  private final RedactionOperator fallback;
  private final EnumMap<PhiType, RedactionOperator> operators;

  private Redactor(Builder b) {
    this.detector = b.detector;
    this.fallback = b.fallback;
    this.operators = new EnumMap<>(b.operators);
  }

  /** Tags every type ({@code [NAME]}) with the standard detector. */
  public static Redactor typeTags() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Redacts one document. */
  public Redaction redact(String text) {
    return redact(text, null);
  }

  /**
   * Redacts one document about {@code subject} (a client or person id, used by per-subject
   * operators such as date shifting).
   */
  public Redaction redact(String text, @Nullable String subject) {
    requireNonNull(text, "text");
    List<Finding> findings = detector.detect(text);
    if (findings.isEmpty()) {
      return new Redaction(text, findings);
    }
    RedactionScope scope = new RedactionScope(subject);
    StringBuilder out = new StringBuilder(text.length());
    int at = 0;
    for (Finding f : findings) {
      out.append(text, at, f.start());
      String value = text.substring(f.start(), f.end());
      out.append(operators.getOrDefault(f.type(), fallback).replace(f.type(), value, scope));
      at = f.end();
    }
    out.append(text, at, text.length());
    return new Redaction(out.toString(), findings);
  }

  /**
   * Redacts one field of a record or one cell of a table. A field that holds one identifier of
   * {@code type} as a whole is replaced whole with that type's operator (an age only when it is a
   * number above 89, any other age being kept, and text that is not a number scanned); a field with
   * no type is scanned as free text. Blank values are kept. The findings returned are offsets into
   * {@code value}; a whole-value replacement is reported as one finding from recognizer {@code
   * field}.
   *
   * @param type the field's identifier type, from its name or its column's classification
   * @param subject the client or person the record is about, for per-subject operators
   */
  public Redaction redactField(@Nullable PhiType type, String value, @Nullable String subject) {
    requireNonNull(value, "value");
    if (value.isBlank()) {
      return new Redaction(value, List.of());
    }
    if (type == PhiType.AGE_OVER_89) {
      Integer age = wholeNumber(value);
      if (age == null) {
        return redact(value, subject);
      }
      if (age <= 89) {
        return new Redaction(value, List.of());
      }
    }
    if (type == null) {
      return redact(value, subject);
    }
    String replaced =
        operators.getOrDefault(type, fallback).replace(type, value, new RedactionScope(subject));
    return new Redaction(
        replaced,
        List.of(
            new Finding(
                type,
                0,
                value.length(),
                1.0,
                "field",
                "the whole value of a field classified as " + type)));
  }

  /**
   * A redacted copy of a map: each entry is classified by its key through {@link
   * com.backofficecare.safeguard.core.record.RecordClassifier} ({@code dob}, {@code ssn}, {@code
   * member_id} are replaced whole) and every other string is scanned. Nested maps, records, beans
   * and collections are copied the same way; an identifier that is not a string (a number under
   * {@code ssn}) becomes its redacted string. The copy is unmodifiable and keeps the map's order.
   *
   * @throws IllegalArgumentException if a key is not a string, or values nest deeper than 16
   */
  public Map<String, @Nullable Object> redactRecord(Map<String, ?> record) {
    return new RecordCopy(this).map(requireNonNull(record, "record"), 0);
  }

  /**
   * A redacted copy of a Java record (built with its canonical constructor) or bean (built with its
   * no-argument constructor, any visibility, then every field set): each field is classified by its
   * {@link com.backofficecare.safeguard.core.record.PhiField} annotation or its name, and every
   * other string is scanned; nested values as {@link #redactRecord(Map)}. A field whose class
   * cannot hold the redaction of its PHI ({@code LocalDate dob}) is set to null.
   *
   * @throws IllegalArgumentException if {@code record} is a map (use {@link #redactRecord(Map)}),
   *     neither a record nor a bean, or a primitive field holds PHI; the message names the field
   *     and its type, never its value
   */
  public <T> T redactRecord(T record) {
    requireNonNull(record, "record");
    if (record instanceof Map<?, ?>) {
      throw new IllegalArgumentException(
          "redactRecord: a map's copy is a new map; call redactRecord(Map)");
    }
    return new RecordCopy(this).object(record, 0);
  }

  private static @Nullable Integer wholeNumber(String value) {
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * Replaces one whole value whose type is already known, such as a cell of a column that {@code
   * RecordClassifier} classified, with the operator for that type.
   */
  public String redactValue(PhiType type, String value) {
    requireNonNull(type, "type");
    requireNonNull(value, "value");
    return operators.getOrDefault(type, fallback).replace(type, value, new RedactionScope(null));
  }

  /** Configures a {@link Redactor}. */
  public static final class Builder {
    private PhiDetector detector = PhiDetector.standard();
    private RedactionOperator fallback = RedactionOperators.typeTag();
    private final Map<PhiType, RedactionOperator> operators = new EnumMap<>(PhiType.class);

    private Builder() {}

    public Builder detector(PhiDetector detector) {
      this.detector = requireNonNull(detector, "detector");
      return this;
    }

    /**
     * Sets the operators of a standard {@link RedactionMode}: the default operator, and for {@code
     * MASK} those of SSN, card and account.
     *
     * @param key the agency's key, required by {@code PSEUDONYM} and ignored by the others
     * @throws IllegalArgumentException if the mode needs a key and none is given
     * @throws IllegalStateException if an operator it sets was already set
     */
    public Builder mode(RedactionMode mode, @Nullable PseudonymKey key) {
      switch (requireNonNull(mode, "mode")) {
        case MASK -> {
          RedactionOperator mask = RedactionOperators.partialMask(4);
          return operator(PhiType.SSN, mask)
              .operator(PhiType.CARD, mask)
              .operator(PhiType.ACCOUNT, mask);
        }
        case PSEUDONYM -> {
          if (key == null) {
            throw new IllegalArgumentException("the pseudonym mode needs an agency's key");
          }
          return defaultOperator(RedactionOperators.pseudonym(key));
        }
        case SURROGATE -> {
          return defaultOperator(RedactionOperators.surrogate());
        }
        case SAFE_HARBOR -> {
          return defaultOperator(RedactionOperators.safeHarbor());
        }
        default -> {
          return this;
        }
      }
    }

    /** The operator for types that have none of their own (default: type tag). */
    public Builder defaultOperator(RedactionOperator operator) {
      this.fallback = requireNonNull(operator, "operator");
      return this;
    }

    /**
     * The operator for one type.
     *
     * @throws IllegalStateException if the type already has one
     */
    public Builder operator(PhiType type, RedactionOperator operator) {
      requireNonNull(type, "type");
      requireNonNull(operator, "operator");
      if (operators.containsKey(type)) {
        throw new IllegalStateException("an operator for " + type + " was already set");
      }
      operators.put(type, operator);
      return this;
    }

    public Redactor build() {
      return new Redactor(this);
    }
  }

  /**
   * The redacted text and the findings it replaced (offsets into the original text).
   *
   * @param text the redacted text
   * @param findings what was replaced
   */
  public record Redaction(String text, List<Finding> findings) {
    public Redaction {
      findings = List.copyOf(findings);
    }

    @Override
    public String toString() {
      return "Redaction[" + findings.size() + " findings, " + text.length() + " chars]";
    }
  }
}
