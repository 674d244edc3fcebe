package com.backofficecare.safeguard.core.detection.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** OCR's letter-for-digit confusions are read as what they stand for, in place; nothing else is. */
class TextTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      SSN: 4l2-55-O918                | SSN: 412-55-0918
      Medicaid #: 4O1882l73           | Medicaid #: 401882173
      DOB: O3/l4/l929                 | DOB: 03/14/1929
      MRN WB-OO3l892                  | MRN WB-0031892
      2O9 Hil1side Ave, Houst0n       | 209 Hillside Ave, Houston
      D0B and LlNC0LN HWY             | DOB and LlNCOLN HWY
      ON O2 2L, CO2 28, B12, L5-S1    | ON O2 2L, CO2 28, B12, L5-S1
      1st dose, COVID19, H2O, T1019   | 1st dose, COVID19, H2O, T1019
      Oliver lOl Io                   | Oliver lOl Io
      c0950307-fb52-4e1a-9c3d, ab1cd  | c0950307-fb52-4e1a-9c3d, ab1cd
      """)
  void foldsOnlyConfusionsInsideNumbersAndWords(String in, String expected) {
    Text t = new Text();
    t.load(in);
    t.foldConfusedDigits();
    assertThat(new String(t.chars, 0, t.length())).isEqualTo(expected);
  }
}
