package com.backofficecare.safeguard.core.archfixture;

import com.backofficecare.safeguard.policy.access.AccessGuard;

/** A deliberate violation for ArchitectureTest: a class in core's packages that uses the guard. */
public final class CoreReachingIntoPolicy {

  private CoreReachingIntoPolicy() {}

  /** Reaches up into policy, which core may not. */
  public static String policyOf(AccessGuard guard) {
    return guard.policy().version();
  }
}
