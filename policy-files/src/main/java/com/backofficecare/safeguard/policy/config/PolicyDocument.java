package com.backofficecare.safeguard.policy.config;

import com.backofficecare.safeguard.core.DataCategory;
import com.backofficecare.safeguard.policy.access.AccessPolicy;
import com.backofficecare.safeguard.policy.access.Action;
import com.backofficecare.safeguard.policy.access.Purpose;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The policy file's shape, bound by Jackson and checked by Jakarta Validation. */
record PolicyDocument(
    @NotBlank String version,
    @NotNull LocalDate effective,
    @Valid @Nullable Settings settings,
    @NotEmpty List<@Valid AgencyEntry> agencies,
    @NotEmpty List<@Valid RoleEntry> roles,
    @NotEmpty List<@Valid PersonEntry> personnel) {

  static final String AGENCY_ID = "[a-z0-9][a-z0-9_-]{0,63}";

  record Settings(
      @Min(1) @Max(1095) @Nullable Integer trainingValidityDays,
      @Min(1) @Max(168) @Nullable Integer mfaMaxAgeHours,
      @Min(1) @Max(1440) @Nullable Integer decisionTtlMinutes,
      AccessPolicy.@Nullable DuplicateDownloads duplicateDownloads,
      @Min(1) @Max(720) @Nullable Integer duplicateWindowHours,
      @Nullable Set<@NotNull DataCategory> phiCategories) {}

  record AgencyEntry(
      @NotNull @Pattern(regexp = AGENCY_ID, message = "must be an agency id: [a-z0-9_-], 1 to 64")
          String id,
      @NotEmpty Set<@NotNull DataCategory> contractedScope,
      boolean baaSigned,
      boolean mfaRequired,
      boolean marketingPermission) {}

  record RoleEntry(
      @NotBlank String name,
      @NotNull List<@Valid GrantEntry> grants,
      @Nullable Boolean caseloadBound) {}

  record GrantEntry(
      @NotNull DataCategory category,
      @NotEmpty Set<@NotNull Action> actions,
      @NotEmpty Set<@NotNull Purpose> purposes,
      @NotEmpty Set<@NotBlank String> fields,
      @Nullable Set<@NotBlank String> masked) {}

  record PersonEntry(
      @NotBlank String id,
      @NotEmpty Set<@NotBlank String> roles,
      @NotEmpty Set<@NotNull @Pattern(regexp = AGENCY_ID) String> agencies,
      @Nullable LocalDate confidentialityAgreementSigned,
      @Nullable LocalDate trainingCompleted,
      boolean mfaEnrolled,
      @Nullable Set<@NotBlank String> caseload) {}
}
