package com.backofficecare.safeguard.policy.incident;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.ZoneId;

/**
 * What an agency's contract says about incidents: how soon it must be told (never more than the 60
 * days of 164.410), its time zone (deadlines fall at the end of a day there), and whom affected
 * individuals can contact (164.404(c)).
 */
public record AgencyTerms(String agency, ZoneId zone, Duration agencyNoticeWithin, String contact) {

  /** The outer limit for a business associate's notice (164.410(b)). */
  public static final Duration MAX_AGENCY_NOTICE = Duration.ofDays(60);

  public AgencyTerms {
    requireNonNull(agency, "agency");
    requireNonNull(zone, "zone");
    requireNonNull(contact, "contact");
    if (agencyNoticeWithin.isNegative()
        || agencyNoticeWithin.isZero()
        || agencyNoticeWithin.compareTo(MAX_AGENCY_NOTICE) > 0) {
      throw new IllegalArgumentException(
          "the agency notice period must be positive and at most 60 days");
    }
  }
}
