package com.backofficecare.safeguard.core.detection.internal;

import com.backofficecare.safeguard.core.PhiType;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Delimited tables pasted into text (payroll exports, rosters): a header row whose column names
 * say what the cells hold ({@code last_name,ssn,hire_date}) types every cell of that column in
 * the rows under it, which no recognizer could tell from a bare surname alone. One pass over the
 * text; a table ends at a blank line or a row with another number of cells.
 */
final class Columns {

  /** Header evidence outranks a recognizer's guess that spans two cells. */
  static final double CONFIDENCE = 0.98;
  private static final int MAX_CELLS = 64;
  private static final int MAX_HEADER_CELL = 32;
  private static final Map<String, PhiType> TYPED = typedHeaders();
  /** Column names that hold no identifier, yet show that a line is a header. */
  private static final Set<String> UNTYPED = Set.of(("id city state county country gender sex"
      + " status role title department dept hours rate amount total units code type category"
      + " agency service payer notes note comments position shift start end visit number"
      + " description diagnosis dx language relationship pay gross net tax discipline team"
      + " office location region frequency").split(" "));

  private final PhiType[] columnType = new PhiType[MAX_CELLS];
  private final int[] cellStart = new int[MAX_CELLS + 1];
  private final int[] cellEnd = new int[MAX_CELLS + 1];
  private final StringBuilder name = new StringBuilder(MAX_HEADER_CELL);

  /** Proposes the typed cells of every table in {@code s}. */
  void scan(Text s, Candidates out) {
    int n = s.length();
    int line = 0;
    int columns = 0;
    char delimiter = 0;
    while (line < n) {
      int eol = line;
      while (eol < n && s.charAt(eol) != '\n') {
        eol++;
      }
      if (columns > 0) {
        if (split(s, line, eol, delimiter) == columns) {
          row(s, columns, out);
        } else {
          columns = 0;
        }
      }
      if (columns == 0 && eol < n) { // a header needs a row under it
        delimiter = delimiterOf(s, line, eol);
        columns = delimiter == 0 ? 0 : header(s, line, eol, delimiter);
      }
      line = eol + 1;
    }
  }

  private void row(Text s, int columns, Candidates out) {
    for (int c = 0; c < columns; c++) {
      PhiType type = columnType[c];
      int a = cellStart[c];
      int e = cellEnd[c];
      if (type != null && e > a && plausible(s, a, e, type)) {
        out.add(type, a, e, CONFIDENCE, "columns.header", "cell under a column header naming it");
      }
    }
  }

  /** The number of the header's cells, typed into {@link #columnType}; 0 when not a header. */
  private int header(Text s, int from, int to, char delimiter) {
    int cells = split(s, from, to, delimiter);
    if (cells < 2) {
      return 0;
    }
    int known = 0;
    int typed = 0;
    for (int c = 0; c < cells; c++) {
      columnType[c] = null;
      if (!normalize(s, cellStart[c], cellEnd[c])) {
        return 0;
      }
      String key = name.toString();
      columnType[c] = TYPED.get(key);
      typed += columnType[c] == null ? 0 : 1;
      known += columnType[c] != null || UNTYPED.contains(key) ? 1 : 0;
    }
    return known >= 2 && typed >= 1 ? cells : 0;
  }

  /** Lower-case letters and digits of a header cell into {@link #name}; false if no name. */
  private boolean normalize(Text s, int a, int e) {
    name.setLength(0);
    if (e - a > MAX_HEADER_CELL || e == a || !Character.isLetter(s.charAt(a))) {
      return false;
    }
    for (int i = a; i < e; i++) {
      char ch = s.charAt(i);
      if (Character.isLetterOrDigit(ch)) {
        name.append(Character.toLowerCase(ch));
      } else if (" _-#./()".indexOf(ch) < 0) {
        return false;
      }
    }
    return true;
  }

  /** The line's most frequent delimiter, or 0 when it has none. */
  private static char delimiterOf(Text s, int from, int to) {
    int comma = 0;
    int tab = 0;
    int pipe = 0;
    int semicolon = 0;
    for (int i = from; i < to; i++) {
      switch (s.charAt(i)) {
        case ',' -> comma++;
        case '\t' -> tab++;
        case '|' -> pipe++;
        case ';' -> semicolon++;
        default -> { }
      }
    }
    int best = Math.max(Math.max(comma, tab), Math.max(pipe, semicolon));
    if (best == 0) {
      return 0;
    }
    return best == tab ? '\t' : best == pipe ? '|' : best == comma ? ',' : ';';
  }

  /**
   * Splits a line into cells (trimmed, outer double quotes removed) into {@link #cellStart} and
   * {@link #cellEnd}; returns their number, or -1 past {@link #MAX_CELLS}.
   */
  private int split(Text s, int from, int to, char delimiter) {
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

  /** Whether a cell's value could be of its column's type (not "n/a", not a stray word). */
  private static boolean plausible(Text s, int a, int e, PhiType type) {
    boolean digit = false;
    boolean letter = false;
    boolean comma = false;
    boolean at = false;
    for (int i = a; i < e; i++) {
      char ch = s.charAt(i);
      digit |= ch >= '0' && ch <= '9';
      letter |= Character.isLetter(ch);
      comma |= ch == ',';
      at |= ch == '@';
    }
    return switch (type) {
      case NAME -> letter && !digit && e - a <= 60 && !placeholder(s, a, e);
      case EMAIL -> at;
      case URL -> letter && !comma;
      case ADDRESS -> digit && letter && !comma;
      default -> digit;
    };
  }

  private static boolean placeholder(Text s, int a, int e) {
    String v = s.subSequence(a, e).toString().toLowerCase(Locale.ROOT);
    return switch (v) {
      case "n/a", "na", "none", "null", "unknown", "tbd", "-", "self", "same" -> true;
      default -> false;
    };
  }

  private static Map<String, PhiType> typedHeaders() {
    Map<String, PhiType> m = new HashMap<>();
    put(m, PhiType.NAME, "name fullname firstname first fname givenname given lastname last lname"
        + " surname familyname middlename middle clientname patientname employeename"
        + " caregivername caregiver client patient employee aide contactname emergencycontact"
        + " guardian membername subscribername insuredname nurse physician payee");
    put(m, PhiType.DATE, "dob dateofbirth birthdate birthday hiredate hired startdate enddate date"
        + " servicedate dos visitdate admitdate admissiondate dischargedate termdate"
        + " terminationdate expires expiration expirationdate expdate expiry deathdate"
        + " dateofdeath effectivedate");
    put(m, PhiType.SSN, "ssn socialsecuritynumber socialsecurity ssnumber");
    put(m, PhiType.PHONE, "phone phonenumber phoneno cell mobile telephone tel homephone workphone"
        + " cellphone fax faxnumber contactphone emergencyphone");
    put(m, PhiType.EMAIL, "email emailaddress mail");
    put(m, PhiType.ADDRESS, "address streetaddress street address1 addressline1 addr homeaddress");
    put(m, PhiType.ZIP, "zip zipcode postalcode postcode");
    put(m, PhiType.MRN, "mrn medicalrecordnumber medicalrecord chart chartnumber");
    put(m, PhiType.HEALTH_PLAN_ID, "medicareid mbi medicarenumber medicaidid medicaidnumber"
        + " memberid subscriberid policynumber hicn insuranceid");
    put(m, PhiType.ACCOUNT, "account accountnumber accountno acct acctno routing routingnumber"
        + " aba bankaccount iban");
    put(m, PhiType.CARD, "card cardnumber creditcard pan ccnumber");
    put(m, PhiType.LICENSE, "license licensenumber licenseno licence npi dea certnumber"
        + " certificationnumber");
    put(m, PhiType.VEHICLE_ID, "plate licenseplate vin vehicleid");
    put(m, PhiType.DEVICE_ID, "serial serialnumber sn deviceid imei");
    put(m, PhiType.IP, "ip ipaddress");
    put(m, PhiType.URL, "url website");
    put(m, PhiType.ID, "employeeid empid clientid patientid caregiverid staffid badge");
    return Map.copyOf(m);
  }

  private static void put(Map<String, PhiType> m, PhiType type, String names) {
    for (String n : names.split(" ")) {
      m.putIfAbsent(n, type);
    }
  }
}
