package com.backofficecare.safeguard.policy.retention;

import static java.util.Objects.requireNonNull;

import com.backofficecare.safeguard.core.AgencyId;
import com.backofficecare.safeguard.core.DataCategory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How long data is kept: rules per agency (or every agency) and category, counted from when the
 * data was stored, and legal holds that block deletion. Where several rules apply, the longest
 * wins, so that no law or contract is cut short.
 */
public final class RetentionSchedule {

  /** Keep {@code category} data of {@code agency} (null: every agency) for {@code period}. */
  public record Rule(
      @Nullable AgencyId agency, DataCategory category, Duration period, String basis) {
    public Rule {
      requireNonNull(category, "category");
      requireNonNull(basis, "basis");
      if (period.isNegative()) {
        throw new IllegalArgumentException("a retention period cannot be negative");
      }
    }
  }

  /** A legal hold on an agency's data (a category, or all when null); nothing held is deleted. */
  public record LegalHold(
      AgencyId agency, @Nullable DataCategory category, String reason, Instant since) {
    public LegalHold {
      requireNonNull(agency, "agency");
      requireNonNull(reason, "reason");
      requireNonNull(since, "since");
    }
  }

  private final List<Rule> rules;
  private final List<LegalHold> holds;

  public RetentionSchedule(List<Rule> rules, List<LegalHold> holds) {
    this.rules = List.copyOf(rules);
    this.holds = List.copyOf(holds);
  }

  /**
   * The longest period that applies to {@code agency}'s {@code category} data, if any rule does.
   */
  public Optional<Duration> period(AgencyId agency, DataCategory category) {
    return rules.stream()
        .filter(r -> r.category() == category && (r.agency() == null || r.agency().equals(agency)))
        .map(Rule::period)
        .max(Duration::compareTo);
  }

  /** Whether a legal hold covers {@code agency}'s {@code category} data. */
  public boolean held(AgencyId agency, DataCategory category) {
    return holds.stream()
        .anyMatch(
            h -> h.agency().equals(agency) && (h.category() == null || h.category() == category));
  }

  public List<Rule> rules() {
    return rules;
  }

  public List<LegalHold> holds() {
    return holds;
  }
}
