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

  private static final String RECOGNIZER = "nacha.field";

  private static final String WHY = "a NACHA record's field at its fixed position";

  private static final int RECORD = 94;

  private static final String[] MONTHS = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"
  };

  /** The entry layout of the batch being read: 'C' for CIE, 'X' for CTX, 'I' for IAT, else 0. */
  private char sec;

  private final FixedFields found = new FixedFields();

  void scan(Text s, Candidates out) {
    int n = s.length();
    found.reset();
    sec = 0;
    for (int a = 0; a < n; ) {
      int e = a;
      while (e < n && s.charAt(e) != '\n' && s.charAt(e) != '\r') {
        e++;
      }
      line(s, a, e);
      a = e + 1;
    }
    found.propose(out, CONFIDENCE, RECOGNIZER, WHY);
  }

  /**
   * A line that holds a record, or several run together: what a mail quote ("> "), an indent, a
   * line number ("0003: "), quotes or a byte-order mark put before it and blanks, a quote or a
   * comma after it are cut off; a record one or two characters short or long of its 94 is still
   * read, its trace number counted from its end.
   */
  private void line(Text s, int a, int e) {
    while (a < e && LEAD.indexOf(s.charAt(a)) >= 0) {
      a++;
    }
    int d = a;
    while (d < e && d - a < 6 && s.charAt(d) >= '0' && s.charAt(d) <= '9') {
      d++;
    }
    if (d > a && d < e && (s.charAt(d) == ':' || s.charAt(d) == ')') && e - d > 90) {
      a = d + 1; // "0003: 622..."
      while (a < e && s.charAt(a) == ' ') {
        a++;
      }
    }
    if (e - a >= 2 * RECORD && (e - a) % RECORD == 0) {
      for (int r = a; r < e; r += RECORD) { // a blocked file, its records run together
        record(s, r, r + RECORD);
      }
      return;
    }
    while (e > a && TRAIL.indexOf(s.charAt(e - 1)) >= 0) {
      e--;
    }
    int len = e - a;
    if (len >= RECORD - 2 && len <= RECORD + 2) {
      record(s, a, e);
    } else if (len >= 40 && len < RECORD && s.charAt(a) == '1') {
      record(s, a, e); // a file header with its blanks trimmed
    }
  }

  /**
   * What may stand before a record on its line: blanks, a quote mark, quotes, a byte-order mark.
   */
  private static final String LEAD = " \t>\"'\uFEFF";

  private static final String TRAIL = " \t\",;'";

  private void record(Text s, int a, int end) {
    switch (s.charAt(a)) {
      case '1' -> fileHeader(s, a, end);
      case '5' -> batchHeader(s, a, end);
      case '6' -> entry(s, a, end);
      case '7' -> addenda(s, a, end);
      case '8' -> {
        if (digits(s, a + 1, a + 54)) {
          found.own(a, end); // batch control: counts, hashes, totals
        }
      }
      case '9' -> {
        if (digits(s, a + 1, a + 55)) {
          found.own(a, end); // file control, or the nines that pad a block
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
    found.own(a, a + 23);
    date(s, a + 23);
    found.own(a + 29, end);
  }

  /**
   * Record 5: the company's own fields, then the descriptive and effective entry dates; its
   * standard entry class says how the entries under it are laid out.
   */
  private void batchHeader(Text s, int a, int end) {
    if (!digits(s, a + 1, a + 4)
        || !letters(s, a + 50, a + 53)
        || !digits(s, a + 69, a + 75)
        || !digits(s, end - 7, end)) {
      return;
    }
    sec = s.regionIs(a + 50, a + 53, "cie") ? 'C' : s.regionIs(a + 50, a + 53, "ctx") ? 'X' : 0;
    sec = s.regionIs(a + 50, a + 53, "iat") ? 'I' : sec;
    found.own(a, a + 63);
    if (!date(s, a + 63) && monthDay(s, a + 63)) {
      found.value(PhiType.DATE, a + 63, a + 69);
    }
    date(s, a + 69);
    found.own(a + 75, end);
  }

  /**
   * Record 6: routing number and account, amount, the individual's id and name, trace number.
   * "622067104538 2209184471 0000084523EMP20417 OKAFOR NGOZI 0033180270000001". A CIE batch puts
   * the name before the id, a CTX batch a count of addenda before the receiver's name, an IAT batch
   * the foreign account where the id and name are.
   */
  private void entry(Text s, int a, int end) {
    if (!digits(s, a + 1, a + 12)
        || zeros(s, a + 3, a + 12)
        || !digits(s, a + 29, a + 39)
        || !(s.charAt(end - 16) == '0' || s.charAt(end - 16) == '1')
        || !digits(s, end - 15, end)) {
      return;
    }
    int tail = Math.min(a + 76, end - 18);
    found.value(PhiType.ACCOUNT, a + 3, a + 12);
    if (sec == 'I') {
      found.own(a + 12, a + 39);
      field(s, PhiType.ACCOUNT, a + 39, tail);
      found.own(tail, end);
      return;
    }
    field(s, PhiType.ACCOUNT, a + 12, a + 29);
    found.own(a + 29, a + 39);
    if (sec == 'C') {
      field(s, PhiType.NAME, a + 39, a + 54);
      field(s, PhiType.ID, a + 54, tail);
    } else {
      if (!zeros(s, a + 39, a + 54)) {
        field(s, PhiType.ID, a + 39, a + 54);
      }
      if (sec == 'X') {
        found.own(a + 54, a + 58);
        field(s, PhiType.NAME, a + 58, tail);
      } else {
        field(s, PhiType.NAME, a + 54, tail);
      }
    }
    found.own(tail, end);
  }

  /**
   * Record 7: 05 is free text read as prose; 98 (a notification of change) gives the bank and the
   * corrected account, name (C04) or id (C09); 99 (a return) the bank and, for a death, its date;
   * an IAT batch's 10 the receiver's name, 15 the receiver's id and street, 16 the town and ZIP.
   */
  private void addenda(Text s, int a, int end) {
    char k = s.charAt(a + 1);
    char j = s.charAt(a + 2);
    if (k == '0' && j == '5' && digits(s, end - 11, end)) {
      found.own(end - 11, end);
    } else if (k == '9'
        && (j == '8' || j == '9')
        && digits(s, a + 6, a + 21)
        && digits(s, a + 27, a + 35)
        && digits(s, end - 15, end)) {
      found.own(a, a + 21);
      if (j == '9') {
        date(s, a + 21); // date of death, when the return is R14 or R15
      }
      found.value(PhiType.ACCOUNT, a + 27, a + 35);
      if (j == '8') {
        boolean name = s.regionIs(a + 3, a + 6, "c04");
        boolean id = s.regionIs(a + 3, a + 6, "c09");
        if (!s.regionIs(a + 3, a + 6, "c05")) { // C05 corrects a transaction code
          field(s, name ? PhiType.NAME : id ? PhiType.ID : PhiType.ACCOUNT, a + 35, a + 64);
        }
      }
      found.own(end - 15, end);
    } else if (k == '1' && sec == 'I' && digits(s, end - 7, end)) {
      if (j == '0') {
        found.own(a, a + 46);
        field(s, PhiType.NAME, a + 46, a + 81);
      } else if (j == '5') {
        field(s, PhiType.ID, a + 3, a + 18);
        field(s, PhiType.ADDRESS, a + 18, a + 53);
      } else if (j == '6') {
        starred(s, PhiType.CITY, a + 3, a + 38, true);
        starred(s, PhiType.ZIP, a + 38, a + 73, false);
      }
      found.own(end - 7, end);
    }
  }

  /** "SPRINGFIELD*IL\\", "US*62704\\": the part before the star, or after it. */
  private void starred(Text s, PhiType type, int a, int e, boolean before) {
    for (int i = a; i < e; i++) {
      if (s.charAt(i) == '*') {
        int to = i + 1;
        while (to < e && s.charAt(to) != '\\' && s.charAt(to) != ' ') {
          to++;
        }
        if (before) {
          field(s, type, a, i);
        } else {
          field(s, type, i + 1, to);
        }
        return;
      }
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
      found.value(type, a, e);
      return;
    }
    for (int i = a; i <= e; i++) { // "031192741   4471 9920": the parts; one space joins them
      if (i == e || (s.charAt(i) == ' ' && i + 1 < e && s.charAt(i + 1) == ' ')) {
        found.value(type, a, i);
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
    found.value(PhiType.DATE, a, a + 6);
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
