package com.backofficecare.safeguard.core.record;

import static java.util.Objects.requireNonNull;

import com.backofficecare.safeguard.core.PhiType;
import com.backofficecare.safeguard.core.detection.Finding;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What one field of a record holds: a whole identifier of one type (by its name, annotation or
 * value), free text with findings inside, or nothing identifying. Holds no field value.
 *
 * @param field the field name as the record spells it
 * @param type the identifier type of the whole value, when the field is one identifier
 * @param source how the type was decided
 * @param findings for free-text fields, the findings inside the value
 */
public record FieldClassification(
    String field, @Nullable PhiType type, Source source, List<Finding> findings) {

  /** How a field's classification was decided. */
  public enum Source {
    /** A {@link PhiField} annotation. */
    ANNOTATION,
    /** The field's name, e.g. {@code dob}, {@code member_id}. */
    FIELD_NAME,
    /** The value, scanned as free text. */
    VALUE,
    /** Nothing identifying was found. */
    NONE
  }

  public FieldClassification {
    requireNonNull(field, "field");
    requireNonNull(source, "source");
    findings = List.copyOf(findings);
  }

  /** The type of the whole value, if the field is one identifier. */
  public Optional<PhiType> wholeValueType() {
    return Optional.ofNullable(type);
  }

  /** Whether the field holds PHI, whole or in part. */
  public boolean containsPhi() {
    return type != null || !findings.isEmpty();
  }
}
