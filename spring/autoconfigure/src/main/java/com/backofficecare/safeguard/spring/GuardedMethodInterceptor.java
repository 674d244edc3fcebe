package com.backofficecare.safeguard.spring;

import com.backofficecare.safeguard.policy.access.AccessGuard;
import com.backofficecare.safeguard.policy.access.Decision;
import com.backofficecare.safeguard.policy.access.MinimizedView;
import java.util.Map;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.beans.factory.ObjectProvider;

/** Decides {@link Guarded} methods and minimizes what they return. */
final class GuardedMethodInterceptor implements MethodInterceptor {

  private final AccessGuard guard;
  private final ObjectProvider<AccessContext> context;
  private final ObjectProvider<GuardedCallObserver> observers;

  GuardedMethodInterceptor(AccessGuard guard, ObjectProvider<AccessContext> context,
      ObjectProvider<GuardedCallObserver> observers) {
    this.guard = guard;
    this.context = context;
    this.observers = observers;
  }

  @Override
  public Object invoke(MethodInvocation invocation) throws Throwable {
    Guarded g = invocation.getMethod().getAnnotation(Guarded.class);
    if (g == null) {
      return invocation.proceed();
    }
    AccessContext ctx = context.getIfAvailable();
    if (ctx == null) {
      throw new IllegalStateException("a @Guarded method needs an AccessContext bean");
    }
    long start = System.nanoTime();
    Decision d = guard.decide(ctx.current().category(g.category()).action(g.action())
        .purpose(g.purpose()).fields(g.fields()).build());
    long nanos = System.nanoTime() - start;
    observers.forEach(o -> o.decided(d, nanos));
    if (d.denied()) {
      throw new AccessDeniedException(d);
    }
    Object result = invocation.proceed();
    if (result instanceof Map<?, ?> map) {
      @SuppressWarnings("unchecked")
      Map<String, ?> m = (Map<String, ?>) map;
      return MinimizedView.of(d, m);
    }
    if (result instanceof Record r) {
      return MinimizedView.of(d, r);
    }
    return result;
  }
}
