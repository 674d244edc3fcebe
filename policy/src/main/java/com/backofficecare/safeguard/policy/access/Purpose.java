package com.backofficecare.safeguard.policy.access;

/** Why a request is made: the task it serves (policy 3.1, 3.2, 8.1, 8.2). */
public enum Purpose {
  SCHEDULING,
  PAYROLL,
  BILLING,
  CREDENTIALING,
  CARE_COORDINATION,
  SUPPORT,
  OPERATIONS,
  /** Never without the agency's recorded written permission (POL-8.2). */
  MARKETING,
  /** Never (POL-8.1). */
  SALE
}
