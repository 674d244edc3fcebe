package com.backofficecare.safeguard.spring;

import com.backofficecare.safeguard.policy.access.AccessGuard;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.autoproxy.AbstractBeanFactoryAwareAdvisingPostProcessor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Proxies beans that have {@link Guarded} methods, the way Spring's own method validation does, so
 * no AspectJ is needed. The guard and the access context are looked up at call time.
 */
final class GuardedBeanPostProcessor extends AbstractBeanFactoryAwareAdvisingPostProcessor {

  private static final long serialVersionUID = 1L;

  GuardedBeanPostProcessor(
      ObjectProvider<AccessGuard> guard,
      ObjectProvider<AccessContext> context,
      ObjectProvider<GuardedCallObserver> observers) {
    MethodInterceptor lazy =
        invocation ->
            new GuardedMethodInterceptor(guard.getObject(), context, observers).invoke(invocation);
    this.advisor =
        new DefaultPointcutAdvisor(new AnnotationMatchingPointcut(null, Guarded.class, true), lazy);
    setProxyTargetClass(true);
  }
}
