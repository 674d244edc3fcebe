package com.backofficecare.safeguard.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backofficecare.safeguard.core.DataCategory;
import com.backofficecare.safeguard.policy.access.Purpose;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code @Guarded} minimizes every shape a service returns, keeps its type, and refuses what it
 * cannot minimize. Each result is serialized and searched for the withheld value ("CHF") and the
 * unmasked phone: neither may appear anywhere.
 */
class GuardedShapesTest {

  private static final String DIAGNOSIS = "CHF-exacerbation";
  private static final String PHONE = "412-555-0143";

  @TempDir Path dir;

  public record Visit(String client_name, String phone, String diagnosis) {}

  public record Chart(Visit visit, int units, String diagnosis) {}

  /** A JavaBean, as a JPA entity or DTO would be. */
  public static class VisitBean {
    private String clientName;
    private String phone;
    private String diagnosis;

    public String getClient_name() {
      return clientName;
    }

    public void setClient_name(String v) {
      clientName = v;
    }

    public String getPhone() {
      return phone;
    }

    public void setPhone(String v) {
      phone = v;
    }

    public String getDiagnosis() {
      return diagnosis;
    }

    public void setDiagnosis(String v) {
      diagnosis = v;
    }
  }

  /** Not minimizable: no fields to judge. */
  public static final class Opaque {
    @Override
    public String toString() {
      return DIAGNOSIS;
    }
  }

  static Visit visit() {
    return new Visit("Ada Lovelace", PHONE, DIAGNOSIS);
  }

  static class Service {
    private static final String[] F = {"client_name", "phone", "diagnosis"};

    @Guarded(
        category = DataCategory.SCHEDULING,
        purpose = Purpose.SCHEDULING,
        fields = {"client_name", "phone", "diagnosis"})
    public Visit typed() {
      return visit();
    }

    @Guarded(
        category = DataCategory.SCHEDULING,
        purpose = Purpose.SCHEDULING,
        fields = {"client_name", "phone", "diagnosis"})
    public List<Visit> list() {
      return List.of(visit(), visit());
    }

    @Guarded(
        category = DataCategory.SCHEDULING,
        purpose = Purpose.SCHEDULING,
        fields = {"client_name", "phone", "diagnosis"})
    public Optional<Visit> optional() {
      return Optional.of(visit());
    }

    @Guarded(
        category = DataCategory.SCHEDULING,
        purpose = Purpose.SCHEDULING,
        fields = {"client_name", "phone", "diagnosis"})
    public Visit[] array() {
      return new Visit[] {visit()};
    }

    @Guarded(
        category = DataCategory.SCHEDULING,
        purpose = Purpose.SCHEDULING,
        fields = {"client_name", "phone", "diagnosis"})
    public VisitBean bean() {
      VisitBean b = new VisitBean();
      b.setClient_name("Ada Lovelace");
      b.setPhone(PHONE);
      b.setDiagnosis(DIAGNOSIS);
      return b;
    }

    @Guarded(
        category = DataCategory.SCHEDULING,
        purpose = Purpose.SCHEDULING,
        fields = {"client_name", "phone", "diagnosis"})
    public Map<String, Object> nested() {
      return Map.of(
          "client_name",
          Map.of("client_name", "Ada Lovelace", "diagnosis", DIAGNOSIS),
          "diagnosis",
          DIAGNOSIS,
          "phone",
          PHONE);
    }

    @Guarded(
        category = DataCategory.SCHEDULING,
        purpose = Purpose.SCHEDULING,
        fields = {"client_name", "phone", "diagnosis"})
    public Object opaque() {
      return new Opaque();
    }

    @Guarded(
        category = DataCategory.SCHEDULING,
        purpose = Purpose.SCHEDULING,
        fields = {"client_name", "diagnosis"})
    public String plainWithTwoFields() {
      return DIAGNOSIS;
    }

    @Guarded(
        category = DataCategory.SCHEDULING,
        purpose = Purpose.SCHEDULING,
        fields = {"phone"})
    public String phoneOnly() {
      return PHONE;
    }
  }

  private void run(Consumer<Service> body) {
    GuardedContexts.run(dir, Service.class, "u-ana", "laptop-12", body);
  }

  private static String leakCheck(Object result) throws Exception {
    String json =
        new ObjectMapper()
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .writeValueAsString(result);
    assertThat(json).doesNotContain(DIAGNOSIS).doesNotContain(PHONE).contains("Ada Lovelace");
    return json;
  }

  @Test
  @Tag("POL-3.2")
  void everyShapeComesBackMinimizedInItsOwnType() {
    run(
        s -> {
          try {
            Visit v = s.typed(); // no ClassCastException: a record of the declared type
            assertThat(v.diagnosis()).isNull();
            assertThat(v.phone()).endsWith("0143").isNotEqualTo(PHONE);
            leakCheck(v);
            assertThat(s.list()).hasSize(2).allSatisfy(e -> assertThat(e.diagnosis()).isNull());
            leakCheck(s.list());
            assertThat(s.optional()).get().extracting(Visit::diagnosis).isNull();
            leakCheck(s.optional().get());
            assertThat(s.array()[0].diagnosis()).isNull();
            leakCheck(s.array());
            assertThat(s.bean().getDiagnosis()).isNull();
            leakCheck(s.bean());
            String nested = new ObjectMapper().writeValueAsString(s.nested());
            assertThat(nested).doesNotContain(DIAGNOSIS).doesNotContain(PHONE);
            assertThat(s.phoneOnly()).endsWith("0143").isNotEqualTo(PHONE);
          } catch (Exception e) {
            throw new AssertionError(e);
          }
        });
  }

  @Test
  @Tag("POL-3.2")
  void aShapeItCannotMinimizeIsRefusedNotReturnedWhole() {
    run(
        s -> {
          assertThatThrownBy(s::opaque)
              .isInstanceOf(AccessDeniedException.class)
              .hasMessageNotContaining(DIAGNOSIS);
          assertThatThrownBy(s::plainWithTwoFields).isInstanceOf(AccessDeniedException.class);
        });
  }
}
