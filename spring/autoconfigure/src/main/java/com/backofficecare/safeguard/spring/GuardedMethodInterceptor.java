package com.backofficecare.safeguard.spring;

import com.backofficecare.safeguard.policy.access.AccessGuard;
import com.backofficecare.safeguard.policy.access.Decision;
import com.backofficecare.safeguard.policy.access.MinimizedView;
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
    long start = System.nanoTime();
    Decision d =
        guard.decide(
            ctx.current()
                .category(g.category())
                .action(g.action())
                .purpose(g.purpose())
                .fields(g.fields())
                .build());
    long nanos = System.nanoTime() - start;
    observers.forEach(o -> o.decided(d, nanos));
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
      // Fail closed: a shape with no fields to judge is never returned whole.
      LOG.warn(
          "@Guarded {}.{} returned a shape that cannot be minimized; denied: {}",
          invocation.getMethod().getDeclaringClass().getSimpleName(),
          invocation.getMethod().getName(),
          e.getMessage());
      throw new AccessDeniedException(d, "the result cannot be minimized to the released fields");
    }
  }
}
