package com.backofficecare.safeguard.core.detection.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChecksTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "4111111111111111",
        "5500005555555559",
        "378282246310005",
        "6011111111111117",
        "3530111333300000"
      })
  void luhnAcceptsPublishedTestCards(String card) {
    assertThat(Checks.luhn(card)).isTrue();
    assertThat(Checks.cardIssuer(card)).isTrue();
  }

  @Test
  void luhnRejectsASingleDigitChange() {
    assertThat(Checks.luhn("4111111111111112")).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "DE89370400440532013000",
        "GB82WEST12345698765432",
        "FR1420041010050500013M02606",
        "NL91ABNA0417164300"
      })
  void ibanAcceptsPublishedExamples(String iban) {
    assertThat(Checks.iban(iban)).isTrue();
  }

  @Test
  void ibanRejectsAChangedDigitOrSwappedPair() {
    assertThat(Checks.iban("DE89370400440532013001")).isFalse();
    assertThat(Checks.iban("DE89370400440523013000")).isFalse();
    assertThat(Checks.iban("de89370400440532013000")).isFalse(); // printed upper case only
    assertThat(Checks.iban("DE8937040044")).isFalse();
  }

  @Test
  void foldingIgnoresDiacriticsAndCase() {
    assertThat(WordTable.lower('Ü')).isEqualTo('u');
    assertThat(WordTable.lower('ñ')).isEqualTo('n');
    assertThat(WordTable.lower('Ø')).isEqualTo('o');
    assertThat(WordTable.hash("Jürgen".toCharArray(), 0, 6))
        .isEqualTo(WordTable.hash("JURGEN".toCharArray(), 0, 6));
  }

  @Test
  void npiCheckDigitFollowsCms() {
    assertThat(Checks.npi("1234567893")).isTrue(); // the CMS example
    assertThat(Checks.npi("1234567890")).isFalse();
    assertThat(Checks.npi("3234567893")).isFalse(); // must start with 1 or 2
  }

  @Test
  void abaRoutingChecksum() {
    assertThat(Checks.abaRouting("021000021")).isTrue(); // JPMorgan Chase NY
    assertThat(Checks.abaRouting("011000015")).isTrue(); // Federal Reserve Boston
    assertThat(Checks.abaRouting("021000022")).isFalse();
    assertThat(Checks.abaRouting("991000021")).isFalse(); // no such prefix
  }

  @Test
  void ssnRulesSince2011() {
    assertThat(Checks.ssn(123, 45, 6789)).isTrue();
    assertThat(Checks.ssn(0, 45, 6789)).isFalse();
    assertThat(Checks.ssn(666, 45, 6789)).isFalse();
    assertThat(Checks.ssn(900, 45, 6789)).isFalse();
    assertThat(Checks.ssn(123, 0, 6789)).isFalse();
    assertThat(Checks.ssn(123, 45, 0)).isFalse();
    assertThat(Checks.itin(912, 70)).isTrue();
    assertThat(Checks.itin(912, 93)).isFalse();
  }

  @Test
  void medicareBeneficiaryIdentifierFormat() {
    assertThat(Checks.mbi("1EG4TE5MK73")).isTrue(); // CMS example
    assertThat(Checks.mbi("0EG4TE5MK73")).isFalse(); // first digit 1-9
    assertThat(Checks.mbi("1SG4TE5MK73")).isFalse(); // S is excluded
    assertThat(Checks.mbi("1EG4TE5MK7")).isFalse();
  }

  @Test
  void deaCheckDigit() {
    assertThat(Checks.dea("AB1234563")).isTrue();
    assertThat(Checks.dea("AB1234564")).isFalse();
  }

  @Test
  void vinCheckDigit() {
    assertThat(Checks.vin("1HGCM82633A004352")).isTrue();
    assertThat(Checks.vin("1HGCM82643A004352")).isFalse();
    assertThat(Checks.vinShape("1HGCM82633A00435I")).isFalse(); // I is not used in VINs
  }

  @Test
  void nanpAreaAndExchange() {
    assertThat(Checks.nanp("6465550187")).isTrue();
    assertThat(Checks.nanp("1465550187")).isFalse();
    assertThat(Checks.nanp("6461550187")).isFalse();
    assertThat(Checks.nanp("9115550187")).isFalse();
  }
}
