package com.backofficecare.safeguard.policy.incident;

/** Where an incident stands, from report to close (NIST SP 800-61r3, 164.400-414). */
public enum IncidentState {
  /** Reported or suspected, attempts included (POL-7.1). */
  REPORTED,
  /** Validated as an incident, to be declared. */
  TRIAGED,
  /** Closed at triage as not an incident, with the reason. Terminal. */
  CLOSED_NOT_INCIDENT,
  /** Declared: category, severity, and the discovery date fixed. Isolation in force. */
  DECLARED,
  /** Contained: access restricted, systems isolated (POL-7.2). */
  CONTAINED,
  /** Assessed as a breach of unsecured PHI: notifications are owed. */
  BREACH_CONFIRMED,
  /** Assessed as not a breach (an exception, secured PHI, or a low probability of compromise). */
  NOT_A_BREACH,
  /** Notices under way. */
  NOTIFYING,
  /** Systems and access restored. */
  RECOVERED,
  /** Lessons learned and corrective actions reviewed (POL-7.4). */
  POST_INCIDENT_REVIEW,
  /** Closed: every obligation met. Terminal. */
  CLOSED
}
