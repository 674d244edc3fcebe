package com.backofficecare.safeguard.policy.access;

/** Who ends up with the data. */
public enum Recipient {
  /** The requester, for the agency's own contracted services. */
  WITHIN_SERVICES,
  /** The client agency itself. */
  AGENCY,
  /** Anyone outside the agency and its contracted services (POL-8.1, 8.3). */
  OUTSIDE_AGENCY
}
