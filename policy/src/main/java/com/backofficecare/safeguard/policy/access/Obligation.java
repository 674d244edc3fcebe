package com.backofficecare.safeguard.policy.access;

/** What a permit obliges the application to do with the data it releases. */
public enum Obligation {
  /** Record the access in the audit trail (every decision carries it: POL-9.1). */
  AUDIT,
  /** Show the decision's masked fields masked ({@link MinimizedView} does). */
  MASK,
  /** Stop using the permit at its expiry; ask again after. */
  EXPIRE,
  /** A repeat download allowed under the flag setting: review it (POL-3.4). */
  REVIEW_DUPLICATE
}
