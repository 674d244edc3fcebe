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
   * Replaces one whole value whose type is already known, such as a cell of a column that
   * {@code RecordClassifier} classified, with the operator for that type.
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
