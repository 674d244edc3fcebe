package com.backofficecare.safeguard.core.detection.internal;

import com.backofficecare.safeguard.core.PhiType;
import java.util.EnumSet;
import org.jspecify.annotations.Nullable;

/**
 * Clinical documents in HL7 CDA R2 XML (C-CDA, CCD) as EHRs export them, whole or as fragments: the
 * schema says what a value is where no recognizer could tell from the text. A person's {@code
 * <given>} and {@code <family>} names, a {@code <streetAddressLine>}, the time stamps of {@code
 * birthTime}, {@code effectiveTime}, {@code low} and {@code high} ("19380522",
 * "20251002161500-0700"), {@code telecom} values after their scheme, and an {@code <id>}'s {@code
 * extension} typed by its {@code root}: an NPI, an SSN, a UDI, else the record's own id. What names
 * codes and templates ({@code code}, {@code codeSystem}, {@code root} and a {@code templateId}'s
 * version date) identifies no one, and an organization's {@code <name>} is no person's. A chat's
 * mention of a user by id ({@code <@U05B2N8XW4E>}) is read in the same pass over the tags; nothing
 * is kept between texts.
 */
final class CdaDocuments {

  static final double CONFIDENCE = 0.9;

  private static final int MAX_DEPTH = 64;

  /** Longer attribute values are not read (a value is a stamp, an id or an address). */
  private static final int MAX_VALUE = 256;

  /** The longest attribute value a tag is still read past, unread (Word writes long styles). */
  private static final int MAX_SKIPPED_VALUE = 8192;

  private final int[] elementStart = new int[MAX_DEPTH];
  private final int[] elementEnd = new int[MAX_DEPTH];
  private int depth;

  /** Codes, OIDs and template versions: nothing in them is PHI. */
  private int[] codes = new int[16];

  private int codeCount;

  /** The names of organizations: no person's name or place. */
  private int[] organizations = new int[8];

  private int organizationCount;

  /** The type each column of the table being read announces in its header, or null. */
  private final PhiType[] columnTypes = new PhiType[MAX_COLUMNS];

  private static final int MAX_COLUMNS = 128;

  /** The cells opened so far in the table's row being read. */
  private int column;

  /** The element the tag being read opens, its local name, and its {@code root}'s value. */
  private int nameStart;

  private int nameEnd;
  private int rootStart;
  private int rootEnd;
  private int extensionStart;
  private int extensionEnd;
  private int valueStart;
  private int valueEnd;

  /** Whether the tag being read has a {@code unit}: a quantity ("150000" platelets), no time. */
  private boolean unit;

  void scan(Text s, Candidates out) {
    int n = s.length();
    depth = 0;
    codeCount = 0;
    organizationCount = 0;
    column = 0;
    rowType = null;
    java.util.Arrays.fill(columnTypes, null);
    int leaf = -1; // where the text of the element just opened starts, while it has no child
    int i = 0;
    while (i < n) {
      if (s.charAt(i) != '<' || i + 1 >= n) {
        i++;
        continue;
      }
      char c = s.charAt(i + 1);
      if (c == '/') {
        int a = i + 2;
        int b = nameEnd(s, a);
        int local = localStart(s, a, b);
        if (leaf >= 0 && depth > 0 && sameName(s, local, b, depth - 1)) {
          leaf(s, leaf, i, out);
        }
        if (b < n && s.charAt(b) == '>') {
          code(s, a, b); // "</CITY>": an element's name, in capitals or not, is no place
        }
        close(s, local, b);
        // "<td><b>Ann</b> Lee</td>": the cell's text goes on after its formatting closes
        leaf = b < n && s.charAt(b) == '>' && cell(s) >= 0 ? b + 1 : -1;
        i = b;
      } else if (c == '@' && mention(s, i + 2, out)) {
        i += 2;
      } else if (c == '!' || c == '?') {
        boolean inCell = flush(s, leaf, i, out);
        leaf = -1;
        int after = skipDeclaration(s, i);
        if (after == i + 9) {
          code(s, i + 3, i + 8); // "CDATA" of "<![CDATA[" is no name
        } else if (inCell) {
          leaf = after; // "Ann Lee<!-- x -->": a comment in a cell
        }
        i = after;
      } else if (isNameStart(c)) {
        boolean inCell = flush(s, leaf, i, out);
        int gt = tag(s, i + 1, out);
        if (gt < 0) {
          leaf = -1;
          i = -gt; // no tag: read on where it stopped
        } else {
          boolean empty = s.charAt(gt - 1) == '/' || s.regionIsAny(nameStart, nameEnd, VOID);
          boolean cellTag =
              s.regionIs(nameStart, nameEnd, "td") || s.regionIs(nameStart, nameEnd, "th");
          table(s);
          if (!empty) {
            open();
          }
          // "Ann Lee<br>", "<img src=x>XQ778": the cell's text goes on past an empty element
          leaf = !empty || (inCell && !cellTag) ? gt + 1 : -1;
          i = gt + 1;
        }
      } else {
        i++;
      }
    }
    if (codeCount > 0) {
      out.dropWithin(codes, codeCount);
    }
    if (organizationCount > 0) {
      out.dropWithin(organizations, organizationCount, ORGANIZATION_NAMES);
    }
  }

  /**
   * Where a tag or comment opens inside a table cell, reads the cell's text before it as the cell's
   * ("Patient Name <span class=caret>", "Ann Lee<br>
   * "); returns whether it is inside a cell.
   */
  private boolean flush(Text s, int leaf, int lt, Candidates out) {
    if (cell(s) < 0) {
      return false;
    }
    if (leaf >= 0 && depth > 0) {
      leaf(s, leaf, lt, out);
    }
    return true;
  }

  /** The stack index of the table cell the top element is, or is inside, near the top; else -1. */
  private int cell(Text s) {
    if (column <= 0) {
      return -1;
    }
    for (int k = depth - 1; k >= 0 && k >= depth - MAX_INLINE; k--) {
      if (sameName(s, "td", k) || sameName(s, "th", k)) {
        return k;
      }
      if (!s.regionIsAny(elementStart[k], elementEnd[k], INLINE)) {
        return -1;
      }
    }
    return -1;
  }

  /** How many formatting elements a cell's text is read through. */
  private static final int MAX_INLINE = 6;

  /** A chat's mention of a user by id, "<@U05B2N8XW4E>": the user's id. */
  private static boolean mention(Text s, int a, Candidates out) {
    int e = a;
    while (e < s.length() && e - a <= 12 && Text.isAsciiAlnum(s.charAt(e))) {
      e++;
    }
    if (e >= s.length()
        || (s.charAt(e) != '>' && s.charAt(e) != '|')
        || !Recognizers.chatUserId(s, a, e)) {
      return false;
    }
    out.add(PhiType.ID, a, e, CONFIDENCE, "chat.mention", "a chat's mention of a user");
    return true;
  }

  private static final EnumSet<PhiType> ORGANIZATION_NAMES =
      EnumSet.of(PhiType.NAME, PhiType.CITY, PhiType.ADDRESS);

  /**
   * Reads the start tag whose name starts at {@code from}; returns the index of its {@code '>'}, or
   * minus where reading stopped when it is no tag.
   */
  private int tag(Text s, int from, Candidates out) {
    int n = s.length();
    int b = nameEnd(s, from);
    nameStart = localStart(s, from, b);
    nameEnd = b;
    rootStart = rootEnd = extensionStart = extensionEnd = valueStart = valueEnd = -1;
    unit = false;
    int i = b;
    while (true) {
      while (i < n && isSpace(s.charAt(i))) {
        i++;
      }
      if (i >= n) {
        return -i;
      }
      char c = s.charAt(i);
      if (c == '>' || (c == '/' && i + 1 < n && s.charAt(i + 1) == '>')) {
        int gt = c == '>' ? i : i + 1;
        attributes(s, out);
        return gt;
      }
      if (!isNameStart(c)) {
        return -Math.max(i, from);
      }
      int an = i;
      int ae = nameEnd(s, an);
      i = ae;
      while (i < n && isSpace(s.charAt(i))) {
        i++;
      }
      if (i >= n) {
        return -i;
      }
      if (s.charAt(i) != '=') {
        continue; // a bare attribute, as HTML writes them: <td nowrap>
      }
      i++;
      while (i < n && isSpace(s.charAt(i))) {
        i++;
      }
      if (i >= n) {
        return -i;
      }
      char quote = s.charAt(i) == '"' || s.charAt(i) == '\'' ? s.charAt(i) : 0;
      int va = quote == 0 ? i : i + 1;
      int ve = va;
      while (ve < n
          && ve - va <= MAX_SKIPPED_VALUE
          && (quote != 0
              ? s.charAt(ve) != quote
              : !isSpace(s.charAt(ve)) && s.charAt(ve) != '>' && s.charAt(ve) != '<')) {
        ve++; // an unquoted value ends at a space or the tag's end: <td width=200>
      }
      if (ve >= n || (quote != 0 && s.charAt(ve) != quote) || ve - va > MAX_SKIPPED_VALUE) {
        return -ve;
      }
      if (ve - va <= MAX_VALUE) { // a longer one (Word's style="...") is passed over
        attribute(s, localStart(s, an, ae), ae, va, ve);
      }
      i = quote == 0 ? ve : ve + 1;
    }
  }

  /** Notes attribute {@code [an, ae) = [va, ve)} of the tag being read. */
  private void attribute(Text s, int an, int ae, int va, int ve) {
    if (s.regionIs(an, ae, "root")) {
      rootStart = va;
      rootEnd = ve;
      code(s, va, ve);
    } else if (s.regionIs(an, ae, "extension")) {
      extensionStart = va;
      extensionEnd = ve;
    } else if (s.regionIs(an, ae, "value")) {
      valueStart = va;
      valueEnd = ve;
    } else if (s.regionIs(an, ae, "unit")) {
      unit = true;
    } else if (s.regionIsAny(an, ae, CODE_ATTRIBUTES)) {
      code(s, va, ve);
    }
  }

  private static final String[] CODE_ATTRIBUTES = {
    "code", "codesystem", "codesystemname", "codesystemversion", "classcode", "moodcode"
  };

  /** Proposes what the tag's attributes hold, once they are all read. */
  private void attributes(Text s, Candidates out) {
    if (extensionStart >= 0) {
      if (s.regionIsAny(nameStart, nameEnd, TEMPLATES)) {
        code(s, extensionStart, extensionEnd); // "2015-08-01": a template's version
      } else if (s.regionIs(nameStart, nameEnd, "id")) {
        id(s, out);
      }
    }
    if (valueStart < 0 || valueEnd <= valueStart) {
      return;
    }
    if (s.regionIs(nameStart, nameEnd, "telecom")) {
      telecom(s, out);
    } else if (fhirValue(s, out)) {
      return;
    } else if (!unit && timeStamp(s) && stamp(s, valueStart, valueEnd)) {
      out.add(
          PhiType.DATE,
          valueStart,
          valueEnd,
          CONFIDENCE,
          "cda.time",
          "a clinical document's time stamp");
    }
  }

  private static final String[] TEMPLATES = {"templateid", "typeid"};

  /**
   * FHIR's XML writes each value in a {@code value} attribute: a person's {@code <given
   * value="Dorota"/>} and {@code <family>}, an address's {@code <line>}, and the elements {@link
   * FieldNames} types ({@code birthDate}, {@code city}, {@code postalCode}). Returns whether one
   * was proposed.
   */
  private boolean fhirValue(Text s, Candidates out) {
    PhiType type;
    int parent = depth - 1;
    if (s.regionIs(nameStart, nameEnd, "given") || s.regionIs(nameStart, nameEnd, "family")) {
      type = sameName(s, "name", parent) ? PhiType.NAME : null;
    } else if (s.regionIs(nameStart, nameEnd, "line")) {
      type = sameName(s, "address", parent) ? PhiType.ADDRESS : null;
    } else {
      String key = FieldNames.normalize(s.subSequence(nameStart, nameEnd));
      type = FieldNames.typeOfNormalized(key);
      if (type == PhiType.NAME && !FieldNames.namesAPerson(key)) {
        type = null;
      }
    }
    if (type == null
        || (type != PhiType.NAME
            && type != PhiType.ADDRESS
            && !Columns.plausible(s, valueStart, valueEnd, type))
        || !hasLetterOrDigit(s, valueStart, valueEnd)) {
      return false;
    }
    out.add(type, valueStart, valueEnd, CONFIDENCE, "fhir.value", "a FHIR element's value");
    return true;
  }

  /** An {@code <id>}'s extension, typed by the identifier system its root names. */
  private void id(Text s, Candidates out) {
    int a = extensionStart;
    int e = extensionEnd;
    if (!hasDigit(s, a, e) || rootStart < 0) {
      return;
    }
    PhiType type;
    if (s.regionIs(rootStart, rootEnd, SSN_ROOT)) {
      type = PhiType.SSN;
    } else if (s.regionIs(rootStart, rootEnd, NPI_ROOT) || startsWith(s, DRIVERS_LICENSE_ROOT)) {
      type = PhiType.LICENSE;
    } else if (s.regionIs(rootStart, rootEnd, UDI_ROOT)) {
      type = PhiType.DEVICE_ID;
    } else if (startsWith(s, CODE_SYSTEM_ROOT)) {
      code(s, a, e); // a code, not an identifier ("77001" of a payer code system)
      return;
    } else if (depth > 0 && sameName(s, "patientrole", depth - 1)) {
      type = PhiType.MRN;
    } else {
      type = PhiType.ID;
    }
    out.add(type, a, e, CONFIDENCE, "cda.id", "a clinical document's identifier");
  }

  private static final String SSN_ROOT = "2.16.840.1.113883.4.1";
  private static final String NPI_ROOT = "2.16.840.1.113883.4.6";
  private static final String DRIVERS_LICENSE_ROOT = "2.16.840.1.113883.4.3.";
  private static final String UDI_ROOT = "2.16.840.1.113883.3.3719";
  private static final String CODE_SYSTEM_ROOT = "2.16.840.1.113883.6.";

  private boolean startsWith(Text s, String prefix) {
    int e = rootStart + prefix.length();
    return e <= rootEnd && s.regionIs(rootStart, e, prefix);
  }

  /** A {@code telecom}'s URL: "tel:+1(440)555-0187", "mailto:...", "fax:...", "https://...". */
  private void telecom(Text s, Candidates out) {
    int colon = valueStart;
    while (colon < valueEnd && s.charAt(colon) != ':') {
      colon++;
    }
    if (colon >= valueEnd) {
      return;
    }
    int a = colon + 1;
    if (s.regionIs(valueStart, colon, "tel") || s.regionIs(valueStart, colon, "fax")) {
      while (a < valueEnd && s.charAt(a) == '/') {
        a++;
      }
      if (digits(s, a, valueEnd) >= 7) {
        out.add(PhiType.PHONE, a, valueEnd, CONFIDENCE, "cda.telecom", "a telecom's number");
      }
    } else if (s.regionIs(valueStart, colon, "mailto")) {
      out.add(PhiType.EMAIL, a, valueEnd, CONFIDENCE, "cda.telecom", "a telecom's address");
    } else if (s.regionIs(valueStart, colon, "http") || s.regionIs(valueStart, colon, "https")) {
      out.add(PhiType.URL, valueStart, valueEnd, CONFIDENCE, "cda.telecom", "a telecom's URL");
    }
  }

  /** Whether the element is a time: {@code birthTime}, {@code effectiveTime}, {@code low}... */
  private boolean timeStamp(Text s) {
    return s.regionIsAny(nameStart, nameEnd, TIME_ELEMENTS)
        || (nameEnd - nameStart > 4 && s.regionIs(nameEnd - 4, nameEnd, "time"));
  }

  private static final String[] TIME_ELEMENTS = {"time", "low", "high", "center"};

  /**
   * Whether {@code [a, e)} is an HL7 time stamp more precise than a year: YYYYMM[DD[HHMM[SS]]], a
   * year from 1800 to 2199 and a month and day that exist, then digits, a '.' and a time zone.
   */
  private static boolean stamp(Text s, int a, int e) {
    int d = a;
    while (d < e && Tokens.isDigit(s.charAt(d))) {
      d++;
    }
    if (d - a < 6 || d - a > 14 || d - a == 7) {
      return false;
    }
    int year = number(s, a, a + 4);
    int month = number(s, a + 4, a + 6);
    int day = d - a >= 8 ? number(s, a + 6, a + 8) : 1;
    if (year < 1800 || year > 2199 || month < 1 || month > 12 || day < 1 || day > 31) {
      return false; // "150000", "1234567": a count, not a time
    }
    for (int i = d; i < e; i++) {
      char c = s.charAt(i);
      if (!Tokens.isDigit(c) && c != '.' && c != '+' && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static int number(Text s, int a, int e) {
    int v = 0;
    for (int i = a; i < e; i++) {
      v = v * 10 + s.charAt(i) - '0';
    }
    return v;
  }

  /** The text of a leaf element, {@code [from, to)}: a name, a street, a place. */
  private void leaf(Text s, int from, int to, Candidates out) {
    int a = from;
    int e = to;
    while (a < e && isSpace(s.charAt(a))) {
      a++;
    }
    while (e > a && isSpace(s.charAt(e - 1))) {
      e--;
    }
    if (e <= a || e - a > MAX_VALUE || !hasLetterOrDigit(s, a, e)) {
      return;
    }
    int top = depth - 1;
    if (sameName(s, "given", top) || sameName(s, "family", top)) {
      if (top > 0 && sameName(s, "name", top - 1)) {
        out.add(PhiType.NAME, a, e, CONFIDENCE, "cda.name", "a clinical document's person name");
      }
    } else if (sameName(s, "name", top) && top > 0) {
      if (person(s, top - 1)) {
        out.add(PhiType.NAME, a, e, CONFIDENCE, "cda.name", "a clinical document's person name");
      } else if (endsWith(s, top - 1, "organization")) {
        organizations = Candidates.withRange(organizations, organizationCount++, a, e);
      }
    } else if (sameName(s, "streetaddressline", top)) {
      out.add(PhiType.ADDRESS, a, e, CONFIDENCE, "cda.address", "a clinical document's street");
    } else if (column > 0 && column <= MAX_COLUMNS) {
      int k = top;
      boolean bold = false;
      while (k > top - MAX_INLINE
          && k > 0
          && s.regionIsAny(elementStart[k], elementEnd[k], INLINE)) {
        bold |= sameName(s, "b", k) || sameName(s, "strong", k);
        k--; // "<td><b>Ann Lee</b></td>": the cell's text inside its formatting
      }
      cell(s, a, e, k, bold, out);
    }
  }

  /** Elements that format a cell's text: what they hold is the cell's. */
  private static final String[] INLINE = {
    "b", "i", "u", "em", "strong", "span", "font", "content", "a", "small", "p", "div"
  };

  /** Keeps count of the cells of a table's row: {@code <table>}, {@code <tr>}, {@code <td>}. */
  private void table(Text s) {
    if (s.regionIs(nameStart, nameEnd, "table")) {
      java.util.Arrays.fill(columnTypes, null);
      column = 0;
      row = 0;
    } else if (s.regionIs(nameStart, nameEnd, "tr")) {
      column = 0;
      row++;
      rowType = null;
    } else if (s.regionIs(nameStart, nameEnd, "td") || s.regionIs(nameStart, nameEnd, "th")) {
      column++;
    }
  }

  /**
   * A table's cell {@code [a, e)}: a header's names what its column holds ("Member ID", "DOB",
   * "Client"; not "Name", which a medication's table has too), as a row's label does for the cell
   * after it ("<th>DOB</th><td>...", "<td>DOB:</td><td>..."); a data cell is proposed as that type
   * when it could be one.
   */
  private void cell(Text s, int a, int e, int top, boolean bold, Candidates out) {
    boolean header = sameName(s, "th", top);
    boolean data = sameName(s, "td", top);
    boolean label = header || (data && s.charAt(e - 1) == ':');
    PhiType type = null;
    if ((label || (data && bold)) && e - a <= 32) {
      String key = key(s, a, e);
      type = FieldNames.typeOfNormalized(key);
      type = type == PhiType.NAME && key.equals("name") ? null : type;
    }
    if (data && bold && !label && type != null) {
      // "<td><b>Member ID</b></td>": Word's, Excel's and mail's header or label cell
      label = true;
      if (row == 1) {
        columnTypes[column - 1] = type;
      }
    }
    if (header) {
      columnTypes[column - 1] = type;
    }
    if (label) {
      rowType = type; // "<th>DOB</th><td>...", "<td><b>DOB:</b></td><td>...": the row's label
      rowTypeColumn = column;
      return;
    }
    if (sameName(s, "td", top)) {
      if (row == 1 && !bold) {
        // "<td><b>Full name</b></td><td>Ayesha Siddiqui</td>": a first row that holds a value
        // is no header; its bold cells label their rows, not their columns
        java.util.Arrays.fill(columnTypes, null);
      }
      type = columnTypes[column - 1];
      if (type == null && rowTypeColumn == column - 1) {
        type = rowType;
      }
      if (type != null && Columns.plausible(s, a, e, type)) {
        out.add(type, a, e, CONFIDENCE, "markup.cell", "a table cell under a header that names it");
      }
    }
  }

  /** A label cell's text as a key, {@link FieldNames#normalize normalized}: "Patient&nbsp;Name". */
  private static String key(Text s, int a, int e) {
    StringBuilder key = new StringBuilder(e - a);
    for (int i = a; i < e; i++) {
      char c = s.charAt(i);
      if (c == '&') {
        int j = i + 1;
        while (j < e
            && j - i <= 8
            && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '#')) {
          j++;
        }
        if (j < e && s.charAt(j) == ';') {
          i = j; // an entity stands for a space or a mark
          continue;
        }
      }
      if (Character.isLetterOrDigit(c)) {
        key.append(Character.toLowerCase(c));
      }
    }
    return key.toString();
  }

  /** The table's row being read, from 1. */
  private int row;

  /** The type the label cell of the row being read announces, and that cell's column. */
  private @Nullable PhiType rowType;

  private int rowTypeColumn;

  /** Whether element {@code k} of the stack is a person: the patient, a guardian, an author. */
  private boolean person(Text s, int k) {
    return sameName(s, "patient", k) || endsWith(s, k, "person");
  }

  private boolean endsWith(Text s, int k, String lower) {
    int e = elementEnd[k];
    int a = e - lower.length();
    return a >= elementStart[k] && s.regionIs(a, e, lower);
  }

  private boolean sameName(Text s, String lower, int k) {
    return k >= 0 && s.regionIs(elementStart[k], elementEnd[k], lower);
  }

  private boolean sameName(Text s, int a, int b, int k) {
    if (elementEnd[k] - elementStart[k] != b - a) {
      return false;
    }
    for (int i = 0; i < b - a; i++) {
      if (s.charAt(a + i) != s.charAt(elementStart[k] + i)) {
        return false;
      }
    }
    return true;
  }

  /** HTML's elements that never close: no element holds anything after them. */
  private static final String[] VOID = {
    "br", "hr", "img", "meta", "link", "input", "area", "base", "col", "wbr", "source", "param"
  };

  /**
   * Pushes the element just read; at {@link #MAX_DEPTH} the outer half of the stack is forgotten,
   * so that elements left open ("
   *
   * <p>" in an e-mail) never hide the ones read after them.
   */
  private void open() {
    if (depth == MAX_DEPTH) {
      int half = MAX_DEPTH / 2;
      System.arraycopy(elementStart, half, elementStart, 0, half);
      System.arraycopy(elementEnd, half, elementEnd, 0, half);
      depth = half;
    }
    elementStart[depth] = nameStart;
    elementEnd[depth] = nameEnd;
    depth++;
  }

  /** Pops to the open element named {@code [a, b)}, if there is one near the top. */
  private void close(Text s, int a, int b) {
    for (int k = depth - 1; k >= 0 && k >= depth - 4; k--) {
      if (sameName(s, a, b, k)) {
        depth = k;
        return;
      }
    }
  }

  /** Skips a comment, a CDATA section's opening, a declaration or a processing instruction. */
  private static int skipDeclaration(Text s, int lt) {
    int n = s.length();
    boolean comment = lt + 3 < n && s.charAt(lt + 2) == '-' && s.charAt(lt + 3) == '-';
    int i = lt + 2;
    while (i < n) {
      char c = s.charAt(i);
      if (c == '>' && (!comment || (s.charAt(i - 1) == '-' && s.charAt(i - 2) == '-'))) {
        return i + 1;
      }
      if (c == '[' && !comment && i > lt + 2) {
        return i + 1; // "<![CDATA[": its text is read as text
      }
      i++;
    }
    return n;
  }

  /**
   * Keeps {@code [a, e)} as a code's range, where nothing found is PHI, when it is written as a
   * code is: letters, digits, points, hyphens and underscores, 64 at most ("2.16.840.1.113883.6.1",
   * "2106-3", "2015-08-01"), never words with spaces or a date with slashes.
   */
  private void code(Text s, int a, int e) {
    if (e - a > 64 || (codeCount > 0 && codes[2 * codeCount - 1] >= a)) {
      return; // ranges stay in order and apart
    }
    for (int i = a; i < e; i++) {
      char c = s.charAt(i);
      if (!Text.isAsciiAlnum(c) && c != '.' && c != '-' && c != '_') {
        return;
      }
    }
    codes = Candidates.withRange(codes, codeCount++, a, e);
  }

  private static int nameEnd(Text s, int from) {
    int i = from;
    while (i < s.length() && i - from < 64 && isNameChar(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Where the local name starts in {@code [a, b)}: after a namespace's prefix ("sdtc:"). */
  private static int localStart(Text s, int a, int b) {
    for (int i = b - 1; i > a; i--) {
      if (s.charAt(i) == ':') {
        return i + 1;
      }
    }
    return a;
  }

  private static boolean isNameStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  }

  private static boolean isNameChar(char c) {
    return isNameStart(c) || (c >= '0' && c <= '9') || c == ':' || c == '-' || c == '.';
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
  }

  private static boolean hasDigit(Text s, int a, int e) {
    return digits(s, a, e) > 0;
  }

  private static int digits(Text s, int a, int e) {
    int d = 0;
    for (int i = a; i < e; i++) {
      if (Tokens.isDigit(s.charAt(i))) {
        d++;
      }
    }
    return d;
  }

  private static boolean hasLetterOrDigit(Text s, int a, int e) {
    for (int i = a; i < e; i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
