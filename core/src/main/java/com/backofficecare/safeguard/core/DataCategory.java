package com.backofficecare.safeguard.core;

/**
 * The categories of data the policy covers (policy section 2, clause POL-2.2). Every stored object,
 * record and audit event names one.
 */
public enum DataCategory {
  CAREGIVER_RECORDS("Caregiver records"),
  CLIENT_RECORDS("Client or patient records"),
  SCHEDULING("Scheduling data"),
  PAYROLL("Payroll information"),
  BILLING("Billing documentation"),
  COMPLIANCE_CREDENTIALS("Compliance and credential tracking data"),
  ADMINISTRATIVE("Administrative and operational records");

  private final String policyWording;

  DataCategory(String policyWording) {
    this.policyWording = policyWording;
  }

  /** The category as the policy words it. */
  public String policyWording() {
    return policyWording;
  }
}
