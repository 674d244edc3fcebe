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

  /** As {@link #of(Decision, Map)} for a Java record, its components named as fields. */
  public static Map<String, Object> of(Decision decision, Record record) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (RecordComponent c : record.getClass().getRecordComponents()) {
      try {
        values.put(c.getName(), c.getAccessor().invoke(record));
      } catch (ReflectiveOperationException e) {
        throw new IllegalArgumentException("cannot read component " + c.getName(), e);
      }
    }
    return of(decision, values);
  }

  private static String mask(String value) {
    return MASK.redactValue(PhiType.ACCOUNT, value);
  }
}
