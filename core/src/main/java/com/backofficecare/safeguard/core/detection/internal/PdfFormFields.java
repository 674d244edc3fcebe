package com.backofficecare.safeguard.core.detection.internal;

import com.backofficecare.safeguard.core.PhiType;
import org.jspecify.annotations.Nullable;

/**
 * Filled PDF forms dumped as text, where a value's meaning is its field's name: pdftk's {@code
 * FieldName: client_dob} ... {@code FieldValue: 02/11/1936} blocks, XFDF's {@code <field
 * name="dl_number"><value>N420-771-93-118</value></field>} and FDF's {@code << /T (PCP_NPI) /V
 * (1275039184) >>}. {@link FieldNames} types the name; the names and the dump's own keys ({@code
 * FieldValue:}, {@code FieldFlags:}) are no one's PHI. One pass over the text.
 */
final class PdfFormFields {

  /** A field named in the form outranks a recognizer's guess. */
  static final double CONFIDENCE = Columns.CONFIDENCE;

  private static final String WHY = "value of a PDF form field its name types";

  /** The longest field name and value read. */
  private static final int MAX_NAME = 64;

  private static final int MAX_VALUE = 200;

  private int[] keys = new int[16];
  private int keyCount;
  private @Nullable PhiType pending;
  private boolean pendingPerson;

  /** Proposes the values of typed fields in every dump of {@code s}; drops the dump's own keys. */
  void scan(Text s, Candidates out) {
    int n = s.length();
    keyCount = 0;
    pending = null;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if ((c == 'f' || c == 'F') && (i == 0 || s.charAt(i - 1) == '\n' || s.charAt(i - 1) == ' ')) {
        i = pdftkKey(s, i, out);
      } else if (c == '<' && s.regionIs(i, Math.min(n, i + 13), "<field name=\"")) {
        i = xfdfField(s, i + 13, out);
      } else if (c == '/' && i + 3 < n && s.regionIs(i, i + 4, "/t (")) {
        i = fdfField(s, i + 4, out);
      }
    }
    if (keyCount > 0) {
      out.dropWithin(keys, keyCount);
    }
  }

  /**
   * At a pdftk key ("FieldName:", "FieldValue:", "FieldFlags:"...): remembers a name's type, takes
   * a value by it, and marks the key as no PHI. Returns where reading goes on.
   */
  private int pdftkKey(Text s, int i, Candidates out) {
    int n = s.length();
    if (i + 6 > n || !s.regionIs(i, i + 5, "field")) {
      return i;
    }
    int colon = i + 5;
    while (colon < n && colon - i < 24 && Character.isLetter(s.charAt(colon))) {
      colon++;
    }
    if (colon >= n || s.charAt(colon) != ':' || afterATitle(s, i)) {
      return i; // "Dr. Fields: agrees": a doctor, no key
    }
    addKey(i, colon);
    int a = colon + 1;
    while (a < n && s.charAt(a) == ' ') {
      a++;
    }
    int e = a;
    while (e < n && s.charAt(e) != '\n' && e - a <= MAX_VALUE && !pdftkKeyAt(s, e)) {
      e++;
    }
    int end = e;
    while (e > a && s.charAt(e - 1) == ' ') {
      e--;
    }
    if (s.regionIs(i, colon, "fieldname")) {
      name(s, a, e);
    } else if (s.regionIs(i, colon, "fieldvalue") && pending != null) {
      value(s, a, e, out);
      pending = null;
    }
    return end - 1;
  }

  /**
   * Whether a person's title ("Dr.", "Mrs", "Nurse") ends right before {@code i}, a space between.
   */
  private static boolean afterATitle(Text s, int i) {
    int e = i - 1;
    if (e < 0 || s.charAt(e) != ' ') {
      return false;
    }
    while (e > 0 && (s.charAt(e - 1) == ' ' || s.charAt(e - 1) == '.')) {
      e--;
    }
    int a = e;
    while (a > 0 && Character.isLetter(s.charAt(a - 1))) {
      a--;
    }
    return a < e
        && (a == 0 || !Character.isLetterOrDigit(s.charAt(a - 1)))
        && s.regionIsAny(a, e, TITLES);
  }

  private static final String[] TITLES = {"dr", "mr", "mrs", "ms", "miss", "nurse", "prof"};

  /** Whether another pdftk key starts at {@code e} on the same line: "Client_Zip FieldValue: 1". */
  private static boolean pdftkKeyAt(Text s, int e) {
    return e + 6 <= s.length() && s.charAt(e - 1) == ' ' && s.regionIs(e, e + 5, "field");
  }

  /** {@code <field name="dob"><value>02/11/1936</value>}: the value after its field's name. */
  private int xfdfField(Text s, int a, Candidates out) {
    return namedValue(s, a, '"', "><value>", '<', out);
  }

  /** {@code /T (PCP_NPI) /V (1275039184)}: the value after its field's name. */
  private int fdfField(Text s, int a, Candidates out) {
    return namedValue(s, a, ')', "/v (", ')', out);
  }

  /**
   * A field's name from {@code a} to {@code nameEnd}, then, after spaces and {@code open}, its
   * value to {@code close}; returns where reading goes on.
   */
  private int namedValue(Text s, int a, char nameEnd, String open, char close, Candidates out) {
    int end = indexOf(s, nameEnd, a, MAX_NAME);
    if (end < 0) {
      return a;
    }
    addKey(a, end);
    name(s, a, end);
    int v = end + 1;
    while (v < s.length() && s.charAt(v) == ' ') {
      v++;
    }
    int from = v + open.length();
    if (pending == null || !s.regionIs(v, Math.min(s.length(), from), open)) {
      pending = null;
      return end;
    }
    int to = indexOf(s, close, from, MAX_VALUE);
    if (to >= 0) {
      value(s, from, to, out);
    }
    pending = null;
    return Math.max(end, to);
  }

  private void name(Text s, int a, int e) {
    if (e - a > MAX_NAME || e <= a) {
      pending = null;
      return;
    }
    while (e > a && s.charAt(e - 1) == ']') { // "Page2[0].GlucometerSerial[0]": its last part
      int open = e - 1;
      while (open > a && s.charAt(open) != '[') {
        open--;
      }
      e = open;
    }
    for (int i = e - 1; i > a; i--) {
      if (s.charAt(i) == '.') {
        a = i + 1;
        break;
      }
    }
    String key = FieldNames.normalize(s.subSequence(a, e));
    pending = FieldNames.typeOfNormalized(key);
    pendingPerson = FieldNames.namesAPerson(key);
  }

  private void value(Text s, int a, int e, Candidates out) {
    PhiType type = pending;
    if (type == null
        || e <= a
        || (type == PhiType.NAME && !pendingPerson) // "FieldName: Payer_Name" is no person's
        || !Columns.plausible(s, a, e, type)) {
      return;
    }
    out.add(type, a, e, CONFIDENCE, "pdf.field", WHY);
  }

  private void addKey(int a, int e) {
    if ((keyCount + 1) * 2 > keys.length) {
      keys = java.util.Arrays.copyOf(keys, keys.length * 2);
    }
    keys[2 * keyCount] = a;
    keys[2 * keyCount + 1] = e;
    keyCount++;
  }

  /**
   * Where {@code c} is in {@code s} from {@code a}, within {@code most} characters and the line.
   */
  private static int indexOf(Text s, char c, int a, int most) {
    for (int i = a; i < s.length() && i - a <= most; i++) {
      char ch = s.charAt(i);
      if (ch == c) {
        return i;
      }
      if (ch == '\n') {
        return -1;
      }
    }
    return -1;
  }
}
