package com.backofficecare.safeguard.testing;

import com.backofficecare.safeguard.core.AgencyId;
import com.backofficecare.safeguard.core.DataCategory;
import com.backofficecare.safeguard.policy.access.AccessRequest;
import com.backofficecare.safeguard.policy.access.Action;
import com.backofficecare.safeguard.policy.access.Authentication;
import com.backofficecare.safeguard.policy.access.DevicePosture;
import com.backofficecare.safeguard.policy.access.Purpose;
import java.time.Instant;
import java.util.List;

/**
 * Requests with defaults that pass the device, network, channel and MFA rules: a compliant business
 * device, the office network, an encrypted channel, a second factor verified just now. Change what
 * the test is about with the returned builder.
 */
public final class Requests {

  private Requests() {}

  /** A READ of {@code fields} of {@code category} for {@code agency} by {@code person}. */
  public static AccessRequest.Builder read(
      String person, String agency, DataCategory category, String... fields) {
    return of(person, agency, category, Action.READ, fields);
  }

  public static AccessRequest.Builder of(
      String person, String agency, DataCategory category, Action action, String... fields) {
    Instant now = Instant.now();
    return AccessRequest.builder()
        .person(person)
        .agency(AgencyId.of(agency))
        .category(category)
        .action(action)
        .fields(fields)
        .records(List.of("record-1"))
        .purpose(Purpose.OPERATIONS)
        .device(DevicePosture.compliant("test-device"))
        .authentication(new Authentication(true, now))
        .at(now);
  }
}
