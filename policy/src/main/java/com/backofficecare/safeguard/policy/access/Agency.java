package com.backofficecare.safeguard.policy.access;

import static java.util.Objects.requireNonNull;

import com.backofficecare.safeguard.core.AgencyId;
import com.backofficecare.safeguard.core.DataCategory;
import java.util.Set;

/**
 * A client agency as the policy sees it: what it contracted for, and what it agreed to.
 *
 * @param id the agency
 * @param contractedScope the data categories its engagement covers (POL-3.1)
 * @param baaSigned whether a Business Associate Agreement is recorded (POL-9.2)
 * @param mfaRequired whether the agency requires MFA for all its data (POL-3.8)
 * @param marketingPermission whether written permission to use its data for marketing is recorded
 *     (POL-8.2)
 */
public record Agency(
    AgencyId id,
    Set<DataCategory> contractedScope,
    boolean baaSigned,
    boolean mfaRequired,
    boolean marketingPermission) {

  public Agency {
    requireNonNull(id, "id");
    contractedScope = Set.copyOf(contractedScope);
  }
}
