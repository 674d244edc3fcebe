package com.backofficecare.safeguard.policy.config;

import com.backofficecare.safeguard.core.DataCategory;
import com.backofficecare.safeguard.policy.access.Action;
import com.backofficecare.safeguard.policy.access.Network;
import com.backofficecare.safeguard.policy.access.Purpose;
import com.backofficecare.safeguard.policy.access.Recipient;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** An access request as a file, for policy authors and their tests ({@code guard check}). */
record RequestDocument(
    @NotBlank String person,
    @NotNull @Pattern(regexp = PolicyDocument.AGENCY_ID) String agency,
    @NotNull DataCategory category,
    @Nullable List<@NotBlank String> records,
    @NotNull Set<@NotBlank String> fields,
    @NotNull Action action,
    @NotNull Purpose purpose,
    @Nullable Recipient recipient,
    @NotNull @Valid Device device,
    @NotNull Network network,
    @Nullable Boolean encryptedChannel,
    boolean mfa,
    @NotNull Instant authenticatedAt,
    @NotNull Instant at,
    @Nullable String clientSystem) {

  record Device(
      @NotBlank String id,
      boolean managed,
      boolean diskEncrypted,
      boolean antivirusCurrent,
      boolean firewallOn,
      boolean secureBrowser) {}
}
