package com.backofficecare.safeguard.core.redaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backofficecare.safeguard.core.AgencyId;
import com.backofficecare.safeguard.core.PhiType;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Redaction keeps only what the task needs of an identifier (POL-3.2, POL-8.1). */
@Tag("POL-3.2")
@Tag("POL-8.1")
class RedactorTest {

  private static final byte[] SECRET =
      "a master secret of thirty-two bytes or more!".getBytes(StandardCharsets.UTF_8);
  private static final String NOTE =
      "Visit note for Larry Rodriguez, DOB 1956-08-16. SSN 123-45-6789. Call 469-510-2188.";

  @Test
  void typeTagsReplaceEveryFinding() {
    assertThat(Redactor.typeTags().redact(NOTE).text())
        .isEqualTo("Visit note for [NAME], DOB [DATE]. SSN [SSN]. Call [PHONE].");
  }

  @Test
  void partialMaskKeepsTheLastFourAndTheSeparators() {
    Redactor r =
        Redactor.builder().operator(PhiType.SSN, RedactionOperators.partialMask(4)).build();
    assertThat(r.redact("SSN 123-45-6789").text()).isEqualTo("SSN ***-**-6789");
  }

  @Property
  void partialMaskKeepsLengthAndShowsAtMostTheLastDigits(
      @ForAll("digitsWithDashes") String value, @ForAll @IntRange(min = 0, max = 6) int keep) {
    String masked =
        RedactionOperators.partialMask(keep)
            .replace(PhiType.ACCOUNT, value, new RedactionScope(null));
    assertThat(masked).hasSameSizeAs(value);
    long shown = masked.chars().filter(Character::isDigit).count();
    assertThat(shown).isLessThanOrEqualTo(keep);
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> digitsWithDashes() {
    return net.jqwik.api.Arbitraries.strings()
        .withChars("0123456789-")
        .ofMinLength(1)
        .ofMaxLength(20);
  }

  @Test
  void pseudonymsAreStablePerAgencyAndDifferAcrossAgencies() {
    PseudonymKey a = PseudonymKey.derive(SECRET, AgencyId.of("sunrise"));
    PseudonymKey b = PseudonymKey.derive(SECRET, AgencyId.of("harbor"));
    RedactionOperator pa = RedactionOperators.pseudonym(a);
    RedactionOperator pb = RedactionOperators.pseudonym(b);
    RedactionScope scope = new RedactionScope(null);
    String once = pa.replace(PhiType.NAME, "Larry Rodriguez", scope);
    assertThat(pa.replace(PhiType.NAME, "LARRY  RODRIGUEZ", scope)).isEqualTo(once);
    assertThat(once).startsWith("NAME_").hasSize(17);
    assertThat(pb.replace(PhiType.NAME, "Larry Rodriguez", scope)).isNotEqualTo(once);
  }

  @Test
  void pseudonymKeyNeverShowsItsBytesAndCanBeDestroyed() {
    PseudonymKey key = PseudonymKey.derive(SECRET, AgencyId.of("sunrise"));
    assertThat(key.toString()).isEqualTo("PseudonymKey[agency=sunrise]");
    key.destroy();
    assertThat(key.isDestroyed()).isTrue();
    assertThatThrownBy(
            () ->
                RedactionOperators.pseudonym(key)
                    .replace(PhiType.NAME, "x", new RedactionScope(null)))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> PseudonymKey.derive(new byte[8], AgencyId.of("a")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void surrogatesAreConsistentWithinADocumentAndKeepTheShape() {
    Redactor r = Redactor.builder().defaultOperator(RedactionOperators.surrogate()).build();
    String text = "Client: Ada Lovelace, SSN 123-45-6789. Client: Ada Lovelace again.";
    String out = r.redact(text).text();
    assertThat(out).doesNotContain("Lovelace").doesNotContain("123-45-6789");
    assertThat(out).matches("Client: (\\w+ \\w+), SSN 9\\d\\d-4\\d-\\d{4}\\. Client: \\1 again\\.");
  }

  @Test
  void surrogateCardsKeepAValidLuhnDigit() {
    String card =
        RedactionOperators.surrogate()
            .replace(PhiType.CARD, "4111 1111 1111 1111", new RedactionScope(null));
    assertThat(card).matches("\\d{4} \\d{4} \\d{4} \\d{4}");
    int sum = 0;
    String d = card.replace(" ", "");
    for (int i = 0; i < d.length(); i++) {
      int v = d.charAt(d.length() - 1 - i) - '0';
      sum += i % 2 == 1 ? (v * 2 > 9 ? v * 2 - 9 : v * 2) : v;
    }
    assertThat(sum % 10).isZero();
  }

  @Test
  void dateShiftIsFixedPerClientAndKeepsIntervalsAndFormat() {
    PseudonymKey key = PseudonymKey.derive(SECRET, AgencyId.of("sunrise"));
    Redactor r =
        Redactor.builder().operator(PhiType.DATE, RedactionOperators.dateShift(key, 30)).build();
    String text = "admitted 2024-03-01, discharged 2024-03-11";
    String first = r.redact(text, "client-17").text();
    assertThat(first).isEqualTo(r.redact(text, "client-17").text());
    assertThat(first).matches("admitted \\d{4}-\\d\\d-\\d\\d, discharged \\d{4}-\\d\\d-\\d\\d");
    java.time.LocalDate a = java.time.LocalDate.parse(first.substring(9, 19));
    java.time.LocalDate b = java.time.LocalDate.parse(first.substring(32, 42));
    assertThat(java.time.temporal.ChronoUnit.DAYS.between(a, b)).isEqualTo(10);
    assertThat(r.redact("TTE 10/2025", "client-17").text()).matches("TTE \\d\\d/\\d{4}");
    assertThat(a).isNotEqualTo(java.time.LocalDate.of(2024, 3, 1));
    assertThat(
            Math.abs(
                java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.of(2024, 3, 1), a)))
        .isBetween(1L, 30L);
  }

  @Test
  void safeHarborGeneralizesAgesZipsAndDates() {
    Redactor r = Redactor.builder().defaultOperator(RedactionOperators.safeHarbor()).build();
    assertThat(r.redact("client aged 93, Springfield, IL 62704, DOB April 3, 1927").text())
        .isEqualTo("client aged 90+, [CITY], IL 627, DOB 1927"); // the city goes, the state stays
    assertThat(
            RedactionOperators.safeHarbor()
                .replace(PhiType.DATE, "10/2025", new RedactionScope(null)))
        .isEqualTo("2025"); // a month and a year keeps its year, as a full date does
    assertThat(
            RedactionOperators.safeHarbor().replace(PhiType.ZIP, "03601", new RedactionScope(null)))
        .isEqualTo("000");
  }

  @Test
  void builderRefusesTwoOperatorsForOneType() {
    assertThatThrownBy(
            () ->
                Redactor.builder()
                    .operator(PhiType.SSN, RedactionOperators.typeTag())
                    .operator(PhiType.SSN, RedactionOperators.partialMask(4)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("SSN");
  }
}
