package com.backofficecare.safeguard.testing;

import com.backofficecare.safeguard.core.AgencyId;
import com.backofficecare.safeguard.core.DataCategory;
import com.backofficecare.safeguard.policy.access.AccessPolicy;
import com.backofficecare.safeguard.policy.access.Action;
import com.backofficecare.safeguard.policy.access.Agency;
import com.backofficecare.safeguard.policy.access.Grant;
import com.backofficecare.safeguard.policy.access.Person;
import com.backofficecare.safeguard.policy.access.Purpose;
import com.backofficecare.safeguard.policy.access.Role;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;

/**
 * Model builders with defaults that pass every attestation rule, so a test states only what it is
 * about: agencies with a BAA and every category in scope, personnel with a signed confidentiality
 * agreement, current training and MFA enrolled.
 */
public final class Policies {

  private Policies() {}

  /** An agency with a BAA, every category in scope, MFA not specially required. */
  public static Agency agency(String id) {
    return new Agency(AgencyId.of(id), EnumSet.allOf(DataCategory.class), true, false, false);
  }

  /** An agency whose contract covers only {@code scope}. */
  public static Agency agency(String id, DataCategory... scope) {
    return new Agency(AgencyId.of(id), EnumSet.of(scope[0], scope), true, false, false);
  }

  /** A person in good standing with {@code role}, assigned to {@code agencies}. */
  public static Person person(String id, String role, String... agencies) {
    Set<AgencyId> assigned = new java.util.HashSet<>();
    for (String a : agencies) {
      assigned.add(AgencyId.of(a));
    }
    return new Person(
        id,
        Set.of(role),
        assigned,
        LocalDate.of(2026, 1, 1),
        LocalDate.now(ZoneOffset.UTC).minusDays(30),
        true);
  }

  /** A grant of READ on {@code category} for {@code purpose} over {@code fields}. */
  public static Grant read(DataCategory category, Purpose purpose, String... fields) {
    return new Grant(
        category, EnumSet.of(Action.READ), EnumSet.of(purpose), Set.of(fields), Set.of());
  }

  /** A role with these grants. */
  public static Role role(String name, Grant... grants) {
    return new Role(name, java.util.List.of(grants));
  }

  /** A policy builder already versioned ("test", effective today). */
  public static AccessPolicy.Builder policy() {
    return AccessPolicy.builder().version("test", LocalDate.now(ZoneOffset.UTC));
  }
}
