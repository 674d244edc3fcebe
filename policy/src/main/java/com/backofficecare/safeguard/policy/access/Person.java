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
 * @param caseload the client records they are assigned (POL-3.3), which is all a caseload-bound
 *     role of theirs reaches
 */
public record Person(
    String id,
    Set<String> roles,
    Set<AgencyId> assignedAgencies,
    @Nullable LocalDate confidentialityAgreementSigned,
    @Nullable LocalDate trainingCompleted,
    boolean mfaEnrolled,
    Set<String> caseload) {

  public Person {
    requireNonNull(id, "id");
    roles = Set.copyOf(roles);
    assignedAgencies = Set.copyOf(assignedAgencies);
    caseload = Set.copyOf(caseload);
  }

  /** A person with no caseload (caseload-bound roles then reach no record). */
  public Person(
      String id,
      Set<String> roles,
      Set<AgencyId> assignedAgencies,
      @Nullable LocalDate confidentialityAgreementSigned,
      @Nullable LocalDate trainingCompleted,
      boolean mfaEnrolled) {
    this(
        id,
        roles,
        assignedAgencies,
        confidentialityAgreementSigned,
        trainingCompleted,
        mfaEnrolled,
        Set.of());
  }
}
