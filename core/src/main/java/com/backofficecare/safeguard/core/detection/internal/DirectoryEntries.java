package com.backofficecare.safeguard.core.detection.internal;

import com.backofficecare.safeguard.core.PhiType;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Staff and portal accounts as a directory writes them: LDAP distinguished names ({@code
 * uid=jfields,ou=Caregivers,dc=kindhands,dc=local}, {@code CN=Bird\, Jolene,OU=Office Staff}), LDIF
 * entries ({@code cn: June Fields}, {@code l: Grove City}, {@code cn:: Sm9zw6k=}) and PowerShell's
 * aligned lists ({@code SamAccountName : jbird}). A person's common name and login are names, an
 * attribute types its value; the attribute names and the tree's own parts ({@code ou=}, {@code
 * dc=}) are no one's PHI, nor are groups and service accounts ("cn=Schedulers", "svc-evv-sync").
 * One pass over the text.
 */
final class DirectoryEntries {

  /** An attribute that names its value outranks a recognizer's guess. */
  static final double CONFIDENCE = Columns.CONFIDENCE;

  private static final String RECOGNIZER = "directory";

  private static final String WHY = "a directory entry's attribute";

  private static final int MAX_VALUE = 120;

  /** What a directory attribute holds, by its normalized name. */
  private static final Map<String, PhiType> ATTRIBUTES =
      Map.ofEntries(
          Map.entry("cn", PhiType.NAME),
          Map.entry("displayname", PhiType.NAME),
          Map.entry("name", PhiType.NAME),
          Map.entry("gecos", PhiType.NAME),
          Map.entry("sn", PhiType.NAME),
          Map.entry("surname", PhiType.NAME),
          Map.entry("givenname", PhiType.NAME),
          Map.entry("uid", PhiType.NAME),
          Map.entry("samaccountname", PhiType.NAME),
          Map.entry("l", PhiType.CITY),
          Map.entry("city", PhiType.CITY),
          Map.entry("street", PhiType.ADDRESS),
          Map.entry("streetaddress", PhiType.ADDRESS),
          Map.entry("postaladdress", PhiType.ADDRESS),
          Map.entry("homepostaladdress", PhiType.ADDRESS),
          Map.entry("postalcode", PhiType.ZIP),
          Map.entry("telephonenumber", PhiType.PHONE),
          Map.entry("homephone", PhiType.PHONE),
          Map.entry("mobile", PhiType.PHONE),
          Map.entry("mobilephone", PhiType.PHONE),
          Map.entry("officephone", PhiType.PHONE),
          Map.entry("pager", PhiType.PHONE),
          Map.entry("facsimiletelephonenumber", PhiType.PHONE),
          Map.entry("mail", PhiType.EMAIL),
          Map.entry("emailaddress", PhiType.EMAIL),
          Map.entry("userprincipalname", PhiType.EMAIL),
          Map.entry("employeenumber", PhiType.ID),
          Map.entry("employeeid", PhiType.ID),
          Map.entry("objectguid", PhiType.ID),
          Map.entry("objectsid", PhiType.ID),
          Map.entry("sid", PhiType.ID));

  /** Accounts that are no person's: "cn=admin", "uid=kiosk". */
  private static final String[] SYSTEM_ACCOUNTS = {
    "admin",
    "administrator",
    "root",
    "manager",
    "guest",
    "kiosk",
    "krbtgt",
    "users",
    "computers",
    "builtin",
    "readonly",
    "replicator",
    "config",
    "schema",
    "monitor",
    "scanner",
    "service",
    "test"
  };

  private final Lexicon lexicon = Lexicon.get();
  private final FixedFields found = new FixedFields();

  void scan(Text s, Candidates out) {
    int n = s.length();
    found.reset();
    boolean ldif = s.regionIs(0, Math.min(n, 3), "dn:");
    for (int i = 0; i + 4 < n && !ldif; i++) {
      ldif = s.charAt(i) == '\n' && s.regionIs(i + 1, i + 4, "dn:");
    }
    for (int a = 0; a < n; ) {
      int e = a;
      while (e < n && s.charAt(e) != '\n') {
        e++;
      }
      line(s, a, e, ldif);
      a = e + 1;
    }
    found.propose(out, CONFIDENCE, RECOGNIZER, WHY);
  }

  private void line(Text s, int a, int e, boolean ldif) {
    int k = a;
    while (k < e && (Text.isAsciiAlnum(s.charAt(k)) || s.charAt(k) == '-')) {
      k++;
    }
    int colon = k;
    boolean aligned = false;
    while (colon < e && s.charAt(colon) == ' ') {
      colon++;
      aligned = true;
    }
    boolean encoded = colon + 1 < e && s.charAt(colon) == ':' && s.charAt(colon + 1) == ':';
    if (k > a && colon < e && s.charAt(colon) == ':' && (ldif || aligned || encoded)) {
      PhiType type = ATTRIBUTES.get(FieldNames.normalize(s.subSequence(a, k)));
      if (type != null || (ldif && Character.isLowerCase(s.charAt(a)))) {
        attribute(s, a, k, colon, e, type);
        return;
      }
    }
    names(s, a, e);
  }

  /** {@code cn: June Fields}, {@code cn:: Sm9z...}, {@code EmployeeID : 40118}. */
  private void attribute(Text s, int a, int k, int colon, int e, @Nullable PhiType type) {
    int v = colon + 1;
    boolean encoded = v < e && s.charAt(v) == ':';
    if (encoded) {
      v++;
    }
    while (v < e && s.charAt(v) == ' ') {
      v++;
    }
    int end = e;
    while (end > v && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\r')) {
      end--;
    }
    found.own(a, v);
    if (type == null || end <= v || end - v > MAX_VALUE) {
      if (s.regionIs(a, k, "dn")) {
        names(s, v, e);
      }
      return;
    }
    if (encoded) {
      if (type == PhiType.NAME || type == PhiType.ADDRESS || type == PhiType.CITY) {
        found.value(type, v, end);
      }
      return;
    }
    if (type == PhiType.NAME) {
      if (equalsSign(s, v, end)) {
        names(s, v, e); // "Manager : CN=Summers\, Faith,OU=..."
      } else if (login(s, a, k) ? loginLike(s, v, end) : personLike(s, v, end)) {
        found.value(type, v, end);
      }
      return;
    }
    if (Columns.plausible(s, v, end, type)) {
      found.value(type, v, end);
    }
  }

  private static boolean login(Text s, int a, int k) {
    return s.regionIs(a, k, "uid") || s.regionIs(a, k, "samaccountname");
  }

  /** Every distinguished name on the line from {@code a} to {@code e}. */
  private void names(Text s, int a, int e) {
    for (int i = a; i < e; i++) {
      if (s.charAt(i) == '=' && i > a) {
        int r = i;
        while (r > a && Character.isLetter(s.charAt(r - 1)) && i - r < 3) {
          r--;
        }
        if (r < i && (r == a || !Text.isAsciiAlnum(s.charAt(r - 1))) && tree(s, r, i)) {
          i = distinguishedName(s, r, e) - 1;
        }
      }
    }
  }

  /** Whether {@code [r, eq)} is an attribute a distinguished name is made of. */
  private static boolean tree(Text s, int r, int eq) {
    return s.regionIs(r, eq, "cn")
        || s.regionIs(r, eq, "uid")
        || s.regionIs(r, eq, "ou")
        || s.regionIs(r, eq, "dc")
        || s.regionIs(r, eq, "o");
  }

  /**
   * Reads the distinguished name at {@code r}: its parts until a quote, a bracket or the line's
   * end. Only one with two parts at least, one of them the tree's ({@code ou=}, {@code dc=}), is
   * taken. Returns where it ends.
   */
  private int distinguishedName(Text s, int r, int e) {
    int parts = 0;
    boolean inTree = false;
    int valueCountBefore = found.values();
    int at = r;
    while (at < e) {
      int eq = at;
      while (eq < e && eq - at <= 3 && Character.isLetter(s.charAt(eq))) {
        eq++;
      }
      if (eq >= e || s.charAt(eq) != '=' || !tree(s, at, eq)) {
        break;
      }
      boolean dc = s.regionIs(at, eq, "dc");
      boolean org = dc || s.regionIs(at, eq, "ou") || s.regionIs(at, eq, "o");
      inTree |= org;
      int v = eq + 1;
      int end = v;
      while (end < e && end - v <= MAX_VALUE) {
        char c = s.charAt(end);
        if (c == '\\' && end + 1 < e) {
          end += 2;
          continue;
        }
        if (c == ',' || c == '"' || c == ')' || c == ';' || c == '>' || (c == ' ' && dc)) {
          break;
        }
        end++;
      }
      parts++;
      if (!org && end > v) {
        boolean login = s.regionIs(at, eq, "uid");
        if (login ? loginLike(s, v, end) : personLike(s, v, end)) {
          found.value(PhiType.NAME, v, end);
        }
      }
      if (end >= e || s.charAt(end) != ',') {
        at = end;
        break;
      }
      at = end + 1;
    }
    if (parts < 2 || !inTree) {
      found.truncate(valueCountBefore);
      return Math.max(r + 1, at);
    }
    found.own(r, at);
    return at;
  }

  /** "jfields", "pearl.gaines": a login as a person's; not "admin" or "svc-evv-sync". */
  private static boolean loginLike(Text s, int a, int e) {
    if (e - a < 3 || e - a > 40) {
      return false;
    }
    int letters = 0;
    for (int i = a; i < e; i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
      } else if (!(c == '.' || c == '_' || (c >= '0' && c <= '9' && i > a))) {
        return false;
      }
    }
    return letters >= 3 && !s.regionIsAny(a, e, SYSTEM_ACCOUNTS);
  }

  /**
   * "June Fields", "Bird\, Jolene", "Okafor-Bello": words of letters, one of them on a name list,
   * or two capitalized words none of which is an ordinary word; not "Schedulers" or "svc-evv-sync".
   */
  private boolean personLike(Text s, int a, int e) {
    int words = 0;
    int listed = 0;
    int ordinary = 0;
    int capitalized = 0;
    int i = a;
    while (i < e) {
      char c = s.charAt(i);
      if (hexEscape(s, i, e) && s.regionIs(i + 1, i + 3, "2c")) {
        i += 3; // "Bird\\2C Jonathan": an escaped comma
        continue;
      }
      if (c == ' ' || c == ',' || (c == '\\' && !hexEscape(s, i, e)) || c == '.') {
        i++;
        continue;
      }
      int w = i;
      while (i < e
          && (Character.isLetter(s.charAt(i))
              || s.charAt(i) == '\''
              || s.charAt(i) == '-'
              || (hexEscape(s, i, e) && !s.regionIs(i + 1, i + 3, "2c")))) {
        i += s.charAt(i) == '\\' ? 3 : 1; // "N\\C3\\BA\\C3\\B1ez": UTF-8 bytes escaped
      }
      if (i == w) {
        return false; // a digit or a symbol: no one's name
      }
      if (i < e
          && !(s.charAt(i) == ' '
              || s.charAt(i) == ','
              || s.charAt(i) == '\\'
              || s.charAt(i) == '.')) {
        return false;
      }
      words++;
      int classes = 0;
      int from = w;
      for (int j = w; j <= i; j++) { // "Okafor-Bello": each part
        if (j == i || s.charAt(j) == '-') {
          classes |= lexicon.word(s.chars, from, j);
          from = j + 1;
        }
      }
      if ((classes & (Lexicon.FIRST | Lexicon.LAST)) != 0) {
        listed++;
      } else if ((classes & Lexicon.ORDINARY) != 0) {
        ordinary++;
      }
      capitalized += Character.isUpperCase(s.charAt(w)) ? 1 : 0;
    }
    if (words == 0 || words > 5 || s.regionIsAny(a, e, SYSTEM_ACCOUNTS)) {
      return false;
    }
    return listed > 0 ? ordinary < words : capitalized >= 2 && ordinary == 0;
  }

  /** Whether a backslash and two hexadecimal digits start at {@code i}: "\\C3". */
  private static boolean hexEscape(Text s, int i, int e) {
    return i + 2 < e
        && s.charAt(i) == '\\'
        && Character.digit(s.charAt(i + 1), 16) >= 0
        && Character.digit(s.charAt(i + 2), 16) >= 0;
  }

  private static boolean equalsSign(Text s, int a, int e) {
    for (int i = a; i < e && i - a < 4; i++) {
      if (s.charAt(i) == '=') {
        return true;
      }
    }
    return false;
  }
}
