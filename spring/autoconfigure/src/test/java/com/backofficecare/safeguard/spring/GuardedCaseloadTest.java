package com.backofficecare.safeguard.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backofficecare.safeguard.core.DataCategory;
import com.backofficecare.safeguard.policy.access.Purpose;
import com.backofficecare.safeguard.policy.access.Rule;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;

/**
 * {@code @Guarded(recordId = ...)} gives a caregiver only the clients of her caseload (POL-3.3):
 * every shape of list drops the others, a single record outside it is denied. u-cara's caseload is
 * client-1042 (Ada Lovelace); client-9 (Grace Hopper) is another caregiver's. Each result is
 * serialized and searched for client-9's values and for the withheld diagnosis.
 */
class GuardedCaseloadTest {

  private static final String DIAGNOSIS = "CHF-exacerbation";
  private static final List<String> THEIRS = List.of("Grace Hopper", "9 Navy Yard", "client-9");

  @TempDir Path dir;

  public record Visit(
      String client_id, String client_name, String address, String visit_time, String diagnosis) {}

  /** A JavaBean, as a JPA entity would be. */
  public static class VisitBean {
    private String clientId;
    private String clientName;
    private String diagnosis;

    public String getClient_id() {
      return clientId;
    }

    public void setClient_id(String v) {
      clientId = v;
    }

    public String getClient_name() {
      return clientName;
    }

    public void setClient_name(String v) {
      clientName = v;
    }

    public String getDiagnosis() {
      return diagnosis;
    }

    public void setDiagnosis(String v) {
      diagnosis = v;
    }

    static VisitBean of(Visit v) {
      VisitBean b = new VisitBean();
      b.setClient_id(v.client_id());
      b.setClient_name(v.client_name());
      b.setDiagnosis(v.diagnosis());
      return b;
    }
  }

  /** A visit whose record id is not among its fields. */
  public record Unidentified(String client_name) {}

  static final Visit MINE =
      new Visit("client-1042", "Ada Lovelace", "12 Elm St", "09:00", DIAGNOSIS);
  static final Visit THEIR =
      new Visit("client-9", "Grace Hopper", "9 Navy Yard", "10:00", DIAGNOSIS);

  static class Service {
    @Guarded(
        category = DataCategory.SCHEDULING,
        purpose = Purpose.CARE_COORDINATION,
        fields = {"client_name", "address", "visit_time", "diagnosis"},
        recordId = "client_id")
    public List<Visit> list() {
      return List.of(MINE, THEIR);
    }

    @Guarded(
        category = DataCategory.SCHEDULING,
        purpose = Purpose.CARE_COORDINATION,
        fields = {"client_name", "address", "visit_time", "diagnosis"},
        recordId = "client_id")
    public Set<Visit> set() {
      return new LinkedHashSet<>(List.of(THEIR, MINE));
    }

    @Guarded(
        category = DataCategory.SCHEDULING,
        purpose = Purpose.CARE_COORDINATION,
        fields = {"client_name", "address", "visit_time", "diagnosis"},
        recordId = "client_id")
    public Visit[] array() {
      return new Visit[] {THEIR, MINE};
    }

    @Guarded(
        category = DataCategory.SCHEDULING,
        purpose = Purpose.CARE_COORDINATION,
        fields = {"client_name", "address", "visit_time", "diagnosis"},
        recordId = "client_id")
    public Page<Visit> page() {
      return new PageImpl<>(List.of(MINE, THEIR), PageRequest.of(0, 2), 5);
    }

    @Guarded(
        category = DataCategory.SCHEDULING,
        purpose = Purpose.CARE_COORDINATION,
        fields = {"client_name", "address", "visit_time", "diagnosis"},
        recordId = "client_id")
    public Slice<Visit> slice() {
      return new SliceImpl<>(List.of(THEIR, MINE), PageRequest.of(0, 2), true);
    }

    @Guarded(
        category = DataCategory.SCHEDULING,
        purpose = Purpose.CARE_COORDINATION,
        fields = {"client_name", "address", "visit_time", "diagnosis"},
        recordId = "client_id")
    public List<VisitBean> beans() {
      return List.of(VisitBean.of(MINE), VisitBean.of(THEIR));
    }

    @Guarded(
        category = DataCategory.SCHEDULING,
        purpose = Purpose.CARE_COORDINATION,
        fields = {"client_name", "address", "visit_time", "diagnosis"},
        recordId = "client_id")
    public List<Map<String, Object>> maps() {
      return List.of(map(MINE), map(THEIR));
    }

    @Guarded(
        category = DataCategory.SCHEDULING,
        purpose = Purpose.CARE_COORDINATION,
        fields = {"client_name", "address", "visit_time", "diagnosis"},
        recordId = "client_id")
    public List<Visit> onlyTheirs() {
      return List.of(THEIR);
    }

    @Guarded(
        category = DataCategory.SCHEDULING,
        purpose = Purpose.CARE_COORDINATION,
        fields = {"client_name", "address", "visit_time", "diagnosis"},
        recordId = "client_id")
    public Visit one(Visit v) {
      return v;
    }

    @Guarded(
        category = DataCategory.SCHEDULING,
        purpose = Purpose.CARE_COORDINATION,
        fields = {"client_name", "address", "visit_time", "diagnosis"},
        recordId = "client_id")
    public Optional<Visit> optional(Visit v) {
      return Optional.of(v);
    }

    @Guarded(
        category = DataCategory.SCHEDULING,
        purpose = Purpose.CARE_COORDINATION,
        fields = {"client_name", "address", "visit_time", "diagnosis"},
        recordId = "client_id")
    public VisitBean bean(Visit v) {
      return VisitBean.of(v);
    }

    @Guarded(
        category = DataCategory.SCHEDULING,
        purpose = Purpose.CARE_COORDINATION,
        fields = {"client_name"},
        recordId = "client_id")
    public List<Unidentified> unidentified() {
      return List.of(new Unidentified("Grace Hopper"));
    }
  }

  static Map<String, Object> map(Visit v) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("client_id", v.client_id());
    m.put("client_name", v.client_name());
    m.put("address", v.address());
    m.put("diagnosis", v.diagnosis());
    return m;
  }

  private void run(Consumer<Service> body) {
    GuardedContexts.run(dir, Service.class, "u-cara", "tablet-3", body);
  }

  /** Serializes {@code result}: only Ada Lovelace's released fields may be in it. */
  private static void leakCheck(Object result) {
    String json;
    try {
      json = new ObjectMapper().writeValueAsString(result);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    assertThat(json).contains("Ada Lovelace").doesNotContain(DIAGNOSIS);
    THEIRS.forEach(v -> assertThat(json).doesNotContain(v));
  }

  @Test
  @Tag("POL-3.3")
  void everyShapeOfListDropsTheClientsOutsideTheCaseload() {
    run(
        s -> {
          assertThat(s.list()).extracting(Visit::client_name).containsExactly("Ada Lovelace");
          leakCheck(s.list());
          assertThat(s.set()).extracting(Visit::client_name).containsExactly("Ada Lovelace");
          leakCheck(s.set());
          assertThat(s.array()).extracting(Visit::client_name).containsExactly("Ada Lovelace");
          leakCheck(s.array());
          Page<Visit> page = s.page();
          assertThat(page.getContent())
              .extracting(Visit::client_name)
              .containsExactly("Ada Lovelace");
          assertThat(page.getTotalElements()).isEqualTo(4);
          assertThat(page.getNumber()).isZero();
          leakCheck(page.getContent());
          Slice<Visit> slice = s.slice();
          assertThat(slice.getContent())
              .extracting(Visit::client_name)
              .containsExactly("Ada Lovelace");
          assertThat(slice.hasNext()).isTrue();
          leakCheck(slice.getContent());
          assertThat(s.beans())
              .extracting(VisitBean::getClient_name)
              .containsExactly("Ada Lovelace");
          leakCheck(s.beans());
          assertThat(s.maps()).singleElement().satisfies(m -> assertThat(m).containsKey("address"));
          leakCheck(s.maps());
          assertThat(s.onlyTheirs()).as("none of them is hers").isEmpty();
          // Minimized as before: the diagnosis is not the caregiver's to see.
          assertThat(s.list()).singleElement().satisfies(v -> assertThat(v.diagnosis()).isNull());
        });
  }

  @Test
  @Tag("POL-3.3")
  void aSingleRecordOutsideTheCaseloadIsDeniedInEveryShape() {
    run(
        s -> {
          leakCheck(s.one(MINE));
          leakCheck(s.optional(MINE).orElseThrow());
          leakCheck(s.bean(MINE));
          for (Runnable theirs :
              List.<Runnable>of(() -> s.one(THEIR), () -> s.optional(THEIR), () -> s.bean(THEIR))) {
            assertThatThrownBy(theirs::run)
                .isInstanceOfSatisfying(
                    AccessDeniedException.class,
                    e -> assertThat(e.decision().denyingRules()).containsExactly(Rule.CASELOAD))
                .satisfies(e -> THEIRS.forEach(v -> assertThat(e.getMessage()).doesNotContain(v)));
          }
        });
  }

  @Test
  @Tag("POL-3.3")
  void recordsItCannotIdentifyAreRefusedNotReturned() {
    run(
        s ->
            assertThatThrownBy(s::unidentified)
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageNotContaining("Grace Hopper"));
  }
}
