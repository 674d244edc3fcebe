package com.backofficecare.safeguard.policy.access;

import static java.util.Objects.requireNonNull;

import com.backofficecare.safeguard.core.PhiType;
import com.backofficecare.safeguard.core.redaction.RedactionOperators;
import com.backofficecare.safeguard.core.redaction.Redactor;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Applies a decision to a record (minimum necessary, POL-3.2): keeps only the released fields, and
 * masks the masked ones (last four characters kept, the rest replaced). A denied decision yields an
 * empty view.
 */
public final class MinimizedView {

  private static final Redactor MASK =
      Redactor.builder().defaultOperator(RedactionOperators.partialMask(4)).build();

  private MinimizedView() {}

  /**
   * The released fields of record {@code recordId}, masked where the decision says; empty for a
   * denied decision.
   *
   * @throws IllegalStateException if the decision expired before {@code now}: decide again
   * @throws IllegalArgumentException if the decision was not made for {@code recordId}
   */
  public static Map<String, Object> of(
      Decision decision, String recordId, Map<String, ?> record, Instant now) {
    requireNonNull(record, "record");
    if (!applies(decision, recordId, now)) {
      return new LinkedHashMap<>();
    }
    return release(decision, record);
  }

  /** Whether a permit applies; checks that it covers {@code recordId} and has not expired. */
  private static boolean applies(Decision decision, String recordId, Instant now) {
    requireNonNull(decision, "decision");
    requireNonNull(recordId, "recordId");
    requireNonNull(now, "now");
    if (decision.denied()) {
      return false;
    }
    if (now.isAfter(decision.expiresAt())) {
      throw new IllegalStateException(
          "the decision expired at "
              + decision.expiresAt()
              + ": decide again before releasing the record");
    }
    if (!decision.request().records().contains(recordId)) {
      throw new IllegalArgumentException(
          "the decision was not made for this record: decide for" + " the record it releases");
    }
    return true;
  }

  private static Map<String, Object> release(Decision decision, Map<String, ?> record) {
    Map<String, Object> out = new LinkedHashMap<>();
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
   * As {@link #of(Decision, String, Map, Instant)} for a Java record, its components named as
   * fields. Only the released components are read. A record that is not public is read too, unless
   * its module does not open its package to this one.
   *
   * @throws IllegalArgumentException if a released component cannot be read (the message names the
   *     component, never its value), or the decision was not made for {@code recordId}
   * @throws IllegalStateException if the decision expired before {@code now}
   */
  public static Map<String, Object> of(
      Decision decision, String recordId, Record record, Instant now) {
    if (!applies(decision, recordId, now)) {
      return new LinkedHashMap<>();
    }
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
        throw new IllegalArgumentException(
            "cannot read record component "
                + c.getName()
                + " of "
                + record.getClass().getName()
                + ": make the record public or open its package",
            e);
      }
    }
    return release(decision, values);
  }

  /**
   * {@code value} minimized field by field, keeping its type where it has one: a map gives a map of
   * the released entries; a record a record of the same class with withheld components null (or
   * zero) and masked text masked; a JavaBean (public no-argument constructor, getters and setters)
   * a new bean with only the released properties set; a collection, array, {@code Optional} or
   * Spring Data page each of its elements so minimized. Nested maps, records and beans are
   * minimized the same way. A denied decision gives null.
   *
   * @throws IllegalArgumentException if {@code value} has a shape with no field names to judge (a
   *     string, a number, an object without accessors...) or cannot be rebuilt: the caller fails
   *     closed and returns nothing
   */
  @SuppressWarnings("unchecked")
  public static <T> @org.jspecify.annotations.Nullable T minimize(
      Decision decision, @org.jspecify.annotations.Nullable T value) {
    requireNonNull(decision, "decision");
    if (decision.denied()) {
      return null;
    }
    return (T) Shapes.minimize(decision, value, 0);
  }

  /**
   * The ids of the records {@code value} holds, read from their field {@code idField} (a map key, a
   * record component or a bean property): each element's of a collection, array or Spring Data
   * page, the value's of an {@code Optional}, else {@code value}'s own; none for null. Decide a
   * request for these (or for those of them {@link AccessGuard#filter} keeps) before releasing any.
   *
   * @throws IllegalArgumentException if a record has no text, number or UUID in {@code idField}
   */
  public static List<String> recordIds(@Nullable Object value, String idField) {
    return Shapes.recordIds(value, requireNonNull(idField, "idField"));
  }

  /**
   * {@code value} with only the records the decision covers (its request's records, identified as
   * {@link #recordIds} does), then {@linkplain #minimize minimized}: a collection, array or page
   * drops the others (a page keeps its number and size; its total counts less what it dropped); a
   * single record, or an {@code Optional}'s, that the decision does not cover is refused. A denied
   * decision gives null.
   *
   * @throws IllegalArgumentException if a record has no id, a single record is not covered, or the
   *     shape cannot be minimized: the caller fails closed and returns nothing
   */
  public static <T> @Nullable T minimize(Decision decision, @Nullable T value, String idField) {
    requireNonNull(decision, "decision");
    if (decision.denied()) {
      return null;
    }
    return minimize(decision, retain(value, idField, decision.request().records()));
  }

  /**
   * {@code value} with only the records whose id is among {@code ids}, as {@link
   * #minimize(Decision, Object, String)} drops them, not minimized: e.g. none of a list, for a
   * caller none of whose records it holds.
   *
   * @throws IllegalArgumentException if a record has no id, or a single record is not among them
   */
  @SuppressWarnings("unchecked")
  public static <T> @Nullable T retain(
      @Nullable T value, String idField, java.util.Collection<String> ids) {
    return (T) Shapes.retain(value, requireNonNull(idField, "idField"), Set.copyOf(ids));
  }

  static String mask(String value) {
    return MASK.redactValue(PhiType.ACCOUNT, value);
  }
}
