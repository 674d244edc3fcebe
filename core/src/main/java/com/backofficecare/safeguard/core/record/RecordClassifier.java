package com.backofficecare.safeguard.core.record;

import static java.util.Objects.requireNonNull;

import com.backofficecare.safeguard.core.PhiType;
import com.backofficecare.safeguard.core.detection.Finding;
import com.backofficecare.safeguard.core.detection.PhiDetector;
import com.backofficecare.safeguard.core.detection.internal.FieldNames;
import com.backofficecare.safeguard.core.record.FieldClassification.Source;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Classifies the fields of structured records (a {@link Map}, a Java record or bean, or CSV
 * headers) by their names, their {@link PhiField} annotations and their values.
 *
 * <p>A field named like an identifier ({@code dob}, {@code ssn}, {@code member_id}) is that
 * identifier as a whole; a field named like free text ({@code notes}) is scanned; any other
 * field is scanned too, so that PHI in an unexpected column is still found.
 */
public final class RecordClassifier {

  private static final List<String> FREE_TEXT = List.of("note", "notes", "comment", "comments",
      "description", "narrative", "remarks", "memo", "message", "text", "observations");

  private final PhiDetector detector;

  private RecordClassifier(PhiDetector detector) {
    this.detector = detector;
  }

  /** A classifier that scans values with {@code detector}. */
  public static RecordClassifier using(PhiDetector detector) {
    return new RecordClassifier(requireNonNull(detector, "detector"));
  }

  /** A classifier with the standard detector. */
  public static RecordClassifier standard() {
    return using(PhiDetector.standard());
  }

  /** The identifier type a field name announces, or null. {@code Member_ID} = {@code memberId}. */
  public static @Nullable PhiType typeOfFieldName(String fieldName) {
    return FieldNames.typeOf(requireNonNull(fieldName, "fieldName"));
  }

  /** Classifies CSV headers by name alone (no values seen yet). */
  public List<FieldClassification> classifyHeaders(List<String> headers) {
    List<FieldClassification> out = new ArrayList<>(headers.size());
    for (String header : headers) {
      PhiType type = typeOfFieldName(header);
      out.add(new FieldClassification(header, type, type == null ? Source.NONE : Source.FIELD_NAME,
          List.of()));
    }
    return out;
  }

  /** Classifies each entry of a map; values are converted with {@code toString()}. */
  public List<FieldClassification> classify(Map<String, ?> record) {
    List<FieldClassification> out = new ArrayList<>(record.size());
    record.forEach((field, value) -> out.add(classifyField(field, value, null)));
    return out;
  }

  /** Classifies the components of a record or the fields of a bean, honouring {@link PhiField}. */
  public List<FieldClassification> classifyObject(Object record) {
    requireNonNull(record, "record");
    List<FieldClassification> out = new ArrayList<>();
    Class<?> type = record.getClass();
    try {
      if (type.isRecord()) {
        for (RecordComponent c : type.getRecordComponents()) {
          c.getAccessor().setAccessible(true);
          out.add(classifyField(c.getName(), c.getAccessor().invoke(record),
              c.getAnnotation(PhiField.class)));
        }
      } else {
        for (Class<?> k = type; k != null && k != Object.class; k = k.getSuperclass()) {
          for (Field f : k.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) || f.isSynthetic()) {
              continue;
            }
            f.setAccessible(true);
            out.add(classifyField(f.getName(), f.get(record), f.getAnnotation(PhiField.class)));
          }
        }
      }
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalArgumentException("cannot read the fields of " + type.getName()
          + " (" + e.getClass().getSimpleName() + ")", e);
    }
    return out;
  }

  private FieldClassification classifyField(
      String field, @Nullable Object value, @Nullable PhiField annotation) {
    if (annotation != null && !annotation.freeText() && annotation.value().length > 0) {
      return new FieldClassification(field, annotation.value()[0], Source.ANNOTATION, List.of());
    }
    PhiType byName = annotation != null && annotation.freeText() ? null : typeOfFieldName(field);
    if (byName == PhiType.AGE_OVER_89 && !isAgeOver89(value)) {
      return new FieldClassification(field, null, Source.NONE, List.of());
    }
    if (byName != null && value != null && !value.toString().isBlank()) {
      return new FieldClassification(field, byName, Source.FIELD_NAME, List.of());
    }
    if (value == null || (value instanceof Number && byName == null && !isFreeText(field))) {
      return new FieldClassification(field, null, Source.NONE, List.of());
    }
    List<Finding> findings = detector.detect(value.toString());
    return new FieldClassification(field, null, findings.isEmpty() ? Source.NONE : Source.VALUE,
        findings);
  }

  private static boolean isAgeOver89(@Nullable Object value) {
    try {
      return value != null && Integer.parseInt(value.toString().strip()) > 89;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static boolean isFreeText(String field) {
    String n = FieldNames.normalize(field);
    return FREE_TEXT.stream().anyMatch(n::endsWith);
  }
}
