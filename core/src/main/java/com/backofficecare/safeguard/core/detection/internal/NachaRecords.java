package com.backofficecare.safeguard.core.detection.internal;

import com.backofficecare.safeguard.core.PhiType;

/**
 * NACHA (ACH) files as payroll and billing paste them: 94-character records whose fields sit at
 * fixed positions. An entry (record 6) holds the receiver's routing and account numbers, the
 * individual's id and name; a notification of change (798) the corrected account, a return (799) a
 * date of death; file and batch headers (1, 5) the file's and the payment's dates. The rest,
 * amounts, trace numbers, the company's own name and id, batch and file controls, is the bank's
 * bookkeeping and no one's PHI, so other recognizers' guesses there are dropped. A line is read
 * only when its record type's fixed fields all have their form. One pass over the text.
 */
final class NachaRecords {

  /** A field at its fixed position outranks a recognizer's guess. */
  static final double CONFIDENCE = Columns.CONFIDENCE;

  private static final String WHY = "a NACHA record's field at its fixed position";

  private static final int RECORD = 94;

  private static final PhiType[] TYPES = PhiType.values();

  private static final String[] MONTHS = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"
  };

  private int[] bookkeeping = new int[32];
  private int ranges;
  private int[] values = new int[48];
  private int valueCount;

  void scan(Text s, Candidates out) {
    int n = s.length();
    ranges = 0;
    valueCount = 0;
    for (int a = 0; a < n; ) {
      int e = a;
      while (e < n && s.charAt(e) != '\n') {
        e++;
      }
      int end = e > a && s.charAt(e - 1) == '\r' ? e - 1 : e;
      if (end - a == RECORD || (end - a >= 40 && end - a < RECORD && s.charAt(a) == '1')) {
        record(s, a, end);
      }
      a = e + 1;
    }
    if (ranges > 0) {
      out.dropWithin(bookkeeping, ranges);
    }
    for (int i = 0; i < valueCount; i++) {
      int a = values[3 * i];
      int e = values[3 * i + 1];
      out.add(TYPES[values[3 * i + 2]], a, e, CONFIDENCE, "nacha.field", WHY);
    }
  }

  private void record(Text s, int a, int end) {
    switch (s.charAt(a)) {
      case '1' -> fileHeader(s, a, end);
      case '5' -> batchHeader(s, a);
      case '6' -> entry(s, a);
      case '7' -> addenda(s, a);
      case '8' -> {
        if (digits(s, a + 1, a + 54)) {
          keep(a, a + RECORD); // batch control: counts, hashes, totals
        }
      }
      case '9' -> {
        if (digits(s, a + 1, a + 55)) {
          keep(a, a + RECORD); // file control, or the nines that pad a block
        }
      }
      default -> {}
    }
  }

  /** "101 0331802721841736250260304 1022A094101FIRST KEYSTONE BANK ...": the creation date. */
  private void fileHeader(Text s, int a, int end) {
    if (s.charAt(a + 1) != '0'
        || s.charAt(a + 2) != '1'
        || !digits(s, a + 4, a + 13)
        || !digits(s, a + 23, a + 33)) {
      return;
    }
    keep(a, a + 23);
    date(s, a + 23);
    keep(a + 29, end);
  }

  /** Record 5: the company's own fields, then the descriptive and effective entry dates. */
  private void batchHeader(Text s, int a) {
    if (!digits(s, a + 1, a + 4)
        || !letters(s, a + 50, a + 53)
        || !digits(s, a + 69, a + 75)
        || !digits(s, a + 87, a + 94)) {
      return;
    }
    keep(a, a + 63);
    if (!date(s, a + 63) && monthDay(s, a + 63)) {
      value(PhiType.DATE, a + 63, a + 69);
    }
    date(s, a + 69);
    keep(a + 75, a + RECORD);
  }

  /**
   * Record 6: routing number and account, amount, the individual's id and name, trace number.
   * "622067104538 2209184471 0000084523EMP20417 OKAFOR NGOZI 0033180270000001".
   */
  private void entry(Text s, int a) {
    if (!digits(s, a + 1, a + 12)
        || !digits(s, a + 29, a + 39)
        || !(s.charAt(a + 78) == '0' || s.charAt(a + 78) == '1')
        || !digits(s, a + 79, a + RECORD)) {
      return;
    }
    value(PhiType.ACCOUNT, a + 3, a + 12);
    field(s, PhiType.ACCOUNT, a + 12, a + 29);
    keep(a + 29, a + 39);
    if (!zeros(s, a + 39, a + 54)) {
      field(s, PhiType.ID, a + 39, a + 54);
    }
    field(s, PhiType.NAME, a + 54, a + 76);
    keep(a + 76, a + RECORD);
  }

  /**
   * Record 7: 05 is free text read as prose; 98 (a notification of change) gives the bank and the
   * corrected account; 99 (a return) the bank and, for a death, its date.
   */
  private void addenda(Text s, int a) {
    char k = s.charAt(a + 1);
    char j = s.charAt(a + 2);
    if (k == '0' && j == '5' && digits(s, a + 83, a + RECORD)) {
      keep(a + 83, a + RECORD);
    } else if (k == '9'
        && (j == '8' || j == '9')
        && digits(s, a + 6, a + 21)
        && digits(s, a + 27, a + 35)
        && digits(s, a + 79, a + RECORD)) {
      keep(a, a + 21);
      if (j == '9') {
        date(s, a + 21); // date of death, when the return is R14 or R15
      }
      value(PhiType.ACCOUNT, a + 27, a + 35);
      if (j == '8') {
        field(s, PhiType.ACCOUNT, a + 35, a + 64);
      }
      keep(a + 79, a + RECORD);
    }
  }

  /** Each space-separated part of a fixed-width field, trimmed, as a value of {@code type}. */
  private void field(Text s, PhiType type, int a, int e) {
    while (e > a && s.charAt(e - 1) == ' ') {
      e--;
    }
    while (a < e && s.charAt(a) == ' ') {
      a++;
    }
    if (e <= a) {
      return;
    }
    if (type == PhiType.NAME) {
      value(type, a, e);
      return;
    }
    for (int i = a; i <= e; i++) { // "031192741   4471 9920": the parts; one space joins them
      if (i == e || (s.charAt(i) == ' ' && i + 1 < e && s.charAt(i + 1) == ' ')) {
        value(type, a, i);
        while (i < e && s.charAt(i) == ' ') {
          i++;
        }
        a = i;
      }
    }
  }

  /** A YYMMDD date at {@code a}, when its month and day are valid. */
  private boolean date(Text s, int a) {
    if (!digits(s, a, a + 6)) {
      return false;
    }
    int month = 10 * (s.charAt(a + 2) - '0') + s.charAt(a + 3) - '0';
    int day = 10 * (s.charAt(a + 4) - '0') + s.charAt(a + 5) - '0';
    if (month < 1 || month > 12 || day < 1 || day > 31) {
      return false;
    }
    value(PhiType.DATE, a, a + 6);
    return true;
  }

  /** "MAR 06": a batch's descriptive date written as a month and a day. */
  private static boolean monthDay(Text s, int a) {
    for (String m : MONTHS) {
      if (s.regionIs(a, a + 3, m)) {
        char c = s.charAt(a + 3);
        return (c == ' ' || c == '-')
            && digits(s, a + 4, a + 6)
            && s.charAt(a + 4) <= '3'
            && !(s.charAt(a + 4) == '0' && s.charAt(a + 5) == '0');
      }
    }
    return false;
  }

  private void value(PhiType type, int a, int e) {
    if ((valueCount + 1) * 3 > values.length) {
      values = java.util.Arrays.copyOf(values, values.length * 2);
    }
    values[3 * valueCount] = a;
    values[3 * valueCount + 1] = e;
    values[3 * valueCount + 2] = type.ordinal();
    valueCount++;
  }

  private void keep(int a, int e) {
    if (ranges > 0 && bookkeeping[2 * ranges - 1] >= a) {
      bookkeeping[2 * ranges - 1] = Math.max(e, bookkeeping[2 * ranges - 1]);
      return;
    }
    if ((ranges + 1) * 2 > bookkeeping.length) {
      bookkeeping = java.util.Arrays.copyOf(bookkeeping, bookkeeping.length * 2);
    }
    bookkeeping[2 * ranges] = a;
    bookkeeping[2 * ranges + 1] = e;
    ranges++;
  }

  private static boolean digits(Text s, int a, int e) {
    for (int i = a; i < e; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static boolean zeros(Text s, int a, int e) {
    for (int i = a; i < e; i++) {
      char c = s.charAt(i);
      if (c != '0' && c != ' ') {
        return false;
      }
    }
    return true;
  }

  private static boolean letters(Text s, int a, int e) {
    for (int i = a; i < e; i++) {
      char c = s.charAt(i);
      if (c < 'A' || c > 'Z') {
        return false;
      }
    }
    return true;
  }
}
