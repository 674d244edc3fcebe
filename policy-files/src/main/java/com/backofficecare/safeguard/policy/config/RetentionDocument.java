package com.backofficecare.safeguard.policy.config;

import com.backofficecare.safeguard.core.DataCategory;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Retention rules and legal holds as a file ({@code retention sweep --rules}). Every field is
 * checked: a rule with no {@code days}, or with a misspelt key, is refused, never read as zero.
 */
record RetentionDocument(
    @NotNull List<@NotNull @Valid RuleEntry> rules,
    @Nullable List<@NotNull @Valid HoldEntry> holds) {

  record RuleEntry(
      @Nullable @Pattern(regexp = PolicyDocument.AGENCY_ID) String agency,
      @NotNull DataCategory category,
      @NotNull @PositiveOrZero Long days,
      @Nullable String basis) {}

  record HoldEntry(
      @NotNull @Pattern(regexp = PolicyDocument.AGENCY_ID) String agency,
      @Nullable DataCategory category,
      @NotBlank String reason) {}
}
