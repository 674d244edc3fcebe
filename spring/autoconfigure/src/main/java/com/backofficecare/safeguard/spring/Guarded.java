package com.backofficecare.safeguard.spring;

import com.backofficecare.safeguard.core.DataCategory;
import com.backofficecare.safeguard.policy.access.Action;
import com.backofficecare.safeguard.policy.access.Purpose;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Puts a controller or service method behind the access guard: before it runs, the guard decides a
 * request for {@link #fields()} of {@link #category()} (who, which agency, device and network come
 * from the application's {@link AccessContext}); a deny throws {@link AccessDeniedException} (HTTP
 * 403), a permit runs the method and returns only the released fields of its result, masked where
 * the decision says: maps, records (of their own type), JavaBeans, collections, arrays, {@code
 * Optional} and Spring Data pages of them, field by field ({@code MinimizedView#minimize}); a
 * single declared field may be returned as a plain value. Any other shape is refused with {@link
 * AccessDeniedException}, never returned whole.
 *
 * <p>With {@link #recordId()}, the records decided are those the method returns (POL-3.3): the
 * method runs first, the guard's {@code filter} keeps the records the caller may be given (for a
 * caseload-bound role, those of their caseload), and one decision covers exactly those before
 * anything is returned. A list, set, array or page drops the others (empty if none is the
 * caller's); a single record (or an {@code Optional}'s) outside them is denied.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Guarded {
  DataCategory category();

  Action action() default Action.READ;

  Purpose purpose();

  /** The fields the method returns; the decision releases a subset. */
  String[] fields();

  /**
   * The field (map key, record component or bean property) holding each returned record's id, e.g.
   * {@code "client_id"}; empty (the default) to decide the records the {@link AccessContext} names,
   * before the method runs.
   */
  String recordId() default "";
}
