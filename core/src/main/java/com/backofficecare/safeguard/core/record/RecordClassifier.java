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
 * identifier as a whole; a field named like free text ({@code notes}) is scanned; any other field
 * is scanned too, so that PHI in an unexpected column is still found.
 */
public final class RecordClassifier {

  /** Sampled values needed before a column is typed by its values. */
  public static final int COLUMN_MIN_SAMPLE = 5;

  /** Percentage of sampled values that must each be one whole identifier of the column's type. */
  public static final int COLUMN_SHARE = 90;

  private static final List<String> FREE_TEXT =
      List.of(
          "note",
          "notes",
          "comment",
          "comments",
          "description",
          "narrative",
          "remarks",
          "memo",
          "message",
          "text",
          "observations");

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
      out.add(
          new FieldClassification(
              header, type, type == null ? Source.NONE : Source.FIELD_NAME, List.of()));
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
          out.add(
              classifyField(
                  c.getName(), c.getAccessor().invoke(record), c.getAnnotation(PhiField.class)));
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
      throw new IllegalArgumentException(
          "cannot read the fields of " + type.getName() + " (" + e.getClass().getSimpleName() + ")",
          e);
    }
    return out;
  }

  /**
   * Classifies a column of a table from its name and a sample of its values (the first rows, say):
   * a column named like an identifier is that identifier; a column named like free text is scanned;
   * any other column is that identifier when at least {@value #COLUMN_SHARE} percent of at least
   * {@value #COLUMN_MIN_SAMPLE} non-blank sampled values are each one whole identifier of one type
   * (source {@code VALUE}), and is scanned otherwise (type null). Holds no value: the findings list
   * is empty.
   */
  public FieldClassification classifyColumn(
      String column, List<? extends @Nullable Object> sample) {
    requireNonNull(column, "column");
    requireNonNull(sample, "sample");
    PhiType byName = typeOfFieldName(column);
    if (byName != null) {
      return new FieldClassification(column, byName, Source.FIELD_NAME, List.of());
    }
    if (isFreeText(column)) {
      return new FieldClassification(column, null, Source.NONE, List.of());
    }
    int[] whole = new int[PhiType.values().length];
    int seen = 0;
    for (Object value : sample) {
      String text = value == null ? "" : value.toString().strip();
      if (text.isEmpty()) {
        continue;
      }
      seen++;
      List<Finding> findings = detector.detect(text);
      if (findings.size() == 1
          && findings.get(0).start() == 0
          && findings.get(0).end() == text.length()) {
        whole[findings.get(0).type().ordinal()]++;
      }
    }
    for (PhiType type : PhiType.values()) {
      if (seen >= COLUMN_MIN_SAMPLE && whole[type.ordinal()] * 100 >= seen * COLUMN_SHARE) {
        return new FieldClassification(column, type, Source.VALUE, List.of());
      }
    }
    return new FieldClassification(column, null, Source.NONE, List.of());
  }

  /**
   * The identifier type a field holds as a whole, decided from its {@link PhiField} annotation, its
   * name and, for ages, whether the value is a number above 89; null when the field is not one
   * identifier (its value is then scanned or left alone, see {@link #isScanned}). The value itself
   * is not scanned.
   */
  public static @Nullable PhiType wholeValueType(
      String field, @Nullable Object value, @Nullable PhiField annotation) {
    requireNonNull(field, "field");
    if (annotation != null && !annotation.freeText() && annotation.value().length > 0) {
      return annotation.value()[0];
    }
    PhiType byName = annotation != null && annotation.freeText() ? null : typeOfFieldName(field);
    if (byName == null || value == null || value.toString().isBlank()) {
      return null;
    }
    return byName != PhiType.AGE_OVER_89 || isAgeOver89(value) ? byName : null;
  }

  /**
   * Whether a field that is not one whole identifier ({@link #wholeValueType} null) has its value
   * scanned as free text: every non-blank value is, except numbers and booleans in fields whose
   * names announce nothing, and ages of 89 or less.
   */
  public static boolean isScanned(
      String field, @Nullable Object value, @Nullable PhiField annotation) {
    if (value == null
        || value.toString().isBlank()
        || wholeValueType(field, value, annotation) != null) {
      return false;
    }
    PhiType byName = annotation != null && annotation.freeText() ? null : typeOfFieldName(field);
    if (byName == PhiType.AGE_OVER_89) {
      return !isAge(value);
    }
    return !((value instanceof Number || value instanceof Boolean)
        && byName == null
        && !isFreeText(field));
  }

  private FieldClassification classifyField(
      String field, @Nullable Object value, @Nullable PhiField annotation) {
    PhiType whole = wholeValueType(field, value, annotation);
    if (whole != null) {
      return new FieldClassification(
          field,
          whole,
          annotation != null && annotation.value().length > 0 && !annotation.freeText()
              ? Source.ANNOTATION
              : Source.FIELD_NAME,
          List.of());
    }
    if (value == null || !isScanned(field, value, annotation)) {
      return new FieldClassification(field, null, Source.NONE, List.of());
    }
    List<Finding> findings = detector.detect(value.toString());
    return new FieldClassification(
        field, null, findings.isEmpty() ? Source.NONE : Source.VALUE, findings);
  }

  private static boolean isAgeOver89(@Nullable Object value) {
    try {
      return value != null && Integer.parseInt(value.toString().strip()) > 89;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static boolean isAge(Object value) {
    try {
      Integer.parseInt(value.toString().strip());
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static boolean isFreeText(String field) {
    String n = FieldNames.normalize(field);
    return FREE_TEXT.stream().anyMatch(n::endsWith);
  }
}
