package com.backofficecare.safeguard.policy.access;

import static java.util.Objects.requireNonNull;

import com.backofficecare.safeguard.core.AgencyId;
import com.backofficecare.safeguard.core.DataCategory;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A policy, compiled: agencies, personnel and roles, versioned with an effective date (policy
 * 11.1), with each person's grants folded into lookup tables (per category, action and purpose: a
 * bit mask of granted and of masked fields), so that a decision is a few array reads and bit
 * operations. Immutable; build one with {@link #builder()} or load one with {@code
 * PolicyFiles.load}.
 */
public final class AccessPolicy {

  /** What the guard does with a repeat download of the same records (POL-3.4). */
  public enum DuplicateDownloads {
    REFUSE,
    FLAG
  }

  static final int CATEGORIES = DataCategory.values().length;
  static final int ACTIONS = Action.values().length;
  static final int PURPOSES = Purpose.values().length;

  private final String version;
  private final LocalDate effective;
  private final Map<AgencyId, Agency> agencies;
  private final Map<String, Person> persons;
  private final Map<String, Role> roles;
  private final Duration trainingValidity;
  private final Duration mfaMaxAge;
  private final Duration decisionTtl;
  private final Duration duplicateWindow;
  private final DuplicateDownloads duplicates;
  private final EnumSet<DataCategory> phiCategories;

  /** Per category: field name to bit index, and back. */
  private final Map<String, Integer>[] fieldIndex;

  private final String[][] fieldNames;

  /**
   * Per person and [category][action][purpose] slot: the fields granted and masked by all their
   * roles (rows 0, 1), by the roles that are not caseload-bound (rows 2, 3), and whether a
   * caseload-bound role grants the slot (row 4).
   */
  private final Map<String, long[][]> granted;

  @SuppressWarnings({"unchecked", "rawtypes"}) // one field table per category
  private AccessPolicy(Builder b) {
    this.version = b.version;
    this.effective = b.effective;
    this.agencies = Map.copyOf(b.agencies);
    this.persons = Map.copyOf(b.persons);
    this.roles = Map.copyOf(b.roles);
    this.trainingValidity = b.trainingValidity;
    this.mfaMaxAge = b.mfaMaxAge;
    this.decisionTtl = b.decisionTtl;
    this.duplicateWindow = b.duplicateWindow;
    this.duplicates = b.duplicates;
    this.phiCategories = EnumSet.copyOf(b.phiCategories);
    this.fieldIndex = new Map[CATEGORIES];
    this.fieldNames = new String[CATEGORIES][];
    List<String>[] names = new List[CATEGORIES];
    for (int c = 0; c < CATEGORIES; c++) {
      fieldIndex[c] = new HashMap<>();
      names[c] = new java.util.ArrayList<>();
    }
    for (Role r : roles.values()) {
      for (Grant g : r.grants()) {
        int c = g.category().ordinal();
        for (String f : new java.util.TreeSet<>(g.fields())) {
          if (!fieldIndex[c].containsKey(f)) {
            if (names[c].size() == 64) {
              throw new IllegalArgumentException(
                  "category " + g.category() + " has more than 64 distinct fields");
            }
            fieldIndex[c].put(f, names[c].size());
            names[c].add(f);
          }
        }
      }
    }
    for (int c = 0; c < CATEGORIES; c++) {
      fieldNames[c] = names[c].toArray(new String[0]);
    }
    this.granted = new HashMap<>();
    for (Person p : persons.values()) {
      long[][] table = new long[5][CATEGORIES * ACTIONS * PURPOSES];
      for (String roleName : p.roles()) {
        Role r = roles.get(roleName);
        if (r == null) {
          throw new IllegalArgumentException("person " + p.id() + " has unknown role " + roleName);
        }
        for (Grant g : r.grants()) {
          int c = g.category().ordinal();
          long fields = mask(c, g.fields());
          long masked = mask(c, g.masked());
          for (Action a : g.actions()) {
            for (Purpose pu : g.purposes()) {
              int i = slot(c, a.ordinal(), pu.ordinal());
              merge(table, 0, i, fields, masked);
              if (r.caseloadBound()) {
                table[4][i] = 1;
              } else {
                merge(table, 2, i, fields, masked);
              }
            }
          }
        }
      }
      granted.put(p.id(), table);
    }
  }

  /**
   * Several roles: a field is granted if any grants it, masked only if all that grant it mask it
   * (rows {@code row} and {@code row + 1}).
   */
  private static void merge(long[][] table, int row, int i, long fields, long masked) {
    long before = table[row][i];
    table[row + 1][i] = (table[row + 1][i] & (masked | ~fields)) | (masked & ~before);
    table[row][i] = before | fields;
  }

  static int slot(int category, int action, int purpose) {
    return (category * ACTIONS + action) * PURPOSES + purpose;
  }

  private long mask(int category, Set<String> fields) {
    long m = 0;
    for (String f : fields) {
      m |= 1L << requireNonNull(fieldIndex[category].get(f), f);
    }
    return m;
  }

  public static Builder builder() {
    return new Builder();
  }

  public String version() {
    return version;
  }

  public LocalDate effective() {
    return effective;
  }

  public Map<AgencyId, Agency> agencies() {
    return agencies;
  }

  public Map<String, Person> persons() {
    return persons;
  }

  public Map<String, Role> roles() {
    return roles;
  }

  @Nullable Agency agency(AgencyId id) {
    return agencies.get(id);
  }

  @Nullable Person person(String id) {
    return persons.get(id);
  }

  long @Nullable [][] grants(String person) {
    return granted.get(person);
  }

  String[] fieldNames(DataCategory c) {
    return fieldNames[c.ordinal()];
  }

  @Nullable Integer fieldBit(DataCategory c, String field) {
    return fieldIndex[c.ordinal()].get(field);
  }

  Duration trainingValidity() {
    return trainingValidity;
  }

  Duration mfaMaxAge() {
    return mfaMaxAge;
  }

  Duration decisionTtl() {
    return decisionTtl;
  }

  Duration duplicateWindow() {
    return duplicateWindow;
  }

  DuplicateDownloads duplicates() {
    return duplicates;
  }

  boolean holdsPhi(DataCategory c) {
    return phiCategories.contains(c);
  }

  @Override
  public String toString() {
    return "AccessPolicy["
        + version
        + ", effective "
        + effective
        + ", "
        + agencies.size()
        + " agencies, "
        + persons.size()
        + " persons, "
        + roles.size()
        + " roles]";
  }

  /** Assembles an {@link AccessPolicy}. */
  public static final class Builder {
    private String version = "unversioned";
    private LocalDate effective = LocalDate.of(1970, 1, 1);
    private final Map<AgencyId, Agency> agencies = new LinkedHashMap<>();
    private final Map<String, Person> persons = new LinkedHashMap<>();
    private final Map<String, Role> roles = new LinkedHashMap<>();
    private Duration trainingValidity = Duration.ofDays(365);
    private Duration mfaMaxAge = Duration.ofHours(12);
    private Duration decisionTtl = Duration.ofMinutes(15);
    private Duration duplicateWindow = Duration.ofHours(24);
    private DuplicateDownloads duplicates = DuplicateDownloads.REFUSE;
    private Set<DataCategory> phiCategories =
        EnumSet.of(
            DataCategory.CLIENT_RECORDS,
            DataCategory.CAREGIVER_RECORDS,
            DataCategory.SCHEDULING,
            DataCategory.BILLING,
            DataCategory.PAYROLL,
            DataCategory.COMPLIANCE_CREDENTIALS);

    private Builder() {}

    /** The policy's version and the date it takes effect (POL-11.1). */
    public Builder version(String version, LocalDate effective) {
      this.version = requireNonNull(version, "version");
      this.effective = requireNonNull(effective, "effective");
      return this;
    }

    public Builder agency(Agency agency) {
      agencies.put(agency.id(), agency);
      return this;
    }

    public Builder person(Person person) {
      persons.put(person.id(), person);
      return this;
    }

    public Builder role(Role role) {
      roles.put(role.name(), role);
      return this;
    }

    /** How long completed training counts as current (default 365 days). */
    public Builder trainingValidity(Duration d) {
      this.trainingValidity = requireNonNull(d, "d");
      return this;
    }

    /** How old an MFA login may be for PHI (default 12 hours). */
    public Builder mfaMaxAge(Duration d) {
      this.mfaMaxAge = requireNonNull(d, "d");
      return this;
    }

    /** How long a permit stays valid (default 15 minutes). */
    public Builder decisionTimeToLive(Duration d) {
      this.decisionTtl = requireNonNull(d, "d");
      return this;
    }

    /**
     * Repeat downloads within {@code window} are refused or flagged (default refuse, 24 h). The
     * window is at most 30 days (720 h, as in a policy file): the guard's state keeps downloads
     * that long.
     */
    public Builder duplicateDownloads(DuplicateDownloads mode, Duration window) {
      if (window.isNegative()
          || window.isZero()
          || window.compareTo(GuardState.DOWNLOADS_KEPT) > 0) {
        throw new IllegalArgumentException(
            "the duplicate-download window is positive and at most 30 days");
      }
      this.duplicates = requireNonNull(mode, "mode");
      this.duplicateWindow = requireNonNull(window, "window");
      return this;
    }

    /** The categories that hold PHI: MFA and a BAA are required for them. */
    public Builder phiCategories(Set<DataCategory> categories) {
      this.phiCategories = EnumSet.copyOf(categories);
      return this;
    }

    /**
     * Compiles the policy.
     *
     * @throws IllegalArgumentException if a person names an unknown role, or a category has more
     *     than 64 fields
     */
    public AccessPolicy build() {
      return new AccessPolicy(this);
    }
  }
}
