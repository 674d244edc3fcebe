package com.backofficecare.safeguard.benchmarks;

import com.backofficecare.safeguard.core.AgencyId;
import com.backofficecare.safeguard.core.DataCategory;
import com.backofficecare.safeguard.policy.access.AccessGuard;
import com.backofficecare.safeguard.policy.access.AccessPolicy;
import com.backofficecare.safeguard.policy.access.AccessRequest;
import com.backofficecare.safeguard.policy.access.Action;
import com.backofficecare.safeguard.policy.access.Agency;
import com.backofficecare.safeguard.policy.access.Authentication;
import com.backofficecare.safeguard.policy.access.Decision;
import com.backofficecare.safeguard.policy.access.DevicePosture;
import com.backofficecare.safeguard.policy.access.FileGuardStateStore;
import com.backofficecare.safeguard.policy.access.Grant;
import com.backofficecare.safeguard.policy.access.GuardState;
import com.backofficecare.safeguard.policy.access.IsolationTarget;
import com.backofficecare.safeguard.policy.access.MinimizedView;
import com.backofficecare.safeguard.policy.access.Person;
import com.backofficecare.safeguard.policy.access.Purpose;
import com.backofficecare.safeguard.policy.access.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.casbin.jcasbin.main.Enforcer;
import org.casbin.jcasbin.model.Model;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Access decisions on a policy of 100 roles and 30 fields (1,000 personnel, 1,024 distinct
 * requests, about half of them permitted), single-threaded, beside jCasbin 1.81 on the equivalent
 * RBAC policy (role to category and action:purpose) in the same run. The guard evaluates every rule
 * of the policy and the fields; jCasbin checks the role grant alone. Also: minimized views of a
 * 16-field record. {@code state=file} runs the guard over a persisted {@link GuardState} (a synced
 * file, one isolation in force) instead of memory.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class GuardBenchmark {

  static final int ROLES = 100;
  static final int FIELDS = 30;
  static final AgencyId AGENCY = AgencyId.of("sunrise");

  /** Where the guard's state lives: {@code memory} or a synced {@code file}. */
  @Param({"memory", "file"})
  public String state;

  private AccessGuard guard;
  private @org.jspecify.annotations.Nullable FileGuardStateStore stateStore;
  private java.nio.file.Path stateDir;
  private Enforcer casbin;
  private AccessRequest[] requests;
  private String[][] casbinRequests;
  private Decision viewDecision;
  private Map<String, Object> record;
  private int next;

  @Setup
  public void setUp() {
    Random rnd = new Random(42);
    List<String> fields = new ArrayList<>();
    for (int f = 0; f < FIELDS; f++) {
      fields.add("field_" + f);
    }
    DataCategory[] categories = DataCategory.values();
    AccessPolicy.Builder b =
        AccessPolicy.builder()
            .version("bench", LocalDate.of(2026, 1, 1))
            .agency(new Agency(AGENCY, EnumSet.allOf(DataCategory.class), true, false, false));
    Model model = new Model();
    model.addDef("r", "r", "sub, obj, act");
    model.addDef("p", "p", "sub, obj, act");
    model.addDef("g", "g", "_, _");
    model.addDef("e", "e", "some(where (p.eft == allow))");
    model.addDef("m", "m", "g(r.sub, p.sub) && r.obj == p.obj && r.act == p.act");
    casbin = new Enforcer(model);
    for (int r = 0; r < ROLES; r++) {
      List<Grant> grants = new ArrayList<>();
      for (int g = 0; g < 3; g++) {
        DataCategory c = categories[rnd.nextInt(categories.length)];
        Action a = Action.values()[rnd.nextInt(3)];
        Purpose p = Purpose.values()[rnd.nextInt(5)];
        Set<String> granted = new HashSet<>();
        for (int f = 0; f < 8; f++) {
          granted.add(fields.get(rnd.nextInt(FIELDS)));
        }
        grants.add(
            new Grant(c, EnumSet.of(a), EnumSet.of(p), granted, Set.of(granted.iterator().next())));
        casbin.addPolicy("role" + r, c.name(), a.name() + ":" + p.name());
      }
      b.role(new Role("role" + r, grants));
    }
    for (int u = 0; u < 1000; u++) {
      Set<String> roles =
          new HashSet<>(List.of("role" + rnd.nextInt(ROLES), "role" + rnd.nextInt(ROLES)));
      b.person(
          new Person(
              "u" + u,
              roles,
              Set.of(AGENCY),
              LocalDate.of(2026, 1, 1),
              LocalDate.of(2026, 6, 1),
              true));
      for (String role : roles) {
        casbin.addRoleForUser("u" + u, role);
      }
    }
    AccessPolicy policy = b.build();
    if (state.equals("file")) {
      try {
        stateDir = java.nio.file.Files.createTempDirectory("guard-state");
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      stateStore = FileGuardStateStore.open(stateDir.resolve("guard-state.log"));
      guard = AccessGuard.create(policy, GuardState.over(stateStore));
      // Another process's isolation, so the lookups run as they do on a store with an incident.
      guard.isolate(IsolationTarget.device("lost-tablet-3"), "incident", "secops", Instant.EPOCH);
    } else {
      guard = AccessGuard.create(policy);
    }
    Instant at = Instant.parse("2026-11-25T10:00:00Z");
    requests = new AccessRequest[1024];
    casbinRequests = new String[1024][];
    int permits = 0;
    for (int i = 0; i < requests.length; i++) {
      String person = "u" + rnd.nextInt(1000);
      // Half the requests are drawn from one of the person's own grants, so about half permit.
      Role role = policy.roles().get(policy.persons().get(person).roles().iterator().next());
      Grant own = role.grants().get(rnd.nextInt(role.grants().size()));
      boolean fromGrant = rnd.nextBoolean();
      DataCategory c = fromGrant ? own.category() : categories[rnd.nextInt(categories.length)];
      Action a = fromGrant ? own.actions().iterator().next() : Action.values()[rnd.nextInt(3)];
      Purpose p = fromGrant ? own.purposes().iterator().next() : Purpose.values()[rnd.nextInt(5)];
      Set<String> asked = new HashSet<>();
      for (int f = 0; f < 5; f++) {
        asked.add(fields.get(rnd.nextInt(FIELDS)));
      }
      if (fromGrant) {
        asked.add(own.fields().iterator().next());
      }
      requests[i] =
          AccessRequest.builder()
              .person(person)
              .agency(AGENCY)
              .category(c)
              .action(a)
              .purpose(p)
              .fields(asked)
              .records(List.of("r" + i))
              .device(DevicePosture.compliant("d1"))
              .authentication(new Authentication(true, at))
              .at(at)
              .build();
      casbinRequests[i] = new String[] {person, c.name(), a.name() + ":" + p.name()};
      permits += guard.decide(requests[i]).permitted() ? 1 : 0;
    }
    System.out.printf("%n%d of %d requests permitted%n", permits, requests.length);
    record = new LinkedHashMap<>();
    Set<String> sixteen = new HashSet<>();
    for (int f = 0; f < 16; f++) {
      record.put(fields.get(f), "value-" + f + "-0123456789");
      sixteen.add(fields.get(f));
    }
    AccessPolicy viewPolicy =
        AccessPolicy.builder()
            .version("view", LocalDate.of(2026, 1, 1))
            .agency(new Agency(AGENCY, EnumSet.allOf(DataCategory.class), true, false, false))
            .role(
                new Role(
                    "viewer",
                    List.of(
                        new Grant(
                            DataCategory.SCHEDULING,
                            EnumSet.of(Action.READ),
                            EnumSet.of(Purpose.SCHEDULING),
                            Set.copyOf(fields.subList(0, 10)),
                            Set.of("field_1", "field_2")))))
            .person(
                new Person(
                    "v",
                    Set.of("viewer"),
                    Set.of(AGENCY),
                    LocalDate.of(2026, 1, 1),
                    LocalDate.of(2026, 6, 1),
                    true))
            .build();
    viewDecision =
        AccessGuard.create(viewPolicy)
            .decide(
                AccessRequest.builder()
                    .person("v")
                    .agency(AGENCY)
                    .category(DataCategory.SCHEDULING)
                    .purpose(Purpose.SCHEDULING)
                    .fields(sixteen)
                    .records(List.of("r1"))
                    .device(DevicePosture.compliant("d1"))
                    .authentication(new Authentication(true, at))
                    .at(at)
                    .build());
  }

  @TearDown
  public void closeState() throws java.io.IOException {
    if (stateStore != null) {
      stateStore.close();
      for (java.nio.file.Path f : List.of(stateDir.resolve("guard-state.log"), stateDir)) {
        java.nio.file.Files.deleteIfExists(f);
      }
    }
  }

  @Benchmark
  public Decision guardDecide() {
    return guard.decide(requests[next++ & 1023]);
  }

  @Benchmark
  public boolean baselineJcasbinEnforce() {
    String[] r = casbinRequests[next++ & 1023];
    return casbin.enforce(r[0], r[1], r[2]);
  }

  @Benchmark
  public Map<String, Object> minimizedView16Fields() {
    return MinimizedView.of(viewDecision, "r1", record, viewDecision.request().at());
  }
}
