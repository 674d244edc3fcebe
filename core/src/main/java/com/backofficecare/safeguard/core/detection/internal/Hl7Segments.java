package com.backofficecare.safeguard.core.detection.internal;

import com.backofficecare.safeguard.core.PhiType;
import org.jspecify.annotations.Nullable;

/**
 * Admissions, orders and results pasted as HL7 version 2 messages ({@code
 * PID|1||4471920^^^STM^MR||OKAFOR^JOY^A||19440312|F|||12 OAK ST^^DAYTON^OH^45402}): each field's
 * meaning is fixed by its segment and position, and its components by the field's data type (person
 * name, address, phone, identifier with its type code), which no recognizer reads from the bare
 * values. A segment starts a line (after the quote marks of an e-mail reply), a JSON string, or
 * follows a carriage return written as {@code \r}; it names itself in three capitals or digits
 * before the field separator that MSH declares (a bar when the text has no MSH). One pass over the
 * text; segments this reader does not know are passed over, and free-text fields (OBX-5, NTE) keep
 * every other recognizer's findings.
 */
final class Hl7Segments extends SegmentReader {

  /** The standard's positions outrank a recognizer's guess. */
  static final double CONFIDENCE = 0.95;

  private static final String WHY = "HL7 segment and field";
  private static final String RECOGNIZER = "hl7.field";
  private static final int MAX_FIELDS = 64;

  /**
   * Without MSH, a text needs this many segments, or one of more fields than {@link #MIN_FIELDS}; a
   * short one only mentions a segment ("PID|3 holds the MRN").
   */
  private static final int MIN_SEGMENTS = 2;

  private static final int MIN_FIELDS = 5;

  private static final String[] SEGMENTS =
      ("msh evn pid pd1 nk1 pv1 pv2 in1 in2 in3 gt1 orc obr obx nte dg1 al1 pr1 mrg txa sch aip"
              + " ail ais rgs rol prd pra ft1 rxo rxe rxa rxr spm tq1 sft acc ub2 iam")
          .split(" ");

  /** Fields that hold codes, code tables' texts, locations or systems: no one's identifiers. */
  private static final String[] CODE_FIELDS = {
    "evn 1", "pid 8", "pid 10", "pid 15", "pid 16", "pid 17", "pid 22", "pid 24", "pid 26",
    "pid 27", "pid 28", "pid 35", "pv1 2", "pv1 3", "pv1 4", "pv1 6", "pv1 10", "pv1 14", "pv1 18",
    "pv1 36", "pv1 39", "pv1 41", "nk1 3", "nk1 7", "in1 2", "in1 3", "in1 4", "in1 15", "in1 17",
    "orc 1", "orc 5", "obr 4", "obr 24", "obr 25", "obx 2", "obx 3", "obx 6", "obx 7", "obx 8",
    "obx 11", "dg1 2", "dg1 3", "dg1 6", "al1 2", "al1 3", "al1 4", "pr1 3", "rxe 2", "rxo 1",
    "rxa 5", "rxr 1", "txa 2", "spm 4"
  };

  /** Whether the text holds an MSH: its segments may then be run together with spaces. */
  private boolean declared;

  private char field = '|';
  private char component = '^';
  private char repetition = '~';
  private char subcomponent = '&';

  private final int[] fieldStart = new int[MAX_FIELDS + 1];
  private final int[] fieldEnd = new int[MAX_FIELDS + 1];
  private int fields;

  /** The repetition {@link #component} found last: its field, index and start. */
  private int repetitionField = -1;

  private int repetitionIndex;
  private int repetitionStart;

  /** The component found last by {@link #component}. */
  private int from;

  private int to;

  /**
   * Proposes the identifiers in every HL7 segment of {@code s}, and drops what others proposed
   * inside segment names, short codes and coded fields.
   */
  void scan(Text s, Candidates out) {
    int n = s.length();
    if (!separators(s)) {
      return;
    }
    startText();
    boolean header = false;
    for (int i = 0; i < n; i++) {
      int a = segmentStart(s, i);
      if (a >= 0) {
        int end = segment(s, a);
        if (end > a && known(s)) {
          header |= s.regionIs(fieldStart[0], fieldEnd[0], "msh") || fields > MIN_FIELDS;
          found(a);
          i = end - 1;
        }
      }
    }
    if (header || segmentCount() >= MIN_SEGMENTS) {
      readAll(s, out, true);
    }
  }

  /**
   * Reads the separators MSH declares ({@code MSH|^~\&}), or takes the standard's; false when the
   * text holds no field separator at all.
   */
  private boolean separators(Text s) {
    field = '|';
    component = '^';
    repetition = '~';
    subcomponent = '&';
    declared = false;
    int n = s.length();
    for (int i = 0; i + 8 <= n; i++) {
      if (s.regionIs(i, i + 3, "msh")
          && !Text.isAsciiAlnum(s.charAt(i + 3))
          && s.charAt(i + 3) > ' ') {
        field = s.charAt(i + 3);
        component = s.charAt(i + 4);
        repetition = s.charAt(i + 5);
        subcomponent =
            s.charAt(i + 7) == '\\' ? s.charAt(i + 8 < n ? i + 8 : i + 7) : s.charAt(i + 7);
        if (!distinct()) {
          field = '|';
          component = '^';
          repetition = '~';
          subcomponent = '&';
        }
        declared = true;
        return true;
      }
    }
    for (int i = 0; i < n; i++) {
      if (s.charAt(i) == '|') {
        return true;
      }
    }
    return false;
  }

  private boolean distinct() {
    char[] c = {field, component, repetition, subcomponent};
    for (int i = 0; i < c.length; i++) {
      if (Text.isAsciiAlnum(c[i]) || c[i] <= ' ') {
        return false;
      }
      for (int j = 0; j < i; j++) {
        if (c[i] == c[j]) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Where a segment may start at {@code i}: at a line's start past spaces and quote marks, after a
   * JSON string's quote, or after a carriage return written as {@code \r} or {@code \n}; else -1.
   */
  private int segmentStart(Text s, int i) {
    boolean boundary =
        i == 0
            || s.charAt(i - 1) == '\n'
            || s.charAt(i - 1) == '\r'
            || s.charAt(i - 1) == '"'
            || (i >= 2
                && s.charAt(i - 2) == '\\'
                && (s.charAt(i - 1) == 'r' || s.charAt(i - 1) == 'n'))
            || joinedBySpace(s, i);
    if (!boundary) {
      return -1;
    }
    int n = s.length();
    int a = i;
    while (a < n && (s.charAt(a) == ' ' || s.charAt(a) == '\t' || s.charAt(a) == '>')) {
      a++;
    }
    return a;
  }

  /**
   * Whether a known segment starts at {@code i} after a space, in a message whose MSH is there: a
   * log that wrote each carriage return as a space ("...|2.5 PID|1||...").
   */
  private boolean joinedBySpace(Text s, int i) {
    return declared
        && i >= 1
        && s.charAt(i - 1) == ' '
        && nameAt(s, i)
        && s.regionIsAny(i, i + 3, SEGMENTS);
  }

  /** Whether {@code c} ends a segment at {@code i}: a line's end, a quote, or a written CR. */
  private boolean ends(Text s, int i) {
    char c = s.charAt(i);
    if (c == '\n' || c == '\r' || c == '"' || (c == ' ' && joinedBySpace(s, i + 1))) {
      return true;
    }
    return c == '\\'
        && i + 5 < s.length()
        && (s.charAt(i + 1) == 'r' || s.charAt(i + 1) == 'n')
        && nameAt(s, i + 2);
  }

  /** Whether a segment's name and the field separator stand at {@code a}. */
  private boolean nameAt(Text s, int a) {
    return a + 3 < s.length()
        && Text.isAsciiAlnum(s.charAt(a))
        && Text.isAsciiAlnum(s.charAt(a + 1))
        && Text.isAsciiAlnum(s.charAt(a + 2))
        && s.charAt(a + 3) == field
        && s.oneCase(a, a + 3);
  }

  /**
   * Splits the segment at {@code a} into its fields (field 0 is its name; in MSH field 1 is the
   * separator itself, as the standard counts), or returns {@code a} when none starts there;
   * otherwise returns where it ends.
   */
  @Override
  int segment(Text s, int a) {
    if (!nameAt(s, a)) {
      return a;
    }
    int n = s.length();
    boolean header = s.regionIs(a, a + 3, "msh");
    fieldStart[0] = a;
    fieldEnd[0] = a + 3;
    fields = 1;
    if (header) {
      fieldStart[1] = a + 3;
      fieldEnd[1] = a + 4;
      fields = 2;
    }
    repetitionField = -1;
    int start = a + 4;
    for (int i = start; i <= n; i++) {
      boolean end = i == n || ends(s, i);
      if (end || s.charAt(i) == field) {
        if (fields < MAX_FIELDS) {
          fieldStart[fields] = start;
          fieldEnd[fields] = i;
          fields++;
        }
        start = i + 1;
        if (end) {
          return i;
        }
      }
    }
    return n;
  }

  private boolean known(Text s) {
    return s.regionIsAny(fieldStart[0], fieldEnd[0], SEGMENTS);
  }

  /**
   * Marks the segment's name, every field of MSH and the coded fields whole, and elsewhere every
   * component of three letters or digits at most (codes, flags, set ids).
   */
  @Override
  void codes(Text s) {
    keep(fieldStart[0], fieldEnd[0]);
    boolean header = s.regionIs(fieldStart[0], fieldEnd[0], "msh");
    for (int f = 1; f < fields; f++) {
      int a = fieldStart[f];
      int e = fieldEnd[f];
      if (header || codeField(s, f)) {
        keep(a, e);
        continue;
      }
      int c = a;
      for (int i = a; i <= e; i++) {
        if (i == e || isSeparator(s.charAt(i))) {
          if (i > c && i - c <= 3 && s.asciiAlnum(c, i)) {
            keep(c, i);
          }
          c = i + 1;
        }
      }
    }
  }

  private boolean codeField(Text s, int f) {
    for (String code : CODE_FIELDS) {
      int space = code.indexOf(' ');
      if (s.regionIs(fieldStart[0], fieldEnd[0], code.substring(0, space))
          && Integer.parseInt(code, space + 1, code.length(), 10) == f) {
        return true;
      }
    }
    return false;
  }

  private boolean isSeparator(char c) {
    return c == component || c == repetition || c == subcomponent;
  }

  @Override
  void read(Text s, Candidates out) {
    int a = fieldStart[0];
    int e = fieldEnd[0];
    if (s.regionIs(a, e, "msh")) {
      date(s, out, 7); // the time of the patient's admission, order or result this message reports
    } else if (s.regionIs(a, e, "pid")) {
      ids(s, out, 2, PhiType.ID);
      ids(s, out, 3, PhiType.MRN);
      ids(s, out, 4, PhiType.ID);
      name(s, out, 5);
      name(s, out, 6);
      date(s, out, 7);
      name(s, out, 9);
      address(s, out, 11);
      phone(s, out, 13);
      phone(s, out, 14);
      ids(s, out, 18, PhiType.ACCOUNT);
      value(s, out, 19, PhiType.SSN);
      value(s, out, 20, PhiType.LICENSE);
      ids(s, out, 21, PhiType.ID);
      place(s, out, 23);
      date(s, out, 29);
    } else if (s.regionIs(a, e, "nk1") || s.regionIs(a, e, "gt1")) {
      boolean guarantor = s.regionIs(a, e, "gt1");
      if (guarantor) {
        ids(s, out, 2, PhiType.ID);
      }
      name(s, out, guarantor ? 3 : 2);
      address(s, out, guarantor ? 5 : 4);
      phone(s, out, guarantor ? 6 : 5);
      phone(s, out, guarantor ? 7 : 6);
      date(s, out, guarantor ? 8 : 16);
      if (guarantor) {
        value(s, out, 12, PhiType.SSN);
      } else {
        name(s, out, 30);
        phone(s, out, 31);
        address(s, out, 32);
        ids(s, out, 33, PhiType.ID);
        value(s, out, 37, PhiType.SSN);
      }
    } else if (s.regionIs(a, e, "pv1")) {
      for (int f : DOCTORS) {
        person(s, out, f);
      }
      ids(s, out, 19, PhiType.ID);
      ids(s, out, 50, PhiType.ID);
      date(s, out, 44);
      date(s, out, 45);
    } else if (s.regionIs(a, e, "in1")) {
      date(s, out, 12);
      date(s, out, 13);
      name(s, out, 16);
      date(s, out, 18);
      address(s, out, 19);
      value(s, out, 36, PhiType.HEALTH_PLAN_ID);
      ids(s, out, 49, PhiType.HEALTH_PLAN_ID);
    } else if (s.regionIs(a, e, "in2")) {
      value(s, out, 2, PhiType.SSN);
      value(s, out, 6, PhiType.HEALTH_PLAN_ID);
      value(s, out, 8, PhiType.HEALTH_PLAN_ID);
    } else if (s.regionIs(a, e, "orc")) {
      ids(s, out, 2, PhiType.ID); // the placer's and filler's numbers of this patient's order
      ids(s, out, 3, PhiType.ID);
      date(s, out, 9);
      person(s, out, 10);
      person(s, out, 11);
      person(s, out, 12);
    } else if (s.regionIs(a, e, "obr")) {
      ids(s, out, 2, PhiType.ID);
      ids(s, out, 3, PhiType.ID);
      date(s, out, 7);
      date(s, out, 8);
      person(s, out, 16);
      date(s, out, 22);
      person(s, out, 28);
      person(s, out, 32);
    } else if (s.regionIs(a, e, "obx")) {
      date(s, out, 14);
      person(s, out, 16);
    } else if (s.regionIs(a, e, "dg1")) {
      date(s, out, 5);
      person(s, out, 16);
    } else if (s.regionIs(a, e, "al1")) {
      date(s, out, 6);
    } else if (s.regionIs(a, e, "evn")) {
      date(s, out, 2);
      person(s, out, 5);
      date(s, out, 6);
    } else if (s.regionIs(a, e, "mrg")) {
      ids(s, out, 1, PhiType.MRN);
      ids(s, out, 3, PhiType.ACCOUNT);
      name(s, out, 7);
    } else if (s.regionIs(a, e, "pd1") || s.regionIs(a, e, "rol")) {
      person(s, out, 4);
    } else if (s.regionIs(a, e, "aip") || s.regionIs(a, e, "pr1")) {
      person(s, out, s.regionIs(a, e, "aip") ? 3 : 8);
    } else if (s.regionIs(a, e, "txa")) {
      date(s, out, 4);
      person(s, out, 5);
      person(s, out, 9);
      person(s, out, 22);
    } else if (s.regionIs(a, e, "prd")) {
      name(s, out, 2);
      address(s, out, 3);
      phone(s, out, 5);
    }
  }

  /** PV1's attending, referring, consulting, admitting and other healthcare providers. */
  private static final int[] DOCTORS = {7, 8, 9, 17, 52};

  /**
   * XPN: family name (its first sub-component), given name and middle name or initial, one span
   * from the first to the last written ({@code NGATA^RUTH^A}), as "Last, First" is one name.
   */
  private void name(Text s, Candidates out, int f) {
    for (int r = 0, n = repetitions(s, f); r < n; r++) {
      nameParts(s, out, f, r, 1);
    }
  }

  /**
   * XCN: the person's id (an NPI when it has the check digit), then the name as in XPN; a sender
   * who leaves the id out and starts with the family name ({@code MAPLE^ROSA^^^^RN}) is read so.
   */
  private void person(Text s, Candidates out, int f) {
    for (int r = 0, n = repetitions(s, f); r < n; r++) {
      boolean id = component(s, f, r, 1) && digitCount(s, from, to) > 0;
      if (id && idLike(s, from, to)) {
        boolean npi =
            to - from == 10 && s.allDigits(from, to) && Checks.npi(s.subSequence(from, to));
        out.add(npi ? PhiType.LICENSE : PhiType.ID, from, to, CONFIDENCE, RECOGNIZER, WHY);
      }
      nameParts(s, out, f, r, id || !component(s, f, r, 1) ? 2 : 1);
    }
  }

  /** Components {@code first} to {@code first + 2} of a name, as one span when all are names. */
  private void nameParts(Text s, Candidates out, int f, int r, int first) {
    int a = -1;
    int e = -1;
    for (int c = first; c < first + 3; c++) {
      if (component(s, f, r, c)) {
        firstSubcomponent(s);
        if (!letters(s, from, to)) {
          return; // a code or a sentence where a name would be: not a name
        }
        a = a < 0 ? from : a;
        e = to;
      }
    }
    if (a >= 0) {
      out.add(PhiType.NAME, a, e, CONFIDENCE, RECOGNIZER, WHY);
    }
  }

  /** XAD: street and unit (one span, as an address is written), city, ZIP and county. */
  private void address(Text s, Candidates out, int f) {
    for (int r = 0, n = repetitions(s, f); r < n; r++) {
      int a = component(s, f, r, 1) ? from : -1;
      int e = a >= 0 ? to : -1;
      if (component(s, f, r, 2)) {
        a = a < 0 ? from : a;
        e = to;
      }
      if (a >= 0) {
        out.add(PhiType.ADDRESS, a, e, CONFIDENCE, RECOGNIZER, WHY);
      }
      if (component(s, f, r, 3) && letters(s, from, to)) {
        out.add(PhiType.CITY, from, to, CONFIDENCE, RECOGNIZER, WHY);
      }
      if (component(s, f, r, 5) && zip(s, from, to)) {
        out.add(PhiType.ZIP, from, to, CONFIDENCE, RECOGNIZER, WHY);
      }
      if (component(s, f, r, 9) && letters(s, from, to) && to - from > 3) {
        out.add(PhiType.CITY, from, to, CONFIDENCE, RECOGNIZER, WHY);
      }
    }
  }

  /** A birth place: a city, perhaps with its state after a comma. */
  private void place(Text s, Candidates out, int f) {
    if (component(s, f, 0, 1)) {
      int comma = from;
      while (comma < to && s.charAt(comma) != ',') {
        comma++;
      }
      if (letters(s, from, comma)) {
        out.add(PhiType.CITY, from, comma, CONFIDENCE, RECOGNIZER, WHY);
      }
    }
  }

  /** XTN: a formatted number, an e-mail address, or the area code and local number apart. */
  private void phone(Text s, Candidates out, int f) {
    for (int r = 0, n = repetitions(s, f); r < n; r++) {
      if (component(s, f, r, 1) && digitCount(s, from, to) >= 7) {
        out.add(PhiType.PHONE, from, to, CONFIDENCE, RECOGNIZER, WHY);
      }
      if (component(s, f, r, 4) && contains(s, from, to, '@')) {
        out.add(PhiType.EMAIL, from, to, CONFIDENCE, RECOGNIZER, WHY);
      }
      for (int c = 6; c <= 7; c++) {
        if (component(s, f, r, c) && digitCount(s, from, to) >= 3) {
          out.add(PhiType.PHONE, from, to, CONFIDENCE, RECOGNIZER, WHY);
        }
      }
    }
  }

  /**
   * CX: each repetition's id, typed by its identifier type code (SS, MR, MA, MC, AN, DL, NPI) or
   * else by the field.
   */
  private void ids(Text s, Candidates out, int f, PhiType byField) {
    for (int r = 0, n = repetitions(s, f); r < n; r++) {
      PhiType type = byField;
      if (component(s, f, r, 5)) {
        PhiType coded = typeCode(s, from, to);
        type = coded == null ? byField : coded;
      }
      if (component(s, f, r, 1) && idLike(s, from, to)) {
        out.add(type, from, to, CONFIDENCE, RECOGNIZER, WHY);
      }
    }
  }

  private static @Nullable PhiType typeCode(Text s, int a, int e) {
    if (s.regionIs(a, e, "ss")) {
      return PhiType.SSN;
    } else if (s.regionIsAny(a, e, RECORD_NUMBERS)) {
      return PhiType.MRN;
    } else if (s.regionIsAny(a, e, PLAN_NUMBERS)) {
      return PhiType.HEALTH_PLAN_ID;
    } else if (s.regionIsAny(a, e, ACCOUNT_NUMBERS)) {
      return PhiType.ACCOUNT;
    } else if (s.regionIsAny(a, e, LICENSES)) {
      return PhiType.LICENSE;
    }
    return null;
  }

  private static final String[] RECORD_NUMBERS = {"mr", "mrn", "pi", "pt"};
  private static final String[] PLAN_NUMBERS = {"ma", "mc", "mcd", "mcr", "mb", "hc", "mi", "sn"};
  private static final String[] ACCOUNT_NUMBERS = {"an", "ani", "bank"};
  private static final String[] LICENSES = {"dl", "npi", "dea", "ln"};

  /** The field's first component as one value of {@code type}. */
  private void value(Text s, Candidates out, int f, PhiType type) {
    if (component(s, f, 0, 1) && idLike(s, from, to)) {
      out.add(type, from, to, CONFIDENCE, RECOGNIZER, WHY);
    }
  }

  /** A date or date and time: YYYYMMDD, then hours, minutes, seconds, a zone. */
  private void date(Text s, Candidates out, int f) {
    if (!component(s, f, 0, 1)) {
      return;
    }
    int e = from;
    while (e < to && s.charAt(e) >= '0' && s.charAt(e) <= '9') {
      e++;
    }
    if (e - from >= 8 && e - from <= 14 && (e - from) % 2 == 0) {
      out.add(PhiType.DATE, from, e, CONFIDENCE, RECOGNIZER, WHY);
    }
  }

  private int repetitions(Text s, int f) {
    if (f >= fields) {
      return 0;
    }
    int r = 1;
    for (int i = fieldStart[f]; i < fieldEnd[f]; i++) {
      r += s.charAt(i) == repetition ? 1 : 0;
    }
    return r;
  }

  /**
   * Finds component {@code c} (from 1) of repetition {@code r} of field {@code f} into {@link
   * #from} and {@link #to}; false when it is absent or empty.
   */
  private boolean component(Text s, int f, int r, int c) {
    if (f >= fields) {
      return false;
    }
    if (f != repetitionField || r < repetitionIndex) {
      repetitionField = f;
      repetitionIndex = 0;
      repetitionStart = fieldStart[f];
    }
    int e = fieldEnd[f];
    int i = repetitionStart;
    for (; repetitionIndex < r; i++) { // from the last repetition found: one pass over a field
      if (i >= e) {
        return false;
      }
      if (s.charAt(i) == repetition) {
        repetitionIndex++;
        repetitionStart = i + 1;
      }
    }
    int k = 1;
    int a = i;
    for (; i <= e; i++) {
      char ch = i < e ? s.charAt(i) : repetition;
      if (ch == component || ch == repetition) {
        if (k == c) {
          while (a < i && s.charAt(a) == ' ') {
            a++;
          }
          int b = i;
          while (b > a && s.charAt(b - 1) == ' ') {
            b--;
          }
          from = a;
          to = b;
          return b > a;
        }
        if (ch == repetition) {
          return false;
        }
        k++;
        a = i + 1;
      }
    }
    return false;
  }

  /** Narrows the component found last to its first sub-component ("DE LA CRUZ&DE LA"). */
  private void firstSubcomponent(Text s) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) == subcomponent) {
        to = i;
        return;
      }
    }
  }

  /** A name's part: letters, at most three words ("DE LA CRUZ"), not a sentence. */
  private static boolean letters(Text s, int a, int e) {
    if (e == a) {
      return false;
    }
    int spaces = 0;
    boolean letter = false;
    for (int i = a; i < e; i++) {
      char c = s.charAt(i);
      spaces += c == ' ' ? 1 : 0;
      letter |= Character.isLetter(c);
      if (!Character.isLetter(c) && " -'.".indexOf(c) < 0) {
        return false;
      }
    }
    return letter && spaces <= 2;
  }

  private static boolean zip(Text s, int a, int e) {
    int digits = digitCount(s, a, e);
    return (e - a == 5 && digits == 5)
        || (e - a == 9 && digits == 9)
        || (e - a == 10 && digits == 9 && s.charAt(a + 5) == '-');
  }

  private static int digitCount(Text s, int a, int e) {
    int d = 0;
    for (int i = a; i < e; i++) {
      d += s.charAt(i) >= '0' && s.charAt(i) <= '9' ? 1 : 0;
    }
    return d;
  }

  /** An id: three characters at least, one a digit (a set id "1" is no one's). */
  private static boolean idLike(Text s, int a, int e) {
    return e - a >= 3 && digitCount(s, a, e) > 0;
  }

  private static boolean contains(Text s, int a, int e, char c) {
    for (int i = a; i < e; i++) {
      if (s.charAt(i) == c) {
        return true;
      }
    }
    return false;
  }
}
