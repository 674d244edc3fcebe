package com.backofficecare.safeguard.core.detection.internal;

import com.backofficecare.safeguard.core.PhiType;

/**
 * Claims, remittances and eligibility checks pasted as raw X12 segments ({@code
 * NM1*IL*1*PHAM*DUC*V***MI*8801442917~}): each element's meaning is fixed by its segment and
 * position, which no recognizer reads from the bare values. A segment starts a line (after the
 * quote marks of an e-mail reply), follows a {@code ~} or a JSON string's quote, names itself in
 * two or three capitals or digits before {@code *}, and ends at {@code ~}, a quote or the line's
 * end. One pass over the text; segments this reader does not know are passed over.
 */
final class X12Segments extends SegmentReader {

  /** The standard's positions outrank a recognizer's guess. */
  static final double CONFIDENCE = 0.95;

  private static final int MAX_ELEMENTS = 32;
  private static final String WHY = "X12 segment and position";

  /** Segments of claims (837), remittances (835), status (276/277) and eligibility (270/271). */
  private static final String[] SEGMENTS =
      ("isa gs st se ge iea bht hl nm1 n1 n3 n4 dmg dtp dtm ref trn clm clp svc sv1 sv2 hi lx"
              + " cas amt per sbr ins eb eq bpr plb stc prv cl1 le ls qty pat k3 pwk cur ts3 ts2"
              + " mia moa lq pid")
          .split(" ");

  /** A text with fewer segments than this only mentions one ("NM1*85 holds the NPI"). */
  private static final int MIN_SEGMENTS = 3;

  private final int[] elementStart = new int[MAX_ELEMENTS + 1];
  private final int[] elementEnd = new int[MAX_ELEMENTS + 1];
  private int elements;

  /**
   * Proposes the identifiers in every X12 segment of {@code s}. In a text of several segments, what
   * others proposed inside a segment's name, its short codes and qualifiers, and its control
   * numbers is dropped: those are no one's identifiers. Other elements keep every finding, so free
   * text written into a segment is still read.
   */
  void scan(Text s, Candidates out) {
    int n = s.length();
    int i = 0;
    while (i < n && s.charAt(i) != '*') {
      i++;
    }
    if (i == n) {
      return; // no element separator: no segment
    }
    startText();
    i = 0;
    while (i < n) {
      i = segmentStart(s, i);
      int end = segment(s, i);
      if (end > i && known(s)) {
        found(i);
        i = end;
      } else {
        while (i < n && !terminator(s.charAt(i))) {
          i++;
        }
      }
      i++;
    }
    readAll(s, out, segmentCount() >= MIN_SEGMENTS);
  }

  /** Past the spaces, the quote marks of a quoted e-mail ("> ") and a JSON string's quote. */
  private static int segmentStart(Text s, int i) {
    int n = s.length();
    while (i < n && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '>')) {
      i++;
    }
    return i;
  }

  /** A segment ends at its terminator, a line's end or a JSON string's closing quote. */
  private static boolean terminator(char c) {
    return c == '~' || c == '\n' || c == '\r' || c == '"';
  }

  /** Marks the segment's name, short codes and control numbers, adjacent ones as one range. */
  @Override
  void codes(Text s) {
    int from = -1;
    int to = -1;
    for (int k = 0; k < elements; k++) {
      if (!code(s, k)) {
        continue;
      }
      if (from >= 0 && elementStart[k] == to + 1) {
        to = elementEnd[k]; // "Y*A*Y*Y": one range over the codes and their separators
      } else {
        if (from >= 0) {
          keep(from, to);
        }
        from = elementStart[k];
        to = elementEnd[k];
      }
    }
    if (from >= 0) {
      keep(from, to);
    }
  }

  /**
   * Whether element {@code k} is the segment's name, a code of three characters, or a control
   * number.
   */
  private boolean code(Text s, int k) {
    int a = elementStart[k];
    int e = elementEnd[k];
    if (k == 0 || (e - a >= 1 && e - a <= 3 && s.asciiAlnum(a, e))) {
      return true;
    }
    int name0 = elementStart[0];
    int name1 = elementEnd[0];
    return (k == 13 && s.regionIs(name0, name1, "isa"))
        || (k == 6 && s.regionIs(name0, name1, "gs"))
        || (k == 2 && s.regionIsAny(name0, name1, ENVELOPES))
        || (k >= 2 && s.regionIs(name0, name1, "trn"))
        || (k == 10 && s.regionIs(name0, name1, "bpr"))
        || (k == 2 && s.regionIs(name0, name1, "ref") && (is(s, 1, "ei") || is(s, 1, "6p")));
  }

  private static final String[] ENVELOPES = {"iea", "ge", "st", "se"};

  /** Whether the segment just split is one of the standard's, and not free text (NTE, MSG). */
  private boolean known(Text s) {
    return s.regionIsAny(elementStart[0], elementEnd[0], SEGMENTS);
  }

  /**
   * Splits the segment at {@code a} into its elements (element 0 is its name), or returns {@code a}
   * when none starts there; otherwise returns where it ends.
   */
  @Override
  int segment(Text s, int a) {
    int n = s.length();
    int i = a;
    while (i < n && i - a < 3 && Text.isAsciiAlnum(s.charAt(i))) {
      i++;
    }
    if (i - a < 2 || i >= n || s.charAt(i) != '*' || !s.oneCase(a, i)) {
      return a;
    }
    elements = 0;
    int start = a;
    for (; i <= n; i++) {
      char c = i < n ? s.charAt(i) : '~';
      if (c == '*' || terminator(c)) {
        if (elements < MAX_ELEMENTS) {
          int from = start;
          int to = i;
          while (from < to && s.charAt(from) == ' ') {
            from++; // ISA pads its elements; a pasted line may end in spaces
          }
          while (to > from && (s.charAt(to - 1) == ' ' || s.charAt(to - 1) == '\t')) {
            to--;
          }
          elementStart[elements] = from;
          elementEnd[elements] = to;
          elements++;
        }
        start = i + 1;
        if (c != '*') {
          return i;
        }
      }
    }
    return n;
  }

  @Override
  void read(Text s, Candidates out) {
    int a = elementStart[0];
    int e = elementEnd[0];
    if (s.regionIs(a, e, "nm1")) {
      name(s, out);
    } else if (s.regionIs(a, e, "n3")) {
      propose(out, 1, PhiType.ADDRESS);
      propose(out, 2, PhiType.ADDRESS);
    } else if (s.regionIs(a, e, "n4")) {
      propose(out, 1, PhiType.CITY);
      if (digits(s, 3) == 5 || digits(s, 3) == 9) {
        propose(out, 3, PhiType.ZIP);
      }
    } else if (s.regionIs(a, e, "dmg")) {
      date(s, out, 2);
    } else if (s.regionIs(a, e, "dtp")) {
      date(s, out, 3);
    } else if (s.regionIs(a, e, "dtm")) {
      date(s, out, 2);
    } else if (s.regionIs(a, e, "bht") || s.regionIs(a, e, "gs")) {
      date(s, out, 4);
    } else if (s.regionIs(a, e, "isa") && digits(s, 9) == 6) {
      propose(out, 9, PhiType.DATE);
    } else if (s.regionIs(a, e, "clm")) {
      propose(out, 1, PhiType.ACCOUNT);
    } else if (s.regionIs(a, e, "clp")) {
      propose(out, 1, PhiType.ACCOUNT);
      propose(out, 7, PhiType.ID);
    } else if (s.regionIs(a, e, "ref")) {
      reference(s, out);
    } else if (s.regionIs(a, e, "per")) {
      for (int k = 3; k + 1 < elements; k += 2) {
        if (is(s, k, "te") || is(s, k, "fx")) {
          propose(out, k + 1, PhiType.PHONE);
        }
      }
    } else if (s.regionIs(a, e, "stc")) {
      date(s, out, 2);
    } else if (s.regionIs(a, e, "n1") && is(s, 3, "xx")) {
      propose(out, 4, PhiType.LICENSE);
    } else if (s.regionIs(a, e, "bpr")) {
      for (int k : BANK_ELEMENTS) {
        propose(out, k, PhiType.ACCOUNT); // routing and account numbers of payer and payee
      }
      date(s, out, 16);
    } else if (s.regionIs(a, e, "plb")) {
      if (digits(s, 1) == 10) {
        propose(out, 1, PhiType.LICENSE);
      }
      date(s, out, 2);
    }
  }

  private static final int[] BANK_ELEMENTS = {7, 9, 13, 15};

  /** NM1: a person's last, first and middle name, and the id its qualifier announces. */
  private void name(Text s, Candidates out) {
    boolean person = is(s, 2, "1");
    if (person) {
      for (int k = 3; k <= 5; k++) {
        if (letters(s, k)) {
          propose(out, k, PhiType.NAME);
        }
      }
    }
    PhiType id = null;
    if (is(s, 8, "xx")) {
      id = PhiType.LICENSE; // an NPI, a person's or an agency's
    } else if (person && (is(s, 8, "mi") || is(s, 8, "ii") || is(s, 8, "hn"))) {
      id = PhiType.HEALTH_PLAN_ID;
    } else if (person && is(s, 8, "34")) {
      id = PhiType.SSN;
    } else if (person) {
      id = PhiType.ID;
    }
    if (id != null) {
      propose(out, 9, id);
    }
  }

  /** REF: the qualifier in element 1 says what element 2 is; group and tax numbers are not PHI. */
  private void reference(Text s, Candidates out) {
    PhiType type = null;
    if (is(s, 1, "ej")) {
      type = PhiType.ACCOUNT;
    } else if (is(s, 1, "sy")) {
      type = PhiType.SSN;
    } else if (is(s, 1, "ea")) {
      type = PhiType.MRN;
    } else if (is(s, 1, "1w") || is(s, 1, "0f") || is(s, 1, "ig")) {
      type = PhiType.HEALTH_PLAN_ID;
    } else if (is(s, 1, "1k")
        || is(s, 1, "g1")
        || is(s, 1, "9f")
        || is(s, 1, "f8")
        || is(s, 1, "d9")) {
      type = PhiType.ID;
    }
    if (type != null) {
      propose(out, 2, type);
    }
  }

  /** A D8 date (YYYYMMDD) or an RD8 range of two (YYYYMMDD-YYYYMMDD) in element {@code k}. */
  private void date(Text s, Candidates out, int k) {
    if (k >= elements) {
      return;
    }
    int a = elementStart[k];
    int e = elementEnd[k];
    if (e - a == 8 && s.allDigits(a, e)) {
      out.add(PhiType.DATE, a, e, CONFIDENCE, "x12.element", WHY);
    } else if (e - a == 17
        && s.charAt(a + 8) == '-'
        && s.allDigits(a, a + 8)
        && s.allDigits(a + 9, e)) {
      out.add(PhiType.DATE, a, a + 8, CONFIDENCE, "x12.element", WHY);
      out.add(PhiType.DATE, a + 9, e, CONFIDENCE, "x12.element", WHY);
    }
  }

  private void propose(Candidates out, int k, PhiType type) {
    if (k < elements && elementEnd[k] > elementStart[k]) {
      out.add(type, elementStart[k], elementEnd[k], CONFIDENCE, "x12.element", WHY);
    }
  }

  private boolean is(Text s, int k, String lower) {
    return k < elements && s.regionIs(elementStart[k], elementEnd[k], lower);
  }

  /** The element's length when it is all digits, else 0. */
  private int digits(Text s, int k) {
    if (k >= elements) {
      return 0;
    }
    int a = elementStart[k];
    int e = elementEnd[k];
    return s.allDigits(a, e) ? e - a : 0;
  }

  /** A name's part: letters, at most three words ("DE LA CRUZ"), not a sentence. */
  private boolean letters(Text s, int k) {
    if (k >= elements || elementEnd[k] == elementStart[k]) {
      return false;
    }
    int spaces = 0;
    for (int i = elementStart[k]; i < elementEnd[k]; i++) {
      char c = s.charAt(i);
      spaces += c == ' ' ? 1 : 0;
      if (!Character.isLetter(c) && " -'.".indexOf(c) < 0) {
        return false;
      }
    }
    return spaces <= 2;
  }
}
