package com.backofficecare.safeguard.core.redaction;

import com.backofficecare.safeguard.core.PhiType;
import com.backofficecare.safeguard.core.record.PhiField;
import com.backofficecare.safeguard.core.record.RecordClassifier;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The redacted copy of a map, record or bean, made field by field: each field is classified by
 * {@link RecordClassifier} (annotation, name, and for ages the value), identifiers are replaced
 * whole and other text is scanned. Nested maps, records, beans, collections and object arrays are
 * copied the same way, each field under its own name and each element under its container's.
 *
 * <p>A value whose class cannot hold the redacted text (a {@code LocalDate dob}, a {@code long}
 * account number) becomes a string in a map, null in a reference-typed field, and is refused in a
 * primitive field. Error messages name fields and types, never values.
 */
final class RecordCopy {

  private static final int MAX_DEPTH = 16;

  private final Redactor redactor;

  RecordCopy(Redactor redactor) {
    this.redactor = redactor;
  }

  Map<String, @Nullable Object> map(Map<?, ?> record, int depth) {
    checkDepth(depth);
    Map<String, @Nullable Object> out = new LinkedHashMap<>();
    record.forEach(
        (k, v) -> {
          if (!(k instanceof String field)) {
            throw new IllegalArgumentException(
                "redactRecord: map keys must be strings, not "
                    + (k == null ? "null" : k.getClass().getName()));
          }
          out.put(field, loose(field, v, null, depth));
        });
    return Collections.unmodifiableMap(out);
  }

  <T> T object(T record, int depth) {
    checkDepth(depth);
    Class<?> type = record.getClass();
    try {
      return type.isRecord() ? copyRecord(record, type, depth) : copyBean(record, type, depth);
    } catch (ReflectiveOperationException | RuntimeException e) {
      if (e instanceof IllegalArgumentException iae
          && iae.getMessage() != null
          && iae.getMessage().startsWith("redactRecord:")) {
        throw iae;
      }
      // The cause is left out: a constructor's own message may quote a value.
      throw new IllegalArgumentException(
          "redactRecord: cannot copy "
              + type.getName()
              + " ("
              + e.getClass().getSimpleName()
              + ")");
    }
  }

  @SuppressWarnings("unchecked")
  private <T> T copyRecord(T record, Class<?> type, int depth) throws ReflectiveOperationException {
    RecordComponent[] components = type.getRecordComponents();
    Object[] args = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      RecordComponent c = components[i];
      c.getAccessor().setAccessible(true);
      types[i] = c.getType();
      args[i] =
          typed(
              type,
              c.getName(),
              c.getType(),
              c.getAccessor().invoke(record),
              c.getAnnotation(PhiField.class),
              depth);
    }
    Constructor<?> canonical = type.getDeclaredConstructor(types);
    canonical.setAccessible(true);
    return (T) canonical.newInstance(args);
  }

  @SuppressWarnings("unchecked")
  private <T> T copyBean(T bean, Class<?> type, int depth) throws ReflectiveOperationException {
    if (!isBean(type)) {
      throw new IllegalArgumentException(
          "redactRecord: "
              + type.getName()
              + " is neither a record nor a bean with a no-argument constructor");
    }
    Constructor<?> empty = type.getDeclaredConstructor();
    empty.setAccessible(true);
    Object copy = empty.newInstance();
    for (Class<?> k = type; k != null && k != Object.class; k = k.getSuperclass()) {
      for (Field f : k.getDeclaredFields()) {
        if (Modifier.isStatic(f.getModifiers()) || f.isSynthetic()) {
          continue;
        }
        f.setAccessible(true);
        f.set(
            copy,
            typed(
                type,
                f.getName(),
                f.getType(),
                f.get(bean),
                f.getAnnotation(PhiField.class),
                depth));
      }
    }
    return (T) copy;
  }

  /** A field's redacted value that its declared class can hold. */
  private @Nullable Object typed(
      Class<?> owner,
      String field,
      Class<?> slot,
      @Nullable Object value,
      @Nullable PhiField annotation,
      int depth) {
    Object out = loose(field, value, annotation, depth);
    if (out == null || fits(slot, out)) {
      return out;
    }
    if (slot.isPrimitive()) {
      throw new IllegalArgumentException(
          "redactRecord: field "
              + owner.getName()
              + "."
              + field
              + " of type "
              + slot.getName()
              + " holds PHI and cannot hold its redaction;"
              + " declare it as a String");
    }
    return null;
  }

  /**
   * The redacted value in a container that can hold any class (a map, a list): identifiers and text
   * with findings become strings, containers are copied.
   */
  private @Nullable Object loose(
      String field, @Nullable Object value, @Nullable PhiField annotation, int depth) {
    if (value == null) {
      return null;
    }
    if (value instanceof Map<?, ?> m) {
      return map(m, depth + 1);
    }
    if (value instanceof Collection<?> c) {
      return collection(field, c, annotation, depth + 1);
    }
    if (value instanceof Object[] array) {
      return array(field, array, annotation, depth + 1);
    }
    if (value.getClass().isRecord() || isBean(value.getClass())) {
      return object(value, depth + 1);
    }
    PhiType whole = RecordClassifier.wholeValueType(field, value, annotation);
    if (whole != null) {
      return redactor.redactField(whole, value.toString(), null).text();
    }
    if (!RecordClassifier.isScanned(field, value, annotation)) {
      return value;
    }
    Redactor.Redaction r = redactor.redact(value.toString());
    return r.findings().isEmpty() ? value : r.text();
  }

  private Collection<@Nullable Object> collection(
      String field, Collection<?> values, @Nullable PhiField annotation, int depth) {
    checkDepth(depth);
    Collection<@Nullable Object> out =
        values instanceof Set<?> ? new LinkedHashSet<>() : new ArrayList<>(values.size());
    for (Object v : values) {
      out.add(element(field, v, annotation, depth));
    }
    return out instanceof Set<?>
        ? Collections.unmodifiableSet((Set<@Nullable Object>) out)
        : Collections.unmodifiableList((List<@Nullable Object>) out);
  }

  private Object[] array(String field, Object[] values, @Nullable PhiField annotation, int depth) {
    checkDepth(depth);
    Object[] out =
        (Object[]) Array.newInstance(values.getClass().getComponentType(), values.length);
    for (int i = 0; i < values.length; i++) {
      Object v = element(field, values[i], annotation, depth);
      out[i] = v == null || out.getClass().getComponentType().isInstance(v) ? v : null;
    }
    return out;
  }

  /** An element keeps its kind (string, map, list, set, or its own class) or becomes null. */
  private @Nullable Object element(
      String field, @Nullable Object value, @Nullable PhiField annotation, int depth) {
    Object out = loose(field, value, annotation, depth);
    if (out == null || value == null) {
      return out;
    }
    Class<?> kind =
        value instanceof Map<?, ?>
            ? Map.class
            : value instanceof Set<?>
                ? Set.class
                : value instanceof Collection<?> ? Collection.class : value.getClass();
    return kind.isInstance(out) ? out : null;
  }

  private static boolean fits(Class<?> slot, Object value) {
    if (!slot.isPrimitive()) {
      return slot.isInstance(value);
    }
    return (slot == int.class && value instanceof Integer)
        || (slot == long.class && value instanceof Long)
        || (slot == double.class && value instanceof Double)
        || (slot == float.class && value instanceof Float)
        || (slot == boolean.class && value instanceof Boolean)
        || (slot == short.class && value instanceof Short)
        || (slot == byte.class && value instanceof Byte)
        || (slot == char.class && value instanceof Character);
  }

  /** An application's own class with a no-argument constructor, not one of the JDK's. */
  private static boolean isBean(Class<?> type) {
    String name = type.getName();
    if (type.isPrimitive()
        || type.isArray()
        || type.isEnum()
        || type.isInterface()
        || Modifier.isAbstract(type.getModifiers())
        || name.startsWith("java.")
        || name.startsWith("javax.")
        || name.startsWith("jdk.")
        || name.startsWith("sun.")) {
      return false;
    }
    return java.util.Arrays.stream(type.getDeclaredConstructors())
        .anyMatch(c -> c.getParameterCount() == 0);
  }

  private static void checkDepth(int depth) {
    if (depth > MAX_DEPTH) {
      throw new IllegalArgumentException(
          "redactRecord: values nested deeper than " + MAX_DEPTH + " levels (a cycle?)");
    }
  }
}
