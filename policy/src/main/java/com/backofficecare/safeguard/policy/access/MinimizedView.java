package com.backofficecare.safeguard.policy.access;

import static java.util.Objects.requireNonNull;

import com.backofficecare.safeguard.core.PhiType;
import com.backofficecare.safeguard.core.redaction.RedactionOperators;
import com.backofficecare.safeguard.core.redaction.Redactor;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Applies a decision to a record (minimum necessary, POL-3.2): keeps only the released fields,
 * and masks the masked ones (last four characters kept, the rest replaced). A denied decision
 * yields an empty view.
 */
public final class MinimizedView {

  private static final Redactor MASK =
      Redactor.builder().defaultOperator(RedactionOperators.partialMask(4)).build();

  private MinimizedView() {}

  /** The released fields of {@code record}, masked where the decision says. */
  public static Map<String, Object> of(Decision decision, Map<String, ?> record) {
    requireNonNull(decision, "decision");
    requireNonNull(record, "record");
    Map<String, Object> out = new LinkedHashMap<>();
    if (decision.denied()) {
      return out;
    }
    Set<String> released = decision.releasedFields();
    Set<String> masked = decision.maskedFields();
    for (Map.Entry<String, ?> e : record.entrySet()) {
      if (released.contains(e.getKey())) {
        Object v = e.getValue();
        out.put(e.getKey(), masked.contains(e.getKey()) && v != null ? mask(v.toString()) : v);
      }
    }
    return out;
  }

  /**
   * As {@link #of(Decision, Map)} for a Java record, its components named as fields. Only the
   * released components are read. A record that is not public is read too, unless its module
   * does not open its package to this one.
   *
   * @throws IllegalArgumentException if a released component cannot be read (the message names
   *     the component, never its value)
   */
  public static Map<String, Object> of(Decision decision, Record record) {
    Set<String> released = decision.releasedFields();
    Map<String, Object> values = new LinkedHashMap<>();
    for (RecordComponent c : record.getClass().getRecordComponents()) {
      if (!released.contains(c.getName())) {
        continue;
      }
      java.lang.reflect.Method accessor = c.getAccessor();
      try {
        if (!accessor.canAccess(record)) {
          accessor.setAccessible(true);
        }
        values.put(c.getName(), accessor.invoke(record));
      } catch (ReflectiveOperationException | RuntimeException e) {
        throw new IllegalArgumentException("cannot read record component " + c.getName() + " of "
            + record.getClass().getName() + ": make the record public or open its package", e);
      }
    }
    return of(decision, values);
  }

  /**
   * {@code value} minimized field by field, keeping its type where it has one: a map gives a map
   * of the released entries; a record a record of the same class with withheld components null
   * (or zero) and masked text masked; a JavaBean (public no-argument constructor, getters and
   * setters) a new bean with only the released properties set; a collection, array,
   * {@code Optional} or Spring Data page each of its elements so minimized. Nested maps, records
   * and beans are minimized the same way. A denied decision gives null.
   *
   * @throws IllegalArgumentException if {@code value} has a shape with no field names to judge
   *     (a string, a number, an object without accessors...) or cannot be rebuilt: the caller
   *     fails closed and returns nothing
   */
  @SuppressWarnings("unchecked")
  public static <T> @org.jspecify.annotations.Nullable T minimize(Decision decision,
      @org.jspecify.annotations.Nullable T value) {
    requireNonNull(decision, "decision");
    if (decision.denied()) {
      return null;
    }
    return (T) Shapes.minimize(decision, value, 0);
  }

  static String mask(String value) {
    return MASK.redactValue(PhiType.ACCOUNT, value);
  }
}
