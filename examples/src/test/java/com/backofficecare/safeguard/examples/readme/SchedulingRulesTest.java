package com.backofficecare.safeguard.examples.readme;

import static com.backofficecare.safeguard.core.DataCategory.CLIENT_RECORDS;
import static com.backofficecare.safeguard.policy.access.Purpose.SCHEDULING;
import static com.backofficecare.safeguard.testing.Requests.read;
import static com.backofficecare.safeguard.testing.SafeguardAssertions.assertThat;

import com.backofficecare.safeguard.policy.access.AccessPolicy;
import com.backofficecare.safeguard.testing.Policies;
import com.backofficecare.safeguard.testing.SafeguardExtension;
import com.backofficecare.safeguard.testing.TestSafeguard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

// README's testing example, with its imports: it runs as written.
// [START testing]
@ExtendWith(SafeguardExtension.class)
class SchedulingRulesTest {
  static AccessPolicy policy() {
    return Policies.policy().agency(Policies.agency("sunrise", CLIENT_RECORDS))
        .role(Policies.role("scheduler", Policies.read(CLIENT_RECORDS, SCHEDULING, "client_name")))
        .person(Policies.person("u-ana", "scheduler", "sunrise")).build();
  }

  @Test void aSchedulerMayNotSeeAClientsDiagnosis(TestSafeguard sg) {
    assertThat(sg.guard()).denies(read("u-ana", "sunrise", CLIENT_RECORDS, "diagnosis")
        .purpose(SCHEDULING)).citing("POL-3.2");
  }
}
// [END testing]
