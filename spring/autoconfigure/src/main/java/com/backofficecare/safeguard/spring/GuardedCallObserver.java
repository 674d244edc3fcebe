package com.backofficecare.safeguard.spring;

import com.backofficecare.safeguard.policy.access.Decision;

/** Told of each {@link Guarded} decision and how long the guard took; metrics implement it. */
@FunctionalInterface
interface GuardedCallObserver {
  void decided(Decision decision, long nanos);
}
