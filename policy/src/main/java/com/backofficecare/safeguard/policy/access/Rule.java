package com.backofficecare.safeguard.policy.access;

/**
 * The guard's rules, one per enforceable clause of the policy, each naming its clause id in {@code
 * ../docs/policy/clauses.md}. A decision lists the rules that denied it, or, when it permits, every
 * rule it passed.
 */
public enum Rule {
  ISOLATION("POL-7.2", "the agency, person, client system or device is isolated"),
  KNOWN_AGENCY("POL-3.1", "the agency is not a client under this policy"),
  SCOPE_OF_WORK("POL-3.1", "the data category is outside the agency's contracted scope of work"),
  ASSIGNMENT("POL-3.3", "the person does not perform this agency's contracted services"),
  CONFIDENTIALITY_AGREEMENT("POL-3.9", "no signed confidentiality agreement is recorded"),
  TRAINING("POL-3.10", "privacy and security training is missing or expired"),
  BAA("POL-9.2", "the services require a Business Associate Agreement that is not recorded"),
  MFA("POL-3.8", "multi-factor authentication is required and missing or too old"),
  DEVICE("POL-4.1", "the device is not a compliant business device"),
  NETWORK("POL-6.2", "sensitive work is refused over public or unidentified networks"),
  SECURE_CHANNEL("POL-6.1", "transmission is allowed only over an encrypted channel"),
  NO_SALE("POL-8.1", "client information is never sold"),
  MARKETING("POL-8.2", "marketing use needs the agency's recorded written permission"),
  NO_OUTSIDE_DISCLOSURE("POL-8.3", "disclosure outside the agency's services is refused"),
  ROLE("POL-3.2", "no role of the person grants this action, category and purpose"),
  MINIMUM_NECESSARY("POL-3.2", "none of the requested fields is needed for the task"),
  DUPLICATE_DOWNLOAD("POL-3.4", "the same records were already downloaded within the window"),
  CASELOAD("POL-3.3", "a requested record is outside the person's assigned caseload");

  private final String clause;
  private final String denial;

  Rule(String clause, String denial) {
    this.clause = clause;
    this.denial = denial;
  }

  /** The clause id, e.g. {@code POL-3.2}. */
  public String clause() {
    return clause;
  }

  /** Why the rule denies, in words (names no value). */
  public String denial() {
    return denial;
  }
}
