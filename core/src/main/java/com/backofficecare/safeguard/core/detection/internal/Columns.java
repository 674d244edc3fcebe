package com.backofficecare.safeguard.core.detection.internal;

import com.backofficecare.safeguard.core.PhiType;
import java.util.Arrays;
import java.util.Set;

/**
 * Tables pasted into text (payroll exports, rosters, query results in a ticket, reports aligned by
 * spaces): a header row whose column names say what the cells hold ({@code
 * last_name,ssn,hire_date}) types every cell of that column in the rows under it, which no
 * recognizer could tell from a bare surname alone. Cells are split at commas, tabs, bars or
 * semicolons, or at runs of two spaces or more in a line that has none of those; a rule line
 * ({@code ----+----}) is passed over. One pass over the text; a table ends at a blank line or a row
 * with another number of cells.
 */
final class Columns {

  /** Header evidence outranks a recognizer's guess that spans two cells. */
  static final double CONFIDENCE = 0.98;

  private static final int MAX_CELLS = 128;
  private static final int MAX_HEADER_CELL = 32;

  /** Column names that hold no identifier, yet show that a line is a header. */
  private static final Set<String> UNTYPED =
      Set.of(
          ("id city state county country gender sex"
                  + " status role title department dept hours rate amount total units code type category"
                  + " agency service payer notes note comments position shift start end visit number"
                  + " description diagnosis dx language relationship pay gross net tax discipline team"
                  + " office location region frequency time timein timeout signature score result"
                  + " pickup pu dropoff appt mobility escort vehicle level source eventid event"
                  + " taskcategory task workstation workstationname computer logontype dateandtime"
                  + " timecreated keywords")
              .split(" "));

  private final PhiType[] columnType = new PhiType[MAX_CELLS];

  /**
   * Whether the column holds logins, one word each ("Account Name" in a logon export, not a
   * ledger's "Petty Cash").
   */
  private final boolean[] loginColumn = new boolean[MAX_CELLS];

  /** Start and end of each header row with a row under it, in text order. */
  private int[] headers = new int[16];

  private int headerCount;

  /**
   * Whether the last header read has a cell of names that is no column's name: what is found in it
   * then stays, since the line may be a form filled in rather than a header.
   */
  private boolean namesInHeader;

  /** Where the last header's line starts and ends, to know it again on the next page. */
  private int headerLine;

  private int headerLineEnd;

  /** The length of the last fixed-width record read under the header (records are alike). */
  private int recordLength;

  /** Where each of the last header's cells starts in its line. */
  private final int[] offset = new int[MAX_CELLS + 1];

  private final int[] cellStart = new int[MAX_CELLS + 1];
  private final int[] cellEnd = new int[MAX_CELLS + 1];

  /**
   * Proposes the typed cells of every table in {@code s}, and drops what others proposed inside its
   * header row: column names are no one's identifiers ("first,mmr_titer", "HIRE_DT").
   */
  void scan(Text s, Candidates out) {
    headerCount = 0;
    rows = 0;
    namesCovered = false;
    int n = s.length();
    int line = 0;
    int columns = 0;
    int header = -1;
    int headerEnd = -1;
    char delimiter = 0;
    while (line < n) {
      int eol = line;
      while (eol < n && s.charAt(eol) != '\n') {
        eol++;
      }
      if (columns > 0 && rule(s, line, eol)) {
        line = eol + 1;
        continue; // "----+----", "|---|---|": the rule under a header or between rows
      }
      if (columns > 0 && sameLine(s, line, eol, headerLine, headerLineEnd)) {
        line = eol + 1;
        continue; // the header again, at the top of the next page
      }
      if (columns > 0) {
        int split = split(s, line, eol, delimiter);
        if (delimiter == ',' && split > columns) {
          split = rejoinNames(s, split, columns);
        }
        boolean cells =
            split == columns
                || (split == columns + 1 // "a,b,c,": an exporter's trailing delimiter
                    && delimiter != ' '
                    && cellStart[columns] == cellEnd[columns]);
        if (cells || (delimiter == ' ' && fixedWidth(s, line, eol, columns))) {
          if (header >= 0 && !namesInHeader) {
            keepHeader(header, headerEnd);
          }
          header = -1;
          row(s, columns, out);
        } else {
          nameColumns(s, columns, out);
          columns = 0;
        }
      }
      if (columns == 0 && eol < n) { // a header needs a row under it
        delimiter = delimiterOf(s, line, eol);
        columns = delimiter == 0 ? 0 : header(s, line, eol, delimiter);
        header = columns > 0 ? line : -1;
        headerEnd = eol;
        headerLine = line;
        headerLineEnd = eol;
        for (int c = 0; c < columns; c++) {
          offset[c] = cellStart[c] - line;
        }
        recordLength = -2;
      }
      line = eol + 1;
    }
    nameColumns(s, columns, out);
    if (headerCount > 0) {
      out.dropWithin(headers, headerCount);
    }
  }

  /**
   * Splits a row of a fixed-width export at its header's column starts, where the values run
   * together ("D 0020417538221904WROBLEWSKI TOMASZ"): into {@link #cellStart} and {@link #cellEnd},
   * when the row reaches the header's last column, is as long as a record beside it (or is the
   * header's one record, run together), is no trailer of totals, and is typed in one case or has a
   * space before each typed column. A line of prose under a header has words in lower case across
   * the columns' starts.
   */
  /**
   * Whether a line reads as sentences, not as a record's fields: eight words or more apart by one
   * space each, and no two spaces anywhere between them.
   */
  private static boolean prose(Text s, int from, int to) {
    int gaps = 0;
    for (int i = from + 1; i + 1 < to; i++) {
      if (s.charAt(i) == ' ') {
        if (s.charAt(i + 1) == ' ') {
          return false;
        }
        gaps += s.charAt(i - 1) != ' ' ? 1 : 0;
      }
    }
    return gaps >= 8;
  }

  private boolean fixedWidth(Text s, int from, int to, int columns) {
    to = trimmedEnd(s, from, to);
    int length = to - from;
    if (length <= offset[columns - 1]) {
      return false;
    }
    if (!alike(length, recordLength)) { // not as long as the record before: as the next one?
      int next = to;
      while (next < s.length() && s.charAt(next) != '\n') {
        next++;
      }
      int nextEnd = next + 1;
      while (nextEnd < s.length() && s.charAt(nextEnd) != '\n') {
        nextEnd++;
      }
      int nextLength = next >= s.length() ? 0 : trimmedEnd(s, next + 1, nextEnd) - next - 1;
      if (!(recordLength < 0 && nextLength == 0 && runTogether(s, from, to, columns))
          && !alike(length, nextLength)) {
        return false;
      }
    }
    if (prose(s, from, to)) {
      return false; // "NOTES: #06 CHART IS 3 VOLUMES, RUBBER BANDED. #03 INCLUDES ..."
    }
    // A word that starts in lower case beside a capital: prose, not a record. A record typed in
    // one case, capitals or lower case, tells nothing by its case.
    boolean lowerWord = false;
    boolean upper = false;
    for (int i = from; i < to; i++) {
      char ch = s.charAt(i);
      upper |= Character.isUpperCase(ch);
      lowerWord |= Character.isLowerCase(ch) && (i == from || !Character.isLetter(s.charAt(i - 1)));
    }
    lowerWord &= upper;
    for (int c = 1; c < columns; c++) {
      if (lowerWord && columnType[c] != null && s.charAt(from + offset[c] - 1) != ' ') {
        return false;
      }
    }
    if (holdsTotal(s, from, to)) {
      return false; // "000000000TOTAL       RECORDS   0000000000003": a trailer, no one's record
    }
    for (int c = 0; c < columns; c++) {
      int a = from + offset[c];
      int e = c + 1 < columns ? from + offset[c + 1] : to;
      while (a < e && s.charAt(a) == ' ') {
        a++;
      }
      while (e > a && s.charAt(e - 1) == ' ') {
        e--;
      }
      cellStart[c] = a;
      cellEnd[c] = e;
    }
    recordLength = length;
    return true;
  }

  /**
   * Whether a header's one record is a fixed-width record: typed in one case, and values that run
   * into each other at a typed column's start ("0020417538221904WROBLEWSKI").
   */
  private boolean runTogether(Text s, int from, int to, int columns) {
    boolean upper = false;
    boolean lower = false;
    for (int i = from; i < to; i++) {
      upper |= Character.isUpperCase(s.charAt(i));
      lower |= Character.isLowerCase(s.charAt(i));
    }
    if (upper && lower) {
      return false;
    }
    for (int c = 1; c < columns; c++) {
      int at = from + offset[c];
      if (columnType[c] != null && at < to && s.charAt(at - 1) != ' ' && s.charAt(at) != ' ') {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code [from, to)} holds the word "total" in any case. */
  private static boolean holdsTotal(Text s, int from, int to) {
    for (int i = from; i + 5 <= to; i++) {
      if ((s.charAt(i) | 0x20) == 't' && s.regionIs(i, i + 5, "total")) {
        return true;
      }
    }
    return false;
  }

  /** Whether two records' lengths differ by a tenth at most (a last field written short). */
  private static boolean alike(int length, int other) {
    return Math.abs(length - other) <= Math.max(1, other / 10);
  }

  /** Whether lines {@code [a, ae)} and {@code [b, be)} are the same, trailing spaces aside. */
  private static boolean sameLine(Text s, int a, int ae, int b, int be) {
    ae = trimmedEnd(s, a, ae);
    be = trimmedEnd(s, b, be);
    if (ae - a != be - b || a == b) {
      return false;
    }
    for (int i = 0; i < ae - a; i++) {
      if (s.charAt(a + i) != s.charAt(b + i)) {
        return false;
      }
    }
    return true;
  }

  /** Where {@code [from, to)} ends without its trailing spaces and carriage return. */
  private static int trimmedEnd(Text s, int from, int to) {
    while (to > from && (s.charAt(to - 1) == ' ' || s.charAt(to - 1) == '\r')) {
      to--;
    }
    return to;
  }

  private void keepHeader(int from, int to) {
    if (headerCount * 2 == headers.length) {
      headers = Arrays.copyOf(headers, headers.length * 2);
    }
    headers[headerCount * 2] = from;
    headers[headerCount * 2 + 1] = to;
    headerCount++;
  }

  /** Whether a line is only a table's rule: dashes or equals signs, with pluses, bars, colons. */
  private static boolean rule(Text s, int from, int to) {
    int dashes = 0;
    for (int i = from; i < to; i++) {
      char ch = s.charAt(i);
      if (ch == '-' || ch == '=') {
        dashes++;
      } else if (ch != '+' && ch != '|' && ch != ':' && ch != ' ' && ch != '\t' && ch != '\r') {
        return false;
      }
    }
    return dashes >= 3;
  }

  private void row(Text s, int columns, Candidates out) {
    if (rows < MAX_ROWS) {
      if ((rows + 1) * columns * 2 > cells.length) {
        cells = Arrays.copyOf(cells, Math.max(cells.length * 2, (rows + 1) * columns * 2));
      }
      for (int c = 0; c < columns; c++) {
        cells[(rows * columns + c) * 2] = cellStart[c];
        cells[(rows * columns + c) * 2 + 1] = cellEnd[c];
      }
      rows++;
    }
    for (int c = 0; c < columns; c++) {
      PhiType type = columnType[c];
      int a = cellStart[c];
      int e = cellEnd[c];
      if (type != null
          && e > a
          && plausible(s, a, e, type)
          && !(loginColumn[c] && s.indexOf(' ', a, e) >= 0)) { // "Petty Cash": a ledger's account
        out.add(type, a, e, CONFIDENCE, "columns.header", "cell under a column header naming it");
      }
    }
  }

  /** The cells of the table's rows read so far, start and end, row by row. */
  private int[] cells = new int[256];

  private int rows;

  private static final int MAX_ROWS = 2_000;

  /**
   * Ends a table: in a column its header does not type ("Backup", "Primary on-call"), where others
   * found names in two cells or more and in half of its cells, the other cells written as a name
   * are names too ("Ken Ito", whose words are also a word and a Tagalog word).
   */
  private void nameColumns(Text s, int columns, Candidates out) {
    int n = rows;
    rows = 0;
    if (n < 3) {
      return;
    }
    if (!namesCovered) {
      names.clear(); // what others found before the tables, read once a text
      out.cover(PhiType.NAME, names);
      namesCovered = true;
    }
    for (int c = 0; c < columns; c++) {
      if (columnType[c] != null) {
        continue;
      }
      int named = 0;
      int filled = 0;
      for (int r = 0; r < n; r++) {
        int a = cells[(r * columns + c) * 2];
        int e = cells[(r * columns + c) * 2 + 1];
        if (e > a) {
          filled++;
          named += named(a, e) ? 1 : 0;
        }
      }
      if (named < 2 || named * 2 < filled || named == filled) {
        continue;
      }
      for (int r = 0; r < n; r++) {
        int a = cells[(r * columns + c) * 2];
        int e = cells[(r * columns + c) * 2 + 1];
        if (e > a && !named(a, e) && writtenAsAName(s, a, e)) {
          out.add(PhiType.NAME, a, e, 0.6, "columns.names", "a cell in a column of names");
        }
      }
    }
  }

  /** The characters of names others proposed; {@link #namesCovered} once read in a text. */
  private final java.util.BitSet names = new java.util.BitSet();

  private boolean namesCovered;

  private boolean named(int a, int e) {
    for (int i = a; i < e; i++) { // the cell's own characters only: linear in the table's size
      if (names.get(i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * One to four capitalised words of letters (hyphens, apostrophes and initials' points in them),
   * one of them a given name or surname: "Ken Ito", "Pa Nhia Vang", not "Family", "OPEN" or
   * "Walgreens".
   */
  private static boolean writtenAsAName(Text s, int a, int e) {
    int words = 0;
    boolean name = false;
    int i = a;
    while (i < e) {
      while (i < e && s.charAt(i) == ' ') {
        i++;
      }
      int w = i;
      while (i < e && s.charAt(i) != ' ') {
        char ch = s.charAt(i);
        if (!Character.isLetter(ch) && ch != '-' && ch != '\'' && ch != '.') {
          return false;
        }
        i++;
      }
      if (i == w) {
        break;
      }
      if (++words > 4
          || !Character.isUpperCase(s.charAt(w))
          || (i - w > 1 && !Character.isLowerCase(s.charAt(w + 1)))) {
        return false;
      }
      int classes = Lexicon.get().word(s.chars, w, i);
      name |= (classes & NAMES) != 0;
      if ((classes & NOT_IN_A_NAME) != 0 && (classes & NAMES) == 0) {
        return false;
      }
    }
    return words > 0 && name;
  }

  private static final int NOT_IN_A_NAME =
      Lexicon.STOP | Lexicon.ROLE | Lexicon.TITLE | Lexicon.MONTH | Lexicon.WEEKDAY | Lexicon.ORG;

  /**
   * A row with a "Last, First" name its exporter wrote unquoted ("R-0301,Gutiérrez, Amparo,2026-")
   * has a cell too many for each such name: joins two cells around a comma and a space, the first
   * one word and the second opening with a letter, until the row has as many cells as the header.
   * Returns the row's cells.
   */
  private int rejoinNames(Text s, int cells, int columns) {
    for (int c = 0; c + 1 < cells && cells > columns; c++) {
      int comma = cellEnd[c];
      if (comma + 2 == cellStart[c + 1]
          && s.charAt(comma) == ','
          && s.charAt(comma + 1) == ' '
          && oneWord(s, cellStart[c], comma)
          && Character.isLetter(s.charAt(cellStart[c + 1]))) {
        cellEnd[c] = cellEnd[c + 1];
        System.arraycopy(cellStart, c + 2, cellStart, c + 1, cells - c - 2);
        System.arraycopy(cellEnd, c + 2, cellEnd, c + 1, cells - c - 2);
        cells--;
      }
    }
    return cells;
  }

  private static boolean oneWord(Text s, int a, int e) {
    if (e - a < 2 || !Character.isLetter(s.charAt(a))) {
      return false;
    }
    for (int i = a + 1; i < e; i++) {
      char c = s.charAt(i);
      if (!Character.isLetter(c) && c != '-' && c != '\'') {
        return false;
      }
    }
    return true;
  }

  /** The number of the header's cells, typed into {@link #columnType}; 0 when not a header. */
  private int header(Text s, int from, int to, char delimiter) {
    int cells = split(s, from, to, delimiter);
    if (delimiter == ' ' && cells > 0) {
      cells = peel(s, cells);
    }
    if (cells > 2
        && delimiter != ' '
        && cellStart[cells - 1] == cellEnd[cells - 1]
        && !structured(s, from, to)) {
      cells--; // "client_id,mrn,dob,": an exporter's trailing delimiter opens no column
    }
    if (cells < 2) {
      return 0;
    }
    for (int c = 0; c < cells; c++) {
      if (!headerLike(s, cellStart[c], cellEnd[c])) {
        return 0; // before any cell is normalized: most lines with a comma are prose
      }
    }
    int known = 0;
    int typed = 0;
    int idColumn = -1;
    namesInHeader = false;
    for (int c = 0; c < cells; c++) {
      int e = cellEnd[c];
      if (e > cellStart[c] && s.charAt(e - 1) == ')') {
        while (e > cellStart[c] && s.charAt(e - 1) != '(') {
          e--; // "Name (print)", "Induration (mm)": the name before its note
        }
        e = e > cellStart[c] ? e - 1 : cellEnd[c];
      }
      String key = FieldNames.normalize(s.subSequence(cellStart[c], e));
      columnType[c] = FieldNames.typeOfNormalized(key);
      loginColumn[c] = FieldNames.holdsALogin(key) || key.equals("accountname");
      boolean knownCell = columnType[c] != null || UNTYPED.contains(key);
      if (!knownCell && holdsAName(s, cellStart[c], cellEnd[c])) {
        namesInHeader = true; // "Client  Maria Lopez  Caregiver  John Carter": a form filled in
      }
      typed += columnType[c] == null ? 0 : 1;
      known += knownCell ? 1 : 0;
      if (key.equals("id")) {
        idColumn = idColumn == -1 ? c : -2; // one "ID" column, not two
      }
    }
    for (int c = 0; c < cells && idColumn >= 0; c++) {
      if (columnType[c] == PhiType.NAME) {
        columnType[idColumn] = PhiType.ID; // "Employee  ID": the id of the person in the row
        typed++;
        break;
      }
    }
    return known >= 2 && typed >= 1 ? cells : 0;
  }

  /** Whether a line holds JSON's or markup's marks, which no header row of a table has. */
  private static boolean structured(Text s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c == '{' || c == '}' || c == '[' || c == ']' || c == ':' || c == '=' || c == '<') {
        return true;
      }
    }
    return false;
  }

  /**
   * Splits the header cells of a fixed-width export that ran its names together ("RECEMPNO",
   * "RTCLIENTIDNAME", "MEDICAID ID CLIENT") before each column name they end in ("REC" "EMPNO",
   * "RT" "CLIENTID" "NAME"): a cell typed in one case that is no column's name, and ends in one of
   * three letters or more after two or more others. Between words, only where the words before are
   * a column's name too or the name after is a code ("PLN ZIP"), not "PLAN NAME". Returns the new
   * number of cells.
   */
  private int peel(Text s, int cells) {
    int n = 0;
    for (int c = 0; c < cells; c++) {
      int a = cellStart[c];
      int e = cellEnd[c];
      int[] cuts = this.cuts;
      int k = 0;
      while (k < cuts.length
          && e - a >= 5
          && e - a <= MAX_HEADER_CELL
          && capitals(s, a, e)
          && !known(s, a, e)) {
        int cut = -1;
        for (int i = a + 2; i <= e - 3 && cut < 0; i++) {
          cut = s.charAt(i) != ' ' && known(s, i, e) ? i : -1; // the longest name it ends in
        }
        if (cut < 0
            || (s.charAt(cut - 1) == ' '
                && !known(s, a, cut - 1)
                && !s.regionIsAny(cut, e, CODES))) {
          break; // "PLAN NAME", "CARDHOLDER NAME": one column, whose words are not two names
        }
        cuts[k++] = cut;
        e = cut;
      }
      if (n + k + 1 > MAX_CELLS) {
        return -1;
      }
      tmpStart[n] = a;
      for (int j = k - 1; j >= 0; j--) {
        tmpEnd[n++] = cuts[j];
        tmpStart[n] = cuts[j];
      }
      tmpEnd[n++] = cellEnd[c];
    }
    System.arraycopy(tmpStart, 0, cellStart, 0, n);
    System.arraycopy(tmpEnd, 0, cellEnd, 0, n);
    return n;
  }

  /** Column names that stand alone after any other ("PLN ZIP"), unlike "NAME" or "DATE". */
  private static final String[] CODES = {"zip", "ssn", "dob", "mrn", "npi", "email"};

  /** Where {@link #peel} cuts the cell it splits, from its end back. */
  private final int[] cuts = new int[8];

  private final int[] tmpStart = new int[MAX_CELLS + 1];
  private final int[] tmpEnd = new int[MAX_CELLS + 1];

  /**
   * Whether {@code [a, e)} holds only letters of one case (capitals, or lower case in a table typed
   * all in lower case), digits and single spaces between them.
   */
  private static boolean capitals(Text s, int a, int e) {
    boolean upper = false;
    boolean lower = false;
    for (int i = a; i < e; i++) {
      char ch = s.charAt(i);
      upper |= ch >= 'A' && ch <= 'Z';
      lower |= ch >= 'a' && ch <= 'z';
      boolean ok =
          (ch >= 'A' && ch <= 'Z')
              || (ch >= 'a' && ch <= 'z')
              || (ch >= '0' && ch <= '9')
              || (ch == ' ' && s.charAt(i - 1) != ' ');
      if (!ok) {
        return false;
      }
    }
    return !(upper && lower);
  }

  /** Whether {@code [a, e)} is a column's name, typed or not. */
  private static boolean known(Text s, int a, int e) {
    String key = FieldNames.normalize(s.subSequence(a, e));
    return FieldNames.typeOfNormalized(key) != null || UNTYPED.contains(key);
  }

  /** Whether a word of {@code [a, e)} is a given name or surname and no ordinary word. */
  private static boolean holdsAName(Text s, int a, int e) {
    for (int i = a; i < e; ) {
      while (i < e && !Character.isLetter(s.charAt(i))) {
        i++;
      }
      int w = i;
      while (i < e && Character.isLetter(s.charAt(i))) {
        i++;
      }
      int classes = i - w >= 2 ? Lexicon.get().word(s.chars, w, i) : 0;
      if ((classes & NAMES) != 0 && (classes & Lexicon.ORDINARY) == 0) {
        return true; // "Maria", "Lopez"; not "Last", "Read" or "Lot", which are words too
      }
    }
    return false;
  }

  private static final int NAMES = Lexicon.FIRST | Lexicon.LAST;

  /**
   * A short cell of letters, digits and {@code _-#./()} that starts with a letter, or with a number
   * before a word of three letters or more ("90-day mark", "2nd contact").
   */
  private static boolean headerLike(Text s, int a, int e) {
    if (e - a == 1 && s.charAt(a) == '#') {
      return true; // the rows' numbers
    }
    if (e - a > MAX_HEADER_CELL || e == a) {
      return false;
    }
    int run = 0;
    int longest = 0;
    boolean bracket = false;
    for (int i = a; i < e; i++) {
      char ch = s.charAt(i);
      bracket = ch == '(' || (bracket && ch != ')');
      if (!Character.isLetterOrDigit(ch)
          && " _-#./()".indexOf(ch) < 0
          && !(ch == ',' && bracket)) { // "NAME (LAST, FIRST)"
        return false;
      }
      run = Character.isLetter(ch) ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    return Character.isLetter(s.charAt(a)) || (Character.isDigit(s.charAt(a)) && longest >= 3);
  }

  /**
   * The line's most frequent delimiter, or 0 when it has none; a space stands for a run of two or
   * more spaces between cells, in a line that has no other delimiter (a report's aligned columns).
   */
  private static char delimiterOf(Text s, int from, int to) {
    int comma = 0;
    int tab = 0;
    int pipe = 0;
    int semicolon = 0;
    int depth = 0; // "CLIENT NAME (LAST, FIRST)": a comma in brackets divides no cells
    for (int i = from; i < to; i++) {
      switch (s.charAt(i)) {
        case '(' -> depth++;
        case ')' -> depth = Math.max(0, depth - 1);
        case ',' -> comma += depth == 0 ? 1 : 0;
        case '\t' -> tab++;
        case '|' -> pipe++;
        case ';' -> semicolon++;
        default -> {}
      }
    }
    int best = Math.max(Math.max(comma, tab), Math.max(pipe, semicolon));
    if (best == 0) {
      for (int i = from + 1; i + 1 < to; i++) {
        if (s.charAt(i) == ' ' && s.charAt(i + 1) == ' ' && s.charAt(i - 1) != ' ') {
          return ' ';
        }
      }
      return 0;
    }
    return best == tab ? '\t' : best == pipe ? '|' : best == comma ? ',' : ';';
  }

  /**
   * Splits a line into cells (trimmed, outer double quotes removed) into {@link #cellStart} and
   * {@link #cellEnd}; returns their number, or -1 past {@link #MAX_CELLS}.
   */
  private int split(Text s, int from, int to, char delimiter) {
    while (to > from && (s.charAt(to - 1) == ' ' || s.charAt(to - 1) == '\r')) {
      to--; // "Zip       \r\n": a line's trailing spaces open no cell
    }
    if (delimiter == '|') { // "| a | b |": a Markdown row's outer bars open and close no cell
      while (from < to && s.charAt(from) == ' ') {
        from++;
      }
      if (to - from >= 2 && s.charAt(from) == '|' && s.charAt(to - 1) == '|') {
        from++;
        to--;
      }
    }
    int cells = 0;
    int i = from;
    while (true) {
      if (cells == MAX_CELLS) {
        return -1;
      }
      while (i < to && s.charAt(i) == ' ') {
        i++;
      }
      int a = i;
      int e;
      if (i < to && s.charAt(i) == '"') {
        a = ++i;
        while (i < to && !(s.charAt(i) == '"' && (i + 1 >= to || s.charAt(i + 1) != '"'))) {
          i += s.charAt(i) == '"' ? 2 : 1;
        }
        e = Math.min(i, to);
        while (i < to && s.charAt(i) != delimiter) {
          i++;
        }
      } else if (delimiter == ' ') {
        while (i < to && !(s.charAt(i) == ' ' && i + 1 < to && s.charAt(i + 1) == ' ')) {
          i++;
        }
        e = i;
        while (i + 1 < to && s.charAt(i + 1) == ' ') {
          i++; // to the last space of the run, which the step below passes
        }
        if (i + 1 >= to) {
          i = to; // spaces end the line: no cell after them
        }
      } else {
        while (i < to && s.charAt(i) != delimiter) {
          i++;
        }
        e = i;
      }
      while (e > a && Character.isWhitespace(s.charAt(e - 1))) {
        e--;
      }
      cellStart[cells] = a;
      cellEnd[cells] = e;
      cells++;
      if (i >= to) {
        return cells;
      }
      i++;
    }
  }

  /**
   * Whether a cell's value could be of its column's type (not "n/a", not a stray word, not a filler
   * of zeros).
   */
  static boolean plausible(Text s, int a, int e, PhiType type) {
    int digits = 0;
    int longestLetters = 0;
    boolean nonZero = false;
    boolean comma = false;
    boolean at = false;
    for (int i = a, run = 0; i < e; i++) {
      char ch = s.charAt(i);
      digits += ch >= '0' && ch <= '9' ? 1 : 0;
      run = Character.isLetter(ch) ? run + 1 : 0;
      longestLetters = Math.max(longestLetters, run);
      nonZero |= ch != '0' && ch != '-' && ch != '/' && ch != ' ';
      comma |= ch == ',';
      at |= ch == '@';
    }
    boolean digit = digits > 0;
    boolean letter = longestLetters > 0;
    return switch (type) {
      case NAME ->
          letter
              && !digit
              && e - a <= 60
              && !placeholder(s, a, e)
              && !(s.charAt(a) == '(' && s.charAt(e - 1) == ')') // "(spare, office)": a note
              && !Recognizers.systemAccount(s, a, e)
              && !aWordOrCode(s, a, e);
      case CITY -> letter && !digit && e - a <= 60 && !placeholder(s, a, e);
      case EMAIL -> at;
      case PHONE -> digits >= 7 && longestLetters <= 3; // "ext", not "YEMI MD 1386702219"
      case ZIP -> {
        int ocr = ocrDigits(s, a, e);
        int read = digits + ocr;
        yield (read == 5 || read == 9) && (ocr == 0 || letters(s, a, e) == ocr);
      }
      // "Mar 3, 2025" and "3/4/25", not "Q3 2024", "FY25" or "v2.3.1"
      case DATE ->
          digit
              && nonZero
              && (!letter || (longestLetters >= 3 && calendarWords(s, a, e)))
              && dateShaped(s, a, e, digits);
      case URL -> letter && !comma;
      case ADDRESS -> digit && letter && !comma;
      case AGE_OVER_89 -> over89(s, a, e);
      case SSN -> digits >= 4 && nonZero; // the last four at least
      // not "6150 Bad Debt Expense" under "Account": a ledger's account is no one's
      case HEALTH_PLAN_ID, MRN, ACCOUNT, CARD, LICENSE ->
          digit && nonZero && e - a >= 4 && longestLetters <= 5;
      default -> digit && nonZero;
    };
  }

  /**
   * Whether a name's cell holds one word that is no name: a flag ("Y"), a word of the lexicon no
   * name list holds ("import", "PT" as a discipline), a product ("QuickBooks").
   */
  private static boolean aWordOrCode(Text s, int a, int e) {
    for (int i = a; i < e; i++) {
      if (!Character.isLetter(s.charAt(i))) {
        return false;
      }
    }
    if (e - a == 1) {
      return true;
    }
    for (int i = a + 1; i < e; i++) {
      if (Character.isUpperCase(s.charAt(i))
          && Character.isLowerCase(s.charAt(i - 1))
          && i - a > 3) {
        return true; // "QuickBooks", "WellSky"
      }
    }
    int classes = Lexicon.get().word(s.chars, a, e);
    if (e - a <= 3 && !Character.isLowerCase(s.charAt(a + 1))) {
      // initials ("CR", "HD"), unless a discipline or a role ("PT", "RN")
      return (classes & (Lexicon.ROLE | Lexicon.LICENSE_PREFIX | Lexicon.STOP)) != 0;
    }
    return classes != 0 && (classes & (Lexicon.FIRST | Lexicon.LAST)) == 0;
  }

  /**
   * Whether a date's cell of digits is written as a date: not an amount ("212.40", "$80", "2.5")
   * nor a count ("12", "1200"); eight or six digits run together are ("20260302").
   */
  private static boolean dateShaped(Text s, int a, int e, int digits) {
    int points = 0;
    int others = 0;
    for (int i = a; i < e; i++) {
      char c = s.charAt(i);
      if (c == '$') {
        return false;
      }
      points += c == '.' ? 1 : 0;
      others += c == '/' || c == '-' || c == ' ' || c == ',' ? 1 : 0;
    }
    if (points + others == 0) {
      return digits == 6 || digits == 8 || digits != e - a;
    }
    return !(points == 1 && others == 0);
  }

  /**
   * Whether every run of letters in a date's cell is a month's or a day's name or a date's small
   * word ("Mar 3, 2025", "3rd of March", "2026-03-09T07:32Z"), not "Total for 1200 Accounts".
   */
  private static boolean calendarWords(Text s, int a, int e) {
    Lexicon lexicon = Lexicon.get();
    int i = a;
    while (i < e) {
      if (!Character.isLetter(s.charAt(i))) {
        i++;
        continue;
      }
      int j = i;
      while (j < e && Character.isLetter(s.charAt(j))) {
        j++;
      }
      if (j - i > 2
          && (lexicon.word(s.chars, i, j) & (Lexicon.MONTH | Lexicon.WEEKDAY)) == 0
          && !s.regionIsAny(i, j, DATE_WORDS)) {
        return false;
      }
      i = j;
    }
    return true;
  }

  private static final String[] DATE_WORDS = {
    "the", "est", "edt", "cst", "cdt", "pst", "pdt", "utc", "gmt"
  };

  private static int letters(Text s, int a, int e) {
    int n = 0;
    for (int i = a; i < e; i++) {
      n += Character.isLetter(s.charAt(i)) ? 1 : 0;
    }
    return n;
  }

  /** The letters OCR reads for digits in {@code [a, e)}: "Ol04O" is 01040. */
  private static int ocrDigits(Text s, int a, int e) {
    int n = 0;
    for (int i = a; i < e; i++) {
      char ch = s.charAt(i);
      n += ch == 'O' || ch == 'o' || ch == 'l' || ch == 'I' ? 1 : 0;
    }
    return n;
  }

  private static boolean over89(Text s, int a, int e) {
    if (e - a < 2 || e - a > 3) {
      return false;
    }
    int v = 0;
    for (int i = a; i < e; i++) {
      char ch = s.charAt(i);
      if (ch < '0' || ch > '9') {
        return false;
      }
      v = v * 10 + ch - '0';
    }
    return Checks.ageOver89(v);
  }

  private static final String[] PLACEHOLDERS = {
    "n/a",
    "na",
    "none",
    "null",
    "unknown",
    "tbd",
    "-",
    "self",
    "same",
    "yes",
    "no",
    "total",
    "unassigned",
    "open",
    "open shift",
    "not applicable",
    "on call",
    "pending",
    "vacant",
    "remote",
    "float",
    "agency float",
    "not assigned",
    "to be assigned"
  };

  private static boolean placeholder(Text s, int a, int e) {
    return s.regionIsAny(a, e, PLACEHOLDERS);
  }
}
