package com.backofficecare.safeguard.policy.incident;

/** Who must be told (POL-7.5; 164.404-410). */
public enum ObligationKind {
  /** The client agency, by contract (and at most 60 days after discovery, 164.410). */
  AGENCY,
  /** Affected individuals: the agency's duty, tracked for it (164.404, 60 days). */
  INDIVIDUALS,
  /** HHS: with the individual notices at 500 or more, else in the annual log (164.408). */
  HHS,
  /** Prominent media outlets: more than 500 residents of one state (164.406). */
  MEDIA
}
