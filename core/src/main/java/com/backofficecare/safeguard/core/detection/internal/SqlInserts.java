package com.backofficecare.safeguard.core.detection.internal;

import com.backofficecare.safeguard.core.PhiType;
import org.jspecify.annotations.Nullable;

/**
 * Rows pasted as SQL ({@code INSERT INTO clients (id, mrn, last_name, dob) VALUES (10481,
 * 'MR0048812', 'Nakamura', '1931-11-05')}): a value's meaning is its column's, named in the
 * statement's column list, which no recognizer reads from the bare tuple. One pass over the text; a
 * statement is read up to the first thing that is no tuple.
 */
final class SqlInserts {

  /** A column named in the statement outranks a recognizer's guess. */
  static final double CONFIDENCE = Columns.CONFIDENCE;

  private static final int MAX_COLUMNS = 256;
  private static final String WHY = "value of a column named in an INSERT's column list";

  /** Tables of people, whose own {@code id} and {@code display_name} identify one. */
  private static final String[] PERSON_TABLES =
      ("client clients patient patients caregiver caregivers employee employees staff member"
              + " members user users contact contacts aide aides nurse nurses resident residents"
              + " person persons people")
          .split(" ");

  private final @Nullable PhiType[] columnType = new PhiType[MAX_COLUMNS];
  private int columns;
  private int at;

  /** Whether the statement stands in a diff, its tuples on lines marked added or removed. */
  private boolean diff;

  /** Proposes the values of typed columns in every {@code INSERT ... VALUES} of {@code s}. */
  void scan(Text s, Candidates out) {
    int n = s.length();
    for (int i = 0; i + 7 <= n; i++) {
      char c = s.charAt(i);
      if ((c == 'i' || c == 'I' || c == 'r' || c == 'R')
          && (s.regionIs(i, i + 6, "insert") || s.regionIs(i, i + 7, "replace"))
          && (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)))
          && statement(s, i + (c == 'i' || c == 'I' ? 6 : 7))) {
        diff = inDiff(s, i);
        tuples(s, out);
        i = at - 1;
      }
    }
  }

  /**
   * Reads "{@code INTO table (columns) VALUES}" from {@code i}, typing each column; leaves {@link
   * #at} after {@code VALUES}.
   */
  private boolean statement(Text s, int i) {
    at = i;
    if (!space(s)) {
      return false;
    }
    if (word(s, "ignore") && !space(s)) { // MySQL's INSERT IGNORE
      return false;
    }
    if (!word(s, "into") || !space(s)) {
      return false;
    }
    int table = at;
    name(s);
    int tableEnd = at;
    boolean people = person(s, table, tableEnd);
    space(s);
    if (at >= s.length() || s.charAt(at) != '(') {
      return false;
    }
    at++;
    columns = 0;
    while (true) {
      space(s);
      int a = at;
      name(s);
      if (at == a) {
        return false;
      }
      if (columns < MAX_COLUMNS) { // a wider table's later columns stay untyped
        columnType[columns++] = typeOf(s, a, at, people);
      }
      space(s);
      if (at >= s.length()) {
        return false;
      }
      char c = s.charAt(at++);
      if (c == ')') {
        break;
      }
      if (c != ',') {
        return false;
      }
    }
    space(s);
    return word(s, "values");
  }

  /** Reads tuples from {@link #at}, proposing each typed value, until what follows is no tuple. */
  private void tuples(Text s, Candidates out) {
    int n = s.length();
    while (true) {
      space(s);
      diffMarker(s);
      if (at >= n || s.charAt(at) != '(') {
        return;
      }
      at++;
      for (int c = 0; ; c++) {
        space(s);
        int a;
        int e;
        if (at + 1 < n && s.charAt(at + 1) == '\'' && "NnEe".indexOf(s.charAt(at)) >= 0) {
          at++; // N'...', E'...': a national or escaped string
        }
        if (at < n && s.charAt(at) == '\'') {
          a = ++at;
          while (at < n && (s.charAt(at) != '\'' || (at + 1 < n && s.charAt(at + 1) == '\''))) {
            // '' is a quote inside the value, as \' is in MySQL's dumps
            at += s.charAt(at) == '\'' || s.charAt(at) == '\\' ? 2 : 1;
          }
          at = Math.min(at, n);
          e = at;
          if (at < n) {
            at++;
          }
        } else {
          a = at;
          int depth = 0;
          while (at < n) {
            char ch = s.charAt(at);
            if (ch == '(') {
              depth++;
            } else if (((ch == ')' || ch == ',') && depth == 0) || ch == '\n' || comment(s, at)) {
              break;
            } else if (ch == ')') {
              depth--;
            }
            at++;
          }
          e = at;
          while (e > a && s.charAt(e - 1) == ' ') {
            e--;
          }
        }
        PhiType type = c < columns ? columnType[c] : null;
        if (type != null
            && e > a
            && !s.regionIs(a, e, "null")
            && (s.charAt(a - 1) == '\'' || "$?:@%#{".indexOf(s.charAt(a)) < 0) // $1, :dob, #{dob}
            && Columns.plausible(s, a, e, type)) {
          out.add(type, a, e, CONFIDENCE, "sql.insert", WHY);
        }
        space(s);
        if (at >= n) {
          return;
        }
        char ch = s.charAt(at++);
        if (ch == ')') {
          break;
        }
        if (ch != ',') {
          return;
        }
      }
      space(s);
      if (at < n && s.charAt(at) == ';' && diff) {
        at++; // "-(9003, ...);" then "+(9003, ...),": the last tuple changed, the list goes on
        continue;
      }
      if (at >= n || s.charAt(at) != ',') {
        return;
      }
      at++;
    }
  }

  /**
   * Whether the statement at {@code i} stands in a unified diff: its line is a hunk's header ("@@
   * -3,8 +3,10 @@ INSERT INTO ...") or is marked added or removed.
   */
  private static boolean inDiff(Text s, int i) {
    int line = i;
    while (line > 0 && s.charAt(line - 1) != '\n' && i - line < 40) {
      line--; // a hunk's header ends where its line's first 40 characters do
    }
    if (line > 0 && s.charAt(line - 1) != '\n') {
      return false;
    }
    if (line + 1 >= i) {
      return line < i && (s.charAt(line) == '+' || s.charAt(line) == '-');
    }
    char first = s.charAt(line);
    return (first == '@' && s.charAt(line + 1) == '@')
        || ((first == '+' || first == '-') && s.charAt(line + 1) != first);
  }

  /** Passes over a diff's mark of an added or removed line ("+(9004, ...", "+ (9004, ..."). */
  private void diffMarker(Text s) {
    if (!diff || at == 0 || s.charAt(at - 1) != '\n' || at >= s.length()) {
      return;
    }
    char c = s.charAt(at);
    if (c == '+' || c == '-') {
      int i = at + 1;
      while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
        i++; // "+  (2, 'Dawit', ...)": a row indented after its mark
      }
      if (i < s.length() && s.charAt(i) == '(') {
        at = i;
      }
    }
  }

  private static @Nullable PhiType typeOf(Text s, int a, int e, boolean people) {
    String column = FieldNames.normalize(s.subSequence(a, e));
    if (!people && column.equals("name")) {
      return null; // a product's, a role's or a drug's name
    }
    PhiType type = FieldNames.typeOfNormalized(column);
    if (type == null && people && (column.equals("id") || column.equals("displayname"))) {
      return column.equals("id") ? PhiType.ID : PhiType.NAME;
    }
    return type;
  }

  /** Whether the table's last name part ("dbo.clients", {@code "Patients"}) is of people. */
  private static boolean person(Text s, int a, int e) {
    int last = a;
    for (int i = a; i < e; i++) {
      if (s.charAt(i) == '.') {
        last = i + 1;
      }
    }
    while (last < e && !Character.isLetter(s.charAt(last))) {
      last++;
    }
    int end = e;
    while (end > last && !Character.isLetter(s.charAt(end - 1))) {
      end--;
    }
    for (String table : PERSON_TABLES) { // "clients", "patient_demographics"
      if (end - last >= table.length()
          && s.regionIs(last, last + table.length(), table)
          && (end - last == table.length()
              || !Character.isLetter(s.charAt(last + table.length())))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Reads a table's or column's name from {@link #at}: its parts, bare or quoted ({@code [Last
   * Name]}, {@code "Date of Birth"}, {@code `dob`}), joined by points.
   */
  private void name(Text s) {
    int n = s.length();
    while (at < n) {
      char c = s.charAt(at);
      char close = c == '[' ? ']' : c == '"' || c == '`' ? c : 0;
      if (close != 0) {
        int end = at + 1;
        while (end < n && end - at <= MAX_NAME && s.charAt(end) != close && s.charAt(end) != '\n') {
          end++;
        }
        if (end >= n || s.charAt(end) != close) {
          return;
        }
        at = end + 1;
      } else if (Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '$') {
        at++;
      } else {
        return;
      }
    }
  }

  private static final int MAX_NAME = 128;

  /** Whether a comment opens at {@code i}: "--" or a slash and an asterisk. */
  private static boolean comment(Text s, int i) {
    if (i + 1 >= s.length()) {
      return false;
    }
    char c = s.charAt(i);
    char next = s.charAt(i + 1);
    return (c == '-' && next == '-') || (c == '/' && next == '*');
  }

  /** Passes over white space and comments ({@code -- to the line's end}, {@code /* ... * /}). */
  private boolean space(Text s) {
    int from = at;
    int n = s.length();
    while (at < n) {
      char c = s.charAt(at);
      if (Character.isWhitespace(c)) {
        at++;
      } else if (comment(s, at) && c == '-') {
        while (at < n && s.charAt(at) != '\n') {
          at++;
        }
      } else if (comment(s, at)) {
        at += 2;
        while (at + 1 < n && !(s.charAt(at) == '*' && s.charAt(at + 1) == '/')) {
          at++;
        }
        at = Math.min(at + 2, n);
      } else {
        break;
      }
    }
    return at > from;
  }

  private boolean word(Text s, String lower) {
    int e = at + lower.length();
    if (e > s.length()
        || !s.regionIs(at, e, lower)
        || (e < s.length() && Character.isLetterOrDigit(s.charAt(e)))) {
      return false;
    }
    at = e;
    return true;
  }
}
