package com.backofficecare.safeguard.policy.access;

import static java.util.Objects.requireNonNull;

import com.backofficecare.safeguard.core.AgencyId;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Back-office personnel: their roles, the agencies they are assigned to, and their attestations.
 *
 * @param id the person's id (not their name)
 * @param roles role names from the policy
 * @param assignedAgencies the agencies whose contracted services they perform (POL-3.3)
 * @param confidentialityAgreementSigned when they signed it, or null (POL-3.9)
 * @param trainingCompleted when they last completed privacy and security training, or null
 *     (POL-3.10)
 * @param mfaEnrolled whether they have a second factor enrolled (POL-3.8)
 */
public record Person(String id, Set<String> roles, Set<AgencyId> assignedAgencies,
    @Nullable LocalDate confidentialityAgreementSigned, @Nullable LocalDate trainingCompleted,
    boolean mfaEnrolled) {

  public Person {
    requireNonNull(id, "id");
    roles = Set.copyOf(roles);
    assignedAgencies = Set.copyOf(assignedAgencies);
  }
}
