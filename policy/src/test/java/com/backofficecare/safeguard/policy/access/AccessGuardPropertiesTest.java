package com.backofficecare.safeguard.policy.access;

import static com.backofficecare.safeguard.policy.access.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import com.backofficecare.safeguard.core.AgencyId;
import com.backofficecare.safeguard.core.DataCategory;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;

class AccessGuardPropertiesTest {

  private static final List<String> FIELDS =
      List.of(
          "client_name",
          "address",
          "phone",
          "visit_time",
          "caregiver",
          "diagnosis",
          "hours",
          "rate",
          "bank_account",
          "agency_name");

  @Provide
  Arbitrary<AccessRequest> requests() {
    Arbitrary<String> person = Arbitraries.of("u-ana", "u-ben", "u-x");
    Arbitrary<AgencyId> agency =
        Arbitraries.of(Fixtures.SUNRISE, Fixtures.HARBOR, AgencyId.of("other"));
    Arbitrary<DataCategory> category = Arbitraries.of(DataCategory.class);
    Arbitrary<Set<String>> fields = Arbitraries.of(FIELDS).set().ofMaxSize(6);
    Arbitrary<Action> action = Arbitraries.of(Action.class);
    Arbitrary<Purpose> purpose = Arbitraries.of(Purpose.class);
    Arbitrary<Network> network = Arbitraries.of(Network.class);
    Arbitrary<Boolean> mfa = Arbitraries.of(true, false);
    return Combinators.combine(person, agency, category, fields, action, purpose, network, mfa)
        .as(
            (p, a, c, f, ac, pu, n, m) ->
                AccessRequest.builder()
                    .person(p)
                    .agency(a)
                    .category(c)
                    .fields(f)
                    .action(ac)
                    .purpose(pu)
                    .network(n)
                    .records(List.of("r1"))
                    .device(DevicePosture.compliant("d1"))
                    .authentication(new Authentication(m, NOW))
                    .at(NOW)
                    .build());
  }

  @Property(tries = 500)
  @Tag("POL-3.2")
  void denyByDefaultWhenNoRoleGrantsAnything(@ForAll("requests") AccessRequest r) {
    AccessPolicy noGrants =
        AccessPolicy.builder()
            .version("empty", java.time.LocalDate.of(2026, 1, 1))
            .agency(
                new Agency(
                    Fixtures.SUNRISE,
                    java.util.EnumSet.allOf(DataCategory.class),
                    true,
                    false,
                    true))
            .role(new Role("nothing", List.of()))
            .person(
                new Person(
                    "u-ana",
                    Set.of("nothing"),
                    Set.of(Fixtures.SUNRISE),
                    java.time.LocalDate.of(2026, 1, 1),
                    java.time.LocalDate.of(2026, 6, 1),
                    true))
            .build();
    assertThat(AccessGuard.create(noGrants).decide(r).denied()).isTrue();
  }

  @Property(tries = 500)
  @Tag("POL-7.2")
  void isolationBeatsEveryPermit(@ForAll("requests") AccessRequest r) {
    AccessGuard guard = AccessGuard.create(Fixtures.policy().build());
    guard.state().isolate(IsolationTarget.agency(r.agency().value()), "incident", "secops", NOW);
    assertThat(guard.decide(r).permitted()).isFalse();
  }

  @Property(tries = 1000)
  @Tag("POL-3.2")
  void releasedFieldsAreAlwaysRequestedAndGranted(@ForAll("requests") AccessRequest r) {
    AccessPolicy p = Fixtures.policy().build();
    Decision d = AccessGuard.create(p).decide(r);
    assertThat(r.fields()).containsAll(d.releasedFields());
    assertThat(d.releasedFields()).containsAll(d.maskedFields());
    if (d.permitted()) {
      Set<String> granted = new java.util.HashSet<>();
      for (String role : p.persons().get(r.person()).roles()) {
        for (Grant g : p.roles().get(role).grants()) {
          if (g.category() == r.category()
              && g.actions().contains(r.action())
              && g.purposes().contains(r.purpose())) {
            granted.addAll(g.fields());
          }
        }
      }
      assertThat(granted).containsAll(d.releasedFields());
      assertThat(d.releasedFields()).isNotEmpty();
    } else {
      assertThat(d.releasedFields()).isEmpty();
      assertThat(d.denyingRules()).isNotEmpty();
    }
  }
}
