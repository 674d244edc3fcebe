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

  private static final int MAX_COLUMNS = 64;
  private static final String WHY = "value of a column named in an INSERT's column list";

  /** Tables of people, whose own {@code id} and {@code display_name} identify one. */
  private static final String[] PERSON_TABLES =
      ("client clients patient patients caregiver caregivers employee employees staff member"
              + " members user users contact contacts aide aides nurse nurses resident residents")
          .split(" ");

  private final @Nullable PhiType[] columnType = new PhiType[MAX_COLUMNS];
  private int columns;
  private int at;

  /** Proposes the values of typed columns in every {@code INSERT ... VALUES} of {@code s}. */
  void scan(Text s, Candidates out) {
    int n = s.length();
    for (int i = 0; i + 6 <= n; i++) {
      char c = s.charAt(i);
      if ((c == 'i' || c == 'I')
          && s.regionIs(i, i + 6, "insert")
          && (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)))
          && statement(s, i + 6)) {
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
    if (!space(s) || !word(s, "into") || !space(s)) {
      return false;
    }
    int table = at;
    while (at < s.length() && name(s.charAt(at))) {
      at++;
    }
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
      while (at < s.length() && name(s.charAt(at))) {
        at++;
      }
      if (at == a || columns == MAX_COLUMNS) {
        return false;
      }
      columnType[columns++] = typeOf(s, a, at, people);
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
      if (at >= n || s.charAt(at) != '(') {
        return;
      }
      at++;
      for (int c = 0; ; c++) {
        space(s);
        int a;
        int e;
        if (at < n && s.charAt(at) == '\'') {
          a = ++at;
          while (at < n && (s.charAt(at) != '\'' || (at + 1 < n && s.charAt(at + 1) == '\''))) {
            at += s.charAt(at) == '\'' ? 2 : 1; // '' is a quote inside the value
          }
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
            } else if (((ch == ')' || ch == ',') && depth == 0) || ch == '\n') {
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
      if (at >= n || s.charAt(at) != ',') {
        return;
      }
      at++;
    }
  }

  private static @Nullable PhiType typeOf(Text s, int a, int e, boolean people) {
    String column = FieldNames.normalize(s.subSequence(a, e));
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
    return end > last && s.regionIsAny(last, end, PERSON_TABLES);
  }

  /** A character of a table's or column's name, quoted or not. */
  private static boolean name(char c) {
    return Character.isLetterOrDigit(c)
        || c == '_'
        || c == '.'
        || c == '"'
        || c == '`'
        || c == '['
        || c == ']';
  }

  private boolean space(Text s) {
    int from = at;
    while (at < s.length() && Character.isWhitespace(s.charAt(at))) {
      at++;
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
