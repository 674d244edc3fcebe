package com.backofficecare.safeguard.spring;

import com.backofficecare.safeguard.policy.access.AccessGuard;
import com.backofficecare.safeguard.policy.access.AccessRequest;
import com.backofficecare.safeguard.policy.access.Decision;
import com.backofficecare.safeguard.policy.access.MinimizedView;
import com.backofficecare.safeguard.policy.access.Rule;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

/** Decides {@link Guarded} methods and minimizes what they return. */
final class GuardedMethodInterceptor implements MethodInterceptor {

  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(GuardedMethodInterceptor.class);

  private final AccessGuard guard;
  private final ObjectProvider<AccessContext> context;
  private final ObjectProvider<GuardedCallObserver> observers;

  GuardedMethodInterceptor(
      AccessGuard guard,
      ObjectProvider<AccessContext> context,
      ObjectProvider<GuardedCallObserver> observers) {
    this.guard = guard;
    this.context = context;
    this.observers = observers;
  }

  @Override
  public @Nullable Object invoke(MethodInvocation invocation) throws Throwable {
    Guarded g = invocation.getMethod().getAnnotation(Guarded.class);
    if (g == null) {
      return invocation.proceed();
    }
    AccessContext ctx = context.getIfAvailable();
    if (ctx == null) {
      throw new IllegalStateException("a @Guarded method needs an AccessContext bean");
    }
    AccessRequest.Builder request =
        ctx.current()
            .category(g.category())
            .action(g.action())
            .purpose(g.purpose())
            .fields(g.fields());
    if (!g.recordId().isEmpty()) {
      return decideReturnedRecords(invocation, g, request);
    }
    Decision d = decide(request);
    if (d.denied()) {
      throw new AccessDeniedException(d);
    }
    Object result = invocation.proceed();
    if (result == null) {
      return null;
    }
    if (!(result instanceof Map<?, ?>
            || result instanceof Record
            || result instanceof Iterable<?>
            || result instanceof java.util.Optional<?>
            || result.getClass().isArray())
        && g.fields().length == 1
        && d.releasedFields().contains(g.fields()[0])) {
      // One declared field, released: the value itself (a name, a phone), masked if so decided.
      if (!d.maskedFields().contains(g.fields()[0])) {
        return result;
      }
      Map<String, Object> masked = MinimizedView.minimize(d, Map.of(g.fields()[0], result));
      return masked == null ? null : masked.get(g.fields()[0]);
    }
    try {
      return MinimizedView.minimize(d, result);
    } catch (IllegalArgumentException e) {
      throw refused(invocation, d, e);
    }
  }

  /**
   * Decides the records {@code invocation} returned that the caller may be given (POL-3.3) and
   * returns only those, minimized: a list, set, array or page without the others (empty when none
   * is the caller's), a single record outside them denied.
   */
  private @Nullable Object decideReturnedRecords(
      MethodInvocation invocation, Guarded g, AccessRequest.Builder request) throws Throwable {
    Object result = invocation.proceed();
    List<String> ids;
    try {
      ids = MinimizedView.recordIds(result, g.recordId());
    } catch (IllegalArgumentException e) {
      throw refused(invocation, decide(request), e);
    }
    List<String> visible = guard.filter(request.build().person(), g.category(), ids);
    Decision d = decide(request.records(visible.isEmpty() ? ids : visible));
    try {
      if (visible.isEmpty() && d.denyingRules().equals(EnumSet.of(Rule.CASELOAD))) {
        // None of them is the caller's: an empty list, page or array; a single record refused.
        return MinimizedView.retain(result, g.recordId(), visible);
      }
      if (d.denied()) {
        throw new AccessDeniedException(d);
      }
      return MinimizedView.minimize(d, result, g.recordId());
    } catch (IllegalArgumentException e) {
      throw refused(invocation, d, e);
    }
  }

  private Decision decide(AccessRequest.Builder request) {
    long start = System.nanoTime();
    Decision d = guard.decide(request.build());
    long nanos = System.nanoTime() - start;
    observers.forEach(o -> o.decided(d, nanos));
    return d;
  }

  /**
   * Fails closed: a result that cannot be minimized or decided record by record is not returned.
   */
  private static AccessDeniedException refused(
      MethodInvocation invocation, Decision d, IllegalArgumentException e) {
    if (d.denied()) {
      return new AccessDeniedException(d);
    }
    LOG.warn(
        "@Guarded {}.{} returned a result that cannot be minimized; denied: {}",
        invocation.getMethod().getDeclaringClass().getSimpleName(),
        invocation.getMethod().getName(),
        e.getMessage());
    return new AccessDeniedException(d, "the result cannot be minimized to the released fields");
  }
}
