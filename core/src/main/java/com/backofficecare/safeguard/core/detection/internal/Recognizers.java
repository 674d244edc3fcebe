package com.backofficecare.safeguard.core.detection.internal;

import static com.backofficecare.safeguard.core.detection.internal.Lexicon.*;
import static com.backofficecare.safeguard.core.detection.internal.Tokens.ALNUM;
import static com.backofficecare.safeguard.core.detection.internal.Tokens.EMAIL;
import static com.backofficecare.safeguard.core.detection.internal.Tokens.NUM;
import static com.backofficecare.safeguard.core.detection.internal.Tokens.PUNCT;
import static com.backofficecare.safeguard.core.detection.internal.Tokens.URL;
import static com.backofficecare.safeguard.core.detection.internal.Tokens.WORD;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.backofficecare.safeguard.core.PhiType;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * The format and label recognizers (everything the {@link ContextModel} does not decide alone),
 * dispatched on the kind of token each may start at. Each looks at a bounded number of tokens
 * around its start, so a whole text costs time linear in its length.
 */
final class Recognizers {

  /** How many tokens back a label may stand from the value it introduces. */
  private static final int CUE_WINDOW = 5;

  private final Tokens tk;
  private final Text s;
  private final Candidates out;
  private final StringBuilder digits = new StringBuilder(32);
  private final int[] lens = new int[5];
  private final char[] sep = new char[1];
  private int groupsToken = -1;
  private int groupsGeneration = -1;
  private int groupsCount;

  /** The first token of the line {@link #at} reads: a question on the line before is found once. */
  private int lineStart;

  /**
   * The last token of the last age over 89 said in words: "I'm ninety, but I do myself.
   * Ninety-one."
   */
  private int ageSaid = -100;

  Recognizers(Tokens tokens, Candidates out) {
    this.tk = tokens;
    this.s = tokens.text;
    this.out = out;
  }

  void at(int t) {
    if (t == 0 || tk.newlineBefore(t)) {
      lineStart = t;
    }
    switch (tk.kind[t]) {
      case EMAIL -> {
        if (!messageId(t)) {
          out.add(PhiType.EMAIL, tk.start[t], tk.end[t], 0.97, "email.syntax", "local@domain.tld");
        }
      }
      case URL -> {
        boolean escape = tk.start[t] > 0 && s.charAt(tk.start[t] - 1) == '%'; // "zq%40example.org"
        if (!databaseUrl(t) && !codeSystem(t) && !mailHost(t) && !escape) {
          out.add(PhiType.URL, tk.start[t], tk.end[t], 0.95, "url.syntax", "scheme, www or domain");
        }
      }
      case NUM -> number(t);
      case ALNUM -> {
        code(t);
        if (tk.isPunct(t - 1, '$')) {
          cashTag(t);
        }
        if (tk.length(t) <= 5 && Tokens.isDigit(s.charAt(tk.start[t]))) {
          ordinalAge(t); // "her 91st", "Mrs. Delphine's 100th"
          ageJoinedToSex(t); // "93F from home"
        }
        login(t);
        maskedRun(t);
        if (tk.equalsIgnoreCase(t, "d0b")) {
          spacedDate(t); // "D0B: O4 / 1l / 1 9 3 7": OCR's O for the label's zero
        }
        if (s.charAt(tk.start[t]) == 'A') {
          alienNumber(t); // "A220 917 341"
        }
        if (caps(t)) {
          uscisReceipt(t);
        }
        commentAuthor(t);
        xTail(t);
        calledExtension(t);
        if (tk.length(t) >= 4 && tk.length(t) <= 6 && caps(t)) {
          callSign(t);
        }
        monthBetweenDigits(t);
        if (t == 0 || tk.newlineBefore(t) || afterLineStamp(t)) {
          screenName(t);
        }
      }
      case WORD -> {
        word(t);
        login(t);
        if (tk.isPunct(t - 1, ':') && t - lineStart <= 10) {
          townAnswered(t);
        }
        if (tk.length(t) == 4 && tk.equalsIgnoreCase(t, "from")) {
          introducedFrom(t);
        }
        nameBeforeRelation(t);
        signedName(t);
        afterLowerCaseTitle(t);
        shortSurnameAfterTitle(t);
        if (t >= 3 && lineCase != null && lineCase[t] == ContextFeatures.CASE_LOWER) {
          speakerAfterATime(t);
        }
        if (tk.equalsAnyIgnoreCase(t, RECORD_NUMBER_LABELS)) {
          recordNumber(t);
        }
        if (tk.equalsAnyIgnoreCase(t, HELD_NUMBER_LABELS)) {
          heldNumber(t);
        }
        if (tk.equalsAnyIgnoreCase(t, RELATIONS)) {
          relativeBeforePhone(t);
          relativeNamedInCapitals(t);
        }
        if ((tk.equalsIgnoreCase(t, "by") && tk.equalsAnyIgnoreCase(t - 1, GO))
            || (tk.equalsIgnoreCase(t, "aka") && !tk.capitalizedOnly(t)) // not the name Aka
            || tk.equalsIgnoreCase(t, "nicknamed")
            || (tk.equalsIgnoreCase(t, "called") && tk.equalsIgnoreCase(t - 1, "be"))) {
          nameGoneBy(t);
        }
        if (tk.equalsAnyIgnoreCase(t, CALLED_PEOPLE) && tk.equalsAnyIgnoreCase(t - 1, CALLS)) {
          calledBy(t + 1);
        }
        if (tk.equalsIgnoreCase(t, "badge")) {
          badgeNumber(t);
        }
        if (tk.equalsAnyIgnoreCase(t, MILITARY_POST)) {
          militaryAddress(t);
        }
        if (tk.wordIs(t, STATE_NAME) && tk.wordIs(t, FIRST)) {
          relativeNamedAsAState(t);
        }
      }
      case PUNCT -> punct(t);
      default -> {}
    }
  }

  // ---------------------------------------------------------------------------------- context

  /** The cues of the nearest labelled word within the window before token {@code t}. */
  int nearestCue(int t) {
    return nearestCue(t, true);
  }

  /**
   * The cues of the nearest cue word before {@code t}; a preposition that is also a cue ("from",
   * "on", "since") adds the cues of the word before it, so "sms from 2125550187" is a phone.
   */
  private int nearestCue(int t, boolean lookPastPreposition) {
    int seen = 0;
    for (int k = t - 1; k >= 0 && seen < CUE_WINDOW; k--) {
      if (tk.newlineBefore(k + 1) && k + 1 < t) {
        return 0;
      }
      byte kind = tk.kind[k];
      if (kind == PUNCT) {
        char c = tk.symbol[k];
        if (c == ';'
            || c == '|'
            || c == '~' // field and segment ends (HL7, X12)
            || (c == '*' && !tk.isPunct(k - 1, '*') && !tk.isPunct(k + 1, '*')) // not a mask
            || (c == '.' && k + 1 < t && tk.joined(k + 1) == false && !tk.is(k - 1, WORD))) {
          return 0;
        }
        continue;
      }
      if (tk.cue[k] != 0) {
        if (tk.isPunct(k + 1, '.') && tk.joined(k + 1) && tk.joined(k + 2) && tk.is(k + 2, WORD)) {
          return 0; // "evv.phone.retries = 5", "cache.mrn.ttl": a setting's key, not a label
        }
        if (bodyNamedCommission(k) || (isGenericLabel(k) && bodyNamedCommission(k - 1))) {
          return 0; // "Joint Commission # 123456": the agency's accreditation, no one's licence
        }
        int cue = tk.cue[k];
        if (isGenericLabel(k)) {
          int p = k - 1;
          while (p >= 0 && tk.is(p, PUNCT) && (tk.isPunct(p, '.') || tk.isPunct(p, '\''))) {
            p--;
          }
          if (p >= 0 && tk.cue[p] != 0 && (tk.cue[p] & ~C_ID) != 0) {
            return tk.cue[p] & ~C_ID;
          }
        }
        if (lookPastPreposition && isPrepositionCue(k)) {
          return cue | nearestCue(k, false);
        }
        return cue;
      }
      if (kind == NUM || kind == EMAIL || kind == URL || (kind == ALNUM && tk.length(k) > 4)) {
        return 0;
      }
      seen++;
    }
    return 0;
  }

  private boolean isPrepositionCue(int k) {
    return tk.equalsIgnoreCase(k, "from")
        || tk.equalsIgnoreCase(k, "on")
        || tk.equalsIgnoreCase(k, "since")
        || tk.equalsIgnoreCase(k, "until");
  }

  /** id, number, no, num, record: "driver record", yet "record 12" alone is a chart. */
  private boolean isGenericLabel(int k) {
    return tk.wordIs(k, GENERIC_LABEL);
  }

  /** The first group of a MAC address (two hex digits before '-') or of IPv6 (before ':'). */
  private boolean hexGroupBefore(int t, int len) {
    return (tk.isPunct(t + 1, ':') && len <= 4)
        || (len == 2 && tk.isPunct(t + 1, '-') && tk.joined(t + 1));
  }

  /**
   * Whether the token before {@code t}, skipping {@code : # - .} and "on file" or "of record", is a
   * cue of the given class.
   */
  private boolean labelBefore(int t, int cueClass) {
    int k = t - 1;
    while (k >= 0
        && (tk.isPunct(k, ':') || tk.isPunct(k, '#') || tk.isPunct(k, '-') || tk.isPunct(k, '.'))) {
      k--;
    }
    if ((tk.equalsIgnoreCase(k, "file") && tk.equalsIgnoreCase(k - 1, "on"))
        || (tk.equalsIgnoreCase(k, "record") && tk.equalsIgnoreCase(k - 1, "of"))) {
      k -= 2; // "ZIP on file: 11103", "Address of record": the label before what it is kept as
      if (tk.equalsIgnoreCase(k, "code") && (tk.cue[k - 1] & cueClass) != 0) {
        k--; // "Zip code on file:"
      }
    }
    return k >= 0 && (tk.cue[k] & cueClass) != 0;
  }

  // ---------------------------------------------------------------------------------- numbers

  /**
   * The limits of 32- and 64-bit integers, which code, configuration files and database dumps print
   * ("maxValue: 2147483647") and which are nobody's phone or account unless a label says so
   * ("Member ID 4294967295").
   */
  private static final String[] INTEGER_LIMITS = {
    "2147483647",
    "2147483648",
    "4294967295",
    "4294967296",
    "9223372036854775807",
    "9223372036854775808",
    "18446744073709551615"
  };

  /**
   * "41.58231, -72.90114", "center=39.95259,-75.16522", "\"lat\": 44.97702": where a person is, as
   * latitude and longitude in decimal degrees (Safe Harbor removes geocodes with the street). Both
   * values need four decimals or more; a pair needs a minus sign (every longitude of the Americas
   * has one) or a word before it on its line that says place ("gps", "location", "pin"), since
   * exchange rates and lab values are written alike; one value alone only after a key that names
   * it.
   */
  private void coordinates(int t) {
    int a = tk.start[t];
    if (a > 0 && (Tokens.isDigit(s.charAt(a - 1)) || s.charAt(a - 1) == '.')) {
      return; // the decimals of a number, or a part of a dotted one
    }
    boolean negative = a > 0 && s.charAt(a - 1) == '-';
    int first = negative ? a - 1 : a;
    if (first > 0
        && (Tokens.isLetter(s.charAt(first - 1)) || Tokens.isDigit(s.charAt(first - 1)))) {
      return;
    }
    int value = degrees(a, 180);
    if (value < 0) {
      return;
    }
    int end = hemisphere(value);
    int n = s.length();
    int i = end;
    boolean comma = i < n && s.charAt(i) == ',';
    i += comma ? 1 : 0;
    int spaces = 0;
    for (; spaces < 2 && i < n && (s.charAt(i) == ' ' || s.charAt(i) == '\t'); spaces++) {
      i++;
    }
    boolean west = i < n && s.charAt(i) == '-';
    int sign = west ? i + 1 : i;
    int second = comma || spaces > 0 ? degrees(sign, 180) : -1;
    if (second > 0) {
      int secondEnd = hemisphere(second);
      boolean lettered = end > value && secondEnd > second; // "41.58° N, 72.90° W"
      boolean aLatitude = tk.intValue(t) <= 90 || wholeDegrees(sign) <= 90; // either order
      if (aLatitude
          && (tk.intValue(t) > 0 || s.charAt(sign) != '0') // not "0.0123, 0.0456"
          && (negative
              || west
              || lettered
              || tk.equalsAnyIgnoreCase(placeWordBefore(t), PLACE_WORDS))) {
        out.add(
            PhiType.ADDRESS, first, secondEnd, 0.85, "address.coordinates", "latitude, longitude");
        return;
      }
    }
    int key = coordinateKeyBefore(first);
    if (key != NO_KEY && !(key == LATITUDE && tk.intValue(t) > 90) && !zeroes(a, value)) {
      out.add(PhiType.ADDRESS, first, end, 0.85, "address.coordinates", "after its key");
    }
  }

  /** Past a degree sign and a hemisphere's letter after decimal degrees ending at {@code i}. */
  private int hemisphere(int i) {
    int n = s.length();
    int j = i < n && (s.charAt(i) == '\u00b0' || s.charAt(i) == '\u00ba') ? i + 1 : i;
    int k = j < n && s.charAt(j) == ' ' ? j + 1 : j;
    return hemisphereLetter(k) ? k + 1 : j;
  }

  /** Whether N, S, E or W stands alone at {@code i}, as after a coordinate. */
  private boolean hemisphereLetter(int i) {
    return i < s.length()
        && "NSEW".indexOf(s.charAt(i)) >= 0
        && (i + 1 >= s.length() || !Tokens.isLetter(s.charAt(i + 1)));
  }

  /** The whole degrees of the decimal degrees that start at {@code i}. */
  private int wholeDegrees(int i) {
    int v = 0;
    for (int j = i; j < s.length() && Tokens.isDigit(s.charAt(j)); j++) {
      v = v * 10 + s.charAt(j) - '0';
    }
    return v;
  }

  /** The nearest word before token {@code t} on its line, at most eight tokens back, or -1. */
  private int placeWordBefore(int t) {
    for (int k = t - 1; k >= 0 && k >= t - 8; k--) {
      if (tk.equalsAnyIgnoreCase(k, PLACE_WORDS)) {
        return k;
      }
      if (tk.newlineBefore(k)) {
        break;
      }
    }
    return -1;
  }

  private static final WordList PLACE_WORDS =
      WordList.of(
          "lat",
          "latitude",
          "lng",
          "lon",
          "longitude",
          "latlng",
          "gps",
          "coordinates",
          "coords",
          "location",
          "loc",
          "pin",
          "fix",
          "center",
          "centre",
          "geo",
          "position",
          "point",
          "pos");

  /**
   * Where decimal degrees that start at {@code i} end (one to three digits, at most {@code max}, a
   * point, four to eight decimals, then neither a digit nor another point), or -1.
   */
  private int degrees(int i, int max) {
    int n = s.length();
    int v = 0;
    int j = i;
    while (j < n && j - i < 4 && Tokens.isDigit(s.charAt(j))) {
      v = v * 10 + s.charAt(j++) - '0';
    }
    if (j == i || j - i > 3 || v > max || j >= n || s.charAt(j) != '.') {
      return -1;
    }
    int d = ++j;
    while (j < n && Tokens.isDigit(s.charAt(j))) {
      j++;
    }
    boolean more =
        j < n
            && ((Tokens.isLetter(s.charAt(j)) && !hemisphereLetter(j))
                || (s.charAt(j) == '.' && j + 1 < n && Tokens.isDigit(s.charAt(j + 1))));
    return j - d >= 4 && j - d <= 8 && !more ? j : -1;
  }

  /** Whether the digits from {@code a} to {@code b} are all zeroes: a tracker with no fix. */
  private boolean zeroes(int a, int b) {
    for (int i = a; i < b; i++) {
      char c = s.charAt(i);
      if (c != '0' && c != '.') {
        return false;
      }
    }
    return true;
  }

  private static final int NO_KEY = 0;
  private static final int LATITUDE = 1;
  private static final int LONGITUDE = 2;

  /** The key for latitude or longitude just before {@code i} ("lat": , lng=), or NO_KEY. */
  private int coordinateKeyBefore(int i) {
    int k = i - 1;
    while (k >= 0 && (s.charAt(k) == ' ' || s.charAt(k) == '"' || s.charAt(k) == '\'')) {
      k--;
    }
    if (k >= 0 && k == i - 2 && s.charAt(k + 1) == ' ' && Tokens.isLetter(s.charAt(k))) {
      // "Latitude 44.97702": the whole word, one space before the value
      int a = k;
      while (a > 0 && Tokens.isLetter(s.charAt(a - 1))) {
        a--;
      }
      return s.regionIs(a, k + 1, "latitude")
          ? LATITUDE
          : s.regionIs(a, k + 1, "longitude") ? LONGITUDE : NO_KEY;
    }
    if (k < 0 || (s.charAt(k) != ':' && s.charAt(k) != '=')) {
      return NO_KEY;
    }
    k--;
    while (k >= 0 && (s.charAt(k) == ' ' || s.charAt(k) == '"' || s.charAt(k) == '\'')) {
      k--;
    }
    int end = k + 1;
    while (k >= 0 && Tokens.isLetter(s.charAt(k))) {
      k--;
    }
    if (s.regionIsAny(k + 1, end, LATITUDE_KEYS) || camelKey(k + 1, end, "latitude", "lat")) {
      return LATITUDE;
    }
    return s.regionIsAny(k + 1, end, LONGITUDE_KEYS)
            || camelKey(k + 1, end, "longitude", "lng")
            || camelKey(k + 1, end, "longitude", "lon")
        ? LONGITUDE
        : NO_KEY;
  }

  /** Whether the key from {@code a} to {@code b} ends in a capitalized word: "clockInLatitude". */
  private boolean camelKey(int a, int b, String word, String shortWord) {
    for (String w : new String[] {word, shortWord}) {
      int at = b - w.length();
      if (at > a
          && s.charAt(at) == Character.toUpperCase(w.charAt(0))
          && Tokens.isLower(s.charAt(at - 1))
          && s.regionIs(at, b, w)) {
        return true;
      }
    }
    return false;
  }

  private static final String[] LATITUDE_KEYS = {"lat", "latitude"};
  private static final String[] LONGITUDE_KEYS = {"lng", "lon", "longitude"};

  private void number(int t) {
    int len = tk.length(t);
    if ((tk.isPunct(t + 1, '-') && tk.joined(t + 1) && inUuid(t))
        || (tk.isPunct(t - 1, '-') && inUuid(t))
        || (len >= 10
            && s.regionIsAny(tk.start[t], tk.end[t], INTEGER_LIMITS)
            && nearestCue(t) == 0)) {
      return;
    }
    if (hexGroupBefore(t, len)) {
      hexAddress(tk.start[t]);
    }
    if (len <= 3 && tk.isPunct(t + 1, '.') && tk.joined(t + 1)) {
      coordinates(t);
    }
    if (len <= 4 && !tk.joined(t) && !tk.joined(t + 1)) {
      spacedValue(t);
    }
    if (len <= 4 && !tk.joined(t) && (tk.isPunct(t + 1, ',') || !tk.joined(t + 1))) {
      spelledValue(t); // "1, E, G, 4, T, E, 5, M, K, 7, 3"
    }
    if (len == 2 || len == 3) {
      ageAfterAName(t);
    }
    if (len >= 2 && len <= 5) {
      houseNumberSaidBack(t);
    }
    if (len >= 4 && len <= 7) {
      pager(t);
    }
    if (len == 2 && !tk.joined(t) && !tk.joined(t + 1)) {
      spaceSeparatedDate(t);
    }
    if (len == 4 && !tk.joined(t) && !tk.joined(t + 1)) {
      yearFirstSpacedDate(t);
    }
    if (len == 6 && !tk.joined(t) && (!tk.joined(t + 1) || endsAValue(t + 1))) {
      claimFormDate(t);
    }
    if (len == 4 && tk.isPunct(t + 1, ':') && tk.joined(t + 1)) {
      exifDate(t);
    }
    if (len == 4 && tk.joined(t)) {
      fileNameDate(t);
    }
    if ((len == 19 || len == 20)
        && s.charAt(tk.start[t]) == '8'
        && s.charAt(tk.start[t] + 1) == '9') {
      out.add(PhiType.DEVICE_ID, tk.start[t], tk.end[t], 0.75, "device.iccid", ICCID);
    }
    if (len == 4 && s.charAt(tk.start[t]) == '8' && s.charAt(tk.start[t] + 1) == '9') {
      groupedIccid(t);
    }
    if (len == 2 && (tk.intValue(t) == 35 || tk.intValue(t) == 86)) {
      groupedImei(t);
    }
    if (len <= 6 && tk.isPunct(t + 1 + (len <= 2 ? 2 : 0), '.')) {
      fileStemDate(t, len);
    }
    if (len == 2 && (t == 0 || tk.newlineBefore(t)) && tk.isPunct(t + 1, '-')) {
      logcatDate(t);
    }
    // Several shapes may propose; overlap resolution keeps the most confident. Each is called
    // only for the digit counts it accepts (its own first test), which keeps this path short.
    if (tk.joined(t + 1) || tk.is(t + 1, NUM)) {
      dateNumeric(t);
    }
    if (tk.joined(t)
        && (tk.isPunct(t - 1, '-') || tk.isPunct(t - 1, '.') || tk.isPunct(t - 1, '/'))
        && tk.is(t - 2, NUM)
        && tk.joined(t - 1)) {
      return; // "45" of 123-45-6789: the first group's recognizers judged the whole
    }
    if (len == 1 || len == 3) {
      if (!phone(t) && len == 3) {
        localPhone(t);
      }
    }
    if (len == 3) {
      ssn(t);
    }
    if (len == 4) {
      card(t);
      birthYear(t);
      accountTail(t);
      maskedTail(t);
      lastFour(t);
      lastFourAnswered(t);
      brandTail(t);
    }
    if (len <= 3 && tk.isPunct(t - 1, '+') && tk.joined(t)) {
      internationalPhone(t);
    }
    if (len >= 10 && len <= 15 && tk.isPunct(t - 1, '+') && tk.joined(t)) {
      e164(t);
    }
    if (len <= 3) {
      ipv4(t);
    }
    if (len == 5) {
      brandTail(t);
      accountTail(t);
      zip(t);
    }
    if (len == 2 || len == 3) {
      age(t);
    }
    if (len <= 6) {
      address(t);
    }
    if (len <= 2) {
      writtenDateDayFirst(t);
    }
    if (len == 8 && inFileName(t) && compactDate(t)) {
      out.add(PhiType.DATE, tk.start[t], tk.end[t], 0.8, "date.file-name", FILE_DAY);
    }
    if (len >= 4 && len <= 9 && (!tk.joined(t + 1) || tk.is(t + 1, PUNCT))) {
      barNumber(t);
    }
    if (len >= 5
        && (!tk.joined(t + 1)
            || tk.isPunct(t + 1, ',')
            || tk.isPunct(t + 1, ';')
            || tk.isPunct(t + 1, '|')
            || tk.isPunct(t + 1, '^')
            || tk.isPunct(t + 1, '*')
            || tk.isPunct(t + 1, '~')
            || tk.isPunct(t + 1, ')')
            || tk.isPunct(t + 1, ']')
            || (tk.isPunct(t + 1, ':') && !tk.joined(t + 2))
            || (tk.isPunct(t + 1, '.') && !(tk.joined(t + 2) && tk.is(t + 2, NUM))))) {
      // "SSN 123456789. 2 forms signed": a sentence ends there, no decimal point
      if (boundaryBefore(t)) {
        if (!tk.isPunct(t - 1, '$')) {
          bareNumber(t, len);
        }
      }
    }
  }

  /**
   * "State Bar No. 48213", "Florida Bar #0918274", "ARDC 6312240", "SBN 288104": an attorney's bar
   * or registration number, a licence. "Bar" alone is no label: its "No.", "#" or "Number" must
   * follow it, and no word but a state's come before it ("NC State Bar", "Florida Bar"; not "grab
   * bar #8718", "Towel Bar No.").
   */
  private void barNumber(int t) {
    int k = t - 1;
    boolean hash = false;
    while (tk.isPunct(k, ':') || tk.isPunct(k, '.') || tk.isPunct(k, '#')) {
      hash |= tk.isPunct(k, '#');
      k--;
    }
    boolean numberWord = tk.equalsIgnoreCase(k, "no") || tk.equalsIgnoreCase(k, "number");
    int label = numberWord ? k - 1 : k;
    if (numberWord && (tk.isPunct(label, '.') || tk.isPunct(label, ':'))) {
      label--;
    }
    boolean bar =
        tk.equalsIgnoreCase(label, "bar")
            && (numberWord || hash)
            && (!tk.is(label - 1, WORD) // "Esq., Bar No. 0291847"; not "grab bar #8718"
                || tk.equalsIgnoreCase(label - 1, "state")
                || tk.wordIs(label - 1, STATE | STATE_NAME));
    if (bar || tk.equalsAnyIgnoreCase(label, BAR_REGISTRIES)) {
      out.add(
          PhiType.LICENSE, tk.start[t], tk.end[t], 0.85, "license.bar", "an attorney's bar number");
    }
  }

  /** The abbreviations of attorney registration bodies that number their members. */
  private static final WordList BAR_REGISTRIES =
      WordList.of("ardc", "sbn", "bbo", "wsba", "vsb", "fbn", "osb");

  /** A run of digits standing alone: its length, checksums and the nearest label decide. */
  private void bareNumber(int t, int len) {
    if (len < 5) {
      return;
    }
    CharSequence d = s.subSequence(tk.start[t], tk.end[t]);
    int cue = nearestCue(t);
    int a = tk.start[t];
    int b = tk.end[t];
    if ((cue & C_NOT_PHI) != 0
        && (cue & ~C_NOT_PHI) == 0
        && !(len >= 13 && len <= 19 && Checks.luhn(d) && Checks.cardIssuer(d))) {
      return; // a reference's number, unless it is a card's ("ref 4111111111111111")
    }
    if ((cue & C_SSN) != 0 && len == 9) {
      out.add(PhiType.SSN, a, b, 0.9, "ssn.labelled", "nine digits after an SSN label");
    } else if ((cue & C_NPI) != 0 && len == 10) {
      out.add(PhiType.LICENSE, a, b, Checks.npi(d) ? 0.97 : 0.75, "npi", "NPI label, check digit");
    } else if ((cue & C_ROUTING) != 0 && len == 9) {
      out.add(PhiType.ACCOUNT, a, b, 0.92, "account.routing", "routing label");
    } else if ((cue & C_CARD) != 0 && len >= 13 && len <= 19) {
      out.add(PhiType.CARD, a, b, Checks.luhn(d) ? 0.95 : 0.7, "card.labelled", "card label");
    } else if ((cue & C_PHONE) != 0 && (len == 10 || len == 7 || len == 11)) {
      out.add(PhiType.PHONE, a, b, 0.8, "phone.labelled", "phone label, bare digits");
    } else if ((cue & C_PLAN) != 0) {
      out.add(PhiType.HEALTH_PLAN_ID, a, b, 0.85, "plan.labelled", "health plan label");
    } else if ((cue & C_MRN) != 0) {
      out.add(PhiType.MRN, a, b, 0.85, "mrn.labelled", "medical record label");
    } else if ((cue & (C_LICENSE | C_DEA)) != 0) {
      out.add(PhiType.LICENSE, a, b, 0.85, "license.labelled", "license label");
    } else if ((cue & C_ACCOUNT) != 0
        || ((cue & C_ROUTING) != 0 && (len >= 6 || tk.is(t + 1, NUM)))) {
      // not "in-home ABA (97153)": a therapy's billing code, no bank's number
      out.add(PhiType.ACCOUNT, a, b, 0.88, "account.labelled", "account label");
    } else if ((cue & C_DEVICE) != 0 && len >= 6) {
      out.add(PhiType.DEVICE_ID, a, b, 0.8, "device.labelled", "device label");
    } else if ((cue & C_VEHICLE) != 0 && len >= 5 && len <= 8) {
      out.add(PhiType.VEHICLE_ID, a, b, 0.7, "plate.labelled", "vehicle label");
    } else if ((cue & C_ID) != 0) {
      out.add(PhiType.ID, a, b, 0.75, "id.labelled", "client or employee label");
    } else if (len >= 4 && len <= 17 && followsRoutingNumber(t)) {
      out.add(PhiType.ACCOUNT, a, b, 0.8, "account.after-routing", "after an ABA routing number");
    } else if (len >= 13 && len <= 19 && Checks.luhn(d) && Checks.cardIssuer(d)) {
      out.add(PhiType.CARD, a, b, 0.9, "card.luhn", "Luhn check and an issuer's prefix");
    } else if (compactTimestamp(t)) {
      return; // a YYYYMMDDHHMM[SS] time stamp (HL7 MSH-7): the time of a message, not a person
    } else if (len == 9 && Checks.abaRouting(d)) {
      out.add(PhiType.ACCOUNT, a, b, 0.7, "account.aba", "ABA routing checksum");
    } else if (len == 10 && Checks.npi(d)) {
      out.add(PhiType.LICENSE, a, b, 0.55, "npi.checksum", "NPI check digit, no label");
    } else if (len == 8 && compactDate(t)) {
      out.add(PhiType.DATE, a, b, (cue & C_DATE) != 0 ? 0.9 : 0.6, "date.compact", "YYYYMMDD");
    } else if (len == 15
        && ((d.charAt(0) == '3' && d.charAt(1) == '5')
            || (d.charAt(0) == '8' && d.charAt(1) == '6'))
        && Checks.luhn(d)) {
      out.add(PhiType.DEVICE_ID, a, b, 0.7, "device.imei", IMEI);
    } else if (len >= 8 && len <= 17) {
      out.add(PhiType.ACCOUNT, a, b, 0.55, "account.digits", "long digit run, no label");
    }
  }

  /**
   * Whether number {@code t} is joined by an underscore to what comes before or after it, and not
   * to a business number's label ("CHECK_20250402", "PO_", "build_").
   */
  private boolean inFileName(int t) {
    boolean before =
        (tk.isPunct(t - 1, '_')
                || (tk.isPunct(t - 1, '-') && tk.equalsAnyIgnoreCase(t - 2, MEDIA_FILES)))
            && tk.joined(t);
    if (before && tk.joined(t - 1) && tk.equalsAnyIgnoreCase(t - 2, NOT_A_DATE_BEFORE)) {
      return false;
    }
    return before || (tk.isPunct(t + 1, '_') && tk.joined(t + 1));
  }

  private static final WordList NOT_A_DATE_BEFORE =
      WordList.of(
          "check", "chk", "po", "sku", "trn", "acct", "routing", "build", "ver", "version", "v",
          "rc", "invoice", "inv", "order", "ord", "batch", "job", "ticket", "ref", "id");

  /** Eight digits that read as a date from 1900 to 2099: HL7, X12 and file-name dates. */
  private boolean compactDate(int t) {
    return compactDateAt(tk.start[t]);
  }

  /**
   * The eight digits at {@code a} read as YYYYMMDD from 1900 to 2099, on a day its month has: a
   * file or batch number such as 20250230 is no one's date.
   */
  private boolean compactDateAt(int a) {
    int y = Integer.parseInt(s, a, a + 4, 10);
    int m = Integer.parseInt(s, a + 4, a + 6, 10);
    int d = Integer.parseInt(s, a + 6, a + 8, 10);
    return y >= 1900 && y <= 2099 && month(m) && d >= 1 && d <= YearMonth.of(y, m).lengthOfMonth();
  }

  /**
   * ISO 8601's basic format, a calendar and an iCalendar date with a time: "20251112T093000",
   * "20251110T141502Z", "20251112T0930". Its date is a date like "2025-11-12T09:30:00".
   */
  private boolean basicTimestamp(int a, int len) {
    if (len < 13 || len > 16 || (s.charAt(a + 8) | 0x20) != 't' || !allDigits(a, a + 8)) {
      return false;
    }
    int time = len - ((s.charAt(a + len - 1) | 0x20) == 'z' ? 1 : 0) - 9;
    return (time == 4 || time == 6) && allDigits(a + 9, a + 9 + time) && compactDateAt(a);
  }

  /** YYYYMMDDHHMM or YYYYMMDDHHMMSS. */
  private boolean compactTimestamp(int t) {
    int a = tk.start[t];
    int len = tk.length(t);
    return (len == 12 || len == 14)
        && compactDateAt(a)
        && Integer.parseInt(s, a + 8, a + 10, 10) < 24
        && Integer.parseInt(s, a + 10, a + 12, 10) < 60
        && (len == 12 || Integer.parseInt(s, a + 12, a + 14, 10) < 60);
  }

  /** Whether the value before {@code t} (across one delimiter) is an ABA routing number. */
  private boolean followsRoutingNumber(int t) {
    int k = t - 1;
    if (tk.is(k, PUNCT) && ",;/|".indexOf(tk.symbol[k]) >= 0) {
      k--;
    }
    return k >= 0
        && k < t
        && tk.is(k, NUM)
        && tk.length(k) == 9
        && Checks.abaRouting(s.subSequence(tk.start[k], tk.end[k]));
  }

  /** Whether token {@code t} starts a value: whitespace or a delimiter before it. */
  private boolean boundaryBefore(int t) {
    if (!tk.joined(t)) {
      return true;
    }
    if (tk.kind[t - 1] != PUNCT) {
      return false;
    }
    char c = tk.symbol[t - 1];
    return c == ',' || c == ';' || c == ':' || c == '#' || c == '(' || c == '[' || c == '"'
        || c == '\'' || c == '|' || c == '=' || c == '{' || c == '*' || c == '~' || c == '^';
  }

  private boolean sepIs(int t, char c) {
    return tk.isPunct(t, c) && tk.joined(t) && tk.joined(t + 1);
  }

  /**
   * Whether token {@code t} is a hyphen or an en dash with a space on one side or both: "123 - 45",
   * "123 – 45" (a word processor's), "123 -45".
   */
  private boolean spacedHyphen(int t) {
    return (tk.isPunct(t, '-') || tk.isPunct(t, '\u2013'))
        && t > 0
        && t + 1 < tk.count
        && (!tk.joined(t) || !tk.joined(t + 1))
        && tk.start[t] - tk.end[t - 1] <= 3
        && tk.start[t + 1] - tk.end[t] <= 3
        && !tk.newlineBefore(t)
        && !tk.newlineBefore(t + 1);
  }

  /**
   * Digit groups separated by one character throughout (or all by single spaces), at most {@code
   * max} of them: their lengths in {@link #lens}, the separator in {@link #sep}. Several
   * recognizers ask about the same token, so the answer for the last token is kept.
   */
  private int groups(int t, int max) {
    if (t != groupsToken || tk.generation != groupsGeneration) {
      groupsCount = scanGroups(t);
      groupsToken = t;
      groupsGeneration = tk.generation;
    }
    return Math.min(groupsCount, max);
  }

  private int scanGroups(int t) {
    int n = 0;
    int k = t;
    char separator = 0;
    while (n < lens.length && tk.is(k, NUM)) {
      lens[n++] = tk.length(k);
      if (n == lens.length) {
        break;
      }
      if (tk.is(k + 1, PUNCT) && tk.joined(k + 1) && tk.joined(k + 2) && tk.is(k + 2, NUM)) {
        char c = tk.symbol[k + 1];
        if ((c != '-' && c != '.' && c != '/') || (separator != 0 && separator != c)) {
          break;
        }
        separator = c;
        k += 2;
      } else if (tk.is(k + 1, NUM)
          && !tk.joined(k + 1)
          && (separator == 0 || separator == ' ')
          && s.charAt(tk.end[k]) == ' '
          && tk.start[k + 1] == tk.end[k] + 1) {
        separator = ' ';
        k += 1;
      } else {
        break;
      }
    }
    sep[0] = separator;
    return n;
  }

  private int tokenAfterGroups(int t, int n, char sep) {
    return sep == ' ' ? t + n - 1 : t + 2 * n - 2;
  }

  private boolean ssn(int t) {
    if (tk.length(t) == 3
        && tk.is(t + 1, NUM)
        && tk.length(t + 1) == 2
        && tk.is(t + 2, NUM)
        && tk.length(t + 2) == 4
        && !tk.joined(t + 1)
        && !tk.joined(t + 2)
        && (nearestCue(t) & C_SSN) != 0) {
      out.add(
          PhiType.SSN,
          tk.start[t],
          tk.end[t + 2],
          0.9,
          "ssn.labelled",
          "3 2 4 digits after an SSN label");
      return true;
    }
    if (tk.length(t) == 3
        && spacedHyphen(t + 1)
        && tk.is(t + 2, NUM)
        && tk.length(t + 2) == 2
        && spacedHyphen(t + 3)
        && tk.is(t + 4, NUM)
        && tk.length(t + 4) == 4
        && (!tk.joined(t + 5) || (tk.is(t + 5, PUNCT) && !tk.is(t + 6, NUM)))
        && (nearestCue(t) & C_SSN) != 0) {
      out.add(
          PhiType.SSN,
          tk.start[t],
          tk.end[t + 4],
          0.9,
          "ssn.labelled",
          "3 2 4 digits after an SSN label"); // "SSN: 123 - 45 - 6789"
      return true;
    }
    if (tk.length(t) == 3
        && sepIs(t + 1, '-')
        && tk.is(t + 2, NUM)
        && tk.length(t + 2) == 2
        && sepIs(t + 3, '-')
        && tk.is(t + 4, ALNUM)
        && hicnTail(t + 4)) {
      out.add(
          PhiType.HEALTH_PLAN_ID,
          tk.start[t],
          tk.end[t + 4],
          0.85,
          "plan.hicn",
          "SSN-shaped claim number and beneficiary code (HICN)");
      return true;
    }
    if (!(tk.length(t) == 3
        && sepIs(t + 1, '-')
        && tk.is(t + 2, NUM)
        && tk.length(t + 2) == 2
        && sepIs(t + 3, '-')
        && tk.is(t + 4, NUM)
        && tk.length(t + 4) == 4)) {
      return false;
    }
    if ((tk.joined(t) && tk.isPunct(t - 1, '-')) || (continued(t + 5) && tk.joined(t + 6))) {
      return false;
    }
    int area = tk.intValue(t);
    int group = tk.intValue(t + 2);
    int serial = tk.intValue(t + 4);
    boolean labelled = (nearestCue(t) & C_SSN) != 0;
    double conf;
    String why;
    if (Checks.ssn(area, group, serial)) {
      conf = labelled ? 0.98 : 0.9;
      why = "3-2-4 digits, valid SSN area, group and serial";
    } else if (Checks.itin(area, group)) {
      conf = labelled ? 0.95 : 0.85;
      why = "3-2-4 digits, valid ITIN";
    } else {
      conf = labelled ? 0.85 : 0.6;
      why = "3-2-4 digits failing SSN rules";
    }
    out.add(PhiType.SSN, tk.start[t], tk.end[t + 4], conf, "ssn.format", why);
    return true;
  }

  /**
   * Whether the mark at {@code k} carries a number on ("123-45-6789-01", "555-201-3344.5"): a mark
   * written against the value and a number after it. A field delimiter (",", "|", ";", "^", "~",
   * ":") ends the value instead: "123-45-6789|4471" is an SSN and the next field.
   */
  private boolean continued(int k) {
    if (!(tk.joined(k) && tk.is(k, PUNCT) && tk.is(k + 1, NUM))) {
      return false;
    }
    char c = tk.symbol[k];
    return c != ',' && c != '|' && c != ';' && c != '^' && c != '~' && c != ':';
  }

  /** "6789A", "6789B1", "6789T": four digits and a HICN beneficiary code. */
  private boolean hicnTail(int k) {
    int a = tk.start[k];
    int n = tk.length(k);
    return (n == 5 || n == 6)
        && allDigits(a, a + 4)
        && isUpperAscii(s.charAt(a + 4))
        && (n == 5 || Tokens.isDigit(s.charAt(a + 5)) || isUpperAscii(s.charAt(a + 5)));
  }

  private boolean phone(int t) {
    // 3-3-4 with '-' or '.', or with single spaces after a phone label.
    int p = t;
    int first = t;
    if (tk.length(t) == 1 && s.charAt(tk.start[t]) == '1') {
      if ((sepIs(t + 1, '-') || sepIs(t + 1, '.')) && tk.is(t + 2, NUM) && tk.length(t + 2) == 3) {
        p = t + 2;
      } else if (tk.is(t + 1, NUM) && !tk.joined(t + 1) && tk.length(t + 1) == 3) {
        p = t + 1;
      } else if (tk.isPunct(t + 1, '(') && !tk.joined(t + 1)) {
        p = t + 1;
      }
    }
    if (tk.isPunct(p, '(') && tk.is(p + 1, NUM)) {
      return parenPhone(p, first);
    }
    if (!(tk.is(p, NUM) && tk.length(p) == 3)) {
      return false;
    }
    int n = groups(p, 3);
    if (n != 3 || lens[0] != 3 || lens[1] != 3 || lens[2] != 4 || sep[0] == '/') {
      return false;
    }
    int last = tokenAfterGroups(p, 3, sep[0]);
    if (continued(last + 1)) {
      return false;
    }
    boolean labelled = (nearestCue(first) & C_PHONE) != 0;
    if (sep[0] == ' ' && !labelled) {
      return false;
    }
    int start = tk.start[first];
    if (first == t && tk.isPunct(t - 1, '1') == false && tk.isPunct(t - 1, '+')) {
      start = tk.start[t - 1];
    }
    if (first != p && tk.isPunct(first - 1, '+') && tk.joined(first)) {
      start = tk.start[first - 1];
    }
    digitsOf(p, last);
    double conf = Checks.nanp(digits) ? (labelled ? 0.97 : 0.9) : (labelled ? 0.8 : 0.6);
    out.add(PhiType.PHONE, start, extension(last), conf, "phone.nanp", "NANP 3-3-4 digits");
    return true;
  }

  /** "(312) 555-0175", "(312) 555.0175", "(312) 555 0175". */
  private boolean parenPhone(int p, int first) {
    if (!(tk.length(p + 1) == 3
        && tk.isPunct(p + 2, ')')
        && tk.is(p + 3, NUM)
        && tk.length(p + 3) == 3)) {
      return false;
    }
    int last;
    char c = tk.is(p + 4, PUNCT) ? tk.symbol[p + 4] : 0;
    if ((c == '-' || c == '.') && tk.is(p + 5, NUM) && tk.length(p + 5) == 4) {
      last = p + 5;
    } else if (tk.is(p + 4, NUM)
        && tk.length(p + 4) == 4
        && tk.start[p + 4] == tk.end[p + 3] + 1
        && s.charAt(tk.end[p + 3]) == ' ') {
      last = p + 4;
    } else {
      return false;
    }
    if (continued(last + 1)) {
      return false;
    }
    digits.setLength(0);
    digits
        .append(s, tk.start[p + 1], tk.end[p + 1])
        .append(s, tk.start[p + 3], tk.end[p + 3])
        .append(s, tk.start[last], tk.end[last]);
    boolean labelled = (nearestCue(first) & C_PHONE) != 0;
    double conf = Checks.nanp(digits) ? 0.97 : (labelled ? 0.8 : 0.65);
    int start = tk.start[first];
    if (first != p || tk.isPunct(first - 1, '+')) {
      start = tk.isPunct(first - 1, '+') && tk.joined(first) ? tk.start[first - 1] : start;
    }
    out.add(PhiType.PHONE, start, extension(last), conf, "phone.nanp", "NANP (3) 3-4 digits");
    return true;
  }

  /**
   * "+354 555 1234", "+44 (0)20 7946 0958", "+49 30-1234-5678": a country code after '+' and groups
   * of digits split by single spaces, hyphens or dots, 6 to 13 digits after the code.
   */
  private void internationalPhone(int cc) {
    int digitsAfter = 0;
    int last = cc;
    int k = cc + 1;
    if (tk.isPunct(k, '(')
        && tk.is(k + 1, NUM)
        && tk.length(k + 1) == 1
        && tk.isPunct(k + 2, ')')) {
      k += 3; // the trunk prefix some countries write: (0)
    }
    if (tk.joined(k) && !tk.isPunct(k - 1, ')')) {
      return; // "+1234": a code must stand apart from the number
    }
    while (tk.is(k, NUM) && tk.length(k) <= 8) {
      if (tk.is(k - 1, NUM)
          && (tk.start[k] != tk.end[k - 1] + 1 || s.charAt(tk.end[k - 1]) != ' ')) {
        break;
      }
      digitsAfter += tk.length(k);
      last = k;
      if ((tk.isPunct(k + 1, '-') || tk.isPunct(k + 1, '.'))
          && tk.joined(k + 1)
          && tk.joined(k + 2)
          && tk.is(k + 2, NUM)) {
        k += 2;
      } else if (tk.is(k + 1, NUM) && !tk.joined(k + 1)) {
        k += 1;
      } else {
        break;
      }
    }
    if (last == cc
        || digitsAfter < 6
        || digitsAfter > 13
        || (tk.joined(last + 1) && tk.is(last + 2, NUM))) {
      return;
    }
    boolean labelled = (nearestCue(cc - 1) & C_PHONE) != 0;
    out.add(
        PhiType.PHONE,
        tk.start[cc - 1],
        extension(last),
        labelled ? 0.92 : 0.85,
        "phone.international",
        "'+', country code and digit groups");
  }

  /**
   * "+16465550183", "+447700900123": a number in E.164, as messaging services and APIs write it,
   * the country code run into the number, ten digits or more. After "+1" it must be a North
   * American one.
   */
  private void e164(int t) {
    int plus = t - 1;
    if ((plus > 0 && tk.joined(plus) && !tk.is(plus - 1, PUNCT))
        || (tk.joined(t + 1) && (tk.is(t + 1, NUM) || tk.is(t + 1, WORD) || tk.is(t + 1, ALNUM)))) {
      return; // "x+12345678", "+12345678kg": arithmetic or a measure
    }
    int a = tk.start[t];
    if (s.charAt(a) == '1'
        && (tk.length(t) != 11 || s.charAt(a + 1) < '2' || s.charAt(a + 4) < '2')) {
      return;
    }
    if (s.charAt(a) == '0' || s.regionIs(tk.end[t] - 6, tk.end[t], "000000")) {
      return; // no country code starts with 0; "+25000000000" is an amount
    }
    out.add(PhiType.PHONE, tk.start[plus], tk.end[t], 0.9, "phone.e164", "'+' and an E.164 number");
  }

  /** "555-0123" after a phone cue: a local number without its area code. */
  private void localPhone(int t) {
    if (groups(t, 3) != 2
        || lens[1] != 4
        || (sep[0] != '-' && sep[0] != '.')
        || (tk.joined(t) && !boundaryBefore(t))) {
      return;
    }
    int last = t + 2;
    if (tk.joined(last + 1) && tk.is(last + 1, PUNCT) && tk.is(last + 2, NUM)) {
      return;
    }
    int end = extension(last);
    boolean exchange = s.charAt(tk.start[t]) >= '2'; // no exchange opens with 0 or 1
    if ((nearestCue(t) & C_PHONE) != 0
        || (exchange && extensionSaid(last, end)) // "555-0150 x 31", "555-0139 ext 214"
        || (exchange && signatureLetter(t - 1))) { // "P 555-0139 | F 555-0140"
      out.add(
          PhiType.PHONE, tk.start[t], end, 0.75, "phone.local", "3-4 digits after a phone label");
    }
  }

  /**
   * Whether the extension ending at {@code end} after a number ending at token {@code last} is one:
   * a word for it ("ext 214") or an "x" and two digits or more, no count ("Room 212-0045 x 2",
   * "Mileage 105-1130 x 0.655").
   */
  private boolean extensionSaid(int last, int end) {
    if (end <= tk.end[last]) {
      return false;
    }
    int k = tk.isPunct(last + 1, ',') ? last + 2 : last + 1;
    if (!tk.equalsIgnoreCase(k, "x") && !tk.is(k, ALNUM)) {
      return true; // "ext", "extension"
    }
    int v = tk.is(k, ALNUM) ? k : k + 1;
    return end - tk.start[v] >= (tk.is(k, ALNUM) ? 3 : 2) && !tk.isPunct(v + 1, '.');
  }

  /**
   * Whether token {@code k} is a letter a signature puts before its number, in capitals and opening
   * its line or after a separator: "P 555-0139", "| C 555-0188"; not "policy H 210-1234".
   */
  private boolean signatureLetter(int k) {
    return k >= 0
        && tk.length(k) == 1
        && Character.isUpperCase(s.charAt(tk.start[k]))
        && tk.equalsAnyIgnoreCase(k, LINE_LETTERS)
        && (k == 0
            || tk.newlineBefore(k)
            || (tk.is(k - 1, PUNCT) && !tk.isPunct(k - 1, '.'))
            || tk.is(k - 1, NUM)); // "T 555-0139  F 555-0140"
  }

  /** The letters a signature puts before its numbers: "P 555-0139", "C 555-0188", "F 555-0140". */
  private static final WordList LINE_LETTERS = WordList.of("p", "c", "m", "f", "o", "t", "w", "h");

  /**
   * The visible digits of a masked number: "xxx-xx-6612" is an SSN's last four, "XXXX-XXXX-XXXX-
   * 1234" or "**** 1234" a card's (an account's after an account label).
   */
  private void maskedTail(int t) {
    int a = tk.start[t];
    if (numberGoesOn(t)) {
      return;
    }
    if (a >= 7
        && s.charAt(a - 1) == '-'
        && s.charAt(a - 4) == '-'
        && masks(a - 3, a - 1)
        && masks(a - 7, a - 4)
        && (a == 7 || (!Tokens.isLetter(s.charAt(a - 8)) && !Tokens.isDigit(s.charAt(a - 8))))) {
      out.add(PhiType.SSN, a, tk.end[t], 0.9, "ssn.masked", "masked SSN, last four shown");
      return;
    }
    int m = a >= 1 && (s.charAt(a - 1) == '-' || s.charAt(a - 1) == ' ') ? a - 1 : a;
    int dots = 0;
    int i = m;
    while (i > 0 && ((s.charAt(i - 1) == '.' && m == a) || maskDot(s.charAt(i - 1)))) {
      dots += s.charAt(--i) == '\u2026' ? 3 : 1; // points only run into the digits: "wait.... 1234"
    }
    int cue = dots > 0 ? nearestCue(t) : 0;
    boolean points = i < m && s.charAt(i) == '.'; // "Mileage.....0382" is a leader, not a mask
    if ((dots >= 3 || (dots == 2 && !points))
        && ((dots >= 4 && !points) || (cue & (C_ACCOUNT | C_ROUTING | C_CARD)) != 0)) {
      maskedDigits(t, cue, a); // "acct ....0382", "•••• 4417", "Checking ••7785"
    } else if (m >= 3
        && masks(m - 3, m)
        && (m - 3 == 0 || !isMask(s.charAt(m - 4)) || (m >= 4 && masks(m - 4, m)))) {
      maskedDigits(t, nearestCue(t), a);
    } else if (m >= 2
        && masks(m - 2, m)
        && (m == 2 || s.charAt(m - 3) == ' ')
        && (nearestCue(t) & (C_ACCOUNT | C_ROUTING | C_CARD)) != 0) {
      maskedDigits(t, nearestCue(t), a); // "Checking **7785": two marks after the account's label
    }
  }

  /**
   * The dots and bullets that screens draw a masked number's hidden digits with: "••••", "…",
   * "●●●●".
   */
  private static boolean maskDot(char c) {
    return c == '\u2022' || c == '\u2026' || c == '\u00b7' || c == '\u25cf' || c == '\u2219';
  }

  /** "XXXXX2251", "xxxx9914": masks and the last four digits of a card or account in one run. */
  private void maskedRun(int t) {
    int a = tk.start[t];
    int e = tk.end[t];
    if (e - a < 7 || e - a > 20 || !isMask(s.charAt(a)) || tk.joined(t + 1)) {
      return;
    }
    int digits = e;
    while (digits > a && Tokens.isDigit(s.charAt(digits - 1))) {
      digits--;
    }
    if (e - digits == 4 && digits - a >= 3 && masks(a, digits)) {
      maskedDigits(t, nearestCue(t), digits);
    }
  }

  /**
   * The digits a mask left, from {@code a} to token {@code t}'s end: a card's, or an account's
   * after an account's label.
   */
  private void maskedDigits(int t, int cue, int a) {
    boolean account = (cue & (C_ACCOUNT | C_ROUTING)) != 0;
    out.add(
        account ? PhiType.ACCOUNT : PhiType.CARD,
        a,
        tk.end[t],
        0.85,
        account ? "account.masked" : "card.masked",
        "masked number, last four shown");
  }

  /**
   * "last 4 0932", "Last 4: 0927", "last four 6612": the last four digits of a social security
   * number, which back offices match people by (a card's or an account's after their labels).
   */
  private void lastFour(int t) {
    int k = t - 1;
    for (int skipped = 0; skipped < 8 && tk.equalsAnyIgnoreCase(k, BETWEEN_LAST_FOUR); skipped++) {
      k--; // "last 4 of social: 2286", "SSN (last 4): 0932", "last 4 of your SSN (4471)"
    }
    if (!(tk.equalsIgnoreCase(k, "4") || tk.equalsIgnoreCase(k, "four"))
        || !tk.equalsIgnoreCase(k - 1, "last")
        || numberGoesOn(t)
        || tk.equalsAnyIgnoreCase(t + 1, COUNTED)) { // "the last 4 0800 shifts"
      return;
    }
    int cue = nearestCue(k - 1);
    PhiType type =
        (cue & C_CARD) != 0
            ? PhiType.CARD
            : (cue & (C_ACCOUNT | C_ROUTING)) != 0 ? PhiType.ACCOUNT : PhiType.SSN;
    out.add(type, tk.start[t], tk.end[t], 0.8, "ssn.last-four", "after 'last 4'");
  }

  /**
   * "CLERK: And the last four of your social? / CALLER: 8290.": four digits answering, alone, a
   * question on the line before about the last four of a social, a card or an account.
   */
  private void lastFourAnswered(int t) {
    int next = t + 1;
    if (!tk.isPunct(t - 1, ':')
        || t - lineStart > 3
        || !(next >= tk.count || tk.newlineBefore(next) || tk.isPunct(next, '.'))) {
      return;
    }
    boolean last = false;
    int cues = 0;
    for (int k = lineBefore(lineStart); k < lineStart; k++) {
      last |=
          tk.equalsIgnoreCase(k, "last")
              && (tk.equalsIgnoreCase(k + 1, "four") || tk.equalsIgnoreCase(k + 1, "4"));
      cues |= tk.cue[k];
    }
    @Nullable PhiType type =
        (cues & C_CARD) != 0
            ? PhiType.CARD
            : (cues & (C_ACCOUNT | C_ROUTING)) != 0
                ? PhiType.ACCOUNT
                : (cues & C_SSN) != 0 ? PhiType.SSN : null;
    if (last && type != null) {
      out.add(
          type, tk.start[t], tk.end[t], 0.8, "ssn.last-four", "answering a question on its last 4");
    }
  }

  private static final WordList BETWEEN_LAST_FOUR =
      WordList.of(
          ":",
          "(",
          ")",
          "-",
          "'",
          "s",
          "is",
          "are",
          "of",
          "ssn",
          "social",
          "security",
          "number",
          "ss",
          "#",
          "digits",
          "the",
          "your",
          "her",
          "his",
          "their",
          "my",
          "client",
          "member",
          "patient",
          "pt");

  /** Things counted after a number ("the last 4 0800 shifts"), never an identifier's. */
  private static final WordList COUNTED =
      WordList.of(
          "shifts",
          "visits",
          "hours",
          "hrs",
          "days",
          "weeks",
          "months",
          "times",
          "calls",
          "notes",
          "claims",
          "entries",
          "records",
          "clients",
          "periods",
          "checks",
          "payments");

  private static boolean isMask(char c) {
    return c == 'x' || c == 'X' || c == '*' || c == '#';
  }

  private boolean masks(int from, int to) {
    char first = s.charAt(from);
    if (!isMask(first)) {
      return false;
    }
    for (int i = from + 1; i < to; i++) {
      if (s.charAt(i) != first) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether number {@code t} goes on past a mark ("8802.5", "8802-17"), rather than ending a
   * sentence or a line before another number ("8802.\n1. Next", "123456789. 2 forms").
   */
  private boolean numberGoesOn(int t) {
    return tk.joined(t + 1) && tk.joined(t + 2) && tk.is(t + 2, NUM);
  }

  /**
   * "account ending 7731", "card ending in 4242", "SSN ending 4471": the last four digits; five of
   * a card's or an account's ("fuel card ending 20917").
   */
  private void accountTail(int t) {
    int k = t - 1;
    if (tk.equalsIgnoreCase(k, "in") || tk.equalsIgnoreCase(k, "with") || tk.isPunct(k, ':')) {
      k--; // "ending in 4242", "ending with 4242", "Card ending: 8802"
    }
    if (!(tk.equalsIgnoreCase(k, "ending") || tk.equalsIgnoreCase(k, "ends")) || numberGoesOn(t)) {
      return;
    }
    int cue = nearestCue(k);
    tail(tk.length(t) == 5 ? cue & (C_CARD | C_ACCOUNT) : cue, tk.start[t], tk.end[t]);
  }

  /**
   * "Visa 1208", "MC-4417", "Discover *4417", "Visa (1208)", "Amex ending 31005": a card's last
   * digits right after its brand, four of them, or five of an American Express card's, which shows
   * five.
   */
  private void brandTail(int t) {
    if (numberGoesOn(t) || (tk.is(t + 1, NUM) && (tk.joined(t + 1) || !tk.newlineBefore(t + 1)))) {
      return; // "Visa 1208-55", "VISA 4485 1120 0937 5561": a longer number's first group
    }
    int k = t - 1;
    boolean masked = false; // a mask or a bracket, not a mere hyphen: "Visa *1208", "Visa (1208)"
    boolean ending = false;
    for (int steps = 0; steps < 6 && k >= 0; steps++, k--) {
      if (tk.is(k, PUNCT) && CARD_MASKS.indexOf(tk.symbol[k]) >= 0) {
        masked |= SEPARATORS.indexOf(tk.symbol[k]) < 0;
      } else if (tk.equalsAnyIgnoreCase(k, ENDING)) {
        ending = true;
      } else if (!tk.equalsAnyIgnoreCase(k, CARD_KINDS)) {
        break;
      }
    }
    if (k < 0
        || !tk.is(k, WORD)
        || (tk.lowerCase(k) && !masked && !ending && (nearestCue(k) & C_CARD) == 0)) {
      return; // "scan will discover 1208 hosts", "visa 1208 days overstay"; not "card: visa-1208"
    }
    boolean amex =
        tk.equalsIgnoreCase(k, "amex")
            || (tk.equalsIgnoreCase(k, "express") && tk.equalsIgnoreCase(k - 1, "american"));
    if (tk.length(t) == 5
        ? !amex
            || !(masked || ending) // "Amex ...31005", "Amex ending 31005", not "Amex 10000 points"
        : ending || !(amex || tk.equalsAnyIgnoreCase(k, CARD_BRANDS))) {
      return; // a four-digit tail after "ending" is accountTail's
    }
    int value = tk.intValue(t);
    if (!masked && (tk.equalsIgnoreCase(k, "mc") || (value >= 1950 && value <= 2040))) {
      return; // "MC 1200": memory care's; "Visa 2026 program", "Mastercard 2026 outlook"
    }
    tail(C_CARD, tk.start[t], tk.end[t]);
  }

  /** A card's kind between its brand and its tail: "Visa card 1208", "Visa Debit 1208". */
  private static final WordList CARD_KINDS = WordList.of("card", "debit", "credit", "signature");

  /** Marks that only part a brand from its tail, and mask nothing: "Visa-1208", "Visa, 1208". */
  private static final String SEPARATORS = "-:,\u2013";

  /** What stands between a card's brand and its last digits: "Visa ****1208", "Amex ...31005". */
  private static final String CARD_MASKS = "*.\u2022\u00b7-(#:,\u2013[";

  private static final WordList ENDING = WordList.of("ending", "ends", "in", "with");

  private static final WordList CARD_BRANDS =
      WordList.of("visa", "mastercard", "mc", "discover", "jcb", "diners", "maestro", "unionpay");

  /** "Visa x1208", "checking x4410": a card's or an account's last four after an x. */
  private void xTail(int t) {
    int a = tk.start[t];
    if (tk.length(t) != 5 || WordTable.lower(s.charAt(a)) != 'x' || !allDigits(a + 1, a + 5)) {
      return;
    }
    int cue = nearestCue(t);
    tail(cue & (C_CARD | ((cue & C_PHONE) == 0 ? C_ACCOUNT : 0)), a + 1, a + 5);
  }

  /**
   * "NOTIFIED X4412", "CALLED PCT TREVOR X4-2218", "called on phone x6-4410": the internal
   * extension a call reached (four or five digits after an x), a word of calling at most three
   * words before it on its line; not a card's, an account's or an authorization's digits, nor a
   * dose ("x1000 units").
   */
  private void calledExtension(int t) {
    int a = tk.start[t];
    if (WordTable.lower(s.charAt(a)) != 'x' || !allDigits(a + 1, tk.end[t])) {
      return;
    }
    int digits = tk.length(t) - 1;
    int last = t;
    if (digits == 1
        && tk.isPunct(t + 1, '-')
        && tk.joined(t + 1)
        && tk.joined(t + 2)
        && tk.is(t + 2, NUM)
        && tk.length(t + 2) == 4) {
      last = t + 2; // "X4-2218"
    } else if (digits < 4 || digits > 5) {
      return;
    }
    if ((tk.joined(last + 1) && !endsAValue(last + 1))
        || (tk.is(last + 1, WORD)
            && !tk.newlineBefore(last + 1)
            && (tk.equalsAnyIgnoreCase(last + 1, DOSE_UNITS)
                || tk.equalsAnyIgnoreCase(last + 1, MEASURES)
                || tk.equalsAnyIgnoreCase(last + 1, COUNTS)))) {
      return; // "heparin x1000 units"
    }
    for (int k = t - 1; k >= Math.max(0, t - 3) && !tk.newlineBefore(k + 1); k--) {
      if (tk.equalsAnyIgnoreCase(k, CALLING)) {
        if ((nearestCue(t) & (C_CARD | C_ACCOUNT | C_ID | C_PLAN | C_MRN)) == 0) {
          out.add(
              PhiType.PHONE,
              a + 1,
              tk.end[last],
              0.82, // above a device's label: "Phone: x4412"
              "phone.extension",
              "an extension a call reached");
        }
        return;
      }
    }
  }

  private static final WordList DOSE_UNITS =
      WordList.of("units unit u mcg meq mmol ml mg g kg cc".split(" "));

  private static final WordList CALLING =
      WordList.of("called notified paged phone calling reached".split(" "));

  /** {@code [a, e)} as the last digits of what the first of the cues in {@code cue} names. */
  private void tail(int cue, int a, int e) {
    for (int i = 0; i < TAIL_CUES.length; i++) {
      if ((cue & TAIL_CUES[i]) != 0) {
        out.add(TAIL_TYPES[i], a, e, 0.8, TAIL_RECOGNIZERS[i], TAIL_REASONS[i]);
        return;
      }
    }
  }

  private static final int[] TAIL_CUES = {C_SSN, C_CARD, C_ACCOUNT, C_PHONE, C_PLAN, C_MRN};

  private static final PhiType[] TAIL_TYPES = {
    PhiType.SSN, PhiType.CARD, PhiType.ACCOUNT, PhiType.PHONE, PhiType.HEALTH_PLAN_ID, PhiType.MRN
  };

  private static final String[] TAIL_RECOGNIZERS = {
    "ssn.tail", "card.tail", "account.tail", "phone.tail", "plan.tail", "mrn.tail"
  };

  private static final String[] TAIL_REASONS = {
    "last digits of an SSN",
    "last digits of a card",
    "last digits of an account",
    "last digits of a phone",
    "last digits of a health plan id",
    "last digits of a record number"
  };

  /**
   * "PAGER 2290", "pgr# 54213", "PAGED 41263": a pager's number of four to seven digits after its
   * label (five or more after "paged"), which reaches one person as a phone does; not a year, a
   * time with its leading zero, or a count of something ("pager 4521 mL", "pager 1000 alerts").
   */
  private void pager(int t) {
    int k = t - 1;
    if (tk.isPunct(k, ':') || tk.isPunct(k, '#')) {
      k--;
    }
    int v = tk.intValue(t);
    if ((tk.equalsAnyIgnoreCase(k, PAGERS)
            || (tk.length(t) >= 5 && tk.equalsIgnoreCase(k, "paged")))
        && !(tk.joined(k) && (tk.isPunct(k - 1, '-') || tk.is(k - 1, WORD))) // "one-pager 2024"
        && !tk.newlineBefore(t)
        && s.charAt(tk.start[t]) != '0' // "via pager 0315": a time
        && !(tk.length(t) == 4 && v >= 1900 && v <= 2099) // "Beeper 1999 model"
        && !clockTime(t) // "sent pager 2215": a time
        && (!tk.joined(t + 1) || endsAValue(t + 1))
        && !(tk.is(t + 1, WORD)
            && !tk.newlineBefore(t + 1)
            && (tk.equalsAnyIgnoreCase(t + 1, MEASURES)
                || tk.equalsAnyIgnoreCase(t + 1, COUNTS)))) {
      out.add(PhiType.PHONE, tk.start[t], tk.end[t], 0.85, "phone.pager", "a pager's number");
    }
  }

  private static final WordList PAGERS = WordList.of("pager", "pgr", "beeper");

  /** The end of a phone number, extended over "ext. 123" or "x123". */
  private int extension(int last) {
    int k = last + 1;
    if (tk.isPunct(k, ',')) {
      k++;
    }
    if (tk.equalsIgnoreCase(k, "ext")
        || tk.equalsIgnoreCase(k, "x")
        || tk.equalsIgnoreCase(k, "extension")) {
      int v = k + 1;
      if (tk.isPunct(v, '.')) {
        v++;
      }
      if (tk.is(v, NUM) && tk.length(v) <= 6) {
        return tk.end[v];
      }
    }
    if (tk.is(k, ALNUM)
        && WordTable.lower(s.charAt(tk.start[k])) == 'x'
        && tk.length(k) <= 7
        && allDigits(tk.start[k] + 1, tk.end[k])) {
      return tk.end[k];
    }
    return tk.end[last];
  }

  private boolean card(int t) {
    if (tk.length(t) != 4) {
      return false;
    }
    int n = groups(t, 5);
    if (n < 3 || (sep[0] != ' ' && sep[0] != '-')) {
      return false;
    }
    int total = 0;
    for (int i = 0; i < n; i++) {
      total += lens[i];
    }
    boolean fours = true;
    for (int i = 0; i < n - 1; i++) {
      fours &= lens[i] == 4;
    }
    boolean amex = n == 3 && lens[1] == 6 && (lens[2] == 5 || lens[2] == 4);
    if (!(fours || amex) || total < 13 || total > 19) {
      return false;
    }
    int last = tokenAfterGroups(t, n, sep[0]);
    digitsOf(t, last);
    boolean luhn = Checks.luhn(digits);
    boolean labelled = (nearestCue(t) & C_CARD) != 0;
    if (!luhn && !labelled) {
      return false;
    }
    double conf = luhn ? (Checks.cardIssuer(digits) || labelled ? 0.97 : 0.85) : 0.75;
    out.add(PhiType.CARD, tk.start[t], tk.end[last], conf, "card.luhn", "grouped digits, Luhn");
    return true;
  }

  private boolean ipv4(int t) {
    if (tk.length(t) > 3 || (tk.joined(t) && (tk.isPunct(t - 1, '.') || tk.is(t - 1, WORD)))) {
      return false;
    }
    int n = groups(t, 4);
    if (n != 4 || sep[0] != '.') {
      return false;
    }
    for (int i = 0; i < 4; i++) {
      if (lens[i] > 3 || tk.intValue(t + 2 * i) > 255) {
        return false;
      }
    }
    int last = t + 6;
    if (tk.isPunct(last + 1, '.')
        && tk.joined(last + 1)
        && tk.is(last + 2, NUM)
        && tk.joined(last + 2)) {
      return false;
    }
    int end = tk.end[last];
    if (tk.isPunct(last + 1, '/')
        && tk.joined(last + 1)
        && tk.is(last + 2, NUM)
        && tk.intValue(last + 2) <= 32
        && tk.length(last + 2) <= 2) {
      end = tk.end[last + 2];
    }
    if (tk.intValue(t) == 127 || (tk.intValue(t) == 0 && tk.intValue(t + 6) == 0)) {
      return true; // "127.0.0.1", "0.0.0.0": this machine or any, no one's address
    }
    out.add(PhiType.IP, tk.start[t], end, 0.93, "ip.v4", "four octets 0-255");
    return true;
  }

  private boolean zip(int t) {
    if (tk.length(t) != 5 || !boundaryBefore(t)) {
      return false;
    }
    int end = tk.end[t];
    if (sepIs(t + 1, '-') && tk.is(t + 2, NUM) && tk.length(t + 2) == 4) {
      end = tk.end[t + 2];
    } else if (tk.joined(t + 1) && !tk.is(t + 1, PUNCT)) {
      return false;
    }
    int k = t - 1;
    if (tk.isPunct(k, ',')
        || tk.isPunct(k, '/')
        || (tk.isPunct(k, '^') && tk.joined(t) && tk.joined(k))) {
      k--; // "Dayton, OH 45402", "Hartford / CT / 06105", HL7 "^NJ^08102"
    }
    boolean state =
        (tk.wordIs(k, STATE)
                && (capital(k) || (tk.flags[k] & Tokens.ALL_CAPS) != 0)
                && tk.length(k) == 2
                && !idLabel(k))
            || tk.wordIs(k, STATE_NAME);
    boolean labelled = labelBefore(t, C_ZIP) || zipLabelSaid(t);
    // "2711 N Ridgeway Ave, Chicago 60647": five digits ending an address line after a city.
    boolean city =
        !state
            && k == t - 1
            && k >= 0
            && capital(k)
            && ((tk.wordIs(k, PLACE | PLACE_PART) && !tk.wordIs(k, STOP | FIRST))
                || (tk.wordIs(k, PLACE_PART) && tk.wordIs(k - 1, PLACE_PART) && capital(k - 1)))
            && (t + 1 >= tk.count || tk.is(t + 1, PUNCT) || endOfLine(t));
    if (state && k == t - 1 && labelBefore(k, C_LICENSE)) {
      return false; // "lic DC 11942": a licence's state, then its number
    }
    // After a place word, a town of ordinary words is none ("UNIT B, BACK DOOR 10234").
    if (tk.equalsAnyIgnoreCase(k, MILITARY_REGIONS)
        && tk.equalsAnyIgnoreCase(k - 1, MILITARY_POST_OFFICES)) {
      return false; // "FPO AE 09622": no town, and militaryAddress has the ZIP
    }
    if (labelled) {
      townBeforeAZipLabel(t);
    }
    int town = state || labelled ? -1 : townAfterStreet(k, !city && zipEndsItsField(t));
    if (!state && !labelled && !city && town < 0) {
      return false;
    }
    if (town >= 0) {
      city = true;
      out.add(
          PhiType.CITY,
          tk.start[town],
          tk.end[k],
          0.75,
          "city.after-street",
          "between a street address and a ZIP code");
    }
    out.add(
        PhiType.ZIP,
        tk.start[t],
        end,
        city ? 0.8 : 0.93,
        city ? "zip.after-city" : "zip.after-state",
        state ? "after state" : city ? "after a city" : "label");
    return true;
  }

  /**
   * The first of one to three capitalized words ending at {@code k} that a street address comes
   * straight before, on their line with a comma between or not, or ending the line before: the town
   * of a route sheet's "30711 Peoria Rd, Shedd 97377", "1290 CEDAR AVE S APT 812 MPLS 55404" or a
   * mailing label's "412 N Main St" over "Shedd, 97377", written without its state. -1 if there is
   * none.
   */
  private int townAfterStreet(int k, boolean fieldEnds) {
    for (int c = k; c >= 0 && k - c < 3; c--) {
      if (!tk.is(c, WORD)
          || ((tk.flags[c] & (Tokens.CAPITALIZED | Tokens.ALL_CAPS)) == 0 && !lowerCaseLine(c))
          || tk.wordIs(c, NOT_A_TOWN)
          || (tk.wordIs(c, COMMON) && !tk.wordIs(c, PLACE | PLACE_PART) && !fieldEnds)
          || (tk.newlineBefore(c + 1) && c < k)
          || out.overlaps(PhiType.ADDRESS, true, tk.start[c], tk.end[c], out.count())) {
        return -1;
      }
      int b = tk.isPunct(c - 1, ',') ? c - 2 : c - 1;
      if (tk.isPunct(b, '.') && tk.joined(b)) {
        b--; // "412 N MAIN ST." over "SHEDD, 97377"
      }
      if (b >= 0
          && (!tk.newlineBefore(c) || b >= c - 2) // a mailing label's street, then its town's line
          && !(tk.is(b, NUM) && tk.isPunct(b - 1, '.') && tk.joined(b)) // a coordinate's decimals
          && out.overlaps(PhiType.ADDRESS, true, tk.end[b] - 1, tk.end[b], out.count())) {
        return c;
      }
    }
    return -1;
  }

  /**
   * Whether a ZIP code's label, in words, comes before {@code t}: "ZIP code 90210" (a form's box
   * 5), "ZIP code: 90210", "my zip is 90210", "the zip there is 62704", "zip code's 60614".
   */
  private boolean zipLabelSaid(int t) {
    int k = t - 1;
    while (tk.isPunct(k, ':') || tk.isPunct(k, '#')) {
      k--;
    }
    if (tk.equalsIgnoreCase(k, "is") || tk.equalsIgnoreCase(k, "was")) {
      k--;
    } else if (tk.equalsIgnoreCase(k, "s") && tk.isPunct(k - 1, '\'') && tk.joined(k)) {
      k -= 2;
    }
    if (tk.equalsIgnoreCase(k, "there") || tk.equalsIgnoreCase(k, "here")) {
      k--;
    }
    if (tk.equalsIgnoreCase(k, "code")) {
      k--;
    }
    return k < t - 1 && k >= 0 && (tk.cue[k] & C_ZIP) != 0;
  }

  /**
   * "2102 Marsh Hollow Road, Bellmont, zip 61408", "... Road, Bellmont, zip six one four oh eight":
   * a town between a street address and the label of the ZIP code at {@code t}, commas around it.
   */
  private void townBeforeAZipLabel(int t) {
    int label = t - 1;
    if (tk.isPunct(label, ':')) {
      label--;
    }
    if (tk.equalsIgnoreCase(label, "code")) {
      label--;
    }
    if (!tk.equalsIgnoreCase(label, "zip") || !tk.isPunct(label - 1, ',')) {
      return;
    }
    int town = townAfterStreet(label - 2, false);
    if (town >= 0) {
      out.add(
          PhiType.CITY,
          tk.start[town],
          tk.end[label - 2],
          0.75,
          "city.after-street",
          "between a street address and a ZIP code");
    }
  }

  private static final int NOT_A_TOWN =
      STOP | ROLE | TITLE | CLINICAL | MONTH | WEEKDAY | UNIT | NUMBER_WORD | WEAK_CUE;

  /**
   * Whether the ZIP code at {@code t} ends its line, its field (two spaces or more, as columns are
   * apart) or its clause: "See 12345 units" is no town and ZIP code.
   */
  private boolean zipEndsItsField(int t) {
    int e = tk.end[t];
    return t + 1 >= tk.count
        || tk.newlineBefore(t + 1)
        || tk.is(t + 1, PUNCT)
        || tk.start[t + 1] - e >= 2;
  }

  /**
   * Whether "ID" at {@code k} labels the number after it rather than abbreviating Idaho: no comma
   * before it and no place a word before ("Cantonese ID 70992"; not "Boise ID 83702").
   */
  private boolean idLabel(int k) {
    return tk.equalsIgnoreCase(k, "id")
        && !tk.isPunct(k - 1, ',')
        && (!tk.wordIs(k - 1, PLACE | PLACE_PART)
            || tk.wordIs(k - 1, ROLE | STOP | Lexicon.LANGUAGE)); // "Dutch ID 44187"
  }

  /** Birth years this old are identifiers too (Safe Harbor: dates indicative of age over 89). */
  private static int oldestSafeBirthYear() {
    return java.time.Year.now(java.time.ZoneOffset.UTC).getValue() - 90;
  }

  /** "born 1928", "DOB: 1931", "YOB 1929": a birth year that implies an age over 89. */
  private void birthYear(int t) {
    int v = tk.intValue(t);
    if (v < 1880 || v > oldestSafeBirthYear() || numberGoesOn(t)) {
      return;
    }
    int k = t - 1;
    while (k >= 0 && (tk.isPunct(k, ':') || tk.isPunct(k, '.') || tk.equalsIgnoreCase(k, "in"))) {
      k--;
    }
    if (tk.equalsIgnoreCase(k, "born")
        || tk.equalsIgnoreCase(k, "dob")
        || tk.equalsIgnoreCase(k, "yob")
        || (tk.equalsIgnoreCase(k, "b") && tk.isPunct(k + 1, '.'))) {
      out.add(
          PhiType.DATE,
          tk.start[t],
          tk.end[t],
          0.85,
          "date.birth-year",
          "birth year implying an age over 89");
    }
  }

  /** What an age is given at: "age at death", "AGE AT ADMISSION 94". */
  private static final WordList AGE_AT =
      WordList.of("death", "admission", "admit", "intake", "referral", "discharge", "enrollment");

  private boolean age(int t) {
    int len = tk.length(t);
    if (len < 2 || len > 3) {
      return false;
    }
    int v = tk.intValue(t);
    if (!Checks.ageOver89(v)) {
      return false;
    }
    int d = tk.isPunct(t - 1, ':') ? t - 2 : t - 1;
    boolean before =
        labelBefore(t, C_AGE)
            || (tk.equalsIgnoreCase(t - 1, "at")
                && tk.equalsAnyIgnoreCase(t - 2, DIED)) // "passed at 97"
            || (tk.equalsAnyIgnoreCase(d, AGE_AT) // "AGE AT DEATH: 95", not a mean's or in days
                && tk.equalsIgnoreCase(d - 1, "at")
                && tk.equalsIgnoreCase(d - 2, "age")
                && !tk.equalsAnyIgnoreCase(d - 3, STATISTICS)
                && !(tk.isPunct(t + 1, '.') && tk.joined(t + 1) && tk.is(t + 2, NUM))
                && !tk.equalsAnyIgnoreCase(t + 1, SHORTER_THAN_YEARS));
    int k = t + 1;
    if (tk.isPunct(k, '-')) {
      k++;
    }
    // "Clement Ashby, 93, dementia": after a name (one in the lists, or a capitalized surname that
    // follows a capitalized given name), between commas.
    // "Ruth Ellen Sawyer, 97 - stable" and "Client: Alfonso Quintanilla, 92" at a line's end too.
    before |=
        tk.isPunct(t - 1, ',')
            && (tk.wordIs(t - 2, FIRST | LAST) || endsAName(t - 2))
            && (!ordinaryInLowerCase(t - 2) || relation(t - 2)) // not "in,110,bfields"
            && (tk.isPunct(t + 1, ',')
                || tk.isPunct(t + 1, ')')
                || tk.isPunct(t + 1, ';')
                || tk.isPunct(t + 1, ':') // "Mrs. Zofia Nowicka, 93: Avondale"
                // "wife Vernie, 92.", "Vernie, 92. 2 visits"
                || (tk.isPunct(t + 1, '.') && !(tk.joined(t + 2) && tk.is(t + 2, NUM)))
                || (tk.isPunct(t + 1, '-') && !tk.joined(t + 1))
                // "Conservatee: Hyacinth Moore, 97     Visitor:": a form's next field and its label
                // "Abdullah Haddad, 91   Client #40-1187": a form's gap before its next field;
                // not a roster's score ("Ana Lopez, 95  Passed", "Rosa Diaz, 120   hrs")
                || (t + 1 < tk.count
                    && !tk.newlineBefore(t + 1)
                    && (tk.start[t + 1] - tk.end[t] >= 2 || s.charAt(tk.end[t]) == '\t')
                    && tk.is(t + 1, WORD)
                    && capital(t + 1)
                    && !quantity(tk, t + 1)
                    && !tk.equalsAnyIgnoreCase(t + 1, ROSTER_MARKS))
                // "Genevieve Aucoin, 99 \u2014 contacts", not "95 \u2014 100% complete"
                || ((tk.isPunct(t + 1, '\u2014') || tk.isPunct(t + 1, '\u2013'))
                    && tk.is(t + 2, WORD))
                || endOfLine(t));
    // "Client: E.K., 91, FAST stage 6": a client's initials after the word for a client
    int role = tk.isPunct(t - 6, ':') ? t - 7 : t - 6;
    before |=
        tk.isPunct(t - 1, ',')
            && tk.isPunct(t - 2, '.')
            && initial(t - 3)
            && tk.isPunct(t - 4, '.')
            && initial(t - 5)
            && tk.wordIs(role, ROLE)
            && (tk.isPunct(t + 1, ',')
                || tk.isPunct(t + 1, ';')
                || tk.isPunct(t + 1, '.')
                || endOfLine(t));
    // "Wife BARBARA (90) has...", "Mrs. Borisova (91)", "Hollis Grant (90, CHF)": a bracketed
    // number after a name.
    before |=
        tk.isPunct(t - 1, '(')
            && (tk.isPunct(t + 1, ')') || tk.isPunct(t + 1, ','))
            && (endsAName(t - 2)
                || relation(t - 2)
                // "DOB 02/17/1933 (92)": a birth year, then the age it makes
                || (tk.is(t - 2, NUM) && tk.length(t - 2) == 4 && year(tk.intValue(t - 2))));
    // "Client 96, unvaccinated", "pt 94, thin skin": the number said of the client; not a
    // therapist's minutes, a vital sign or a roster's number ("PT 90, OT 60", "pt 92, HR 88",
    // "Client 92, missed visit").
    before |=
        tk.equalsAnyIgnoreCase(t - 1, CLIENT_WORDS)
            && !tk.joined(t)
            && !tk.joined(t - 1)
            && !(caps(t - 1) && lineCase != null && lineCase[t - 1] != ContextFeatures.CASE_CAPS)
            && (tk.isPunct(t + 1, ',') || tk.isPunct(t + 1, ';'))
            && tk.is(t + 2, WORD)
            && !tk.equalsAnyIgnoreCase(t + 2, AFTER_A_COUNT)
            && !tk.equalsAnyIgnoreCase(t - 2, SCORES); // "Braden score pt 94, tolerating"
    before |=
        (subjectIs(t) || futureBe(t))
            && (tk.is(t + 1, PUNCT)
                || endOfLine(t) // "PT IS 91" and the line ends
                || tk.equalsIgnoreCase(t + 1, "and")
                || tk.equalsIgnoreCase(t + 1, "today")
                || tk.equalsIgnoreCase(t + 1, "in")
                || tk.equalsIgnoreCase(t + 1, "on")
                || tk.equalsIgnoreCase(t + 1, "next")
                || tk.equalsIgnoreCase(t + 1, "this")
                || tk.equalsAnyIgnoreCase(t + 1, AFTER_AN_AGE));
    boolean after =
        tk.equalsIgnoreCase(k, "year")
            || tk.equalsIgnoreCase(k, "years")
            || tk.equalsIgnoreCase(k, "yo")
            || tk.equalsIgnoreCase(k, "yof") // "91 YOF", years old and female
            || tk.equalsIgnoreCase(k, "yom")
            || tk.equalsIgnoreCase(k, "yr")
            || tk.equalsIgnoreCase(k, "yrs")
            || (tk.equalsIgnoreCase(k, "y")
                && (tk.isPunct(k + 1, '/')
                    || (tk.isPunct(k + 1, '.') && tk.equalsIgnoreCase(k + 2, "o"))
                    || (tk.isPunct(k + 1, ')') && tk.isPunct(t - 1, '(')))) // "DOB ... (91 y)"
            || tk.equalsIgnoreCase(k, "anos") // años, with its diacritic folded
            || tk.equalsIgnoreCase(k, "ans")
            || tk.equalsIgnoreCase(k, "anni")
            || tk.equalsIgnoreCase(k, "jahre")
            || tk.equalsIgnoreCase(k, "jaar");
    int letter = tk.isPunct(t + 1, '/') && tk.joined(t + 1) && tk.joined(t + 2) ? t + 2 : t + 1;
    boolean female = tk.equalsIgnoreCase(letter, "f");
    boolean spelled = tk.equalsIgnoreCase(letter, "male") || tk.equalsIgnoreCase(letter, "female");
    boolean sex =
        k == t + 1
            && (female || tk.equalsIgnoreCase(letter, "m") || (spelled && letter == t + 1))
            && !(tk.joined(letter + 1) && !tk.is(letter + 1, PUNCT))
            && !tk.isPunct(letter + 1, '/') // "90 F/U"
            && !(tk.isPunct(t - 1, '/') && tk.joined(t))
            && (letter == t + 2 // "93/F", "Age/Sex: 93/F": no temperature is written so
                ? !temperatureBefore(t)
                : ageBeforeSex(t, letter + 1, !spelled && unitAfter(v, female)));
    if (!before && !after && !sex) {
      return false;
    }
    out.add(
        PhiType.AGE_OVER_89,
        tk.start[t],
        tk.end[t],
        0.9,
        "age.over-89",
        before ? "after an age label" : after ? "followed by years old" : SEX_AFTER_AN_AGE);
    return true;
  }

  /**
   * Whether the number {@code t}, followed by a sex letter and then token {@code next}, is an age:
   * after a name ("Eulalia Marchetti 91 F MRN", "Margaret Redcloud, 97F"), or at a line's start,
   * after a note's label or "pt" when a history goes on after it ("HPI: 93F from home", "91 F W/
   * HX"). Not a temperature ("T 99 F", "pt ran 102 F", "99 F" on a flowsheet's line), metres walked
   * ("100 M w/ RW") or millions ("90 M records processed"). {@code unit} says the letter may be a
   * unit's for this number.
   */
  private boolean ageBeforeSex(int t, int next, boolean unit) {
    if (temperatureBefore(t) || tk.equalsAnyIgnoreCase(next, TEMPERATURE_SITES)) {
      return false;
    }
    int k = t - 1;
    if (tk.isPunct(k, ',')
        ? endsAName(beforeAnAside(k - 1))
        : !tk.joined(t)
            && endsAName(k)
            && (tk.is(k - 1, WORD) || tk.isPunct(k - 1, ','))
            && capital(tk.isPunct(k - 1, ',') ? k - 2 : k - 1)) {
      return true; // after a name: "Eulalia Marchetti   91 F", "Szymanska, Wilhelmina   92 F"
    }
    int label = tk.isPunct(k - 1, ')') ? k - 2 : k - 1; // "Adm H&P (brief): 93F"
    boolean note =
        t == 0
            || tk.newlineBefore(t)
            || (tk.isPunct(k, ':') && tk.equalsAnyIgnoreCase(label, LABELS_OF_AN_AGE_AND_SEX))
            || (!tk.joined(t) && tk.equalsAnyIgnoreCase(k, BEFORE_AN_AGE_AND_SEX));
    if (!note || unit) {
      return false; // "Pt 101 F", "99 F" on a flowsheet's line, "100 M w/ RW"
    }
    // A history goes on after it, or the field ends: not "90 M records processed"; "93F" written
    // as one token ends its field only at a comma, not as "96M" of a disk's usage does.
    boolean comma = tk.joined(next) && tk.isPunct(next, ',');
    boolean fieldEnds =
        next >= tk.count
            || tk.newlineBefore(next)
            || comma
            || (tk.joined(next) && (tk.isPunct(next, '.') || tk.isPunct(next, ';')));
    return (tk.is(t, ALNUM) ? comma : fieldEnds)
        || tk.equalsAnyIgnoreCase(next, AFTER_AN_AGE_AND_SEX);
  }

  /**
   * The token before a bracketed or quoted aside that ends at {@code k} on its line, such as a
   * nickname ("eleanor pruitt (\"nell\"), 94f", "Hadley, Frances \"Frankie\", 97F"); {@code k}
   * itself when no aside ends there.
   */
  private int beforeAnAside(int k) {
    char open = tk.isPunct(k, ')') ? '(' : tk.isPunct(k, '"') ? '"' : 0;
    if (open == 0) {
      return k;
    }
    for (int j = k - 1; j >= Math.max(0, k - 6) && !tk.newlineBefore(j + 1); j--) {
      if (tk.isPunct(j, open)) {
        return j - 1;
      }
    }
    return k;
  }

  /**
   * Whether "F" after {@code years} may be degrees Fahrenheit of a body or a room (95 and up), or
   * "M" metres walked (100 and up).
   */
  private static boolean unitAfter(int years, boolean female) {
    return female ? years >= 95 : years >= 100;
  }

  /** Where a temperature is taken, written after it: "100F tympanic". */
  private static final WordList TEMPERATURE_SITES =
      WordList.of("tympanic", "oral", "temporal", "axillary", "axilla", "rectal", "tm");

  /** Whether a word of a temperature's stands among the three before token {@code t}. */
  private boolean temperatureBefore(int t) {
    for (int k = t - 1; k >= t - 3; k--) {
      if (tk.equalsAnyIgnoreCase(k, TEMPERATURE_WORDS)) {
        return true;
      }
    }
    return false;
  }

  /** Labels an age and a sex follow in a note: "HPI: 93F", "Adm H&P (brief): 93F". */
  private static final WordList LABELS_OF_AN_AGE_AND_SEX =
      WordList.of(
          "hpi",
          "cc",
          "id",
          "pt",
          "patient",
          "brief",
          "summary",
          "narrative",
          "assessment",
          "hx",
          "history",
          "sex",
          "gender",
          "demographics",
          "identification",
          "presentation");

  private static final WordList BEFORE_AN_AGE_AND_SEX =
      WordList.of("pt", "patient", "a", "an", "is", "was");

  /** Words after "93 F" that go on with a patient's history: "93F from home", "91 F W/ HX". */
  private static final WordList AFTER_AN_AGE_AND_SEX =
      WordList.of(
          "w",
          "with",
          "who",
          "from",
          "presents",
          "presenting",
          "presented",
          "admitted",
          "admit",
          "s",
          "h",
          "hx",
          "pmh",
          "c",
          "brought",
          "bib",
          "bibems",
          "here",
          "seen",
          "in",
          "at",
          "on",
          "pt",
          "yo",
          "transferred",
          "referred",
          "living",
          "lives",
          "resident",
          "status",
          "former",
          "retired",
          "widow",
          "widowed",
          "widower",
          "mrn",
          "dob",
          "rm",
          "room",
          "bed",
          "and");

  /** Whether token {@code k} is a unit a count or a measure is given in ("120 hrs", "3/10 wks"). */
  private static boolean quantity(Tokens tk, int k) {
    return tk.equalsAnyIgnoreCase(k, MEASURES) || tk.equalsAnyIgnoreCase(k, COUNT_UNITS);
  }

  /** Words a number after which is no house's: "Level 2 N Via Christi Tower", "Ward 3 E". */
  private static final WordList NOT_A_HOUSE = WordList.of("level", "ward", "tower", "pack", "step");

  /** Words after "pt 92," that say the number was a count or a reading, not an age. */
  private static final WordList AFTER_A_COUNT =
      WordList.of(
          "ot", "st", "pt", "sat", "sats", "spo2", "o2", "hr", "bp", "rr", "temp", "t", "wt",
          "pulse", "bed", "room", "rm", "unit", "score", "missed", "braden", "visit", "visits");

  private static final WordList SCORES = WordList.of("score", "scale", "braden", "morse", "pain");

  /** What a roster writes after a score or hours: "Ana Lopez, 95 Passed", "100 PTO". */
  private static final WordList ROSTER_MARKS =
      WordList.of(
          "passed",
          "pass",
          "failed",
          "fail",
          "gold",
          "silver",
          "bronze",
          "excellent",
          "good",
          "fair",
          "poor",
          "pto",
          "ot",
          "reg",
          "complete",
          "completed",
          "incomplete",
          "approved",
          "denied",
          "pending",
          "met",
          "exceeds",
          "score",
          "total",
          "competency",
          "yes",
          "no");

  /** Words for the person a note is about. */
  private static final WordList CLIENT_WORDS = WordList.of("client", "pt", "patient", "resident");

  private static final String SEX_AFTER_AN_AGE = "an age before a sex letter";

  /** Words before a temperature in degrees Fahrenheit. */
  private static final WordList TEMPERATURE_WORDS =
      WordList.of(
          "t",
          "temp",
          "temps",
          "temperature",
          "tmax",
          "tm",
          "tc",
          "febrile",
          "afebrile",
          "fever",
          "fevers",
          "oral",
          "axillary",
          "ax",
          "rectal",
          "tympanic",
          "temporal",
          "spiked",
          "spike",
          "degrees",
          "deg",
          "water",
          "bath",
          "room",
          "to",
          "of",
          "at",
          "ran",
          "running",
          "max",
          "weather",
          "outside",
          "high",
          "low");

  /**
   * "Adm H&P: 93F from home", "Tallulah Redcloud, 97F": an age and the sex letter written as one
   * token.
   */
  private void ageJoinedToSex(int t) {
    int a = tk.start[t];
    int e = tk.end[t];
    if (e - a < 3 || e - a > 4) {
      return;
    }
    char sex = Character.toLowerCase(s.charAt(e - 1));
    for (int i = a; i < e - 1; i++) {
      if (!Tokens.isDigit(s.charAt(i))) {
        return;
      }
    }
    if (sex != 'f' && sex != 'm') {
      return;
    }
    int years = Integer.parseInt(s, a, e - 1, 10);
    if (!Checks.ageOver89(years)
        || (tk.joined(t + 1) && !tk.is(t + 1, PUNCT))
        || tk.isPunct(t + 1, '/')
        || !ageBeforeSex(t, t + 1, unitAfter(years, sex == 'f'))) {
      return;
    }
    out.add(PhiType.AGE_OVER_89, a, e - 1, 0.85, "age.over-89", SEX_AFTER_AN_AGE);
  }

  /**
   * Whether token {@code k} ends a name: a listed given name or surname, capitalized, or a
   * capitalized word after a capitalized given name ("Ruby Kincaid").
   */
  private boolean endsAName(int k) {
    if (k < 0 || !tk.is(k, WORD) || !capital(k) || tk.wordIs(k, STOP | MONTH | WEEKDAY)) {
      return false;
    }
    return tk.wordIs(k, FIRST | LAST)
        || (tk.wordIs(k - 1, FIRST) && capital(k - 1))
        || (tk.wordIs(tk.isPunct(k - 1, '.') ? k - 2 : k - 1, TITLE)
            && !tk.wordIs(k, COMMON)) // "Mr. Blackwood (93)", not "Mr. Clean (90) sheets"
        || relation(k - 1) // "mother Halyna, 91,"
        || (tk.is(k - 1, WORD) && capital(k - 1) && relation(k - 2)); // "mother Halyna Marchenko"
  }

  /** Whether {@code k} is an ordinary word ("in", "out") written in lower case. */
  private boolean ordinaryInLowerCase(int k) {
    return (tk.flags[k] & Tokens.CAPITALIZED) == 0 && tk.wordIs(k, STOP | COMMON);
  }

  /** Whether only spaces stand between token {@code t} and the end of its line or the text. */
  /**
   * Whether token {@code t} stands in its own column after a time: an audit log's actor
   * ("2025-02-10 09:14 kpatel CREATE zone").
   */
  private boolean actorColumn(int t) {
    return t >= 3
        && tk.is(t - 1, NUM)
        && tk.isPunct(t - 2, ':')
        && tk.is(t - 3, NUM)
        && columnGapAfter(t - 1)
        && columnGapAfter(t);
  }

  /**
   * Whether a tab or two spaces, a form's or a table's gap between fields, follow token {@code t}.
   */
  private boolean columnGapAfter(int t) {
    int e = tk.end[t];
    return e < s.length()
        && (s.charAt(e) == '\t'
            || (s.charAt(e) == ' ' && e + 1 < s.length() && s.charAt(e + 1) == ' '));
  }

  /** Whether token {@code t} is one capital letter joined to the point after it: "K." */
  private boolean initial(int t) {
    return tk.is(t, WORD) && tk.length(t) == 1 && caps(t) && tk.joined(t + 1);
  }

  private boolean endOfLine(int t) {
    for (int i = tk.end[t]; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r') {
        return true;
      }
      if (c != ' ' && c != '\t') {
        return false;
      }
    }
    return true;
  }

  /** "He is 92.", "mom was 97", "she's now 91": a person as the subject of the number. */
  private boolean subjectIs(int t) {
    int k = t - 1;
    if (tk.isPunct(k, '.') && tk.isPunct(k - 1, '.')) {
      while (k > t - 4 && tk.isPunct(k, '.')) {
        k--; // "he was... ninety-four": a pause
      }
    }
    k = beforeAPause(k, t - 8); // "she's, uh, ninety-two", "he is, I think, ninety-four"
    if (tk.equalsIgnoreCase(k, "now")) {
      k--;
    }
    if ((tk.equalsIgnoreCase(k, "him") || tk.equalsIgnoreCase(k, "her"))
        && (tk.equalsIgnoreCase(k - 1, "makes") || tk.equalsIgnoreCase(k - 1, "made"))) {
      return true; // "which makes him ninety-one"
    }
    if (tk.equalsIgnoreCase(k, "shes")
        || tk.equalsIgnoreCase(k, "hes")
        || tk.equalsIgnoreCase(k, "i'm")
        || tk.equalsIgnoreCase(k, "i\u2019m")) {
      return true; // typed without the apostrophe; "I'm", one word to the tokenizer
    }
    if (tk.equalsIgnoreCase(k, "am") && tk.equalsIgnoreCase(k - 1, "i")) {
      return true;
    }
    boolean copula = tk.equalsIgnoreCase(k, "is") || tk.equalsIgnoreCase(k, "was");
    boolean contracted =
        tk.isPunct(k - 1, '\'')
            && (tk.equalsIgnoreCase(k, "s")
                || tk.equalsIgnoreCase(k, "re")
                || tk.equalsIgnoreCase(k, "m"));
    if (!copula && !contracted) {
      return false;
    }
    k -= copula ? 1 : 2;
    return tk.equalsIgnoreCase(k, "he")
        || tk.equalsIgnoreCase(k, "she")
        || tk.equalsIgnoreCase(k, "you")
        || tk.equalsIgnoreCase(k, "i")
        || tk.equalsIgnoreCase(k, "who") // "Mrs. Haddad, who's ninety-one"
        || (tk.wordIs(k, ROLE) && !tk.equalsIgnoreCase(k, "to") && !tk.equalsIgnoreCase(k, "from"))
        || tk.equalsIgnoreCase(k, "mom")
        || tk.equalsIgnoreCase(k, "dad")
        || (copula
            && tk.equalsAnyIgnoreCase(k, PERSON_WORDS)) // "nana is 92", "her husband, who is 90"
        // "Faye is 91", "Halloran is 95"
        || (copula && tk.wordIs(k, FIRST | LAST) && capital(k) && !tk.wordIs(k, STOP))
        // "mr farouk is 91": a title, then the name, however cased
        || (copula
            && tk.is(k, WORD)
            && !tk.wordIs(k, STOP)
            && (tk.wordIs(k - 1, TITLE) || (tk.isPunct(k - 1, '.') && tk.wordIs(k - 2, TITLE))));
  }

  /**
   * The last token at or before {@code k}, down to {@code floor}, that is not a pause: commas,
   * fillers ("uh", "um") and a hedge set off by commas ("I think", "oh gosh", "you know").
   */
  private int beforeAPause(int k, int floor) {
    while (k > floor) {
      if (tk.isPunct(k, ',')
          || tk.isPunct(k, '-')
          || (tk.isPunct(k, '.')
              && (tk.length(k) > 1 || tk.isPunct(k - 1, '.') || tk.isPunct(k + 1, '.')))
          || tk.equalsAnyIgnoreCase(k, FILLERS)
          || tk.equalsAnyIgnoreCase(k, EXCLAMATIONS)) {
        k--;
      } else if (hedge(k)) {
        k -= 2; // ", I think," or "oh wow" between the subject and what is said of it
      } else {
        return k;
      }
    }
    return k;
  }

  /** Whether tokens {@code k - 1} and {@code k} hedge: "I think", "oh gosh", "you know". */
  private boolean hedge(int k) {
    return (tk.equalsIgnoreCase(k - 1, "i") && tk.equalsAnyIgnoreCase(k, HEDGED))
        || (tk.equalsIgnoreCase(k - 1, "oh") && tk.equalsAnyIgnoreCase(k, EXCLAIMED))
        || (tk.equalsIgnoreCase(k - 1, "you") && tk.equalsIgnoreCase(k, "know"));
  }

  private static final WordList HEDGED = WordList.of("think", "believe", "guess", "mean");

  /** Words said in surprise between a subject and its age: "she was, wow, ninety-seven". */
  private static final WordList EXCLAMATIONS = WordList.of("oh", "wow", "gosh", "geez", "jeez");

  private static final WordList EXCLAIMED =
      WordList.of("gosh", "god", "lord", "boy", "my", "wow", "dear");

  /** Words that stand for a person before "is" or "was". */
  private static final WordList PERSON_WORDS =
      WordList.of(
          "who", "nana", "nan", "grandma", "grandpa", "granny", "gran", "abuela", "abuelo", "mum",
          "mother", "father", "aunt", "uncle");

  /** Words that may follow an age a person is said to be ("she's 97 lol", "was 99 when"). */
  private static final WordList AFTER_AN_AGE =
      WordList.of(
          "lol",
          "not",
          "when",
          "but",
          "so",
          "now",
          "yesterday",
          "tomorrow",
          "years",
          "yrs",
          "she",
          "he"); // "shes 91 she doesnt need this": a chat's next sentence, unstopped

  /**
   * "R. ABERNATHY EMT-P IA-P 40871", "J. BRANDT PARAMEDIC IA-P 51220": a state's code, its letter
   * for the level and the number of an emergency medical technician's certification, after the
   * credential.
   */
  private void stateCertification(int t) {
    if (tk.length(t) != 2
        || !tk.isPunct(t + 1, '-')
        || !tk.joined(t + 1)
        || !tk.joined(t + 2)
        || !tk.is(t + 2, WORD)
        || tk.length(t + 2) > 2
        || tk.joined(t + 3)
        || !tk.is(t + 3, NUM)
        || tk.length(t + 3) < 5
        || tk.length(t + 3) > 8
        || !(tk.equalsAnyIgnoreCase(t - 1, EMS_CREDENTIALS)
            || (tk.isPunct(t - 2, '-') && tk.equalsAnyIgnoreCase(t - 3, EMS_CREDENTIALS)))) {
      return;
    }
    out.add(
        PhiType.LICENSE,
        tk.start[t],
        tk.end[t + 3],
        0.85,
        "license.ems",
        "a state's certification after an EMT's credential");
  }

  private static final WordList EMS_CREDENTIALS =
      WordList.of("emt", "aemt", "paramedic", "medic", "emr", "nremt", "flight");

  /** A word naming a relation or a role ("sister", "grandmother", "client"). */
  private boolean relation(int k) {
    return (tk.wordIs(k, ROLE) && !tk.equalsAnyIgnoreCase(k, NOT_A_PERSON))
        || tk.equalsAnyIgnoreCase(k, PERSON_WORDS);
  }

  /** Words of the role list that name no person ("to", "from", "cc" of a message's header). */
  private static final WordList NOT_A_PERSON =
      WordList.of("to", "from", "cc", "attn", "signed", "name");

  private static final String FILE_DAY = "a day in a file's name or path";

  /** Words before a number that counts files, not days: a camera's, a scanner's, a version's. */
  private static final WordList COUNTED_FILES =
      WordList.of(
          "img",
          "dsc",
          "dscn",
          "dscf",
          "pxl",
          "mvimg",
          "scan",
          "scans",
          "image",
          "photo",
          "vid",
          "mov",
          "page",
          "pages",
          "rev",
          "version",
          "ver",
          "v",
          "chapter",
          "ch",
          "table",
          "part",
          "vol",
          "laserjet",
          "sheet",
          "slide",
          "fig",
          "figure",
          "step",
          "item",
          "unit",
          "lesson");

  /** Whether month {@code m} has a day {@code d} (February's 29th counts). */
  private static boolean calendarDay(int m, int d) {
    return m >= 1 && m <= 12 && d >= 1 && d <= DAYS_IN_MONTH[m];
  }

  /**
   * An ICCID as a SIM card prints it, in groups of four apart by one space: "8901 2601 2345 6789
   * 0121" (19 or 20 digits; a card's number has four groups, not five).
   */
  private void groupedIccid(int t) {
    if (!boundaryBefore(t)) {
      return;
    }
    int k = t;
    int digits = 4;
    for (int g = 1; g < 5; g++) {
      int n = k + 1;
      if (!tk.is(n, NUM)
          || tk.joined(n)
          || tk.newlineBefore(n)
          || tk.start[n] != tk.end[k] + 1
          || tk.length(n) > 4
          || (g < 4 && tk.length(n) != 4)) {
        return;
      }
      digits += tk.length(n);
      k = n;
    }
    if ((digits == 19 || digits == 20) && !tk.joined(k + 1)) {
      out.add(PhiType.DEVICE_ID, tk.start[t], tk.end[k], 0.8, "device.iccid", ICCID);
    }
  }

  /**
   * A payment app's handle after its dollar sign, letters first with a digit in it: "cashapp me
   * $lupe4care", "You paid Kofi Adjei $kofiadjei4". Not a program's variable ("${x}", "$x1=",
   * "$arr2[0]").
   */
  private void cashTag(int t) {
    char next = tk.joined(t + 1) ? tk.symbol[t + 1] : ' ';
    if (!tk.joined(t)
        || (tk.joined(t - 1) && !tk.is(t - 2, PUNCT))
        || !Tokens.isLetter(s.charAt(tk.start[t]))
        || tk.length(t) < 5
        || digitCount(t) == 0
        || next == '('
        || next == '['
        || next == '{'
        || next == '-'
        || tk.isPunct(t + 1, '=')
        || (next == '.' && tk.joined(t + 2))) {
      return;
    }
    out.add(PhiType.ID, tk.start[t], tk.end[t], 0.75, "id.cash-tag", "a payment app's handle");
  }

  /**
   * An IMEI as a handset's label prints it, in groups of two, six, six and one digits apart by one
   * space or hyphen: "35 209900 176148 1", "35-209900-176148-1"; Luhn-valid.
   */
  private void groupedImei(int t) {
    if (!boundaryBefore(t)) {
      return;
    }
    char sep = s.charAt(tk.end[t]);
    if (sep != ' ' && sep != '-') {
      return;
    }
    int[] lengths = {6, 6, 1};
    StringBuilder digits = new StringBuilder(15).append(s, tk.start[t], tk.end[t]);
    int k = t;
    for (int length : lengths) {
      int n = sep == '-' ? k + 2 : k + 1;
      if (!tk.is(n, NUM)
          || tk.length(n) != length
          || tk.newlineBefore(n)
          || tk.start[n] != tk.end[k] + 1
          || s.charAt(tk.end[k]) != sep) {
        return;
      }
      digits.append(s, tk.start[n], tk.end[n]);
      k = n;
    }
    if (!tk.joined(k + 1) && Checks.luhn(digits)) {
      out.add(PhiType.DEVICE_ID, tk.start[t], tk.end[k], 0.8, "device.imei", IMEI);
    }
  }

  private static final String IMEI = "IMEI: a handset's prefix, Luhn check";

  /** A SIM card's ICCID: 19 or 20 digits after the telecom industry's prefix 89. */
  private static final String ICCID = "19 or 20 digits after a SIM card's prefix 89";

  /**
   * The day that ends a file's name before its extension, after a word and an underscore, a hyphen
   * or a space: "timesheet_DCarter_0307.pdf", "RN_Sup_Visit_Haddad_0415.docx",
   * "Face_to_Face_Encounter_031226.pdf", "WHITFIELD_G_SN_202508.pdf", "hospice election 4-9.pdf".
   * Month and day (or year and month) must be a calendar's; a camera's "IMG_20250703_101455.jpg"
   * ends with a time.
   */
  private void fileStemDate(int t, int len) {
    int last = len <= 2 ? t + 2 : t;
    if (!tk.joined(last + 1)
        || !tk.joined(last + 2)
        || !tk.equalsAnyIgnoreCase(last + 2, ContextModel.FILE_EXTENSIONS)
        || (tk.joined(last + 3) && tk.kind[last + 3] != PUNCT)) {
      return;
    }
    boolean apart = tk.joined(t) && (tk.isPunct(t - 1, '_') || tk.isPunct(t - 1, '-'));
    int stem = apart ? t - 2 : t - 1;
    if (!(apart || (!tk.joined(t) && tk.is(t - 1, WORD)))
        || !(tk.is(stem, WORD) || tk.is(stem, ALNUM))
        || (apart && !tk.joined(t - 1))
        || tk.equalsAnyIgnoreCase(stem, COUNTED_FILES)) {
      return; // "IMG_0307.HEIC", "Scan_0115.pdf", "Rev 2-1.pdf": a counter, not a day
    }
    int v = tk.intValue(t);
    boolean day =
        switch (len) {
          case 1, 2 ->
              tk.isPunct(t + 1, '-')
                  && tk.joined(t + 1)
                  && tk.joined(t + 2)
                  && tk.is(t + 2, NUM)
                  && tk.length(t + 2) <= 2
                  && calendarDay(v, tk.intValue(t + 2));
          case 4 -> calendarDay(v / 100, v % 100);
          case 6 -> calendarDay(v / 10000, v / 100 % 100) || (year(v / 100) && month(v % 100));
          default -> false;
        };
    if (day) {
      out.add(PhiType.DATE, tk.start[t], tk.end[last], 0.8, "date.file-name", FILE_DAY);
    }
  }

  /**
   * The day in a file's name or path, its parts apart: "PHOTO-2026-03-02-14-45-40.jpg",
   * "signal-2026-01-08-200512", "rec/2026/02/17/R-00917.wav": a phone's camera, a chat's export or
   * a recorder names the file after the day it was made. Eight digits together are {@link
   * #inFileName}'s.
   */
  private void fileNameDate(int t) {
    boolean path = tk.isPunct(t - 1, '/');
    char c = path ? '/' : tk.symbol[Math.max(t - 1, 0)];
    if (!(path || ((c == '-' || c == '_') && tk.equalsAnyIgnoreCase(t - 2, MEDIA_FILES)))
        || !tk.joined(t - 1)
        || !(tk.is(t - 2, WORD) || tk.is(t - 2, ALNUM))
        || tk.length(t) != 4
        || !tk.isPunct(t + 1, c)
        || tk.length(t + 2) != 2
        || !tk.isPunct(t + 3, c)
        || tk.length(t + 4) != 2
        || !tk.is(t + 2, NUM)
        || !tk.is(t + 4, NUM)
        || !tk.joined(t + 1)
        || !tk.joined(t + 2)
        || !tk.joined(t + 3)
        || !tk.joined(t + 4)
        || (path && !tk.isPunct(t + 5, '/'))) {
      return;
    }
    if (year(tk.intValue(t)) && month(tk.intValue(t + 2)) && day(tk.intValue(t + 4))) {
      out.add(PhiType.DATE, tk.start[t], tk.end[t + 4], 0.9, "date.file-name", FILE_DAY);
    }
  }

  /** What phones and chat apps name their files with before the day: "IMG-", "PXL_", "signal-". */
  private static final WordList MEDIA_FILES =
      WordList.of(
          "img",
          "vid",
          "ptt",
          "aud",
          "pxl",
          "photo",
          "video",
          "audio",
          "signal",
          "screenshot",
          "scan",
          "doc",
          "stk",
          "whatsapp",
          "recording",
          "voice");

  /**
   * Android's logcat stamp at a line's start, "03-04 08:02:55.470": a month and day, then the time
   * to the millisecond.
   */
  private void logcatDate(int t) {
    int a = tk.start[t];
    int n = s.length();
    if (a + 18 > n
        || !tk.joined(t + 1)
        || !tk.is(t + 2, NUM)
        || tk.length(t + 2) != 2
        || !tk.joined(t + 2)
        || s.charAt(a + 5) != ' '
        || !month(tk.intValue(t))
        || !day(tk.intValue(t + 2))) {
      return;
    }
    for (int i = a + 6; i < a + 18; i++) {
      char c = s.charAt(i);
      int at = i - a;
      boolean colon = at == 8 || at == 11;
      boolean mark = colon ? c == ':' : (at == 14 ? c == '.' : Tokens.isDigit(c));
      if (!mark) {
        return;
      }
    }
    out.add(PhiType.DATE, a, a + 5, 0.9, "date.logcat", "a logcat line's month and day");
  }

  private boolean dateNumeric(int t) {
    boolean rangeEnd =
        tk.isPunct(t - 1, '-')
            && tk.is(t - 2, NUM)
            && tk.isPunct(t - 3, '/'); // the second date of "10/01/2026-10/31/2026", "11/1-11/15"
    if (tk.joined(t)
        && !rangeEnd
        && (tk.isPunct(t - 1, '/')
            || tk.isPunct(t - 1, '-')
            || tk.isPunct(t - 1, '.')
            || tk.is(t - 1, WORD)
            || (tk.isPunct(t - 1, ':') // "Rule 5160:1-2-01": a code's section
                && tk.joined(t - 1)
                && tk.is(t - 2, NUM)
                && tk.length(t - 2) >= 3))) {
      return false;
    }
    int n = groups(t, 3);
    char c = sep[0];
    if (c == ' ' || n < 2 || (n == 2 && c == '-')) {
      return isoDateWithTime(t);
    }
    int a = tk.intValue(t);
    int b = tk.intValue(t + 2);
    if (n == 3) {
      int y = tk.intValue(t + 4);
      boolean ok;
      if (lens[0] == 4) {
        ok =
            lens[1] <= 2
                && lens[2] <= 2
                && year(a)
                && month(b)
                && day(y)
                && (c != '.' || (lens[1] == 2 && lens[2] == 2)); // 2026.11.24, not version 2024.1.3
      } else {
        ok =
            lens[0] <= 2
                && lens[1] <= 2
                && (lens[2] == 4 ? year(y) : lens[2] == 2)
                && ((month(a) && day(b)) || (day(a) && month(b)));
      }
      if (!ok) {
        return false;
      }
      int end = tk.end[t + 4];
      if (tk.isPunct(t + 5, '.') && tk.joined(t + 5) && tk.is(t + 6, NUM) && tk.joined(t + 6)) {
        return false;
      }
      if (c == '.' && versionBefore(t)) {
        return false; // "Edition 10.4.15", "Build 5.12.14", "v1.2.24": a release, not a day
      }
      out.add(PhiType.DATE, tk.start[t], end, 0.95, "date.numeric", "month, day and year");
      return true;
    }
    if (c == '/'
        && lens[0] <= 2
        && (tk.joined(t + 3) == false
            || !tk.is(t + 3, PUNCT)
            || tk.isPunct(t + 3, ',')
            || tk.isPunct(t + 3, '.')
            || tk.isPunct(t + 3, ')')
            || tk.isPunct(t + 3, ':')
            || tk.isPunct(t + 3, ';')
            || (tk.isPunct(t + 3, '-') && tk.is(t + 4, NUM) && tk.isPunct(t + 5, '/')))) {
      int cue = nearestCue(rangeEnd && tk.is(t - 4, NUM) ? t - 4 : t);
      boolean afterWeekday =
          tk.wordIs(t - 1, WEEKDAY)
              || (tk.isPunct(t - 1, ',') && tk.wordIs(t - 2, WEEKDAY))
              || (tk.equalsAnyIgnoreCase(t - 1, DAYS_NAMED_BY_NOW) // "Today 12/5: 4.2 x 3.1 cm"
                  && (tk.is(t + 3, NUM) // not "today 3/3 sets", "meds taken today 3/4"
                      || tk.isPunct(t + 3, ':')
                      || tk.isPunct(t + 3, ',')
                      || tk.isPunct(t + 3, '-')
                      || tk.isPunct(t + 3, ')')));
      // Ratios and scores ("pain 10/10", "3/4") are never written with a leading zero.
      boolean zeroPadded =
          lens[0] == 2
              && lens[1] == 2
              && (s.charAt(tk.start[t]) == '0' || s.charAt(tk.start[t + 2]) == '0');
      // Nor with a denominator from 13 to 31: "11/17" is a day in November, not a score.
      boolean dayAboveTwelve =
          lens[0] <= 2
              && lens[1] == 2
              && month(a)
              && b > 12
              && day(b)
              && !tk.equalsIgnoreCase(t - 1, "scored")
              && !tk.equalsIgnoreCase(t - 1, "score");
      // Nor is a month before a year of this era: "TTE 10/2025", "prior attempt 6/2022".
      int before = tk.isPunct(t - 1, '.') || tk.isPunct(t - 1, '#') ? t - 2 : t - 1;
      boolean monthOfAYear =
          lens[1] == 4
              && month(a)
              && yearOfThisEra(b)
              && !(a == 1 && b == 2000) // "risk 1/2000": a ratio
              && !(t > 0
                  && tk.is(t - 1, PUNCT)
                  && NOT_BEFORE_A_MONTH.indexOf(tk.symbol[t - 1]) >= 0)
              && !tk.equalsAnyIgnoreCase(before, NOT_A_MONTH)
              && !tk.equalsAnyIgnoreCase(t + 3, NOT_A_MONTH)
              && !(before >= 0 && (tk.cue[before] & C_NOT_PHI) != 0);
      if (!monthOfAYear
          && !afterWeekday
          && (((cue & C_DATE) == 0 && !zeroPadded && !dayAboveTwelve) || (cue & C_NOT_PHI) != 0)) {
        return false;
      }
      if (!zeroPadded
          && (tk.equalsIgnoreCase(t + 3, "of")
              || measureAfter(tk, t + 3)
              || litresOfOxygen(tk, t + 3)
              || scoreOnAScale(tk, t)
              || ContextModel.settingsInTwo(tk, t))) {
        return false; // "intact on 2/3 of area", "completed: 12/12 hrs", "at end, mood 3/10"
      }
      boolean monthDay = lens[1] <= 2 && month(a) && day(b);
      boolean monthYear = (lens[1] == 4 && month(a) && year(b)) || (lens[1] == 2 && month(a));
      boolean labelled = (cue & C_DATE) != 0 || afterWeekday || zeroPadded || dayAboveTwelve;
      if (!(monthDay || monthYear || monthOfAYear)) {
        return false;
      }
      // "01/2026-06/2026" is one date; "01/2025 - 03/2025" too unless a label dates its parts
      if (monthOfAYearAt(t)
          && tk.isPunct(t - 1, '-')
          && ((tk.joined(t) && tk.joined(t - 1)) || !labelled)
          && monthOfAYearAt(t - 4)) {
        return false; // the range's first month has it
      }
      int to =
          monthOfAYearAt(t)
                  && tk.isPunct(t + 3, '-')
                  && ((tk.joined(t + 3) && tk.joined(t + 4)) || !labelled)
                  && monthOfAYearAt(t + 4)
              ? t + 6
              : t + 2;
      out.add(
          PhiType.DATE,
          tk.start[t],
          tk.end[to],
          0.75,
          "date.partial",
          labelled ? "after a date label" : "a month and a year");
      return true;
    }
    return false;
  }

  /** Whether tokens {@code k} to {@code k + 2} write a month and a year: "06/2026". */
  private boolean monthOfAYearAt(int k) {
    return k >= 0
        && tk.is(k, NUM)
        && tk.isPunct(k + 1, '/')
        && tk.joined(k + 1)
        && tk.joined(k + 2)
        && tk.is(k + 2, NUM)
        && tk.length(k) <= 2
        && tk.length(k + 2) == 4
        && month(tk.intValue(k))
        && yearOfThisEra(tk.intValue(k + 2));
  }

  /** A year a month of someone's record falls in: not "7/2048" (a counter's), nor "3/1500". */
  private static boolean yearOfThisEra(int y) {
    return y >= 1900 && y <= 2030;
  }

  /**
   * Words around a month and a year that make it something else: a form's revision ("Rev.
   * 08/2023"), a ratio or dilution ("titer 1/1280"), a number of its own ("Invoice No. 12/2025"), a
   * counter ("Epoch 7/2000", "3/2000 files").
   */
  private static final WordList NOT_A_MONTH =
      WordList.of(
          ("rev revision version ver edition copyright release titer titre dilution dilutions"
                  + " diluted dilute ratio ratios epi epinephrine risk incidence odds no invoice lot"
                  + " epoch batch shard step record records table tables page pages file files item"
                  + " items row rows entries births cases")
              .split(" "));

  /** Marks before a month and a year that make it something else: "#1/2025", "(NUCC) 02/2012". */
  private static final String NOT_BEFORE_A_MONTH = ":#=)\u00a9";

  /** Words a rating out of ten follows: "pain 4/10", "mood 5/10", "rated anger 6/10". */
  private static final WordList RATED =
      WordList.of(
          ("pain mood anger anxiety depression stress craving cravings urge urges energy fatigue sleep"
                  + " appetite rated rates rate rating score scored scale level sadness irritability"
                  + " motivation nausea dyspnea dizziness itching confidence hopelessness worry tension"
                  + " agitation discomfort comfort vas nrs nprs suds rpe peg distress effort"
                  + " exertion trials trial words items correct reps lbp steps opportunities opps"
                  + " tightness ache aching soreness cramping cramps headache burning spasms")
              .split(" "));

  /** Words for a day that a month and day after them date: "Today 12/5", "yesterday 3/4". */
  private static final WordList DAYS_NAMED_BY_NOW =
      WordList.of("today", "yesterday", "tomorrow", "tonight");

  /** Words that say when without a date: "pain since this am, 9/10", "since last night". */
  private static final WordList DATED_ALREADY =
      WordList.of("this", "last", "yesterday", "today", "tonight", "overnight", "morning", "noon");

  /** Words before "from" that compare a score with an earlier one: "up from 3/10". */
  private static final WordList CHANGED =
      WordList.of("up", "down", "improved", "increased", "decreased", "dropped", "rose", "fell");

  /** Words that date what follows, which a rating does not: "pain since 3/10", "due 5/10". */
  private static final WordList DATED =
      WordList.of(
          ("since on onset due visit visits seen appt appointment started from until by next"
                  + " dated date clinic check")
              .split(" "));

  /**
   * Whether "n/10" at {@code t} is a score out of a scale of 5, 10, 20 or 30 (pain, strength,
   * trials, a test's items): a rated word after it or shortly before it on its line, or another
   * score out of the same scale before it there ("pain 4/10 (was 7/10 at eval)", "hip abd 3+/5,
   * knee ext 4/5", "Naming 14/20 (prev 9/20)").
   */
  static boolean scoreOnAScale(Tokens tk, int t) {
    if (!(t + 2 < tk.count
        && tk.kind[t] == Tokens.NUM
        && tk.isPunct(t + 1, '/')
        && tk.kind[t + 2] == Tokens.NUM
        && tk.length(t + 2) <= 2
        && scale(tk.intValue(t + 2))
        && tk.intValue(t) <= tk.intValue(t + 2))) {
      return false;
    }
    int scale = tk.intValue(t + 2);
    if (scale == 10
        && tk.equalsIgnoreCase(t - 1, "o")
        && tk.isPunct(t - 2, '/')
        && tk.equalsIgnoreCase(t - 3, "c")
        && tk.joined(t - 1)
        && tk.joined(t - 2)
        && t + 3 < tk.count
        && tk.kind[t + 3] == Tokens.WORD
        && !tk.newlineBefore(t + 3)
        && !tk.wordIs(t + 3, Lexicon.STOP)
        && !quantity(tk, t + 3)
        && !tk.equalsAnyIgnoreCase(t + 3, AFTER_A_CARRY_OVER)) {
      return true; // "C/O 6/10 CHEST PRESSURE": a complaint rated; not "C/O 6/10" of a check-out
    }
    if (tk.equalsAnyIgnoreCase(t + 3, RATED) && !tk.newlineBefore(t + 3)) {
      return true; // "4/10 pain", "7/10 trials"
    }
    if (tk.equalsIgnoreCase(t + 3, "at") && (tk.is(t + 4, NUM) || tk.is(t + 4, ALNUM))) {
      return false; // "group 6/10 at 3pm": a day and its hour
    }
    // Back along the line, past at most four plain fractions of the scale: a rated word or a
    // fraction that is surely a score says score, a dating word says date.
    boolean plain = false;
    int fractions = 0;
    int limit = t - 12;
    for (int k = t - 1; k >= Math.max(0, limit) && !tk.newlineBefore(k + 1); k--) {
      if ((tk.isPunct(k, '.') || tk.isPunct(k, ';')) && !tk.joined(k + 1)) {
        break; // the sentence before rates something else
      }
      if (tk.equalsAnyIgnoreCase(k, DATED)
          && !tk.equalsAnyIgnoreCase(k + 1, DATED_ALREADY)
          && !(tk.equalsIgnoreCase(k, "from") && tk.equalsAnyIgnoreCase(k - 1, CHANGED))) {
        return false; // "pain clinic visit 3/10", "visits 3/10, 4/10"; not "since this am, 9/10"
      } // nor "7/10, up from 3/10": a score compared with one before
      if (t - k <= 6 && scale == 10 && tk.equalsAnyIgnoreCase(k, RATED)) {
        return true; // "mood at end 3/10"
      }
      if (tk.isPunct(k, '/') && tk.kind[k + 1] == Tokens.NUM && tk.intValue(k + 1) == scale) {
        if (tk.isPunct(k - 1, '+')
            || tk.isPunct(k - 1, '-')
            || (tk.is(k - 1, Tokens.NUM) && tk.intValue(k - 1) > 12)
            || (tk.equalsAnyIgnoreCase(k + 2, RATED) && !tk.newlineBefore(k + 2))) {
          return true; // "3+/5", "14/20", "7/10 trials": no date
        }
        plain = scale == 10; // "pain 3/10 at rest, 5/10 walking"
        if (++fractions == 4) {
          break;
        }
        limit = k - 12;
      }
    }
    return plain;
  }

  /** Words after "C/O 5/10" that make it a check-out's or a carry-over's date: "per HR". */
  private static final WordList AFTER_A_CARRY_OVER =
      WordList.of("per", "from", "to", "for", "by", "via", "and", "or", "pto", "leave", "balance");

  /** The scales scores are given on: a strength grade, a pain rating, a test's items. */
  private static boolean scale(int n) {
    return n == 5 || n == 10 || n == 20 || n == 30;
  }

  /** 2025-03-18T10:15:00Z: the date part of an ISO timestamp. */
  private boolean isoDateWithTime(int t) {
    if (!(tk.length(t) == 4
        && sepIs(t + 1, '-')
        && tk.is(t + 2, NUM)
        && tk.length(t + 2) == 2
        && tk.isPunct(t + 3, '-')
        && tk.is(t + 4, ALNUM)
        && tk.joined(t + 4))) {
      return false;
    }
    int a = tk.start[t + 4];
    if (tk.length(t + 4) < 3
        || !Tokens.isDigit(s.charAt(a))
        || !Tokens.isDigit(s.charAt(a + 1))
        || (s.charAt(a + 2) != 'T' && s.charAt(a + 2) != 't')) {
      return false;
    }
    int day = (s.charAt(a) - '0') * 10 + (s.charAt(a + 1) - '0');
    if (!year(tk.intValue(t)) || !month(tk.intValue(t + 2)) || !day(day)) {
      return false;
    }
    out.add(PhiType.DATE, tk.start[t], a + 2, 0.95, "date.iso-timestamp", "ISO 8601 timestamp");
    return true;
  }

  /**
   * Whether token {@code t} is a group of a UUID: five hex groups of 8, 4, 4, 4 and 12, joined by
   * '-'.
   */
  private boolean inUuid(int t) {
    int first = t;
    for (int i = 0;
        i < 4
            && tk.isPunct(first - 1, '-')
            && tk.joined(first)
            && tk.joined(first - 1)
            && first - 2 >= 0
            && !tk.is(first - 2, PUNCT);
        i++) {
      first -= 2;
    }
    int[] want = {8, 4, 4, 4, 12};
    for (int g = 0; g < 5; g++) {
      int k = first + 2 * g;
      if (k >= tk.count
          || tk.is(k, PUNCT)
          || tk.length(k) != want[g]
          || (g > 0 && !(tk.isPunct(k - 1, '-') && tk.joined(k) && tk.joined(k - 1)))) {
        return false;
      }
      for (int i = tk.start[k]; i < tk.end[k]; i++) {
        if (!isHex(s.charAt(i))) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Whether URL token {@code t} is a database's or broker's address ({@code jdbc:...}, {@code
   * redis://}, {@code amqp://}...): a service's connection string names no person.
   */
  /**
   * A code system's or standard's URI ({@code http://loinc.org}, {@code
   * http://hl7.org/fhir/sid/us-npi}): FHIR names its vocabularies by such URLs; they locate no one.
   */
  /**
   * Whether e-mail-shaped token {@code t} is a message's id ("Message-ID:
   * &lt;a7c3e19d5502@host&gt;", "References: &lt;CAF8k2@host&gt; &lt;d41x@host&gt;",
   * "UID:evv-55012-a31f@host"): one of those headers at the start of its line, a colon, at most
   * eight ids before it, and a local part a program wrote (a quarter digits or more, no run of six
   * letters). A person's address written there ("References: &lt;joy.okafor@example.com&gt;") is
   * still an address.
   */
  private boolean messageId(int t) {
    int at = tk.start[t];
    int digits = 0;
    int letters = 0;
    int run = 0;
    while (at < tk.end[t] && s.charAt(at) != '@') {
      char c = s.charAt(at++);
      digits += Tokens.isDigit(c) ? 1 : 0;
      run = Character.isLetter(c) ? run + 1 : 0;
      letters = Math.max(letters, run);
    }
    int local = at - tk.start[t];
    if (digits < 2 || digits * 4 < local || letters >= 6) {
      return false;
    }
    int k = t - 1;
    for (int ids = 0; ids < 8 && k >= 0 && !tk.newlineBefore(k + 1); k--) {
      if (tk.is(k, EMAIL)) {
        ids++;
      } else if (!tk.isPunct(k, '<') && !tk.isPunct(k, '>') && !tk.isPunct(k, ',')) {
        break;
      }
    }
    if (!tk.isPunct(k, ':')) {
      return false;
    }
    int line = k - 1;
    while (line > 0
        && k - line < 16
        && !tk.newlineBefore(line)
        && tk.isPunct(line - 1, '-')
        && tk.joined(line)) {
      line -= 2; // "In-Reply-To", "Message-ID": words joined by hyphens
    }
    return line >= 0
        && (line == 0 || tk.newlineBefore(line))
        && s.regionIsAny(tk.start[line], tk.end[k - 1], MESSAGE_ID_HEADERS);
  }

  private static final String[] MESSAGE_ID_HEADERS = {
    "message-id", "in-reply-to", "references", "uid", "x-message-id", "thread-index"
  };

  /**
   * A mail server's name in a "Received:" header ("from mx2.example.org ... by mail.example.org").
   */
  private boolean mailHost(int t) {
    int k = t - 1;
    if (tk.isPunct(k, '=') && tk.equalsIgnoreCase(k - 1, "helo")) {
      return true; // "(helo=fax-gw.example.net)"
    }
    if (!(tk.equalsIgnoreCase(k, "from") || tk.equalsIgnoreCase(k, "by"))) {
      return false;
    }
    int line = k;
    while (line > 0 && !tk.newlineBefore(line) && k - line < 40) {
      line--; // a header's first line is short: "Received: from mx2.example.org (...) by ..."
    }
    return tk.equalsIgnoreCase(line, "received") && tk.isPunct(line + 1, ':');
  }

  private boolean codeSystem(int t) {
    int a = tk.start[t];
    int e = tk.end[t];
    int host = a;
    if (s.regionIs(a, Math.min(e, a + 7), "http://")) {
      host = a + 7;
    } else if (s.regionIs(a, Math.min(e, a + 8), "https://")) {
      host = a + 8;
    } else {
      return false;
    }
    int hostEnd = host;
    while (hostEnd < e && s.charAt(hostEnd) != '/') {
      hostEnd++;
    }
    int digits = 0;
    for (int i = host; i < e; i++) {
      char c = s.charAt(i);
      digits = Tokens.isDigit(c) ? digits + 1 : 0;
      if (c == '?' || c == '#' || c == '@' || c == '%' || digits >= 3) {
        return false; // a query, an address or a number names a record, not a vocabulary
      }
    }
    return s.regionIsAny(host, hostEnd, CODE_SYSTEM_HOSTS) && !personPath(hostEnd, e);
  }

  /** Whether a segment of the path {@code [from, to)} names a person's record ("/Patient/"). */
  private boolean personPath(int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) == '/') {
        int j = i + 1;
        while (j < to && s.charAt(j) != '/') {
          j++;
        }
        if (s.regionIsAny(i + 1, j, PERSON_SEGMENTS)) {
          return true;
        }
      }
    }
    return false;
  }

  private static final String[] PERSON_SEGMENTS = {
    "patient", "patients", "person", "people", "practitioner", "relatedperson", "member", "members"
  };

  private static final String[] CODE_SYSTEM_HOSTS = {
    "hl7.org", "terminology.hl7.org", "build.fhir.org", "loinc.org", "snomed.info",
    "unitsofmeasure.org", "www.nlm.nih.gov", "nlm.nih.gov", "www.ama-assn.org", "nucc.org",
    "www.nucc.org", "www.cms.gov", "www.cdc.gov", "x12.org", "www.x12.org"
  };

  private boolean databaseUrl(int t) {
    int a = tk.start[t];
    int chunk = a;
    while (chunk > 0
        && !Character.isWhitespace(s.charAt(chunk - 1))
        && s.charAt(chunk - 1) != '['
        && s.charAt(chunk - 1) != '('
        && s.charAt(chunk - 1) != '"'
        && s.charAt(chunk - 1) != '\''
        && a - chunk < 32) {
      chunk--;
    }
    for (String scheme :
        new String[] {
          "jdbc:",
          "redis://",
          "rediss://",
          "amqp://",
          "amqps://",
          "kafka://",
          "mongodb://",
          "mongodb+srv://",
          "postgresql://",
          "mysql://",
          "ldap://",
          "ldaps://"
        }) {
      if (chunk + scheme.length() <= s.length() && startsWithIgnoreCase(chunk, scheme)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a software release's word stands just before token {@code t}: a version number. */
  private boolean versionBefore(int t) {
    int k = t - 1;
    if (tk.equalsIgnoreCase(k, "v") && tk.joined(t)) {
      return true;
    }
    return tk.equalsIgnoreCase(k, "version")
        || tk.equalsIgnoreCase(k, "edition")
        || tk.equalsIgnoreCase(k, "build")
        || tk.equalsIgnoreCase(k, "release")
        || tk.equalsIgnoreCase(k, "java")
        || tk.equalsIgnoreCase(k, "ver")
        || (tk.isPunct(k, '/') && tk.joined(t) && tk.is(k - 1, WORD)); // Tomcat/10.1.15
  }

  private static boolean year(int y) {
    return y >= 1870 && y <= 2150;
  }

  private static boolean month(int m) {
    return m >= 1 && m <= 12;
  }

  private static boolean day(int d) {
    return d >= 1 && d <= 31;
  }

  private void digitsOf(int from, int to) {
    digits.setLength(0);
    for (int k = from; k <= to; k++) {
      if (tk.kind[k] == NUM) {
        digits.append(s, tk.start[k], tk.end[k]);
      }
    }
  }

  private boolean allDigits(int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Tokens.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return to > from;
  }

  /** An IPv6 address or a MAC address starting at character {@code a}. */
  /** Whether a word with a letter beyond f ends right before token {@code t}. */
  private boolean afterNonHexWord(int t) {
    if (!tk.is(t - 1, WORD) || !tk.joined(t)) {
      return false;
    }
    for (int i = tk.start[t - 1]; i < tk.end[t - 1]; i++) {
      if (!isHex(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private void hexAddress(int a) {
    if (a > 0 && (isHex(s.charAt(a - 1)) || s.charAt(a - 1) == ':' || s.charAt(a - 1) == '.')) {
      return;
    }
    int n = s.length();
    int e = a;
    int colons = 0;
    int dashes = 0;
    while (e < n && e - a < 46) {
      char c = s.charAt(e);
      if (c == ':') {
        colons++;
      } else if (c == '-') {
        dashes++;
      } else if (!isHex(c) && c != '.') {
        break;
      }
      e++;
    }
    while (e > a
        && (s.charAt(e - 1) == ':' || s.charAt(e - 1) == '.' || s.charAt(e - 1) == '-')
        && !(e - a >= 2 && s.charAt(e - 1) == ':' && s.charAt(e - 2) == ':')) {
      e--;
    }
    if (e - a == 17 && (colons == 5 || dashes == 5) && mac(a)) {
      out.add(PhiType.DEVICE_ID, a, e, 0.9, "device.mac", "MAC address");
      return;
    }
    if (colons >= 2 && dashes == 0) {
      int end = ipv6End(a, e);
      if (end > 0) {
        out.add(PhiType.IP, a, end, 0.92, "ip.v6", "IPv6 groups");
      }
    }
  }

  private boolean mac(int a) {
    char sep = s.charAt(a + 2);
    for (int i = 0; i < 17; i++) {
      char c = s.charAt(a + i);
      if (i % 3 == 2 ? c != sep : !isHex(c)) {
        return false;
      }
    }
    return true;
  }

  /** The end of a valid IPv6 address within [a, e), or -1. */
  private int ipv6End(int a, int e) {
    int groups = 0;
    boolean compressed = false;
    int i = a;
    int hexRun = 0;
    boolean v4Tail = false;
    while (i < e) {
      char c = s.charAt(i);
      if (c == ':') {
        if (i + 1 < e && s.charAt(i + 1) == ':') {
          if (compressed) {
            return -1;
          }
          compressed = true;
          if (hexRun > 0) {
            groups++;
          }
          hexRun = 0;
          i += 2;
          continue;
        }
        if (hexRun == 0 && i != a) {
          return -1;
        }
        if (hexRun > 0) {
          groups++;
        }
        hexRun = 0;
      } else if (c == '.') {
        v4Tail = true;
        break;
      } else {
        hexRun++;
        if (hexRun > 4) {
          return -1;
        }
      }
      i++;
    }
    if (v4Tail) {
      groups += 2;
    } else if (hexRun > 0) {
      groups++;
    }
    boolean ok = compressed ? groups <= 7 : groups == 8;
    return ok && (compressed || groups == 8) ? (v4Tail ? e : i) : -1;
  }

  private static boolean isHex(char c) {
    return hex(c) >= 0;
  }

  // ---------------------------------------------------------------------------------- dates

  /** "April 19, 2025", "Apr. 19th 2025", "April 2025", "April 19". */
  private void writtenDate(int t) {
    if (!tk.wordIs(t, MONTH) || ((tk.flags[t] & Tokens.CAPITALIZED) == 0 && !lowerCaseMonth(t))) {
      return;
    }
    int m = Lexicon.month(s, tk.start[t], tk.end[t]);
    if (m == 0) {
      return;
    }
    int k = t + 1;
    if (tk.isPunct(k, '.') && tk.joined(k)) {
      if (tk.length(t) > 4) {
        return; // "in with me in January. 1915 South Clarence": a sentence's end, no abbreviation
      }
      k++;
    }
    if (sepIs(t + 1, '-')
        && tk.is(t + 2, NUM)
        && tk.length(t + 2) <= 2
        && day(tk.intValue(t + 2))
        && sepIs(t + 3, '-')
        && tk.is(t + 4, NUM)
        && tk.length(t + 4) == 4
        && year(tk.intValue(t + 4))) {
      out.add(PhiType.DATE, tk.start[t], tk.end[t + 4], 0.95, "date.written", "Mon-DD-YYYY");
      return;
    }
    int dayTok = -1;
    if (tk.newlineBefore(k)) {
      return; // a date does not run on into the next line
    }
    if (tk.is(k, NUM) && tk.length(k) <= 2 && day(tk.intValue(k))) {
      dayTok = k;
    } else if (tk.is(k, ALNUM) && ordinalDay(k)) {
      dayTok = k;
    }
    if (dayTok >= 0) {
      int end = tk.end[dayTok];
      int y = dayTok + 1;
      if (tk.isPunct(y, ',')) {
        y++;
      }
      if (tk.is(y, NUM) && tk.length(y) == 4 && year(tk.intValue(y))) {
        end = tk.end[y];
        out.add(PhiType.DATE, tk.start[t], end, 0.97, "date.written", "month day, year");
      } else if ((!tk.isPunct(dayTok + 1, ':')
              && !tk.isPunct(dayTok + 1, '/')
              && !(tk.isPunct(dayTok + 1, '.') && tk.is(dayTok + 2, NUM) && tk.joined(dayTok + 2)))
          || !tk.joined(dayTok + 1)) {
        int to = dayTok + 2; // "August 1-19": the range's last day is the month's too
        if ((tk.isPunct(dayTok + 1, '-') || tk.isPunct(dayTok + 1, '\u2013'))
            && tk.joined(dayTok + 1)
            && tk.joined(to)
            && tk.is(to, NUM)
            && tk.length(to) <= 2
            && tk.intValue(to) > tk.intValue(dayTok)
            && tk.is(dayTok, NUM)
            && day(tk.intValue(to))
            && (!tk.joined(to + 1)
                || (tk.is(to + 1, PUNCT) && !sepIs(to + 1, '-') && !sepIs(to + 1, '/')))) {
          end = tk.end[to];
        }
        out.add(PhiType.DATE, tk.start[t], end, 0.85, "date.written", "month and day");
      }
      return;
    }
    int y = k;
    if (tk.isPunct(y, ',')) {
      y++;
    }
    if (tk.is(y, NUM) && tk.length(y) == 4 && year(tk.intValue(y))) {
      out.add(PhiType.DATE, tk.start[t], tk.end[y], 0.9, "date.written", "month and year");
    }
  }

  /**
   * Whether month word {@code t}, typed in lower case, is a month: "nov 1", "december 12, 2025";
   * "may" and "march", also verbs, only in a line typed all in lower case.
   */
  private boolean lowerCaseMonth(int t) {
    return tk.lowerCase(t) && (lowerCaseLine(t) || !tk.equalsAnyIgnoreCase(t, MONTHS_ALSO_VERBS));
  }

  private static final WordList MONTHS_ALSO_VERBS = WordList.of("may", "march");

  /**
   * "a stroke in January", "bedbound since Dec", "the claim for October": a month alone after a
   * word that places an event in it, an element of a date Safe Harbor removes as it removes a day.
   * Not a person a month names ("daughter June", "in June's room", "June Bird", "shifts for
   * April").
   */
  private void monthAlone(int t) {
    if (tk.length(t) < 3
        || tk.newlineBefore(t)
        || !(tk.equalsAnyIgnoreCase(t - 1, IN_A_MONTH)
            || (tk.isPunct(t - 1, '-') && tk.joined(t) && tk.equalsIgnoreCase(t - 2, "mid")))
        || ((tk.flags[t] & Tokens.CAPITALIZED) == 0 && !lowerCaseMonth(t))
        || Lexicon.month(s, tk.start[t], tk.end[t]) == 0) {
      return;
    }
    boolean abbreviated = tk.length(t) == 3 || tk.equalsIgnoreCase(t, "sept");
    boolean mixedLine = lineCase != null && lineCase[t] == ContextFeatures.CASE_MIXED;
    if ((abbreviated && mixedLine && caps(t))
        || (tk.equalsAnyIgnoreCase(t, ABBREVIATIONS_LIKE_MONTHS) && !tk.capitalizedOnly(t))) {
      return; // "documented in MAR", "referred for OCT", "early dec in BP": abbreviations
    }
    int k = t + 1;
    if (tk.isPunct(k, '.') && tk.joined(k) && tk.length(t) <= 4) {
      k++; // "since Dec."
    }
    boolean sameLine = k < tk.count && !tk.newlineBefore(k);
    boolean given = tk.wordIs(t, FIRST);
    boolean verb = tk.equalsAnyIgnoreCase(t, MONTHS_ALSO_VERBS);
    if ((sameLine && (tk.is(k, NUM) || tk.is(k, ALNUM))) // a day or a year: writtenDate's
        || (verb && sameLine && !tk.is(k, PUNCT)) // "CLAIMS FILED LATE MAY BE DENIED"
        || (sameLine && tk.equalsIgnoreCase(k, "of")) // "for March of Dimes"
        || (tk.isPunct(t + 1, '\'') && tk.equalsIgnoreCase(t + 2, "s"))
        || (tk.flags[t + 1 < tk.count ? t + 1 : t] & Tokens.POSSESSIVE) != 0
        || (given && sameLine && tk.is(k, WORD) && capital(k) && !caps(t))
        || (given && tk.equalsIgnoreCase(t - 1, "for"))) {
      return;
    }
    out.add(PhiType.DATE, tk.start[t], tk.end[t], 0.8, "date.month", "a month an event is in");
  }

  /** Abbreviations a note writes in lower case that are months' too: "dec" (decreased), "mar". */
  private static final WordList ABBREVIATIONS_LIKE_MONTHS = WordList.of("dec", "mar");

  /** Words that place an event in a month: "in", "since", "through". */
  private static final WordList IN_A_MONTH =
      WordList.of(
          "in", "since", "for", "through", "thru", "until", "till", "during", "last", "early",
          "mid", "late");

  /** "19 April 2025", "19th of April, 2025", "19 de abril de 2025", "14th day of November". */
  private void writtenDateDayFirst(int t) {
    if (!(tk.length(t) <= 2 && day(tk.intValue(t))) && !(tk.is(t, ALNUM) && ordinalDay(t))) {
      return;
    }
    if (dayMonthYearJoined(t)) {
      return;
    }
    int k = t + 1;
    boolean spanish = false; // "3 de marzo de 2025": Spanish writes its months in lower case
    if (tk.equalsIgnoreCase(k, "day") && tk.equalsIgnoreCase(k + 1, "of")) {
      k += 2; // "this 14th day of November, 2025", as deeds and court papers write it
    } else if (tk.equalsIgnoreCase(k, "of")) {
      k++;
    } else if (tk.equalsIgnoreCase(k, "de")) {
      k++;
      spanish = true;
    }
    if (!tk.wordIs(k, MONTH)
        || tk.newlineBefore(k) // "2:30\njune: thats fine": a chat's next speaker
        || ((tk.flags[k] & Tokens.CAPITALIZED) == 0 && !spanish && !lowerCaseMonth(k))
        || !tk.is(k, WORD)
        || Lexicon.month(s, tk.start[k], tk.end[k]) == 0) {
      return;
    }
    int end = tk.end[k];
    int y = k + 1;
    if (tk.isPunct(y, '.') && tk.joined(y)) {
      y++;
    }
    if (tk.isPunct(y, ',')) {
      y++;
    }
    if (spanish && tk.equalsIgnoreCase(y, "de")) {
      y++;
    }
    if (tk.is(y, NUM) && tk.length(y) == 4 && year(tk.intValue(y))) {
      end = tk.end[y];
      out.add(PhiType.DATE, tk.start[t], end, 0.96, "date.written", "day month year");
    } else if (!(tk.equalsIgnoreCase(k, "may")
        && tk.equalsAnyIgnoreCase(k + 1, ContextModel.AFTER_A_MODAL))) { // "BOX 5 MAY BE TAXABLE"
      out.add(PhiType.DATE, tk.start[t], end, 0.8, "date.written", "day and month");
    }
  }

  /** "23/Nov/2026" (web server logs), "23-NOV-2026" and "23-Nov-26" (database exports). */
  private boolean dayMonthYearJoined(int t) {
    char c = tk.isPunct(t + 1, '/') ? '/' : tk.isPunct(t + 1, '-') ? '-' : 0;
    int m = t + 2;
    if (c == 0
        || !tk.is(t, NUM)
        || !tk.joined(t + 1)
        || !tk.joined(m)
        || !tk.is(m, WORD)
        || Lexicon.month(s, tk.start[m], tk.end[m]) == 0
        || tk.length(m) > 9
        || !tk.isPunct(m + 1, c)
        || !tk.joined(m + 1)
        || !tk.joined(m + 2)
        || !tk.is(m + 2, NUM)) {
      return false;
    }
    int y = m + 2;
    if (!((tk.length(y) == 4 && year(tk.intValue(y))) || tk.length(y) == 2)) {
      return false;
    }
    out.add(PhiType.DATE, tk.start[t], tk.end[y], 0.95, "date.written", "day-month-year, joined");
    return true;
  }

  /**
   * "out of town till the 12th", "turns 100 on the 22nd", "moved from the 14th to the 16th",
   * "yesterday the 9th": a day of the month standing alone. After a word of time ("yesterday",
   * "Tuesday") any word may follow; after a preposition only an ordinary small word or a mark does,
   * since "on the 2nd floor" and "by the 3rd visit" are no days.
   */
  private boolean dayOfMonthAlone(int t) {
    if (!ordinalDay(t) || !tk.equalsIgnoreCase(t - 1, "the")) {
      return false;
    }
    int before = t - 2;
    boolean time =
        tk.wordIs(before, WEEKDAY)
            || tk.equalsIgnoreCase(before, "yesterday")
            || tk.equalsIgnoreCase(before, "today")
            || tk.equalsIgnoreCase(before, "tomorrow");
    boolean preposition = tk.equalsAnyIgnoreCase(before, DAY_PREPOSITIONS);
    boolean after =
        !tk.is(t + 1, WORD)
            || tk.newlineBefore(t + 1)
            || tk.equalsAnyIgnoreCase(t + 1, WORDS_AFTER_A_DAY)
            || (tk.length(t + 1) == 1 && tk.isPunct(t + 2, '/')); // "the 16th b/c"
    if (!(time || (preposition && after))) {
      return false;
    }
    out.add(PhiType.DATE, tk.start[t], tk.end[t], 0.8, "date.written", "a day of the month");
    return true;
  }

  private static final WordList DAY_PREPOSITIONS =
      WordList.of(
          "on", "till", "until", "before", "after", "since", "thru", "through", "to", "from");

  /** Units a count is given in: "12/12 hrs" is twelve hours of twelve. */
  /**
   * Makers of cars and vans, whose names open a vehicle's ("Toyota Sienna", "Honda Odyssey").
   * Makers that are also people's names (Ford, Lincoln, Dodge, Mercedes) are left to the model.
   */
  static final WordList VEHICLE_MAKES =
      WordList.of(
          "toyota",
          "honda",
          "hyundai",
          "nissan",
          "chevrolet",
          "chevy",
          "kia",
          "subaru",
          "mazda",
          "volkswagen",
          "vw",
          "jeep",
          "buick",
          "lexus",
          "acura",
          "infiniti",
          "mitsubishi",
          "volvo",
          "audi",
          "bmw",
          "gmc",
          "cadillac",
          "chrysler",
          "suzuki",
          "scion",
          "tesla");

  /** Whether "L" at {@code k} is litres of oxygen: "1/8 L NC", "1/4 L via"; not "L forearm". */
  static boolean litresOfOxygen(Tokens tk, int k) {
    return k + 1 < tk.count
        && tk.equalsIgnoreCase(k, "l")
        && !tk.joined(k)
        && !tk.newlineBefore(k + 1)
        && tk.equalsAnyIgnoreCase(k + 1, OXYGEN_GIVEN);
  }

  /** What follows litres of oxygen: "NC", "via", "O2". */
  private static final WordList OXYGEN_GIVEN =
      WordList.of("nc", "o2", "oxygen", "nasal", "via", "per", "min", "lpm", "bag", "bottle");

  /**
   * Whether token {@code k} is a measure one space after the number before it ("1/2 tab"), not a
   * word in the next cell or line of a table ("3/14<tab>Rate").
   */
  static boolean measureAfter(Tokens tk, int k) {
    return k > 0
        && k < tk.count
        && tk.start[k] == tk.end[k - 1] + 1
        && tk.text.chars[tk.end[k - 1]] == ' '
        && tk.equalsAnyIgnoreCase(k, MEASURES);
  }

  /** Measures a fraction before them is of: "12/12 hrs", "1/4 mile", "1/2 tab", "3/4 cup". */
  static final WordList MEASURES =
      WordList.of(
          "hr",
          "hrs",
          "hour",
          "hours",
          "min",
          "mins",
          "minutes",
          "mg",
          "ml",
          "days",
          "visits",
          "times",
          "mile",
          "miles",
          "lpm",
          "liter",
          "liters",
          "mi",
          "inch",
          "inches",
          "cup",
          "cups",
          "tab",
          "tabs",
          "tablet",
          "tablets",
          "tsp",
          "tbsp",
          "teaspoon",
          "tablespoon",
          "lb",
          "lbs",
          "oz",
          "gallon",
          "gal",
          "block",
          "blocks",
          "acre",
          "acres",
          "pill",
          "pills",
          "strength",
          "dose",
          "full");

  /** Small words that end a phrase: "on the 19th that didn't happen", "the 14th and". */
  private static final WordList WORDS_AFTER_A_DAY =
      WordList.of(
          "and", "or", "to", "that", "at", "for", "when", "but", "so", "then", "as", "is", "was",
          "will", "if", "because", "which", "in", "from", "till", "until", "thru", "through",
          "instead");

  private boolean ordinalDay(int t) {
    int v = tk.ordinal(t);
    return v > 0 && day(v) && tk.length(t) <= 4;
  }

  // ---------------------------------------------------------------------------------- addresses

  /** House number, street name words, a street suffix, then an optional unit. */
  private void address(int t) {
    if (tk.length(t) > 6 || address(t, t)) {
      return;
    }
    if (tk.length(t) >= 2
        && tk.length(t) <= 3
        && tk.isPunct(t + 1, '-')
        && tk.joined(t + 1)
        && tk.joined(t + 2)
        && tk.is(t + 2, NUM)
        && tk.length(t + 2) <= 4
        && !tk.joined(t + 3)
        && address(t, t + 2)) {
      return; // "94-1040 Waipahu St", "45-12 Parsons Blvd": Hawaii's and Queens' house numbers
    }
    if (tk.length(t) >= 2 && !tk.joined(t + 1)) {
      if (!directionStreet(t, t, tk.length(t))) {
        streetAfterAt(t, t, tk.length(t));
      }
    }
  }

  /**
   * "1402 n lamar", "19 w elm", "2210 e main ste 4", "1045 w 3rd": a house number, a compass letter
   * and the street's name with no suffix, in lower case as chats write an address. The letter must
   * stand alone (not "w/c", nor a log's level "4412 E AndroidRuntime:") and the word after it be a
   * street's, not a count's ("30 s later").
   */
  private boolean directionStreet(int t, int number, int digitCount) {
    int d = number + 1;
    boolean letter = // "one w four": a frequency said, not a compass letter
        tk.is(number, NUM)
            && tk.is(d, WORD)
            && tk.length(d) == 1
            && "nsew".indexOf(s.charAt(tk.start[d])) >= 0
            && (s.charAt(tk.start[d]) != 's' || digitCount >= 3); // "30 s backoff": seconds
    // "nine-oh-four West Olive": a number in words, a street in capitals, as transcripts write it
    boolean titled =
        tk.is(t, WORD)
            && titleCase(d)
            && d + 1 < tk.count
            && titleCase(d + 1)
            && !tk.wordIs(d + 1, STATE_NAME)
            && !tk.equalsAnyIgnoreCase(d + 1, STATES_AFTER_COMPASS) // "North Carolina Medicaid"
            && !tk.equalsAnyIgnoreCase(d + 1, NOT_STREETS) // "ten thirty East Coast time"
            && !(tk.is(d + 2, WORD) && tk.lowerCase(d + 2)); // "North Shore clients": prose
    boolean compass = // "four eleven west mahantongo"; not "room 412 north campus", "bp 150 west"
        (digitCount >= 3 || (titled && digitCount == 2 && tk.equalsIgnoreCase(t - 1, "at")))
            && (tk.lowerCase(d) || titled)
            && tk.equalsAnyIgnoreCase(d, COMPASS)
            && !tk.wordIs(t - 1, UNIT)
            && !tk.equalsAnyIgnoreCase(t - 1, NOT_A_HOUSE)
            && !tk.equalsAnyIgnoreCase(t - 1, NO_HOUSE_BEFORE)
            && (ordinalSaid(d + 1) > 0
                || tk.equalsAnyIgnoreCase(d + 1, STREET_NAMES)
                || titled // "West Olive": its capital makes it a name
                || !tk.wordIs(d + 1, COMMON));
    if (!boundaryBefore(t) || !tk.is(d, WORD) || !(letter || compass) || tk.newlineBefore(d)) {
      return false;
    }
    int k = d + 1;
    int said = ordinalSaid(k);
    if (!letter && said > 0 && !tk.newlineBefore(k)) {
      out.add( // "twenty one nineteen west twenty first"
          PhiType.ADDRESS,
          tk.start[t],
          tk.end[said],
          0.8,
          "address.street",
          "number, compass point, street");
      return true;
    }
    if (tk.isPunct(k, '.') && tk.joined(k)) {
      k++;
    }
    if (tk.joined(k)
        || tk.newlineBefore(k)
        || !((tk.is(k, WORD) && tk.length(k) >= 3 && (titled || tk.lowerCase(k)))
            || (tk.is(k, ALNUM) && tk.ordinal(k) > 0))
        || (tk.isPunct(k + 1, ':') && tk.joined(k + 1))
        || !streetNameWord(k)) {
      return false;
    }
    // "1402 n martin luther king": the street's further words, names and places, not prose
    int last = k;
    while (last < k + 3
        && tk.is(last + 1, WORD)
        && (titled ? titleCase(last + 1) : tk.lowerCase(last + 1))
        && !tk.joined(last + 1)
        && !tk.newlineBefore(last + 1)
        && tk.wordIs(last + 1, FIRST | LAST | PLACE | PLACE_PART)
        && !tk.wordIs(last + 1, STOP | STATE)
        && !tk.equalsAnyIgnoreCase(last + 1, CONJUNCTIONS)
        && unit(last + 1) <= 0
        && streetNameWord(last + 1)) {
      last++;
    }
    int end = tk.end[last];
    int unitEnd = unit(last + 1);
    out.add(
        PhiType.ADDRESS,
        tk.start[t],
        unitEnd > 0 ? unitEnd : end,
        0.8,
        "address.street",
        "number, compass point, street");
    return true;
  }

  private static final WordList COMPASS = WordList.of("north", "south", "east", "west");

  private static final WordList STATES_AFTER_COMPASS =
      WordList.of("carolina", "dakota", "virginia");

  /** What a compass word names besides a street: "East Coast", "North Campus", "West Wing". */
  private static final WordList NOT_STREETS =
      WordList.of(
          ("coast campus shore side wing end tower building entrance lot hall gate parking unit"
                  + " pod zone region county america africa asia europe pole")
              .split(" "));

  /** What a number before a compass word is when no house's: "office 305 south", "in 520 north". */
  private static final WordList NO_HOUSE_BEFORE = WordList.of("office", "bp", "in", "room", "rm");

  /**
   * "we were at eleven two oh three bissonnet, apartment", "HOME IS 2710 ROSEDALE": a house number
   * of three to five digits after "lives at", "were at" or "home is", then one word that can name a
   * street and no more words; speech leaves the suffix out.
   */
  private boolean streetAfterAt(int t, int number, int digitCount) {
    int k = number + 1;
    int p = t - 1;
    while (tk.equalsAnyIgnoreCase(p, FILLERS)) {
      p--;
    }
    boolean at = // not "meet at 2200 Johnson", "sent at 1200 Main", "sugars were at 150 tops"
        (tk.equalsIgnoreCase(p, "at")
                && (tk.equalsAnyIgnoreCase(p - 1, HOMES)
                    || (tk.equalsAnyIgnoreCase(p - 1, WERE) && tk.is(t, WORD))))
            || (tk.equalsIgnoreCase(p, "is") && tk.equalsAnyIgnoreCase(p - 1, HOMES));
    if (!at
        || digitCount < 3
        || digitCount > 5
        || s.charAt(tk.start[t]) == '0'
        || !tk.is(k, WORD)
        || tk.length(k) < 4
        || tk.newlineBefore(k)
        || tk.wordIs(k, MONTH | WEEKDAY | NUMBER_WORD | UNIT | TITLE | ROLE | COMMON)
        || !streetNameWord(k)
        || !(k + 1 >= tk.count
            || tk.newlineBefore(k + 1)
            || tk.isPunct(k + 1, ',')
            || tk.isPunct(k + 1, '.'))) {
      return false;
    }
    int unitEnd = unit(k + 1);
    out.add(
        PhiType.ADDRESS,
        tk.start[t],
        unitEnd > 0 ? unitEnd : tk.end[k],
        0.75,
        "address.street",
        "number and street after at");
    return true;
  }

  /**
   * Whether word {@code k} can name a street after a house number and a compass letter: a name, a
   * place, a tree or another word streets are named after, or a word of no list; not a food, a drug
   * or a word of prose ("500 w applesauce", "81 w aspirin", "290 e toward houston").
   */
  private boolean streetNameWord(int k) {
    if (tk.is(k, ALNUM)) {
      return tk.ordinal(k) > 0;
    }
    if (tk.equalsAnyIgnoreCase(k, STREET_NAMES)) {
      return true;
    }
    if (tk.equalsAnyIgnoreCase(k, NOT_A_STREET_NAME)
        || tk.equalsAnyIgnoreCase(k, COUNT_UNITS)
        || tk.equalsAnyIgnoreCase(k, NO_STREET)
        || tk.wordIs(k, STOP | CLINICAL)) {
      return false;
    }
    return !tk.wordIs(k, COMMON) || tk.wordIs(k, FIRST | LAST | PLACE | PLACE_PART);
  }

  private static final WordList CONJUNCTIONS = WordList.of("but", "or", "so", "then", "and", "nor");

  /**
   * Street suffixes that name nothing else: one of an intersection's two streets ends in one, since
   * "CT", "ST", "PT", "Dr", "Ln", "Sq" and "Way" are scans, segments, therapies, doctors, lymph
   * nodes, injections and ways of saying.
   */
  private static final WordList ROAD_SUFFIXES =
      WordList.of(
          "blvd",
          "boulevard",
          "rd",
          "road",
          "ave",
          "avenue",
          "street",
          "hwy",
          "highway",
          "pkwy",
          "parkway",
          "pike",
          "expy",
          "expressway",
          "fwy",
          "freeway",
          "tpke",
          "turnpike");

  /** A word written with its capital (or in capitals), not one in a line typed in lower case. */
  private boolean writtenCapitalized(int k) {
    return k >= 0 && k < tk.count && (tk.flags[k] & Tokens.CAPITALIZED) != 0;
  }

  /** Whether words {@code [a, b)} are all written capitalized and none is a clinical word. */
  private boolean allCapitalizedNoClinical(int a, int b) {
    for (int k = a; k < b; k++) {
      if (!writtenCapitalized(k) || tk.wordIs(k, CLINICAL)) {
        return false;
      }
    }
    return true;
  }

  /** Words that label a place, before the streets of an intersection: "LOCATION COORS BLVD". */
  private static final WordList PLACE_LABELS =
      WordList.of("location", "loc", "address", "corner", "intersection", "near", "scene", "site");

  /** Ordinary words streets are often named after: "19 w elm", "400 e main". */
  private static final WordList STREET_NAMES =
      WordList.of(
          "main",
          "elm",
          "oak",
          "pine",
          "maple",
          "cedar",
          "walnut",
          "chestnut",
          "mulberry",
          "birch",
          "willow",
          "spruce",
          "ash",
          "poplar",
          "cherry",
          "park",
          "lake",
          "hill",
          "church",
          "market",
          "center",
          "broadway",
          "mill",
          "spring",
          "river",
          "state",
          "grand",
          "high",
          "bridge",
          "ridge",
          "valley",
          "forest",
          "sunset",
          "college",
          "school",
          "union",
          "liberty",
          "franklin");

  private static final WordList NOT_A_STREET_NAME =
      WordList.of(
          "later",
          "ago",
          "each",
          "per",
          "the",
          "coli",
          "side",
          "wing",
          "bound",
          "breakfast",
          "lunch",
          "dinner",
          "supper",
          "meals",
          "food",
          "snack",
          "backoff",
          "delay",
          "timeout",
          "rest",
          "break",
          "water",
          "juice",
          "milk");

  /**
   * "the house on Elm Ridge Dr", "her old address on Prospect Ave", "lives on Lee Rd": the street
   * of someone's home named without its number, its words capitalized, ending in a suffix written
   * out or abbreviated (not "Dr" before a name). A street where something happened or a route goes
   * is no one's address.
   */
  private void streetByName(int suffix) {
    boolean capitals = caps(suffix);
    // "they lived on jackson street": a line in lower case, the suffix said in full
    boolean lower = lowerCaseLine(suffix) && tk.equalsAnyIgnoreCase(suffix, SUFFIXES_SAID);
    if (tk.newlineBefore(suffix)
        || ((tk.flags[suffix] & Tokens.CAPITALIZED) == 0 && !capitals && !lower)
        || (tk.equalsIgnoreCase(suffix, "dr")
            && ((tk.is(suffix + 1, WORD) && !tk.lowerCase(suffix + 1))
                || tk.isPunct(suffix + 1, '.')))
        || (tk.equalsIgnoreCase(suffix, "st")
            && tk.isPunct(suffix + 1, '.')
            && tk.is(suffix + 2, WORD))) {
      return;
    }
    int k = suffix - 1;
    while (k > suffix - 4
        && tk.is(k, WORD)
        && (capitals
            ? caps(k)
            : lower
                ? tk.lowerCase(k) && !tk.wordIs(k, COMMON | CLINICAL | NUMBER_WORD)
                : (tk.flags[k] & Tokens.CAPITALIZED) != 0)
        && !tk.newlineBefore(k + 1)
        && !tk.wordIs(k, STOP | MONTH | WEEKDAY | TITLE | ROLE)) {
      k--;
    }
    if (k == suffix - 1
        || tk.newlineBefore(k + 1)
        || !tk.equalsAnyIgnoreCase(k, STREET_BEFORE)
        || !(tk.lowerCase(k) || (capitals && caps(k)))
        || !(tk.equalsAnyIgnoreCase(k - 1, HOMES) || personOn(k))) {
      return; // "a red light on Fulton Ave.", "head west on W Camelback Rd": no one's home
    }
    int end = tk.end[suffix];
    if (tk.isPunct(suffix + 1, '.')
        && tk.joined(suffix + 1)
        && tk.length(suffix) <= 4
        && !tk.equalsAnyIgnoreCase(suffix, SUFFIXES_SAID)) {
      end = tk.end[suffix + 1]; // "Rd.", not the stop after "Road."
    }
    out.add(PhiType.ADDRESS, tk.start[k + 1], end, 0.75, "address.street", "a street by its name");
  }

  private static final WordList STREET_BEFORE = WordList.of("on", "at", "near", "off");

  /**
   * Whether "on" at {@code on} says where a person lives: "he's on Cedar Knoll Road", "my mother is
   * on Pecan Hollow", "she's, um, on Birch Ln".
   */
  private boolean personOn(int on) {
    if (!tk.equalsIgnoreCase(on, "on")) {
      return false;
    }
    int k = on - 1;
    while (k > on - 4 && (tk.isPunct(k, ',') || tk.equalsAnyIgnoreCase(k, FILLERS))) {
      k--;
    }
    if (tk.equalsIgnoreCase(k, "shes") || tk.equalsIgnoreCase(k, "hes")) {
      return true;
    }
    if (tk.equalsIgnoreCase(k, "s") && (tk.isPunct(k - 1, '\'') || tk.isPunct(k - 1, '\u2019'))) {
      k -= 2;
    } else if (tk.equalsIgnoreCase(k, "is") || tk.equalsIgnoreCase(k, "was")) {
      k--;
    } else {
      return false;
    }
    return tk.equalsIgnoreCase(k, "he")
        || tk.equalsIgnoreCase(k, "she")
        || tk.equalsAnyIgnoreCase(k, PERSON_WORDS)
        || tk.equalsIgnoreCase(k, "client");
  }

  private static final WordList WERE = WordList.of("was", "were", "stay", "stayed");

  /** Words of where someone lives, before the street it is on: "the house on Elm Ridge Dr". */
  private static final WordList HOMES =
      WordList.of(
          "house",
          "home",
          "lives",
          "lived",
          "living",
          "live",
          "place",
          "apartment",
          "apt",
          "trailer",
          "condo",
          "address",
          "resides",
          "staying",
          "stays",
          "farm",
          "duplex",
          "still"); // "and still on Sobieski Street?": an address confirmed

  /**
   * A street address whose house number runs from token {@code t} to {@code last} (one token, or a
   * number read aloud: "twelve oh four Birch Lane"); whether one was found.
   */
  private boolean address(int t, int last) {
    if (!boundaryBefore(t)
        || (tk.is(t, ALNUM)
            && Tokens.isLetter(s.charAt(tk.start[t]))
            && Tokens.isLetter(s.charAt(tk.end[t] - 1)))) {
      return false; // "q8h via elastomeric pump"; "N4417 Hwy 29" and OCR's "l2" are numbers
    }
    if (tk.isPunct(t - 1, ':')
        && tk.joined(t)
        && tk.joined(t - 1)
        && tk.is(t - 2, NUM)
        && tk.length(t) == 2
        && tk.length(t - 2) <= 2
        && tk.intValue(t) <= 59
        && tk.intValue(t - 2) <= 59) {
      return false; // "08:01:15  GEOFENCE PASS", "around 9:30 maybe dr appt": a time's minutes
    }
    int k = last + 1;
    int words = 0;
    int suffix = -1;
    // in lower case, a house number of one digit is more often a count ("2 chest ct", "3 diff dr")
    // in speech (a house number said in words, a speaker's line) the suffix is written whole:
    // "it is seventy seven harbor view road", "CALLER: it's 77 harbor view road"
    boolean said = tk.wordIs(t, NUMBER_WORD) || (t > lineStart && speakerLabel(lineStart));
    boolean lower = !capital(k) && (last > t || tk.length(t) >= 2) && lowerStreetAhead(k, said);
    // "9 8 2 1 westminster avenue": a house number read out digit by digit, as only speech does
    boolean digitByDigit =
        tk.is(t, NUM)
            && tk.length(t) == 1
            && tk.is(t - 1, NUM)
            && tk.length(t - 1) == 1
            && tk.start[t] - tk.end[t - 1] == 1;
    while (k < tk.count && words < 5) {
      if (tk.newlineBefore(k)
          || ((lower || tk.wordIs(t, NUMBER_WORD))
              && k > last + 1
              && tk.wordIs(k, NUMBER_WORD | STOP))) {
        break; // "temp ninety seven point nine", "two which is up two point": a dictation's figures
      }
      boolean particle = // "417 Ponce de Leon Pl", "9 Avenida de la Paz"
          words > 0
              && !lower
              && tk.wordIs(k, PARTICLE)
              && tk.lowerCase(k)
              && !tk.equalsIgnoreCase(k, "st")
              && tk.is(k + 1, WORD)
              && (capital(k + 1) || tk.wordIs(k + 1, PARTICLE))
              && !tk.newlineBefore(k + 1);
      if (words > 0
          && !lower
          && tk.is(k, WORD)
          && tk.lowerCase(k)
          && tk.capitalizedOnly(k - 1)
          && !tk.wordIs(k - 1, CLINICAL | STOP)
          && (!tk.wordIs(k - 1, COMMON) // "2 Sisters drive her"; "lives at 44 Birch road"
              || tk.equalsAnyIgnoreCase(t - 1, BEFORE_AN_ADDRESS)
              || tk.isPunct(t - 1, ':'))
          && tk.equalsAnyIgnoreCase(k, SUFFIXES_SAID)) {
        suffix = k; // "197 Ridgeview terrace": speech recognition writes the suffix in lower case
        break;
      }
      if (tk.is(k, WORD) && (capital(k) || (lower && tk.lowerCase(k)) || particle)) {
        boolean named = tk.capitalizedOnly(k);
        if (tk.equalsAnyIgnoreCase(k, NO_STREET)
            || (!named && tk.equalsAnyIgnoreCase(k, NO_STREET_UNLESS_NAMED))
            || (tk.equalsAnyIgnoreCase(k, COUNT_UNITS) && !named && !streetEndsAfter(k + 1))
            || (words == 0 && tk.equalsAnyIgnoreCase(k, SHORT_COUNT_UNITS))) {
          break; // "PRIORITY 2 TO ST BRENDAN": no street is named "To"
        }
        if (words == 0
            && tk.length(k) == 1
            && !tk.wordIs(k, DIRECTION)
            && !tk.wordIs(k + 1, STREET_SUFFIX)) {
          break; // "ON 6 L NC. PT": litres; a street named by a letter has its suffix next ("L St")
        }
        if (words > 0
            && tk.wordIs(k, STREET_SUFFIX)
            && !patientOrDoctor(k)
            && (!lower
                || tk.equalsAnyIgnoreCase(k, LOWER_CASE_SUFFIXES)
                || ((digitByDigit || said) && tk.equalsAnyIgnoreCase(k, SUFFIXES_SAID)))) {
          suffix = k;
          break;
        }
        if ((words == 0
                || (words == 1 // "2290 W Calle Serena", not "Level 2 N Via Christi Tower"
                    && tk.wordIs(k - 1, DIRECTION)
                    && !tk.wordIs(t - 1, UNIT)
                    && !tk.equalsAnyIgnoreCase(t - 1, NOT_A_HOUSE)))
            && tk.wordIs(k, STREET_PREFIX)
            && (!tk.equalsIgnoreCase(k, "vista") || tk.wordIs(k + 1, PARTICLE)) // "Vista Del Mar"
            && startsStreetName(k + 1)
            && tk.length(k + 1) >= 2) { // not "2100 VIA R PICC": right
          suffix = k + 1; // "1520 Calle Luna", "8 Rue des Lilas"
          while (suffix - k < 3
              && startsStreetName(suffix + 1)
              && !tk.newlineBefore(suffix + 1)
              && tk.start[suffix + 1] == tk.end[suffix] + 1 // not "CAMINO REAL    LAREDO"
              && unit(suffix + 1) < 0) { // "902 Calle Ocho Apt 5": the unit is the unit's
            suffix++;
          }
          break;
        }
        if (words == 0 && tk.wordIs(k, NAMED_ROAD)) {
          int v = k + 1;
          if ((tk.equalsIgnoreCase(k, "county") || tk.equalsIgnoreCase(k, "township"))
              && (tk.equalsIgnoreCase(v, "road") || tk.equalsIgnoreCase(v, "rd"))) {
            v++; // "County Road 12", "9431 Township Road 155"
          }
          if (tk.is(v, NUM) || tk.is(v, ALNUM)) {
            suffix = v;
            break;
          }
          if (tk.equalsIgnoreCase(k, "broadway")) {
            suffix = k;
            break;
          }
        }
        words++;
        k++;
        if (tk.isPunct(k, '.') && tk.joined(k) && tk.length(k - 1) <= 2) {
          k++; // N. Main St
        }
      } else if (tk.is(k, ALNUM) && tk.ordinal(k) > 0) {
        words++;
        k++;
      } else {
        break;
      }
    }
    if (suffix < 0 || clinicalSuffix(t, suffix)) {
      return false;
    }
    while (tk.wordIs(suffix + 1, STREET_SUFFIX)
        && capital(suffix + 1)
        && !tk.newlineBefore(suffix + 1)
        && tk.start[suffix + 1] - tk.end[suffix] <= 2) { // not a next column's "ST PAUL"
      suffix++; // "Larch Hollow Rd", "Park Ave"
    }
    if ((tk.equalsIgnoreCase(suffix, "road") || tk.equalsIgnoreCase(suffix, "rd"))
        && (tk.equalsIgnoreCase(suffix - 1, "county")
            || tk.equalsIgnoreCase(suffix - 1, "township"))) {
      for (int n = suffix + 1; n <= suffix + 2 && tk.wordIs(n, NUMBER_WORD); n++) {
        suffix = n; // "nineteen oh five county road forty two": the road's number said in words
      }
    }
    int end = tk.end[suffix];
    int e = suffix + 1;
    if (tk.isPunct(e, '.') && tk.joined(e)) {
      e++;
    }
    if (tk.wordIs(e, DIRECTION) && (capital(e) || lower) && tk.length(e) <= 2) {
      end = tk.end[e];
      e++;
    }
    int unitEnd = unit(e);
    if (unitEnd > 0) {
      end = unitEnd;
    }
    zipAfterStreet(end);
    townAndZipReadAloud(end);
    townSaidAfterStreet(end);
    int from = t;
    while (tk.length(t) == 1
        && from > 0
        && t - from < 5
        && tk.is(from - 1, NUM)
        && tk.length(from - 1) == 1
        && tk.start[from] - tk.end[from - 1] == 1
        && !tk.newlineBefore(from)) {
      from--; // "it's 6 0 9 Hope Street": a house number read out digit by digit
    }
    if (lower) {
      out.add(
          PhiType.ADDRESS, tk.start[from], end, 0.7, "address.street", "number, street, suffix");
    } else {
      out.add(
          PhiType.ADDRESS, tk.start[from], end, 0.92, "address.street", "number, street, suffix");
    }
    return true;
  }

  /**
   * "Coors Blvd NW & Montaño Rd NW", "COORS BLVD NW AT MONTANO RD NW": two streets named with their
   * suffixes and joined by "&", "and", "at" or "/", where an accident or a pickup happened. Found
   * at the first street's suffix; a house number before it makes it an address, the address rule's.
   */
  private void intersection(int t) {
    int first = t;
    while (first > t - 3
        && first - 1 >= 0
        && tk.is(first - 1, WORD)
        && capital(first - 1)
        && !tk.newlineBefore(first)
        && !(tk.wordIs(first - 1, STOP) && !tk.equalsAnyIgnoreCase(first - 1, STREET_NAMES))
        && !tk.wordIs(first - 1, ROLE | TITLE | STREET_SUFFIX | MONTH | WEEKDAY | GENERIC_LABEL)
        && !tk.equalsAnyIgnoreCase(first - 1, PLACE_LABELS)) {
      first--;
    }
    if (first == t
        || !writtenCapitalized(t)
        || tk.wordIs(tk.isPunct(first - 1, '.') ? first - 2 : first - 1, TITLE) // "Mrs. Ann"
        || tk.is(first - 1, NUM)
        || tk.is(first - 1, ALNUM)
        || !allCapitalizedNoClinical(first, t)) {
      return;
    }
    int k = t + 1;
    if (tk.isPunct(k, '.') && tk.joined(k)) {
      k++;
    }
    if (tk.wordIs(k, DIRECTION) && capital(k) && tk.length(k) <= 2) {
      k++;
    }
    if (!(tk.isPunct(k, '&')
            || tk.isPunct(k, '/')
            || tk.equalsIgnoreCase(k, "and")
            || tk.equalsIgnoreCase(k, "at"))
        || tk.newlineBefore(k)) {
      return;
    }
    int n = k + 1;
    int words = 0;
    while (words < 3
        && tk.is(n, WORD)
        && writtenCapitalized(n)
        && !tk.newlineBefore(n)
        && !tk.wordIs(n, STREET_SUFFIX | STOP | ROLE | TITLE | CLINICAL)) {
      n++;
      words++;
    }
    if (words == 0
        || !tk.wordIs(n, STREET_SUFFIX)
        || !writtenCapitalized(n)
        || tk.newlineBefore(n)
        || !(tk.equalsAnyIgnoreCase(t, ROAD_SUFFIXES)
            || tk.equalsAnyIgnoreCase(n, ROAD_SUFFIXES))) {
      return; // "head CT and chest CT", "Inferior ST and Lateral ST", "One Way and Two Way"
    }
    int end = tk.end[n];
    int e = n + 1;
    if (tk.isPunct(e, '.') && tk.joined(e)) {
      end = tk.end[e];
      e++;
    }
    if (tk.wordIs(e, DIRECTION) && capital(e) && tk.length(e) <= 2 && !tk.newlineBefore(e)) {
      end = tk.end[e];
      e++;
    }
    if (tk.is(e, WORD)
        && writtenCapitalized(e)
        && !tk.newlineBefore(e)
        && tk.start[e] == tk.end[e - 1] + 1) {
      return; // "the Main St and Oak Ave Neighborhood Association": a name
    }
    out.add(
        PhiType.ADDRESS,
        tk.start[first],
        end,
        0.85,
        "address.intersection",
        "two streets that cross");
  }

  /**
   * Whether a street typed in lower case in a line that is not starts at {@code k}: up to three
   * lower-case words or ordinals, then an abbreviated suffix ("418 linden ave", "4100 w 26th st"),
   * which chats type without capitals where their other words have some; when {@code said}, a
   * suffix written whole too ("harbor view road"), as speech recognition writes it.
   */
  private boolean lowerStreetAhead(int k, boolean said) {
    for (int i = k, words = 0; i < tk.count && words <= 3 && !tk.newlineBefore(i); i++) {
      if (tk.is(i, WORD) && tk.lowerCase(i)) {
        if (words > 0
            && (tk.equalsAnyIgnoreCase(i, LOWER_CASE_SUFFIXES)
                || (said && tk.equalsAnyIgnoreCase(i, SUFFIXES_SAID)))) {
          return true;
        }
        if (tk.wordIs(i, STOP) && !tk.wordIs(i, DIRECTION)) {
          return false; // "3 of the st", "2 to rd"
        }
      } else if (!(tk.is(i, ALNUM) && tk.ordinal(i) > 0)) {
        return false;
      }
      words++;
    }
    return false;
  }

  /** Words an address is said after: "lives at", "the address is". */
  private static final WordList BEFORE_AN_ADDRESS = WordList.of("at", "is", "address");

  /** Street suffixes as speech recognition writes them, whole words in lower case. */
  private static final WordList SUFFIXES_SAID =
      WordList.of(
          "street",
          "avenue",
          "road",
          "lane",
          "drive",
          "court",
          "terrace",
          "boulevard",
          "place",
          "circle",
          "parkway",
          "highway");

  /** Street suffixes that, abbreviated, name nothing else in lower case. */
  private static final WordList LOWER_CASE_SUFFIXES =
      WordList.of("st", "ave", "rd", "blvd", "ln", "dr", "ct", "pkwy", "hwy", "cir", "ter", "terr");

  /**
   * Whether the street suffix at {@code suffix}, after the number at {@code t}, is a note's word:
   * "7 BEAT RUN" (of a heart's beats), "REPEAT ARTIFACT DURING PT" (the patient), or the title of
   * the doctor a log's line names after its time ("0221 PAGED CARDS FELLOW DR BEAUMONT").
   */
  private boolean clinicalSuffix(int t, int suffix) {
    if (tk.equalsIgnoreCase(suffix, "run")) {
      return tk.equalsIgnoreCase(suffix - 1, "beat") || tk.equalsIgnoreCase(suffix - 1, "beats");
    }
    if (tk.equalsIgnoreCase(suffix, "pt")) {
      return tk.equalsAnyIgnoreCase(suffix - 1, BEFORE_A_PATIENT);
    }
    if (!tk.equalsIgnoreCase(suffix, "dr") || !(clockTime(t) || tk.intValue(t) == 2400)) {
      return false;
    }
    boolean noted = false; // "PAGED", "NURSE": a log's words, never a street's
    for (int k = t + 1; k < suffix; k++) {
      noted |= tk.wordIs(k, WEAK_CUE | ROLE | CLINICAL);
    }
    if (noted
        && (t == 0
            || tk.newlineBefore(t)
            || tk.isPunct(t - 1, '.')
            || tk.isPunct(t - 1, ';')
            || tk.isPunct(t - 1, '-')
            || tk.isPunct(t - 1, ':')
            || tk.is(t - 1, NUM))) {
      return true; // "PT RESTING. 1415 PAGED DR SMITH", "10/14 0221 PAGED HOSPITALIST DR"
    }
    if (!(t == 0 || tk.newlineBefore(t))) {
      return false;
    }
    int n = tk.isPunct(suffix + 1, '.') && tk.joined(suffix + 1) ? suffix + 2 : suffix + 1;
    return tk.is(n, WORD)
        && !tk.newlineBefore(n)
        && tk.start[n] - tk.end[n - 1] <= 2 // not the next column's "PERIOD"
        && capital(n)
        && !tk.wordIs(
            n, UNIT | DIRECTION | STATE | STATE_NAME | STREET_SUFFIX | (noted ? 0 : PLACE));
  }

  /** Whether token {@code t} is four digits of a 24-hour clock: "0221", "1450". */
  private boolean clockTime(int t) {
    if (!tk.is(t, NUM) || tk.length(t) != 4) {
      return false;
    }
    int v = tk.intValue(t);
    return v / 100 <= 23 && v % 100 <= 59;
  }

  /** Words before "PT" that make it the patient, no Point: "DURING PT", "POST PT". */
  private static final WordList BEFORE_A_PATIENT =
      WordList.of("during post per with to for from after before by the each saw".split(" "));

  /**
   * Whether street suffix {@code k}, typed in lower case, is the clinician's "pt" (patient) or a
   * "dr." before a name ("1 wk. dr. iyer", "99204 new pt visit"), not Point or Drive.
   */
  private boolean patientOrDoctor(int k) {
    if ((tk.flags[k] & Tokens.CAPITALIZED) != 0) {
      return false;
    }
    return tk.equalsIgnoreCase(k, "pt")
        || (tk.equalsIgnoreCase(k, "dr")
            && tk.isPunct(k + 1, '.')
            && tk.is(k + 2, WORD)
            && !tk.newlineBefore(k + 2));
  }

  /**
   * Whether token {@code k} starts with a capital, or stands in a line typed all in lower case,
   * where a missing capital is no evidence against a street, a state or a place.
   */
  private boolean capital(int k) {
    if (k < 0 || k >= tk.count) {
      return false; // before the text's first token ("INC 25-0188731" opening a text)
    }
    return (tk.flags[k] & Tokens.CAPITALIZED) != 0
        || (lineCase != null && k < lineCase.length && lineCase[k] == ContextFeatures.CASE_LOWER);
  }

  /** The case pattern of each token's line ({@link ContextModel#cases}), for this text. */
  private int @Nullable [] lineCase;

  /** Readies for a new text, given its lines' case patterns: the text before is forgotten. */
  void startText(int[] lineCase) {
    this.lineCase = lineCase;
    ageSaid = -100;
  }

  /** A capitalised word, or a lower-case article inside a street name ("Rue des Lilas"). */
  private boolean startsStreetName(int k) {
    if (!tk.is(k, WORD) || tk.newlineBefore(k)) {
      return false;
    }
    if (capital(k) && (tk.word[k] & (STOP | STATE)) == 0) {
      return true;
    }
    int n = k; // "Rue des Lilas", "Avenida de la Paz": the particles before the name
    while (n - k < 2 && tk.equalsAnyIgnoreCase(n, STREET_PARTICLES) && !tk.newlineBefore(n + 1)) {
      n++;
    }
    return n > k && tk.is(n, WORD) && capital(n) && !tk.equalsAnyIgnoreCase(n, STREET_PARTICLES);
  }

  private static final WordList STREET_PARTICLES =
      WordList.of(
          "de", "del", "des", "du", "da", "do", "dos", "das", "di", "la", "le", "les", "los", "las",
          "el");

  /** ", Apt. 210", " #3", ", Unit 12": the end of the unit, or -1. */
  private int unit(int k) {
    if (tk.isPunct(k, ',')) {
      k++;
    }
    if (tk.isPunct(k, '.') && tk.joined(k)) {
      k++;
    }
    if (tk.isPunct(k, '#')
        && (tk.is(k + 1, NUM)
            || tk.is(k + 1, ALNUM)
            || (tk.is(k + 1, WORD) && tk.length(k + 1) == 1))
        && tk.joined(k + 1)) {
      return tk.end[k + 1]; // "#4", "#2B", "#B"
    }
    int floor = ordinalFloor(k);
    if (floor >= 0) {
      return floor;
    }
    boolean spokenNumber = // "Fulton Avenue, number one oh six", read aloud
        tk.equalsIgnoreCase(k, "number") && tk.wordIs(k + 1, NUMBER_WORD) && !tk.joined(k + 1);
    if (!tk.wordIs(k, UNIT) && !(tk.equalsIgnoreCase(k, "site") && capital(k)) && !spokenNumber) {
      return -1; // "Frontage Rd Site C-41": an RV park's site, after a street only
    }
    int v = k + 1;
    if (tk.isPunct(v, '.')) {
      v++;
    }
    if (tk.isPunct(v, '#')) {
      v++;
    }
    if (tk.wordIs(v, NUMBER_WORD) && !tk.newlineBefore(v)) {
      int w = v; // "apartment three C", "unit two oh six", "apartment two-eleven"
      while (w + 1 < tk.count && !tk.newlineBefore(w + 1)) {
        int n = tk.isPunct(w + 1, '-') && tk.joined(w + 1) ? w + 2 : w + 1;
        if (!tk.wordIs(n, NUMBER_WORD) || w - v > 6) {
          break;
        }
        w = n;
      }
      if (tk.is(w + 1, WORD)
          && tk.length(w + 1) == 1
          && !tk.newlineBefore(w + 1)
          && !tk.equalsIgnoreCase(w + 1, "a")
          && !tk.equalsIgnoreCase(w + 1, "i")) {
        w++; // the flat's letter
      }
      return tk.end[w];
    }
    if (tk.is(v, NUM) || tk.is(v, ALNUM) || (tk.is(v, WORD) && tk.length(v) == 1)) {
      int end = tk.end[v];
      if (tk.isPunct(v + 1, '-')
          && tk.joined(v + 1)
          && (tk.is(v + 2, NUM) || tk.is(v + 2, WORD))
          && tk.length(v + 2) <= 3) {
        end = tk.end[v + 2];
      }
      return end;
    }
    return -1;
  }

  /**
   * "3340 richmond st apt 2r, 19134": five digits (or ZIP+4) right after a street address and a
   * comma, with no town between, are its ZIP code.
   */
  private void zipAfterStreet(int end) {
    int k = NameEchoes.firstTokenAt(tk, end);
    if (!tk.isPunct(k, ',') || tk.start[k] != end) {
      return;
    }
    int z = k + 1;
    if (tk.newlineBefore(z) || tk.joined(z)) {
      return;
    }
    int last = z;
    if (tk.wordIs(z, NUMBER_WORD)) {
      while (last < z + 5 && spokenDigit(last) && !tk.joined(last)) {
        last++; // "Old Mill Road, nine three six five two?": read aloud
      }
      if (last - z != 5 || tk.wordIs(last, NUMBER_WORD) || tk.is(last, NUM)) {
        return;
      }
      last--;
    } else if (!tk.is(z, NUM) || tk.length(z) != 5) {
      return;
    } else if (tk.isPunct(z + 1, '-')
        && tk.joined(z + 1)
        && tk.is(z + 2, NUM)
        && tk.length(z + 2) == 4) {
      last = z + 2;
    }
    if ((tk.joined(last + 1) && !sentenceMark(last + 1))
        || (tk.is(last + 1, NUM) && !tk.newlineBefore(last + 1))) {
      return; // "12 Oak St, 20910-22 units", "12 Oak St, 20910 4412": not a ZIP alone
    }
    if (tk.is(z, WORD)
        && last + 1 < tk.count
        && !tk.newlineBefore(last + 1)
        && !(tk.joined(last + 1)
            && (tk.isPunct(last + 1, '.')
                || tk.isPunct(last + 1, '?')
                || tk.isPunct(last + 1, '!')))) {
      return; // "12 Oak St, one two five oh oh dollars": words go on, an amount or a count
    }
    out.add(PhiType.ZIP, tk.start[z], tk.end[last], 0.8, "zip.after-street", "after a street");
  }

  /** A stop, comma, question or exclamation mark, semicolon or closing bracket at {@code k}. */
  private boolean sentenceMark(int k) {
    return tk.isPunct(k, '.')
        || tk.isPunct(k, ',')
        || tk.isPunct(k, '?')
        || tk.isPunct(k, '!')
        || tk.isPunct(k, ';')
        || tk.isPunct(k, ':')
        || tk.isPunct(k, '"')
        || tk.isPunct(k, ')');
  }

  /**
   * "... unit four c new haven zero six five one one", "... apartment 3 in Dunmore 1 8 5 1 2": a
   * town of up to three words and five digits read one by one, straight after a street address.
   */
  private void townAndZipReadAloud(int end) {
    int k = NameEchoes.firstTokenAt(tk, end);
    if (tk.isPunct(k, ',') || tk.isPunct(k, '.')) {
      k++; // "Sixty-one Wren Hollow Lane. Chesterfield. Two three eight three two."
    }
    if (tk.equalsIgnoreCase(k, "in")) {
      k++;
    }
    int town = k;
    boolean named = false; // a place the lists hold, or a capitalized word of no ordinary sense
    while (k - town < 3
        && tk.is(k, WORD)
        && tk.length(k) >= 2
        && !tk.newlineBefore(k)
        && !tk.wordIs(k, NUMBER_WORD | STOP | STATE | STATE_NAME)) {
      if (tk.equalsAnyIgnoreCase(k, ENTRY_WORDS)) {
        return; // "44 Birch road key box 2 4 6 8 0": a code, no town or ZIP
      }
      named |= tk.wordIs(k, PLACE) || (capital(k) && !tk.wordIs(k, COMMON));
      k++;
    }
    int townEnd = k - 1;
    if (townEnd < town || !named) {
      return;
    }
    if (tk.isPunct(k, ',') || tk.isPunct(k, '.')) {
      k++;
    }
    if (tk.wordIs(k, STATE_NAME)) {
      k++; // "fremont california nine four five three six"
    }
    int zip = k;
    int digits = 0;
    while (digits < 6
        && !tk.newlineBefore(k)
        && ((tk.is(k, NUM) && tk.length(k) == 1)
            || (tk.wordIs(k, NUMBER_WORD) && spokenDigits(k) == 1 && !tk.joined(k)))) {
      digits++;
      k++;
    }
    if (digits != 5) {
      return;
    }
    out.add(
        PhiType.CITY,
        tk.start[town],
        tk.end[townEnd],
        0.75,
        "city.before-spoken-zip",
        "a town between a street and its ZIP read aloud");
    out.add(
        PhiType.ZIP,
        tk.start[zip],
        tk.end[k - 1],
        0.85,
        "zip.spoken",
        "five digits read aloud after a street and its town");
  }

  /**
   * "2290 Tanager Parkway in Eastfield, open till seven", "..., that's in Eastfield.": the town a
   * street address is in, said with "in" after it: one or two capitalized words that are no
   * ordinary word (unless a place's), then a mark or the line's end.
   */
  private void townSaidAfterStreet(int end) {
    int k = NameEchoes.firstTokenAt(tk, end);
    if (tk.isPunct(k, ',')) {
      k++;
    }
    if (tk.equalsIgnoreCase(k, "that") || tk.equalsIgnoreCase(k, "which")) {
      k++;
      if (tk.isPunct(k, '\'') || tk.isPunct(k, '\u2019')) {
        k++;
      }
      if (!tk.equalsIgnoreCase(k, "is") && !tk.equalsIgnoreCase(k, "s")) {
        return;
      }
      k++;
    }
    if (!tk.equalsIgnoreCase(k, "in") || tk.newlineBefore(k)) {
      return;
    }
    int town = ++k;
    while (k - town < 2
        && tk.is(k, WORD)
        && capital(k)
        && tk.length(k) >= 3
        && !tk.newlineBefore(k)
        && !tk.wordIs(k, NOT_A_TOWN | ORG | STATE | STATE_NAME | LANGUAGE | COUNTRY)
        && (!tk.wordIs(k, COMMON) || tk.wordIs(k, PLACE))) {
      k++;
    }
    if (k == town || !(k >= tk.count || tk.is(k, PUNCT) || tk.newlineBefore(k))) {
      return;
    }
    out.add(
        PhiType.CITY,
        tk.start[town],
        tk.end[k - 1],
        0.75,
        "city.after-street",
        "a town said after a street address");
  }

  /** Words of a home's entry codes, which five digits after a street may follow. */
  private static final WordList ENTRY_WORDS =
      WordList.of(
          ("key box lockbox code gate alarm pin door buzzer keypad garage side front back entry"
                  + " combo combination")
              .split(" "));

  /** Where a floor written as an ordinal at {@code k} ends: "2nd fl", "3rd Floor"; or -1. */
  private int ordinalFloor(int k) {
    int f;
    if (tk.is(k, ALNUM)
        && tk.length(k) <= 4
        && Character.isDigit(s.charAt(tk.start[k]))
        && tk.wordIs(k + 1, UNIT)) {
      f = k + 1; // "2nd" read as one token
    } else if (tk.is(k, NUM)
        && tk.length(k) <= 2
        && tk.joined(k + 1)
        && tk.wordIs(k + 1, ORDINAL_SUFFIX)) {
      f = k + 2;
    } else {
      return -1;
    }
    boolean floor =
        !tk.newlineBefore(f)
            && (tk.equalsIgnoreCase(f, "fl")
                || tk.equalsIgnoreCase(f, "floor")
                || tk.equalsIgnoreCase(f, "flr"));
    return floor ? tk.end[f] : -1;
  }

  private void poBox(int t) {
    // "PO Box 12", "P.O. Box 12", "Post Office Box 12"
    int k = t;
    if (tk.equalsIgnoreCase(k, "po")) {
      k++;
    } else if (tk.equalsIgnoreCase(k, "p")
        && tk.isPunct(k + 1, '.')
        && tk.equalsIgnoreCase(k + 2, "o")) {
      k += 3;
      if (tk.isPunct(k, '.')) {
        k++;
      }
    } else if (tk.equalsIgnoreCase(k, "p")
        && tk.equalsIgnoreCase(k + 1, "o")
        && !tk.joined(k + 1)) {
      k += 2; // "P O Box 12"
    } else if (tk.equalsIgnoreCase(k, "pob")
        && (tk.flags[k] & Tokens.ALL_CAPS) != 0
        && tk.is(k + 1, NUM)
        && !tk.joined(k + 1)) {
      out.add(PhiType.ADDRESS, tk.start[t], tk.end[k + 1], 0.85, "address.po-box", "PO Box");
      return;
    } else if (tk.equalsIgnoreCase(k, "post") && tk.equalsIgnoreCase(k + 1, "office")) {
      k += 2;
    } else if (((tk.equalsIgnoreCase(k, "rural") && tk.equalsIgnoreCase(k + 1, "route"))
            || tk.equalsIgnoreCase(k, "rr")
            || tk.equalsIgnoreCase(k, "rt") // "RT 2 BOX 41", "Route 3, Box 12": with a box only
            || tk.equalsIgnoreCase(k, "rte")
            || tk.equalsIgnoreCase(k, "route")
            || tk.equalsIgnoreCase(k, "hc"))
        && (!tk.joined(k + 1) || tk.isPunct(k + 1, '.'))) {
      ruralRoute(t, tk.equalsIgnoreCase(k, "rural") ? k + 2 : k + 1);
      return;
    } else {
      return;
    }
    if (tk.equalsIgnoreCase(k, "box") && (tk.is(k + 1, NUM) || boxNumber(k + 1))) {
      out.add(PhiType.ADDRESS, tk.start[t], tk.end[k + 1], 0.9, "address.po-box", "PO Box");
    }
  }

  /** A box number with a letter: "41A", "B12". */
  private boolean boxNumber(int k) {
    return tk.is(k, ALNUM) && tk.length(k) <= 6;
  }

  /** "Rural Route 2 Box 14", "RR 3, Box 210", "HC 1 Box 22": a rural delivery address. */
  private void ruralRoute(int t, int k) {
    while (tk.isPunct(k, '.') || tk.isPunct(k, '#')) {
      k++; // "Rt. 2", "RR #1"
    }
    if (tk.wordIs(k, NUMBER_WORD) && !tk.equalsIgnoreCase(k, "a")) {
      spokenRuralRoute(t, k);
      return;
    }
    if (!tk.is(k, NUM) || tk.length(k) > 3) {
      return;
    }
    int end = tk.end[k];
    int b = tk.isPunct(k + 1, ',') ? k + 2 : k + 1;
    if (tk.equalsIgnoreCase(b, "box") && (tk.is(b + 1, NUM) || boxNumber(b + 1))) {
      end = tk.end[b + 1];
    } else if (!tk.equalsIgnoreCase(t, "rural")) {
      return; // "RR 2" alone is too short to tell
    }
    out.add(PhiType.ADDRESS, tk.start[t], end, 0.88, "address.rural-route", "rural route and box");
  }

  /**
   * "route two box sixty", "rural route three, box one forty-two": a rural delivery address said in
   * words; the box and its number must follow, as a route alone says no one's home.
   */
  private void spokenRuralRoute(int t, int k) {
    int b = tk.isPunct(k + 1, ',') ? k + 2 : k + 1;
    if (!tk.equalsIgnoreCase(b, "box")
        || !tk.wordIs(b + 1, NUMBER_WORD)
        || tk.newlineBefore(b + 1)) {
      return;
    }
    int last = b + 1;
    for (int n = last + 1; n <= b + 6 && !tk.newlineBefore(n); n++) {
      if (tk.wordIs(n, NUMBER_WORD) && !tk.equalsIgnoreCase(n, "a")) {
        last = n;
      } else if (!(tk.isPunct(n, '-') && tk.joined(n) && tk.joined(n + 1))) {
        break; // "one forty-two": the hyphen inside a number said in words
      }
    }
    int next = last + 1;
    if ((last == b + 1 && spokenDigits(last) == 1)
        || !(tk.equalsIgnoreCase(t, "rural")
            || next >= tk.count
            || tk.newlineBefore(next)
            || (tk.is(next, PUNCT) && !tk.isPunct(next, '-')))) {
      return; // "route two, box four of six", "route three box five records": a route's boxes
    }
    out.add(
        PhiType.ADDRESS,
        tk.start[t],
        tk.end[last],
        0.85,
        "address.rural-route",
        "rural route and box said in words");
  }

  // ---------------------------------------------------------------------------------- codes

  /** A letter-digit mix: MBI, HICN, licenses, DEA, VIN, plates, serials. */
  private void code(int t) {
    if (inUuid(t)) {
      return; // a request or object id (8-4-4-4-12 hex), never a person's
    }
    int a = tk.start[t];
    int b = tk.end[t];
    int len = b - a;
    if (basicTimestamp(a, len)) {
      out.add(PhiType.DATE, a, a + 8, 0.8, "date.basic", "YYYYMMDDTHHMM[SS][Z]");
      return;
    }
    CharSequence v = s.subSequence(a, b);
    writtenDateDayFirst(t);
    address(t);
    if (hexGroupBefore(t, len)) {
      hexAddress(a);
    }
    if ((tk.isPunct(t - 1, '.') && tk.joined(t)) || tk.isPunct(t - 1, '$')) {
      return;
    }
    if ((len >= 4 && iban(t)) || ageWithUnit(t) || dayOfMonthAlone(t)) {
      return;
    }
    int cue = nearestCue(t);
    if (len == 4
        && sepIs(t + 1, '-')
        && sepIs(t + 3, '-')
        && tk.length(t + 2) == 3
        && tk.length(t + 4) == 4
        && !tk.is(t + 2, PUNCT)
        && !tk.is(t + 4, PUNCT)) {
      digits.setLength(0);
      digits
          .append(v)
          .append(s, tk.start[t + 2], tk.end[t + 2])
          .append(s, tk.start[t + 4], tk.end[t + 4]);
      if (Checks.mbi(digits)) {
        out.add(
            PhiType.HEALTH_PLAN_ID,
            a,
            tk.end[t + 4],
            0.95,
            "plan.mbi",
            "Medicare Beneficiary Identifier format, dashed");
        return;
      }
      if ((cue & C_PLAN) != 0 && (cue & C_NOT_PHI) == 0) {
        // Mistyped or made up, it is still the beneficiary's number.
        out.add(
            PhiType.HEALTH_PLAN_ID,
            a,
            tk.end[t + 4],
            0.8,
            "plan.labelled",
            "health plan label, MBI-shaped 4-3-4 code");
        return;
      }
    }
    if (len >= 8 && tk.is(t, ALNUM) && startsWithIgnoreCase(a, "mrn") && allDigits(a + 3, b)) {
      out.add(PhiType.MRN, a, b, 0.95, "mrn.prefix", "MRN prefix and digits"); // HL7: MRN884201
      return;
    }
    if (len == 11 && Checks.mbi(v)) {
      out.add(
          PhiType.HEALTH_PLAN_ID,
          a,
          b,
          (cue & C_PLAN) != 0 ? 0.98 : 0.9,
          "plan.mbi",
          "Medicare Beneficiary Identifier format");
      return;
    }
    if (len == 17 && Checks.vinShape(v)) {
      boolean valid = Checks.vin(v);
      if (valid || (cue & (C_VIN | C_VEHICLE)) != 0) {
        out.add(
            PhiType.VEHICLE_ID,
            a,
            b,
            valid ? 0.95 : 0.8,
            "vehicle.vin",
            valid ? "VIN check digit" : "VIN shape after a vehicle label");
        return;
      }
    }
    int letters = 0;
    while (letters < len && Tokens.isLetter(s.charAt(a + letters))) {
      letters++;
    }
    int digitCount = 0;
    for (int i = a; i < b; i++) {
      if (Tokens.isDigit(s.charAt(i))) {
        digitCount++;
      }
    }
    boolean prefixThenDigits = letters > 0 && digitCount == len - letters;
    // 9 digits then a letter (and maybe a digit): a HICN or Medicaid number.
    if (digitCount >= 9 && len - digitCount <= 2 && allDigits(a, a + 9) && len <= 11) {
      out.add(
          PhiType.HEALTH_PLAN_ID,
          a,
          b,
          (cue & C_PLAN) != 0 ? 0.95 : 0.75,
          "plan.hicn",
          "nine digits and a beneficiary code");
      return;
    }
    if (prefixThenDigits && digitCount >= 4) {
      int prefixWord = Lexicon.get().word(s.chars, a, a + letters);
      if ((prefixWord & LICENSE_PREFIX) != 0 && (tk.flags[t] & Tokens.ALL_CAPS) != 0) {
        out.add(PhiType.LICENSE, a, b, 0.93, "license.prefix", "professional license prefix");
        return;
      }
      if (letters == 2 && Checks.dea(v)) {
        out.add(
            PhiType.LICENSE,
            a,
            b,
            (cue & C_DEA) != 0 ? 0.97 : 0.85,
            "license.dea",
            "DEA check digit");
        return;
      }
      if ((prefixWord & ID_PREFIX) != 0 && (tk.flags[t] & Tokens.ALL_CAPS) != 0) {
        out.add(PhiType.ID, a, b, 0.85, "id.prefix", "client or employee id prefix");
        return;
      }
    }
    if (digitCount < 3 || ((cue & C_NOT_PHI) != 0 && (cue & ~C_NOT_PHI) == 0)) {
      return;
    }
    if ((cue & C_PLAN) != 0 && len >= 6) {
      out.add(PhiType.HEALTH_PLAN_ID, a, b, 0.88, "plan.labelled", "health plan label");
    } else if ((cue & (C_LICENSE | C_DEA | C_NPI)) != 0 && len >= 5) {
      out.add(
          PhiType.LICENSE,
          a,
          tk.end[lastGroup(t, 3, 0)],
          0.88,
          "license.labelled",
          "license label");
    } else if ((cue & C_MRN) != 0 && len >= 5) {
      out.add(PhiType.MRN, a, b, 0.85, "mrn.labelled", "medical record label");
    } else if ((cue & C_DEVICE) != 0 && len >= 5) {
      out.add(PhiType.DEVICE_ID, a, b, 0.8, "device.labelled", "device label");
    } else if ((cue & (C_VEHICLE | C_VIN)) != 0 && len >= 5 && len <= 8) {
      out.add(PhiType.VEHICLE_ID, a, b, 0.85, "plate.labelled", "vehicle label");
    } else if (s.charAt(a) == '0'
        && (s.charAt(a + 1) == 'x' || s.charAt(a + 1) == 'X')
        && (cue & (C_ACCOUNT | C_ROUTING | C_ID)) != 0) {
      return; // "account disabled. 0xC0000072", "Logon ID: 0x2F41C09": a program's, in hexadecimal
    } else if ((cue & (C_ACCOUNT | C_ROUTING)) != 0 && digitCount >= 6) {
      out.add(PhiType.ACCOUNT, a, b, 0.8, "account.labelled", "account label");
    } else if ((cue & C_ID) != 0 && len >= 5) {
      out.add(PhiType.ID, a, b, 0.75, "id.labelled", "client or employee label");
    } else if (prefixThenDigits && letters == 1 && digitCount >= 7 && digitCount <= 12) {
      out.add(PhiType.LICENSE, a, b, 0.5, "license.shape", "letter and 7-12 digits");
    }
  }

  /** "DE89 3704 0044 0532 0130 00", "GB82WEST12345698765432": an IBAN that passes mod 97. */
  private boolean iban(int t) {
    int a = tk.start[t];
    if (!(isUpperAscii(s.charAt(a))
        && isUpperAscii(s.charAt(a + 1))
        && Tokens.isDigit(s.charAt(a + 2))
        && Tokens.isDigit(s.charAt(a + 3)))) {
      return false;
    }
    digits.setLength(0);
    int last = t;
    if (tk.length(t) == 4) { // printed in groups of four
      digits.append(s, a, tk.end[t]);
      int k = t + 1;
      while (k < tk.count
          && k - t <= 8
          && (tk.is(k, NUM) || tk.is(k, ALNUM))
          && tk.length(k) <= 4
          && tk.start[k] == tk.end[k - 1] + 1
          && s.charAt(tk.end[k - 1]) == ' '
          && tk.length(k - 1) == 4) {
        digits.append(s, tk.start[k], tk.end[k]);
        last = k++;
      }
    } else {
      digits.append(s, a, tk.end[t]);
    }
    if (!Checks.iban(digits)) {
      return false;
    }
    out.add(PhiType.ACCOUNT, a, tk.end[last], 0.95, "account.iban", "IBAN, mod-97 check");
    return true;
  }

  private static boolean isUpperAscii(char c) {
    return c >= 'A' && c <= 'Z';
  }

  /** "96yo", "91yrs", "93y/o": an age over 89 written against its unit. */
  private boolean ageWithUnit(int t) {
    int a = tk.start[t];
    int d = a;
    while (d < tk.end[t] && Tokens.isDigit(s.charAt(d))) {
      d++;
    }
    if (d - a < 2 || d - a > 3) {
      return false;
    }
    int v = Integer.parseInt(s, a, d, 10);
    int unit = tk.end[t] - d;
    boolean yo =
        (unit == 2
                && WordTable.lower(s.charAt(d)) == 'y'
                && (WordTable.lower(s.charAt(d + 1)) == 'o'
                    || WordTable.lower(s.charAt(d + 1)) == 'r'))
            || (unit == 2
                && tk.ordinal(t) > 0
                && (tk.equalsIgnoreCase(t + 1, "birthday") || tk.equalsIgnoreCase(t + 1, "bday")))
            || (unit == 3 && startsWithIgnoreCase(d, "yrs"))
            || (unit == 1
                && WordTable.lower(s.charAt(d)) == 'y'
                && tk.isPunct(t + 1, '/')
                && tk.equalsIgnoreCase(t + 2, "o"));
    if (!yo || !Checks.ageOver89(v)) {
      return false;
    }
    out.add(PhiType.AGE_OVER_89, a, d, 0.9, "age.over-89", "followed by years old");
    return true;
  }

  // ---------------------------------------------------------------------------------- words

  /**
   * A given name, a nickname in double quotes and a surname, which the model may not know one by
   * one: "Re: Dashiell "Dash" Oduya", "Roberto "Bobby" Santangelo". None of the three is an
   * ordinary word or a place's unless it is a name too, so "Project "Hope" Center" is no one.
   */
  private void quotedNickname(int t) {
    int w = t + 2;
    int c = t + 4;
    if (tk.joined(t + 1)
        || !tk.joined(w)
        || !(tk.isPunct(t + 3, '"') || tk.isPunct(t + 3, '\u201d'))
        || !tk.joined(t + 3)
        || tk.joined(c)
        || tk.newlineBefore(c)) {
      return;
    }
    boolean wordNickname = tk.wordIs(w, ORDINARY) && !tk.wordIs(w, FIRST | LAST);
    if (wordNickname
        && !tk.wordIs(t, FIRST | LAST)
        && !tk.wordIs(c, FIRST | LAST)
        && !(tk.isPunct(t - 1, ':')
            && (tk.equalsIgnoreCase(t - 2, "re") || tk.wordIs(t - 2, ROLE)))) {
      return; // "Tuesdays "With" Morrie", "Omron "Gold" Evolv": a word in quotes, no one's name
    }
    for (int k : new int[] {t, w, c}) {
      if (!tk.is(k, WORD)
          || endsWithIgnoreCase(k, "days") // "Fridays "Fun" Fridays"
          || tk.length(k) < 2
          || (tk.flags[k] & Tokens.CAPITALIZED) == 0
          || (tk.flags[k] & Tokens.ALL_CAPS) != 0
          || tk.wordIs(k, TITLE | MONTH)
          || (k != w // a nickname may be a word: "Dash", "Buck", "Red"
              && tk.wordIs(k, ORDINARY | ORG | PLACE | STATE_NAME | COUNTRY | LANGUAGE)
              && !tk.wordIs(k, FIRST | LAST))) {
        return;
      }
    }
    int end = c;
    while (tk.isPunct(end + 1, '-')
        && tk.joined(end + 1)
        && tk.joined(end + 2)
        && tk.is(end + 2, WORD)) {
      end += 2; // "Guadalupe "Lupe" Ibarra-Stone"
    }
    out.add(
        PhiType.NAME,
        tk.start[t],
        tk.end[end],
        0.6, // below the model's own reading of a longer name around it
        "name.nickname",
        "a name with a nickname in quotes");
  }

  private void word(int t) {
    if (tk.isPunct(t + 1, '"') || tk.isPunct(t + 1, '\u201c')) {
      quotedNickname(t);
    }
    if (tk.length(t) <= 4 && tk.isPunct(t + 1, ':') && isHex(s.charAt(tk.start[t]))) {
      hexAddress(tk.start[t]);
    }
    if (tk.isPunct(t + 1, ':') && tk.equalsAnyIgnoreCase(t, ATTENDANCE)) {
      attendees(t);
    }
    if (tk.equalsAnyIgnoreCase(t, DOCUMENT_LABELS)) {
      documentNumber(t);
    }
    if (tk.equalsAnyIgnoreCase(t, VEHICLE_BODIES)) {
      plateAfterBody(t); // "White minivan, 7RKL392"
    }
    if ((tk.flags[t] & Tokens.CAPITALIZED) != 0 && tk.equalsAnyIgnoreCase(t, VEHICLE_MAKES)) {
      plateAfterCar(t); // "a black Toyota Sienna KZT 9920", "Toyota Camry  8KXM217"
    }
    if (tk.equalsIgnoreCase(t, "entry") && tk.equalsIgnoreCase(t - 1, "duplicate")) {
      duplicateEntry(t); // MySQL's "Duplicate entry '123-45-6789' for key 'clients.uq_ssn'"
    }
    if (tk.equalsIgnoreCase(t, "is")
        && tk.equalsIgnoreCase(t - 1, "value")
        && tk.equalsIgnoreCase(t - 2, "key")
        && tk.isPunct(t + 1, '(')) {
      duplicateKeyValue(t); // SQL Server's "The duplicate key value is (MR4521337)."
    }
    if (tk.isPunct(t + 1, ':') && tk.equalsAnyIgnoreCase(t, CITY_FIELDS)) {
      cityField(t);
    }
    if ((tk.isPunct(t + 1, ':') && tk.equalsAnyIgnoreCase(t, NAME_FIELD_ENDS))
        || ((tk.isPunct(t + 1, ':') || tk.isPunct(t + 1, '=')) && personKey(t))) {
      nameField(t);
    }
    if (tk.isPunct(t + 1, ':')
        && (tk.equalsIgnoreCase(t, "name") || tk.equalsAnyIgnoreCase(t, PERSON_LABELS))) {
      labelledName(t);
    }
    if (tk.is(t + 1, NUM) || tk.isPunct(t + 1, ':')) {
      if (tk.equalsAnyIgnoreCase(t, DATE_LABELS)) {
        spacedDate(t);
      }
    }
    if (tk.wordIs(t, STREET_SUFFIX) && !tk.is(t - 1, NUM)) {
      streetByName(t);
    }
    if (tk.wordIs(t, KEYWORD)) {
      poBox(t);
      label(t);
    } else if ((tk.cue[t] & C_ID) != 0 || tk.equalsAnyIgnoreCase(t, LEARNERS)) {
      label(t);
    }
    if (tk.equalsAnyIgnoreCase(t, DEVICE_NAMES)) {
      deviceAfterItsName(t);
    }
    if (tk.equalsIgnoreCase(t, "sim") || tk.equalsIgnoreCase(t, "iccid")) {
      simCard(t);
    }
    if (tk.length(t) == 1 || (tk.word[t] & NUMBER_WORD) != 0) {
      spacedValue(t);
      spelledValue(t);
    }
    if ((tk.word[t] & NUMBER_WORD) != 0) {
      if (!spokenAge(t)) {
        spokenNumber(t);
      }
      houseNumberSaidBack(t);
    } else if (tk.length(t) == 2 && tk.equalsIgnoreCase(t, "at")) {
      spokenEmail(t);
    } else if (tk.length(t) == 3 && tk.equalsIgnoreCase(t, "www")) {
      spokenUrl(t);
    }
    if ((tk.word[t] & (MONTH | WEEKDAY)) != 0 || tk.equalsAnyIgnoreCase(t, DAYS_NAMED_BY_NOW)) {
      spokenDate(t);
    } else if (tk.length(t) == 3
        && tk.equalsIgnoreCase(t, "the")
        && !tk.wordIs(t - 1, MONTH | WEEKDAY)
        && !tk.equalsAnyIgnoreCase(t - 1, DAYS_NAMED_BY_NOW)) {
      spokenDay(t);
    }
    if ((tk.word[t] & FIRST) != 0) {
      givenAndSurname(t);
    }
    if ((tk.word[t] & (FIRST | LAST)) != 0) {
      listItemName(t);
      nameBeforeCredential(t);
    }
    if ((tk.word[t] & STREET_SUFFIX) != 0) {
      intersection(t);
    }
    if ((tk.word[t] & TITLE) != 0
        || tk.equalsIgnoreCase(t, "doctor")
        || tk.equalsIgnoreCase(t, "judge")) {
      titleAndSurname(t);
    }
    if (tk.equalsIgnoreCase(t, "mister") || tk.equalsIgnoreCase(t, "missus")) {
      titleSaid(t);
    }
    if (t == 0 || tk.newlineBefore(t) || afterLineStamp(t)) {
      speaker(t);
      speakerAfterARole(t);
    }
    if (t == 0 || tk.newlineBefore(t)) {
      handleOverTime(t);
    }
    if (t == 0 || tk.newlineBefore(t) || afterLineStamp(t)) {
      screenName(t);
    }
    if (t == 0 || tk.newlineBefore(t) || stampBefore(t) != 0) {
      poster(t);
    }
    if ((tk.word[t] & LICENSE_PREFIX) != 0) {
      dottedLicense(t);
    }
    if (tk.equalsAnyIgnoreCase(t, GREETINGS)) {
      greeted(t);
    }
    signedInitials(t);
    if (tk.isPunct(t + 1, ':') && tk.joined(t + 1) && caps(t)) {
      initialsAfterAStamp(t);
    }
    if (tk.length(t) == 1 && tk.isPunct(t + 1, '.')) {
      initialAndSurnameSigning(t);
    }
    if (tk.length(t) == 3 && tk.equalsIgnoreCase(t, "thi")) {
      vietnameseName(t);
    }
    if (tk.length(t) == 1 && s.charAt(tk.start[t]) == 'A') {
      alienNumber(t); // "A# 221-508-774"
    }
    if ((tk.flags[t] & Tokens.CAPITALIZED) != 0) {
      placeAbroad(t);
      county(t);
      surnameAndInitial(t);
    }
    if ((tk.word[t] & STATE) != 0 && (tk.flags[t] & Tokens.ALL_CAPS) != 0) {
      cityBeforeState(t);
      stateCertification(t); // "EMT-P IA-P 40871"
    }
    if (tk.length(t) == 1 && !tk.joined(t) && !continuesSpelling(t)) {
      spelledName(t); // the first of letters spoken one by one
    }
    if (tk.length(t) >= 3 && tk.length(t) <= 12) {
      caseNumber(t);
    }
    int flags = tk.flags[t];
    if (((flags & Tokens.ALL_CAPS) != 0
            || (lowerCaseLine(t)
                && (tk.equalsAnyIgnoreCase(t, EMPLOYEE) || tk.wordIs(t, LICENSE_PREFIX))))
        && tk.length(t) >= 2
        && tk.is(t + 1, NUM)
        && !tk.joined(t + 1)
        && tk.start[t + 1] == tk.end[t] + 1
        && (tk.length(t + 1) >= 5
            || (tk.length(t + 1) == 4
                && tk.equalsAnyIgnoreCase(t, EMPLOYEE)
                && !year(tk.intValue(t + 1)))) // "EMP 2241", not "EMP 2025 enrollment"
        && tk.length(t + 1) <= 10
        && !(tk.joined(t + 2) && tk.is(t + 3, NUM))) {
      spacedPrefix(t); // "RN 2291847", "EMP 30112"
    }
    if (tk.equalsAnyIgnoreCase(t, EMPLOYEE)
        || (tk.wordIs(t, ID_PREFIX) && (tk.flags[t] & Tokens.ALL_CAPS) != 0 && tk.length(t) >= 2)) {
      groupedEmployeeNumber(t); // "EMP 55-10293", "CL 40-3318"
    }
    if ((tk.word[t] & MONTH) != 0) {
      writtenDate(t); // "Nov 1", and in lower case "nov 1", "december 12, 2025"
      monthAlone(t); // "a stroke in January"
    }
    if ((flags & Tokens.ALL_CAPS) != 0 || ((flags & Tokens.CAPITALIZED) == 0 && lowerCaseLine(t))) {
      hyphenCode(t); // also "wc-25-0918-447", "emp-30776" where nothing is capitalized
    }
  }

  /** Whether token {@code t} stands in a line typed all in lower case. */
  private boolean lowerCaseLine(int t) {
    return lineCase != null
        && t >= 0
        && t < lineCase.length
        && lineCase[t] == ContextFeatures.CASE_LOWER;
  }

  /**
   * "Case No. 2025 GD 004117", "Cause No. 2019-PG-0066", "intake # 26-0331875", "docket no.
   * 24-118873": the number of a court, protective-services or intake case, which names one person's
   * matter. Groups of digits and capitals, hyphenated or spaced, with five digits at least; the
   * label is not part of it.
   */
  private void caseNumber(int t) {
    // Runs, incidents and reports also number a program's own things ("Report ID 300118", "Payroll
    // run 20250630", "Helping Hands Inc. 12-3456789"): their numbers only after "#" or "No.", or
    // in hyphenated groups.
    boolean weak = tk.equalsAnyIgnoreCase(t, WEAK_CASE_LABELS);
    boolean reference =
        !weak
            && (tk.equalsAnyIgnoreCase(t, REFERENCE_LABELS)
                || (tk.equalsIgnoreCase(t, "identifier") && tk.isPunct(t + 1, '#')));
    if (!weak && !reference && !tk.equalsAnyIgnoreCase(t, CASE_LABELS)) {
      return;
    }
    if ((tk.equalsIgnoreCase(t, "doc")
            && !((caps(t) || lowerCaseLine(t)) && (tk.isPunct(t + 1, '#') || prisonBefore(t))))
        || (tk.equalsIgnoreCase(t, "msn")
            && !(tk.is(t + 1, NUM) && tk.isPunct(t + 2, '-') && tk.joined(t + 2)))) {
      return; // "DOC #448721", "state pen, DOC 2210457", "MSN 24-5521"; not "REFER TO DOC 884213"
    }
    int before = tk.isPunct(t - 1, '-') && tk.joined(t) ? t - 2 : t - 1;
    if ((tk.equalsIgnoreCase(t, "order") && tk.equalsAnyIgnoreCase(before, BUSINESS_ORDERS))
        || (reference && tk.equalsAnyIgnoreCase(before, BUSINESS_PAPERS))) {
      return; // "WORK ORDER 26-1188", "Work-Order #", "Invoice ref INV-2291": the business's own
    }
    if (tk.equalsIgnoreCase(t, "file") && tk.equalsAnyIgnoreCase(t - 1, FILE_VERBS)) {
      return; // a program's file: "restore from file 2024-118873", "error reading file # 88412"
    }
    int k = t + 1;
    if (weak
        && (tk.isPunct(k, ':')
            || tk.equalsIgnoreCase(k, "id")
            || (tk.equalsIgnoreCase(t, "inc")
                && (tk.isPunct(k, '.') || (capital(t - 1) && !tk.newlineBefore(t)))))) {
      return;
    }
    boolean labelled = true;
    if (tk.equalsIgnoreCase(k, "no")
        || tk.equalsIgnoreCase(k, "number")
        || (tk.equalsIgnoreCase(k, "id") && !tk.joined(k))) {
      k++;
    } else if (!tk.isPunct(k, '#') && !tk.isPunct(k, ':')) {
      labelled = false; // "case 5540-118", "claim 22533900417": the number alone must say so
    }
    while (tk.isPunct(k, '.') || tk.isPunct(k, ':') || tk.isPunct(k, '#')) {
      k++;
    }
    if (tk.equalsIgnoreCase(k, "is") && !tk.newlineBefore(k)) {
      k++; // "her case # is 88104-2"
    }
    if (reference
        && (tk.equalsAnyIgnoreCase(k, PUBLIC_CODES)
            || (tk.isPunct(k + 1, '-') && tk.equalsAnyIgnoreCase(k + 2, PUBLIC_CODES)))) {
      return; // "ref CPT-99213", "Citation No.: 45-CFR-164": a public code, no one's matter
    }
    boolean lettered = // "Case LV-0082271", "Voucher HCV-0209317": an office's letters first
        !weak
            && (!tk.equalsAnyIgnoreCase(t - 1, NOT_A_CASE)
                || (tk.equalsIgnoreCase(t - 1, "in") // "TRANSFER IN CASE TC-8830214"; not
                    && caps(t) // "in case ABC-12345 fails"
                    && tk.equalsIgnoreCase(t - 2, "transfer")))
            && codeLetters(k)
            && tk.length(k) <= 4
            && tk.isPunct(k + 1, '-')
            && tk.joined(k + 1)
            && tk.joined(k + 2)
            && tk.is(k + 2, NUM)
            && (digitCount(k + 2) >= 5
                || ((!reference || tk.equalsIgnoreCase(t, "ref"))
                    && tk.isPunct(k + 3, '-') // "CASE EM-2026-044", "ref CR-2026-118472"
                    && tk.joined(k + 3)
                    && tk.joined(k + 4)
                    && tk.is(k + 4, NUM)
                    && digitCount(k + 2) + digitCount(k + 4) >= 6));
    boolean coded = // "conf TRX88214", "ref TXN88124077": letters, then five digits or more
        !weak && tk.is(k, ALNUM) && Character.isLetter(s.charAt(tk.start[k])) && digitCount(k) >= 5;
    boolean confirmation = // "Conf# r0k2m9xq1", "Identifier #D8KQ3PL": a payment's code
        reference
            && (tk.isPunct(k - 1, '#')
                || tk.equalsIgnoreCase(k - 1, "no")
                || (tk.isPunct(k - 1, ':') && tk.isPunct(k - 2, '#'))
                // "conf: D8KQ3PL", "Confirmation number: XK7P2Q9"
                || ((tk.isPunct(k - 1, ':') || tk.equalsIgnoreCase(k - 1, "number"))
                    && (tk.equalsIgnoreCase(t, "conf") || tk.equalsIgnoreCase(t, "confirmation"))))
            && tk.is(k, ALNUM)
            && tk.length(k) >= 6
            && digitCount(k) >= 2
            && tk.length(k) - digitCount(k) >= 2
            && !tk.joined(k + 1);
    if (!labelled
        && !lettered
        && !coded
        && (!(tk.is(k, NUM)
                && ((!weak && !reference && digitCount(k) >= 6) || tk.isPunct(k + 1, '-')))
            || tk.equalsAnyIgnoreCase(t - 1, NOT_A_CASE)
            || yearsOrPhone(k))) {
      return; // "in case 2024-25 budget", "test case 4410-229", "in case 555-0100 is busy"
    }
    int first = k;
    int last = -1;
    int digits = 0;
    if (tk.is(k, NUM)
        && tk.length(k) == 1
        && tk.isPunct(k + 1, ':')
        && tk.joined(k + 1)
        && tk.joined(k + 2)
        && tk.is(k + 2, NUM)) {
      k += 2; // "Civil Action No. 3:25-cv-00812": a federal court's division, then the case
    }
    for (int groups = 0; groups < 4; groups++) {
      if (!(tk.is(k, NUM)
          || tk.is(k, ALNUM)
          || (tk.is(k, WORD) && (caps(k) || lowerCaseLine(k)) && tk.length(k) <= 5))) {
        break;
      }
      int g = lastGroup(k, 4, 5);
      if (groups > 0 && (tk.isPunct(g + 1, '/') || tk.isPunct(g + 1, ':')) && tk.joined(g + 1)) {
        break; // "run 25-11873 8/19": a date or a time after the number is not of it
      }
      for (int i = k; i <= g; i += 2) {
        digits += tk.is(i, WORD) ? 0 : digitCount(i);
      }
      last = g;
      // "2025 GD 004117": a group after one space, never across a line or a word of prose
      k = g + 1;
      if (!tk.joined(k)
          && tk.start[Math.min(k, tk.count - 1)] == tk.end[g] + 1
          && !tk.newlineBefore(k)) {
        continue;
      }
      break;
    }
    if (last < 0 || (digits < 5 && !confirmation)) {
      return;
    }
    while (last > first && tk.is(last, WORD) && !tk.joined(last)) {
      last--; // "Case No. 24-118873 DENIED": a word after the number is not of it
    }
    if (tk.equalsAnyIgnoreCase(last + 1, MEASURES) || tk.equalsAnyIgnoreCase(last + 1, COUNTS)) {
      return; // "trip: 120000 ms", "trip 1200000 steps": a measure, no one's matter
    }
    if (tk.isPunct(last + 1, '.')
        && tk.joined(last + 1)
        && tk.joined(last + 2)
        && tk.is(last + 2, WORD)) {
      return; // "file 2024-118873.bak": a file's name
    }
    out.add(PhiType.ID, tk.start[first], tk.end[last], 0.85, "id.case", "case number label");
  }

  /**
   * Whether a word of a prison's ("state pen", "I/M") stands on token {@code t}'s line before it.
   */
  private boolean prisonBefore(int t) {
    for (int k = t - 1; k >= 0 && t - k <= 40; k--) {
      if (tk.equalsAnyIgnoreCase(k, PRISON_WORDS)
          || (tk.equalsIgnoreCase(k, "m")
              && tk.isPunct(k - 1, '/')
              && tk.equalsIgnoreCase(k - 2, "i"))) {
        return true;
      }
      if (tk.newlineBefore(k)) {
        break;
      }
    }
    return false;
  }

  private static final WordList PRISON_WORDS =
      WordList.of(
          "inmate",
          "pen",
          "prison",
          "correctional",
          "corrections",
          "jail",
          "parole",
          "probation",
          "offender",
          "incarcerated");

  /**
   * Words that label the number of one person's matter: a court or protective-services case, an
   * intake, a claim, a ride's trip, a crisis team's dispatch, a hospital encounter.
   */
  private static final WordList CASE_LABELS =
      WordList.of(
          "case",
          "cause",
          "docket",
          "intake",
          "claim",
          "trip",
          "voucher",
          "dispatch",
          "encounter",
          "enc",
          "mission", // an air ambulance's flight for one patient: "MSN 24-5521"
          "msn",
          "hmis", // a homeless services client's record
          "booking", // a jail's numbers for one inmate, written without "#" or "No."
          "inmate",
          "doc",
          "idoc");

  /**
   * Words that label the number of one person's order, confirmation, specimen or permit: "Order #
   * 113-7729041-5580226", "conf TRX88214", "SPEC# GVL0098812", "Accession #: C26-00391", "Citation
   * No.: P41-2207719". A vendor's invoice or a help desk's ticket numbers the business's own paper,
   * and is not here.
   */
  private static final WordList REFERENCE_LABELS =
      WordList.of(
          "ref",
          "reference",
          "order",
          "conf",
          "confirmation",
          "spec",
          "specimen",
          "accession",
          "accn",
          "acc",
          "citation",
          "control",
          "permit",
          "application");

  private static final WordList BUSINESS_ORDERS = WordList.of("work", "purchase", "change");

  /** A business's own papers, whose reference numbers are no one's: "Invoice ref INV-2291". */
  private static final WordList BUSINESS_PAPERS =
      WordList.of("invoice", "inv", "ticket", "tkt", "zendesk", "jira", "po", "vendor");

  /** Public code systems a reference may cite: "ref CPT-99213", "Citation No.: 45-CFR-164". */
  private static final WordList PUBLIC_CODES =
      WordList.of(
          "cpt", "icd", "hcpcs", "pmid", "pmc", "doi", "kb", "cfr", "usc", "ndc", "rfc", "iso",
          "n95", "sku", "rev", "ver");

  private static final WordList COUNTS =
      WordList.of("ms", "steps", "bytes", "times", "requests", "calls");

  /** Labels that number one person's matter too, but also a program's: an ambulance run... */
  private static final WordList WEAK_CASE_LABELS =
      WordList.of("run", "incident", "inc", "report", "action", "file");

  private static final WordList FILE_VERBS =
      WordList.of(
          "from",
          "reading",
          "writing",
          "read",
          "write",
          "open",
          "opening",
          "opened",
          "load",
          "loading",
          "loaded",
          "save",
          "saving",
          "saved",
          "restore",
          "restoring",
          "upload",
          "uploading",
          "uploaded",
          "download",
          "downloading",
          "parse",
          "parsing",
          "import",
          "importing",
          "export",
          "exporting",
          "log",
          "temp",
          "config",
          "backup",
          "output",
          "input",
          "data");

  private static final WordList NOT_A_CASE =
      WordList.of(
          "in", "test", "use", "edge", "best", "worst", "just", "this", "that", "any", "each");

  /**
   * Whether the hyphenated number at {@code k} is a year and its successor or a month ("2024-25",
   * "2026-03"), a range ("100-200") or a phone number's two groups ("555-0100").
   */
  private boolean yearsOrPhone(int k) {
    if (!(tk.isPunct(k + 1, '-') && tk.joined(k + 1) && tk.joined(k + 2) && tk.is(k + 2, NUM))
        || (tk.isPunct(k + 3, '-') && tk.joined(k + 3))) {
      return false;
    }
    int a = tk.intValue(k);
    int b = tk.intValue(k + 2);
    int la = tk.length(k);
    int lb = tk.length(k + 2);
    return (la == 4 && a >= 1900 && a <= 2099 && (lb <= 2 || (lb == 4 && b > a)))
        || (la == lb && b > a)
        || (la == 3 && lb == 4);
  }

  /** Whether word {@code k} is written in capitals only. */
  private boolean caps(int k) {
    return k >= 0 && k < tk.count && (tk.flags[k] & Tokens.ALL_CAPS) != 0;
  }

  /**
   * Whether the letters of token {@code k} may open a code ("LV-0082271", "RN.0412297"): in
   * capitals, or in a line typed all in lower case, where they are written so.
   */
  private boolean codeLetters(int k) {
    return caps(k) || (lowerCaseLine(k) && tk.lowerCase(k));
  }

  private int digitCount(int k) {
    if (k < 0 || k >= tk.count) {
      return 0; // nothing outside the text
    }
    int n = 0;
    for (int i = tk.start[k]; i < tk.end[k]; i++) {
      n += s.charAt(i) >= '0' && s.charAt(i) <= '9' ? 1 : 0;
    }
    return n;
  }

  /**
   * "dolores reyes r e y e s", "that's n g o z i": a name spelled letter by letter after it is
   * said, as voicemail transcriptions write it ("a l dash s a y e d" for "al-sayed", "h a double d
   * a d" for "haddad"). The letters are a name when they spell a word said just before, which is
   * then a name too, or follow "spelled".
   */
  private void spelledName(int t) {
    StringBuilder letters = new StringBuilder();
    int last = -1;
    boolean asIn = false; // a letter told apart by a word: "K as in kite", only said in spelling
    int k = t;
    while (k < tk.count) {
      if (letterOfAWord(k)) {
        letters.append(WordTable.lower(s.charAt(tk.start[k])));
        last = k++;
        int as = tk.isPunct(k, ',') ? k + 1 : k;
        if (asInWord(as)) {
          asIn = true;
          last = as + 2; // "K as in kite, O W A L ..."
          k = tk.isPunct(as + 3, ',') ? as + 4 : as + 3;
        } else if (tk.isPunct(k, ',') && letterOfAWord(k + 1) && !tk.newlineBefore(k + 1)) {
          k++; // "K, O, W, A, L"
        }
      } else if (last >= 0
          && (tk.equalsIgnoreCase(k, "dash") || tk.equalsIgnoreCase(k, "apostrophe"))
          && tk.length(k + 1) == 1) {
        k++; // "a l dash s a y e d", "O apostrophe M A L L E Y"
      } else if (last >= 0 && tk.equalsIgnoreCase(k, "double") && letterOfAWord(k + 1)) {
        letters.append(WordTable.lower(s.charAt(tk.start[k + 1]))); // "h a double d a d"
        k++;
      } else {
        break;
      }
    }
    if (letters.length() < 3) {
      return;
    }
    for (int w = t - 1; w >= Math.max(0, t - 12); w--) {
      int spelledEnd = spells(w, letters);
      if (spelledEnd >= 0) {
        int given = w - 1; // "Yesenia Carbajal C A R B A J A L": the given name said before it
        boolean withGiven =
            tk.is(given, WORD)
                && !tk.newlineBefore(w)
                && tk.start[w] == tk.end[given] + 1
                && tk.wordIs(given, FIRST)
                && !tk.wordIs(given, STOP | ROLE | TITLE | MONTH | WEEKDAY);
        if (withGiven) { // a span of its own: one name's other finding may hold the rest
          out.add(
              PhiType.NAME,
              tk.start[given],
              tk.end[given],
              0.85,
              "name.spelled",
              "given name, then one spelled out");
        }
        out.add(
            PhiType.NAME,
            tk.start[w],
            tk.end[spelledEnd],
            0.85,
            "name.spelled",
            "spelled out after it");
        out.add(
            PhiType.NAME,
            tk.start[t],
            tk.end[last],
            0.85,
            "name.spelled",
            "a word spelled letter by letter");
        return;
      }
    }
    if (tk.equalsIgnoreCase(t - 1, "spelled")
        || tk.equalsIgnoreCase(t - 1, "spelling")
        || (letters.length() >= 4 && (asIn || (answersAQuestion(t) && askedForAName())))) {
      out.add(
          PhiType.NAME,
          tk.start[t],
          tk.end[last],
          0.8,
          "name.spelled",
          "a word spelled letter by letter");
    }
  }

  /**
   * Whether the question on the line before the current one asks for a person's name: "Can you
   * spell the last name please?", "your name?"; not "the name of the medication?".
   */
  private boolean askedForAName() {
    for (int k = lineStart - 2, n = 0; k >= 0 && n < 12; k--, n++) {
      if (tk.equalsIgnoreCase(k, "name") && tk.equalsAnyIgnoreCase(k - 1, WHOSE_NAME)) {
        return true;
      }
      if (tk.newlineBefore(k)) {
        return false;
      }
    }
    return false;
  }

  /** Whose name a question asks for: "the last name", "your name". */
  private static final WordList WHOSE_NAME =
      WordList.of(
          "last",
          "first",
          "middle",
          "full",
          "maiden",
          "family",
          "given",
          "your",
          "his",
          "her",
          "their",
          "patient's",
          "client's",
          "sur");

  /**
   * Whether the letter at {@code t} goes on a spelling begun before it: "n g o", "K, O, W", "K as
   * in kite, O", so that only a spelling's first letter reads the rest (linear on a line of
   * letters).
   */
  private boolean continuesSpelling(int t) {
    int k = tk.isPunct(t - 1, ',') ? t - 2 : t - 1;
    return letterOfAWord(k) || (k >= 3 && asInWord(k - 2) && letterOfAWord(k - 3));
  }

  /** A letter standing alone: "n g o z i". */
  private boolean letterOfAWord(int k) {
    return tk.is(k, WORD) && tk.length(k) == 1 && !tk.joined(k);
  }

  /**
   * The last token of the word starting at token {@code w} (hyphenated parts included) whose
   * letters are {@code letters}, or -1.
   */
  private int spells(int w, CharSequence letters) {
    if (!tk.is(w, WORD) || (tk.length(w) < 2 && !sepIs(w + 1, '\''))) {
      return -1;
    }
    int at = 0;
    int k = w;
    while (true) {
      for (int i = tk.start[k]; i < tk.end[k]; i++) {
        char c = s.charAt(i);
        if (c == '\'' || c == '\u2019') {
          continue; // "O'Malley" as one word
        }
        if (at >= letters.length() || WordTable.lower(c) != letters.charAt(at++)) {
          return -1;
        }
      }
      if (at == letters.length()) {
        return k;
      }
      if (!((sepIs(k + 1, '-') || sepIs(k + 1, '\'')) && tk.is(k + 2, WORD))) {
        return -1; // "al-sayed", "O'Malley"
      }
      k += 2;
    }
  }

  // ---------------------------------------------------------------------------- spoken values

  private static final int NOT_A_SURNAME =
      COMMON
          | CLINICAL
          | ORG
          | STOP
          | MONTH
          | WEEKDAY
          | STATE_NAME
          | STATE
          | STREET_SUFFIX
          | ROLE
          | TITLE
          | PLACE;

  /**
   * "phishing of Grace Hopper", "notes on Ada Lovelace": a given name from the list, then a
   * capitalized word that is no ordinary, clinical, organisation or place word, both in title case.
   * A name with no cue around it, which the model may leave for want of one; kept below the model's
   * confidence, so its reading wins where it has one.
   */
  private void givenAndSurname(int t) {
    int n = t + 1;
    if (!titleCase(t)
        || (tk.word[t]
                & (COMMON | CLINICAL | STOP | MONTH | WEEKDAY | ROLE | TITLE | STREET_PREFIX))
            != 0
        || !tk.is(n, WORD)
        || !titleCase(n)
        || tk.start[n] != tk.end[t] + 1
        || s.charAt(tk.end[t]) != ' '
        || tk.length(n) < 3
        || (tk.word[n] & NOT_A_SURNAME) != 0
        || tk.equalsAnyIgnoreCase(t, VEHICLE_MAKES) // "a 2023 Kia Niro"
        || tk.equalsAnyIgnoreCase(t - 1, ContextModel.CONGREGATIONS)) { // "Temple Beth Shalom"
      return;
    }
    int last = surnameEnd(n);
    if (tk.equalsAnyIgnoreCase(t, PARTICLES) && tk.equalsAnyIgnoreCase(last + 1, CONDITIONS)) {
      return; // "Von Willebrand disease": a describer's name
    }
    int third = last + 1; // "Guadalupe Herrera García": a second surname
    if (tk.is(third, WORD)
        && titleCase(third)
        && tk.start[third] == tk.end[last] + 1
        && s.charAt(tk.end[last]) == ' '
        && tk.length(third) >= 3
        && (tk.word[third] & NOT_A_SURNAME) == 0) {
      last = surnameEnd(third);
    }
    out.add(
        PhiType.NAME,
        tk.start[t],
        tk.end[last],
        0.51,
        "name.given-surname",
        "given-name list, then a capitalized word no list knows");
  }

  /** Particles of a surname the given-name list also holds: "Von", "Van", "De". */
  private static final WordList PARTICLES = WordList.of("von", "van", "de");

  /** What a describer's name comes before: "Von Willebrand disease". */
  private static final WordList CONDITIONS = WordList.of("disease", "syndrome", "factor");

  private static final int NOT_AFTER_A_TITLE =
      STOP | MONTH | WEEKDAY | ROLE | TITLE | ORG | STATE_NAME | STATE | STREET_SUFFIX;

  /**
   * "Called Dr. Farrow", "Dear Judge Harrowgate", "per DR FIELDS": a title, then a capitalized word
   * (in capitals after a title in capitals) that is no role, organisation, month or place word, and
   * in capitals no clinical word either: a surname, even one that is also a word. Kept below the
   * model's confidence, so its reading wins where it has one.
   */
  private void titleAndSurname(int t) {
    if (tk.is(t - 1, NUM) && tk.equalsIgnoreCase(t, "ms")) {
      return; // "in 398 ms. Found": milliseconds
    }
    if (tk.equalsIgnoreCase(t, "dr") && (tk.is(t - 2, NUM) || tk.is(t - 3, NUM))) {
      return; // "4410 Crestline Dr.": a street's
    }
    int n = t + 1;
    if (tk.isPunct(n, '.') && tk.joined(n)) {
      n++;
    }
    if (initialAfterTitle(t, n)) {
      out.add(PhiType.NAME, tk.start[n], tk.end[n], 0.6, "name.title", "a title, then an initial");
      return;
    }
    if (!surnameAfterTitle(t, n)) {
      return;
    }
    int last = surnameEnd(n);
    if (tk.wordIs(n, FIRST) && surnameAfterTitle(t, last + 1)) {
      last = surnameEnd(last + 1); // "Mrs. Olive Haverford"
    }
    out.add(
        PhiType.NAME,
        tk.start[n],
        tk.end[last],
        0.51,
        "name.title",
        "a title, then a capitalized word");
  }

  /**
   * "MRS. L: I WANT TO", "(Mr. K)": a title of a person's own, then one capital letter standing for
   * the surname, before a colon, a bracket or a comma, as transcripts and reports name a speaker.
   */
  private boolean initialAfterTitle(int title, int k) {
    return tk.equalsAnyIgnoreCase(title, PERSONAL_TITLES)
        && tk.is(k, WORD)
        && tk.length(k) == 1
        && Character.isUpperCase(s.charAt(tk.start[k]))
        && !tk.newlineBefore(k)
        && tk.joined(k + 1)
        && (tk.isPunct(k + 1, ':') || tk.isPunct(k + 1, ')') || tk.isPunct(k + 1, ','));
  }

  private static final WordList PERSONAL_TITLES = WordList.of("mr", "mrs", "ms", "miss", "mx");

  private boolean surnameAfterTitle(int title, int k) {
    boolean capitals = caps(title) && tk.length(title) > 1;
    return tk.is(k, WORD)
        && !tk.joined(k)
        && !tk.newlineBefore(k)
        && tk.length(k) >= 2
        && (capitals
            ? caps(k)
                && !tk.wordIs(k, CLINICAL)
                && (!tk.wordIs(k, COMMON)
                    || (tk.wordIs(k, FIRST | LAST) // "DR. NEXT"
                        && !tk.equalsIgnoreCase(title, "sr"))) // "ON SR PER MD": sinus rhythm
            : titleCase(k))
        && !tk.wordIs(k, NOT_AFTER_A_TITLE);
  }

  /**
   * "super is mister fields", "missus okafor": a title as speech recognition writes it, then a word
   * the name lists hold, in any case.
   */
  private void titleSaid(int t) {
    int n = t + 1;
    int k = n;
    while (k - n < 3 && tk.wordIs(k, PARTICLE) && !tk.newlineBefore(k) && tk.is(k + 1, WORD)) {
      k++; // "mister de la cruz", "missus van der berg"
    }
    boolean particles = k > n;
    if (!tk.is(k, WORD)
        || tk.newlineBefore(n)
        || tk.newlineBefore(k)
        || tk.length(k) < 2
        || !(particles || tk.wordIs(k, FIRST | LAST))
        || tk.wordIs(k, STOP | ROLE | TITLE | MONTH | WEEKDAY | NUMBER_WORD)
        || tk.equalsAnyIgnoreCase(k, NOT_AFTER_A_TITLE_SAID)) {
      return; // "missus said she is fine", "mister can drive"
    }
    int last = surnameEnd(k);
    int second = last + 1; // "mister albert kowalczyk": a surname no list need hold
    if (!particles
        && tk.is(second, WORD)
        && !tk.joined(second)
        && !tk.newlineBefore(second)
        && tk.length(second) >= 2
        && (tk.lowerCase(second) == tk.lowerCase(k))
        && !tk.wordIs(second, NUMBER_WORD | STOP | ROLE | TITLE | MONTH | WEEKDAY)
        && !tk.equalsAnyIgnoreCase(second, NOT_AFTER_A_TITLE_SAID)
        && (tk.wordIs(second, LAST) || !tk.wordIs(second, NOT_A_SURNAME & ~PLACE))) {
      last = surnameEnd(second); // "mister harold bird", "missus agnes mccall"
    }
    out.add(
        PhiType.NAME,
        tk.start[n],
        tk.end[last],
        0.8,
        "name.title-said",
        "a title said aloud, then a listed name");
  }

  /** Verbs the name lists also hold, said after "mister" or "missus" meaning the person. */
  private static final WordList NOT_AFTER_A_TITLE_SAID =
      WordList.of(
          ("said says has have had can could will would should shall may might must is was are"
                  + " were be been and or fix did does do went came called calls left gave got"
                  + " takes took wants needs likes")
              .split(" "));

  /** The last token of a surname starting at {@code n}, over hyphens: "Reyes-Quintero". */
  private int surnameEnd(int n) {
    int last = n;
    while (sepIs(last + 1, '-') && tk.is(last + 2, WORD) && titleCase(last + 2)) {
      last += 2;
    }
    return last;
  }

  /** A capital, then lower-case letters only ("Lovelace"; not "AlDE", OCR's capitals). */
  private boolean titleCase(int k) {
    if (k < 0 || k >= tk.count || (tk.flags[k] & Tokens.CAPITALIZED) == 0) {
      return false; // nothing outside the text
    }
    for (int i = tk.start[k] + 1; i < tk.end[k]; i++) {
      if (!Tokens.isLower(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * "june first", "March the twenty-third", "friday the twenty first", "tomorrow the fourteenth": a
   * date read aloud, as voicemail transcriptions write it. After a weekday or "today", "tomorrow"
   * only with "the"; "may" only capitalized (it is a verb as often).
   */
  private void spokenDate(int t) {
    boolean month = tk.wordIs(t, MONTH) && Lexicon.month(s, tk.start[t], tk.end[t]) != 0;
    int k = t + 1;
    if (!month) {
      if (!tk.equalsIgnoreCase(k, "the")) {
        return;
      }
      k++;
    } else if (tk.equalsIgnoreCase(t, "may") && (tk.flags[t] & Tokens.CAPITALIZED) == 0) {
      return;
    } else if (tk.equalsIgnoreCase(k, "the")) {
      k = afterTheSaid(k);
    }
    int first = k;
    int last = ordinalSaid(k);
    if (last < 0
        && month
        && k > t + 1
        && tk.is(k, ALNUM)
        && tk.ordinal(k) > 0
        && tk.ordinal(k) <= 31
        && !tk.equalsAnyIgnoreCase(k + 1, NOT_DAYS)) {
      last = k; // "march the 3rd 1930", "june the... 17th"
    }
    if (last < 0 || (!month && tk.equalsAnyIgnoreCase(last + 1, NOT_DAYS))) {
      return; // "friday the first thing", "tomorrow the second time"
    }
    if (tk.equalsAnyIgnoreCase(t, DAYS_NAMED_BY_NOW)
        && tk.is(last + 1, WORD)
        && !tk.newlineBefore(last + 1)
        && (!tk.equalsAnyIgnoreCase(last + 1, AFTER_A_DAY)
            || (tk.equalsIgnoreCase(last + 1, "in") && tk.equalsIgnoreCase(last + 2, "a")))) {
      return; // "tomorrow the fourteenth in the afternoon"; not "today the first day of hospice"
    }
    int after =
        tk.isPunct(last + 1, ',') || tk.equalsIgnoreCase(last + 1, "of") ? last + 2 : last + 1;
    int year = month ? spokenYear(after) : -1;
    if (year < 0 && month && afterBirth(t)) {
      year = twoDigitYear(after); // "born April fourth, sixty-eight"
    }
    out.add(
        PhiType.DATE,
        month ? tk.start[t] : tk.start[first],
        tk.end[year > 0 ? year : last],
        // a month and its day (and year) outrank the model's reading of the month alone; before a
        // number this rule does not read ("April fourth, sixty-eight"), and after a weekday, the
        // model's reading wins
        year > 0 ? 0.9 : month && !tk.wordIs(after, NUMBER_WORD) ? 0.85 : 0.55,
        "date.spoken",
        month ? "a month and a day read aloud" : "a day read aloud after a weekday or today");
  }

  /**
   * The token after the "the" at {@code k} and what speech puts between it and a day: "November
   * the... eleventh", "october the... the third", "june the, the seventeenth".
   */
  private int afterTheSaid(int k) {
    int n = k + 1;
    for (int i = 0; i < 8 && !tk.newlineBefore(n); i++, n++) {
      boolean ellipsis = tk.isPunct(n, '.') && (tk.isPunct(n + 1, '.') || tk.isPunct(n - 1, '.'));
      if (!ellipsis
          && !tk.isPunct(n, ',')
          && !tk.equalsIgnoreCase(n, "the")
          && !tk.equalsAnyIgnoreCase(n, FILLERS)) {
        break;
      }
    }
    return n;
  }

  /**
   * "we still have you at 614 Locust Lane? / CLIENT: Six fourteen, yes.": an answer that opens by
   * saying back the house or unit number of an address found on one of the two lines before.
   */
  private void houseNumberSaidBack(int t) {
    if (t - lineStart > 8
        || t - lineStart < 2
        || !(tk.isPunct(lineStart + 1, ':') || tk.isPunct(lineStart + 2, ':'))
        || tk.is(t - 1, NUM)
        || tk.wordIs(t - 1, NUMBER_WORD)) {
      return;
    }
    digits.setLength(0);
    int last = t;
    if (tk.is(t, NUM)) {
      digits.append(s, tk.start[t], tk.end[t]);
    } else {
      last = wordsToDigits(t);
    }
    int next = last + 1;
    if (last < 0
        || digits.length() < 2
        || !(next >= tk.count
            || tk.newlineBefore(next)
            || tk.isPunct(next, ',')
            || tk.isPunct(next, '.')
            || tk.isPunct(next, '?'))) {
      return;
    }
    int asked = linesAsked();
    if (asked == 0) {
      return; // "Address: 10 Elm St / Pain score: 10.": no question was answered
    }
    String said = digits.toString();
    int from = lineBefore(lineStart);
    if (asked == 2) {
      from = lineBefore(from); // "unit 318. / Is that the address we'd have on file?": two up
    }
    for (int k = from; k < lineStart; k++) {
      if (tk.is(k, NUM)
          && tk.length(k) == said.length()
          && s.regionMatches(tk.start[k], said)
          && out.overlaps(PhiType.ADDRESS, true, tk.start[k], tk.end[k], out.count())) {
        out.add(
            PhiType.ADDRESS,
            tk.start[t],
            tk.end[last],
            0.8,
            "address.said-back",
            "a house or unit number said back");
        return;
      }
    }
  }

  /**
   * How many lines before the one {@link #at} reads an answer may say an address back from: none
   * unless the line before asks a question, two where the question speaks of the address.
   */
  private int linesAsked() {
    boolean asked = false;
    boolean address = false;
    for (int k = lineBefore(lineStart); k < lineStart; k++) {
      asked |= tk.isPunct(k, '?');
      address |= tk.equalsIgnoreCase(k, "address");
    }
    return !asked ? 0 : address ? 2 : 1;
  }

  /** The first token of the line before the one that starts at token {@code line}, or 0. */
  private int lineBefore(int line) {
    int k = line - 1;
    while (k > 0 && !tk.newlineBefore(k)) {
      k--;
    }
    return Math.max(k, 0);
  }

  /**
   * Reads the number said in words from {@code t} into {@link #digits} as a house number says it
   * ("six fourteen" 614, "seventy-seven" 77, "eleven two oh three" 11203), returning its last
   * token, or -1 where it holds a word such as "hundred".
   */
  private int wordsToDigits(int t) {
    int last = -1;
    for (int k = t; k < t + 12 && tk.wordIs(k, NUMBER_WORD) && (k == t || !tk.newlineBefore(k)); ) {
      int value = numberValue(k);
      if (value < 0) {
        return -1;
      }
      if (value >= 20) {
        int u = tk.isPunct(k + 1, '-') && tk.joined(k + 1) && tk.joined(k + 2) ? k + 2 : k + 1;
        int unit = numberValue(u);
        digits.append(value / 10);
        if (unit >= 1 && unit <= 9 && !tk.newlineBefore(u)) {
          digits.append(unit);
          k = u;
        } else {
          digits.append('0');
        }
      } else {
        digits.append(value);
      }
      last = k;
      k++;
    }
    return last;
  }

  /**
   * The value of number word {@code k}: "zero" or "oh" 0 to "nineteen" 19, "twenty" to "ninety" 20
   * to 90; -1 for any other token. Every reader of numbers said in words asks this one table.
   */
  private int numberValue(int k) {
    return tk.numberValue(k);
  }

  /**
   * "where were you born / client: greenwood. leflore county.": the first words of an answer to a
   * question on the line before about where a person was born, grew up or lives, ended by a stop or
   * a comma; not a state, a country or ordinary words ("at home, on the farm").
   */
  private void townAnswered(int t) {
    int last = t;
    while (last < t + 3
        && tk.is(last, WORD)
        && !tk.wordIs(last, COMMON | STOP | CLINICAL | STATE_NAME | COUNTRY | NUMBER_WORD)
        && (last == t || !tk.newlineBefore(last))) {
      last++;
    }
    int end = last;
    if (end == t
        || !(end >= tk.count
            || tk.newlineBefore(end)
            || tk.isPunct(end, '.')
            || tk.isPunct(end, ','))) {
      return;
    }
    int k = lineStart - 1;
    boolean where = false;
    boolean from = false;
    for (; k >= 0 && k >= lineStart - 30; k--) {
      where |= tk.equalsIgnoreCase(k, "where");
      from |= tk.equalsAnyIgnoreCase(k, WHERE_FROM);
      if (tk.newlineBefore(k)) {
        break;
      }
    }
    if (where && from) {
      out.add(
          PhiType.CITY,
          tk.start[t],
          tk.end[end - 1],
          0.75,
          "city.answered",
          "a town answering where a person was born or lives");
    }
  }

  /** What a question about where a person comes from asks: "where were you born". */
  private static final WordList WHERE_FROM =
      WordList.of("born", "from", "grow", "grew", "raised", "live", "lived");

  /**
   * Adds the day from {@code first} to {@code last} and a second day of a month said after it
   * ("fifth and sixth of May", "the 3rd through the fifth of June") and answers true; false, adding
   * nothing, when no such second day follows.
   */
  private boolean dayPairOfAMonth(int first, int last) {
    int k = linkedDay(last + 1);
    int month = k < 0 ? -1 : monthOfADay(k);
    if (month < 0) {
      return false;
    }
    String why = "a day of a month said aloud";
    out.add(PhiType.DATE, tk.start[first], tk.end[last], 0.8, "date.spoken", why);
    out.add(PhiType.DATE, tk.start[k], tk.end[month], 0.8, "date.spoken", why);
    return true;
  }

  /**
   * The first token of the day said after a link at {@code k} ("and twenty second", "through the
   * 5th"), or -1.
   */
  private int linkedDay(int k) {
    if (!tk.equalsAnyIgnoreCase(k, DAY_LINKS) || tk.newlineBefore(k)) {
      return -1;
    }
    k += tk.equalsIgnoreCase(k + 1, "the") ? 2 : 1;
    return tk.newlineBefore(k) ? -1 : k;
  }

  /** The month after a day said from {@code k} and "of" ("twenty second of July"), or -1. */
  private int monthOfADay(int k) {
    int day = dayOfTheMonth(k);
    return day > 0 && tk.equalsIgnoreCase(day + 1, "of") && monthNamed(day + 2) ? day + 2 : -1;
  }

  /**
   * Whether token {@code k} names a month after "the fifth of": in lower case too, but for "may"
   * and "march", which are words as often ("the second of may we go").
   */
  private boolean monthNamed(int k) {
    return (tk.wordIs(k, MONTH)
            && ((tk.flags[k] & Tokens.CAPITALIZED) != 0
                || !(tk.equalsIgnoreCase(k, "may") || tk.equalsIgnoreCase(k, "march"))))
        || tk.equalsAnyIgnoreCase(k, HEBREW_MONTHS);
  }

  /**
   * The months of the Hebrew calendar, by which a death's anniversary is kept: "the twenty-third of
   * Kislev", "the second of Adar".
   */
  private static final WordList HEBREW_MONTHS =
      WordList.of(
          "tishrei",
          "cheshvan",
          "heshvan",
          "kislev",
          "tevet",
          "shevat",
          "adar",
          "nisan",
          "iyar",
          "sivan",
          "tammuz",
          "elul");

  /**
   * Adds the day of a month said after the month ending at {@code month} and a link ("the twenty
   * first of June and twenty second of July", "... through the third of August").
   */
  private void dayOfAnotherMonth(int month) {
    int k = linkedDay(month + 1);
    int other = k < 0 ? -1 : monthOfADay(k);
    if (other > 0) {
      out.add(
          PhiType.DATE,
          tk.start[k],
          tk.end[other],
          0.75,
          "date.spoken",
          "a day of a month said aloud");
    }
  }

  /**
   * Whether token {@code and} is "and" before a second day of the month that ends its phrase:
   * "between the 3rd and the 19th.", not "between the 2nd and the 3rd floor".
   */
  private boolean dayAfterAnd(int and) {
    if (!tk.equalsIgnoreCase(and, "and") && !tk.isPunct(and, '&')) {
      return false;
    }
    int k = tk.equalsIgnoreCase(and + 1, "the") ? and + 2 : and + 1;
    int day = dayOfTheMonth(k);
    int n = day + 1;
    return day >= 0
        && (n >= tk.count
            || tk.newlineBefore(n)
            || tk.isPunct(n, '.')
            || tk.isPunct(n, ',')
            || tk.isPunct(n, '?')
            || tk.isPunct(n, '!')
            || tk.isPunct(n, ';')
            || tk.isPunct(n, ')')
            || tk.equalsAnyIgnoreCase(n, AFTER_A_DAY_SAID));
  }

  /** Words of a guess at a day: "more likely the 16th.", "probably the fourth." */
  private static final WordList GUESSES = WordList.of("probably", "likely", "maybe");

  /** What joins two days of one month: "the fifth and sixth", "the 3rd through the 5th". */
  private static final WordList DAY_LINKS =
      WordList.of("and", "or", "to", "through", "thru", "till", "until");

  /** The last token of a day of the month from {@code k}, in digits ("14th") or said, or -1. */
  private int dayOfTheMonth(int k) {
    return tk.is(k, ALNUM) && tk.ordinal(k) > 0 && tk.ordinal(k) <= 31 ? k : ordinalSaid(k);
  }

  /** The last token of an ordinal said from {@code k}: "fifth", "twenty first", "thirty-first". */
  private int ordinalSaid(int k) {
    if (tk.wordIs(k, NUMBER_WORD) && endsWithTy(k)) {
      int n = tk.isPunct(k + 1, '-') && tk.joined(k + 1) && tk.joined(k + 2) ? k + 2 : k + 1;
      return tk.wordIs(n, ORDINAL_WORD) ? n : -1;
    }
    return tk.wordIs(k, ORDINAL_WORD) ? k : -1;
  }

  /**
   * "restart on the fifth.", "the twelfth of this month", "the night of the 7th", "the twenty first
   * of August, 1930": a day of the month said with "the", after "on" or "starting" at a sentence's
   * end, or before "of" and a month; not "on the second floor", "the first of many", "on the fifth,
   * by the elevator".
   */
  private void spokenDay(int t) {
    int k = afterTheSaid(t); // "on the, uh, eleventh", "on the... twenty-first"
    boolean pause = k > t + 1;
    int last = dayOfTheMonth(k);
    if (last < 0 || tk.newlineBefore(k)) {
      return;
    }
    int of = tk.equalsIgnoreCase(last + 1, "of") ? last + 2 : -1;
    if (of < 0 && dayPairOfAMonth(k, last)) { // "the, um, fifth and sixth of May"
      return;
    }
    if (of > 0 && monthNamed(of)) { // "the twenty first of june" in a chat too
      int after = tk.isPunct(of + 1, ',') ? of + 2 : of + 1;
      int year = spokenYear(after);
      out.add( // "the twenty first of August, 1930"
          PhiType.DATE,
          tk.start[k],
          tk.end[year > 0 ? year : of],
          year > 0 ? 0.9 : 0.75, // without its year, below the model's reading of a longer date
          "date.spoken",
          "a day of a month said aloud");
      if (year < 0) {
        dayOfAnotherMonth(of); // "the twenty first of June and twenty second of July"
      }
      return;
    }
    boolean thisMonth =
        of > 0
            && tk.equalsAnyIgnoreCase(of, MONTHS_NAMED_BY_NOW)
            && tk.equalsIgnoreCase(of + 1, "month");
    int p = t - 1;
    while (tk.equalsAnyIgnoreCase(p, FILLERS)
        || (tk.isPunct(p, ',') && tk.equalsAnyIgnoreCase(p - 1, FILLERS))
        || (tk.isPunct(p, ',') && tk.equalsAnyIgnoreCase(p + 1, FILLERS))) {
      p--; // "starting uh the twentieth", "ready since, uh, the 28th"
    }
    boolean weekdayBefore = // "Friday the fourteenth", "Tomorrow, the third,", "today the 9th?"
        tk.wordIs(tk.isPunct(p, ',') ? p - 1 : p, WEEKDAY)
            || tk.equalsAnyIgnoreCase(tk.isPunct(p, ',') ? p - 1 : p, DAYS_NAMED_BY_NOW);
    boolean secondOfTwo = // "between the 3rd and the 19th": the day after a day
        tk.equalsAnyIgnoreCase(p, DAY_LINKS)
            && (tk.wordIs(p - 1, ORDINAL_WORD) || dayOfTheMonth(p - 1) == p - 1);
    boolean opens = // "FRANK: The 14th.", "Okay, the ninth at two-forty", "it's the nineteenth"
        (p < 0
                || tk.newlineBefore(p + 1)
                || tk.isPunct(p, ':')
                || tk.isPunct(p, '.')
                || (tk.isPunct(p, ',') && tk.equalsAnyIgnoreCase(p - 1, AGREEMENTS))
                || (contraction(p) && tk.equalsIgnoreCase(p - 2, "it")))
            && !tk.equalsAnyIgnoreCase(k, FIRST_DAYS); // not "The first was the worst"
    boolean dated =
        tk.equalsIgnoreCase(p, "on")
            || ((pause || tk.equalsAnyIgnoreCase(p - 1, SCHEDULED))
                && tk.equalsIgnoreCase(p, "for")) // "scheduled for the, uh, fourteenth"
            || tk.equalsAnyIgnoreCase(p, STARTING)
            || (tk.equalsIgnoreCase(p, "of") && tk.equalsAnyIgnoreCase(p - 1, PARTS_OF_A_DAY))
            || (tk.equalsAnyIgnoreCase(p, PARTS_OF_A_DAY) && !tk.equalsAnyIgnoreCase(k, FIRST_DAYS))
            || weekdayBefore
            || (tk.equalsIgnoreCase(p, "of")
                && tk.equalsIgnoreCase(p - 1, "as")) // "as of the 27th"
            || (tk.equalsAnyIgnoreCase(p, GUESSES) && !tk.equalsAnyIgnoreCase(k, FIRST_DAYS))
            || (tk.equalsIgnoreCase(p, "between") && dayAfterAnd(last + 1))
            || secondOfTwo
            || opens
            || ((tk.equalsAnyIgnoreCase(p, EVENTS_OF_A_DAY) || tk.equalsAnyIgnoreCase(p, HAVING))
                && (tk.is(k, ALNUM)
                    || !tk.equalsAnyIgnoreCase(
                        k, FIRST_DAYS))); // "Admitted the eighth", "we have the
    // eleventh at ten thirty"
    int next = last + 1;
    boolean ends =
        next >= tk.count
            || tk.newlineBefore(next)
            || tk.isPunct(next, '.')
            || tk.isPunct(next, '?')
            || tk.isPunct(next, '!')
            || (tk.isPunct(next, ',') && tk.equalsIgnoreCase(p, "of")) // "the night of the 7th,"
            || (tk.isPunct(next, ',') && tk.is(k, ALNUM) && !tk.equalsIgnoreCase(p, "on"))
            || (tk.isPunct(next, ',') && weekdayBefore)
            || (tk.equalsIgnoreCase(p, "between") && dayAfterAnd(next))
            || (tk.isPunct(next, ',') // a day searched for: "on the, uh, eleventh, and"
                && pause
                && !tk.equalsAnyIgnoreCase(next + 1, NOT_DAYS)
                && !tk.equalsAnyIgnoreCase(next + 1, CORRECTIONS)
                && !tk.equalsAnyIgnoreCase(next + 1, FILLERS))
            || tk.equalsAnyIgnoreCase(next, AFTER_A_DAY_SAID)
            || (tk.equalsAnyIgnoreCase(next, DIGIT_FILLERS) // "restart on the fifth um do you"
                && !tk.equalsAnyIgnoreCase(k, FIRST_DAYS) // not "on the second uh shift"
                && !tk.equalsAnyIgnoreCase(next + 1, NOT_DAYS))
            || (tk.equalsIgnoreCase(p, "on") // "On the 5th my phone died", "on the fifth, she fell"
                && (tk.equalsAnyIgnoreCase(tk.isPunct(next, ',') ? next + 1 : next, OPEN_A_CLAUSE)
                    || (tk.equalsIgnoreCase(next, "and") && tk.equalsIgnoreCase(next + 1, "then")))
                && (tk.is(k, ALNUM) || !tk.equalsAnyIgnoreCase(k, FIRST_DAYS)))
            || (tk.isPunct(next, ',') // "Admitted the eighth, discharged the ninth"
                && tk.equalsAnyIgnoreCase(p, EVENTS_OF_A_DAY)
                && tk.equalsAnyIgnoreCase(next + 1, EVENTS_OF_A_DAY))
            || (opens // "The 21st was when she had the fall"
                && tk.is(k, ALNUM)
                && (tk.equalsIgnoreCase(next, "was") || tk.equalsIgnoreCase(next, "is")));
    int listed = nextDayListed(last);
    if (!thisMonth && !(dated && ends) && listed < 0) {
      return;
    }
    out.add(
        PhiType.DATE,
        tk.start[k],
        tk.end[last],
        0.8,
        "date.spoken",
        "a day of the month said after the");
    for (int n = 0; listed > 0 && n < 10; n++, listed = nextDayListed(listed)) {
      out.add( // "I see the 2nd, 3rd, 4th", "approve the 4th and 6th"
          PhiType.DATE,
          tk.start[listed],
          tk.end[listed],
          0.8,
          "date.spoken",
          "days of the month listed");
    }
  }

  /**
   * The day of the month written in digits after a comma or "and" behind the day ending at {@code
   * last} ("the 2nd, 3rd", "the 4th and 6th"), or -1.
   */
  private int nextDayListed(int last) {
    int n = tk.isPunct(last + 1, ',') || tk.equalsIgnoreCase(last + 1, "and") ? last + 2 : -1;
    if (n > 0 && tk.equalsIgnoreCase(n, "and")) {
      n++;
    }
    return n > 0
            && tk.is(last, ALNUM)
            && tk.is(n, ALNUM)
            && tk.ordinal(n) > 0
            && tk.ordinal(n) <= 31
            && !tk.newlineBefore(n)
            && !tk.wordIs(n + 1, COMMON | UNIT)
        ? n
        : -1;
  }

  /**
   * Words that date a day said after "the" besides the prepositions: "starting the fifth"; not "by"
   * ("forms are due by the 5th": an office's deadline).
   */
  private static final WordList STARTING =
      WordList.of("starting", "beginning", "since", "ending", "through", "thru", "until", "till");

  /** What "the night of the 7th" is a part of. */
  private static final WordList PARTS_OF_A_DAY =
      WordList.of("night", "morning", "afternoon", "evening", "weekend", "week");

  /**
   * "this month", "last month": a month counted from now; not "next month" ("the first of next
   * month": a rule's or a bill's day more often than a person's).
   */
  private static final WordList MONTHS_NAMED_BY_NOW = WordList.of("this", "last");

  /** Speech's fillers a number read aloud may hold between its groups: "five five five uh ...". */
  /** Words that make the number said before them an amount of money. */
  /**
   * Whether the number said over [t, last] is an amount: a word of money after it, past "and" and
   * the number's last words ("one thousand two hundred and fifty dollars"), and a hundred or a
   * thousand in it or three words at most; not a card's last four run into a price ("ending four
   * two four two fifty dollars").
   */
  private boolean amountSaid(int t, int last) {
    int k = last + 1;
    for (int n = 0; n < 5 && (tk.equalsIgnoreCase(k, "and") || tk.wordIs(k, NUMBER_WORD)); n++) {
      k++;
    }
    if (!tk.equalsAnyIgnoreCase(k, MONEY_WORDS) || tk.newlineBefore(k)) {
      return false;
    }
    int words = 0;
    for (int i = t; i <= last; i++) {
      if (tk.equalsAnyIgnoreCase(i, MAGNITUDES)) {
        return true;
      }
      words += tk.is(i, WORD) ? 1 : 0;
    }
    return words <= 3;
  }

  private static final WordList MAGNITUDES = WordList.of("hundred", "thousand", "million");

  private static final WordList MONEY_WORDS =
      WordList.of("dollars", "dollar", "bucks", "cents", "grand");

  private static final WordList DIGIT_FILLERS = WordList.of("uh", "um", "hmm");

  /** What speech says to take back a word: "the second, no, third floor". */
  private static final WordList CORRECTIONS =
      WordList.of("no", "sorry", "wait", "actually", "i", "or", "nope", "maybe", "possibly");

  /** Speech's fillers between words. */
  private static final WordList FILLERS = WordList.of("uh", "um", "er", "ah", "like");

  /**
   * Words that open what happened on a day said after "on the": "On the 5th my phone died", "on the
   * ninth she was", "on the fifth when"; not "and" or "so", which follow a count as often ("picked
   * up on the fourth so we talked").
   */
  private static final WordList OPEN_A_CLAUSE =
      WordList.of(
          "i", "he", "she", "we", "they", "you", "it", "my", "his", "her", "our", "their", "but",
          "when", "then");

  /** Words that agree before a day is said: "Okay, the ninth at two-forty". */
  private static final WordList AGREEMENTS =
      WordList.of("okay", "ok", "yes", "yeah", "right", "so");

  /** Ordinals that count as often as they date: "The first was the worst". */
  private static final WordList FIRST_DAYS =
      WordList.of("first", "second", "third", "1st", "2nd", "3rd", "last", "next");

  /** What happens on a day said after "the": "Admitted the eighth, discharged the ninth". */
  private static final WordList EVENTS_OF_A_DAY =
      WordList.of(
          "admitted",
          "discharged",
          "seen",
          "started",
          "ended",
          "born",
          "died",
          "hired",
          "signed",
          "issued",
          "moved",
          "fell",
          "filled", // "last filled the 3rd.", "cancel the 26th.", "we fly out the seventh."
          "refilled",
          "delivered",
          "shipped",
          "cancel",
          "cancelled",
          "canceled",
          "out",
          "passed",
          "returned");

  /** Words of a day being set: "surgery is scheduled for the 9th". */
  private static final WordList SCHEDULED =
      WordList.of("scheduled", "rescheduled", "booked", "set", "planned", "moved");

  /** Verbs of holding a day: "we have the eleventh at ten thirty". */
  private static final WordList HAVING = WordList.of("have", "had", "got", "booked");

  private static final WordList AFTER_A_DAY_SAID =
      WordList.of(
          "not",
          "because",
          "probably",
          "please",
          "okay",
          "ok",
          "at",
          "in",
          "around",
          "until",
          "till",
          "through",
          "thru",
          "if");

  /**
   * The last token of a year read aloud from {@code k} ("1946", "nineteen forty six", "nineteen oh
   * five", "twenty twenty four", "two thousand and five"), or -1.
   */
  private int spokenYear(int k) {
    if (tk.is(k, NUM) && tk.length(k) == 4 && year(tk.intValue(k))) {
      return k;
    }
    if (tk.equalsIgnoreCase(k, "nineteen") || tk.equalsIgnoreCase(k, "twenty")) {
      int n = k + 1;
      if (tk.equalsIgnoreCase(n, "oh") && tk.wordIs(n + 1, NUMBER_WORD)) {
        return n + 1; // "nineteen oh five"
      }
      if (tk.wordIs(n, NUMBER_WORD) && (endsWithTy(n) || endsWithTeen(n) || tk.length(n) == 3)) {
        return endsWithTy(n) ? tensEnd(n) : n; // "forty six", "thirty-nine"; "twenty ten"
      }
      return -1;
    }
    if (tk.equalsIgnoreCase(k, "two") && tk.equalsIgnoreCase(k + 1, "thousand")) {
      int n = tk.equalsIgnoreCase(k + 2, "and") ? k + 3 : k + 2;
      if (!tk.wordIs(n, NUMBER_WORD)) {
        return k + 1;
      }
      return endsWithTy(n) ? tensEnd(n) : n; // "two thousand twenty four", "... and five"
    }
    return -1;
  }

  /**
   * The last token of a number of tens said from {@code n}, a word ending "ty": its unit after it,
   * joined by a hyphen or not ("forty six", "twenty-four"), else {@code n} itself.
   */
  private int tensEnd(int n) {
    if (tk.isPunct(n + 1, '-') && tk.joined(n + 1) && tk.joined(n + 2)) {
      return tk.wordIs(n + 2, NUMBER_WORD) ? n + 2 : n;
    }
    return tk.wordIs(n + 1, NUMBER_WORD) && spokenDigits(n + 1) == 1 ? n + 1 : n;
  }

  /**
   * The last token of a year's two last digits read aloud from {@code k}: "sixty-eight", "oh five".
   */
  private int twoDigitYear(int k) {
    if (tk.equalsIgnoreCase(k, "oh") && tk.wordIs(k + 1, NUMBER_WORD) && spokenDigits(k + 1) == 1) {
      return k + 1;
    }
    return tk.wordIs(k, NUMBER_WORD) && endsWithTy(k) ? tensEnd(k) : -1;
  }

  /** Words after a day read aloud: "tomorrow the fourteenth in the afternoon". */
  private static final WordList AFTER_A_DAY =
      WordList.of(
          "in",
          "at",
          "on",
          "for",
          "around",
          "after",
          "before",
          "by",
          "about",
          "then",
          "please",
          "from",
          "between",
          "probably",
          "maybe");

  /** What a phone's last four read aloud are said of: "the one ending in four four seven one". */
  private static final WordList PHONES =
      WordList.of("one", "number", "phone", "cell", "line", "mobile", "landline");

  /** What an ordinal after "the" counts when it is no day: "tomorrow the first thing". */
  private static final WordList NOT_DAYS =
      WordList.of(
          "thing", "things", "time", "one", "visit", "shift", "floor", "dose", "of", "day", "week",
          "session", "level", "grade", "attempt", "try", "round");

  /**
   * Digits read aloud, as call transcripts and voice notes write them: "five five five, oh one two
   * three", "three nine two, four one, seven seven oh eight", "forty-two", "double seven". A run of
   * at least four digits takes its type from the label before it (social, member, MRN, account,
   * routing, client id, phone, ZIP), or is a phone number by its length alone.
   */
  private void spokenNumber(int t) {
    int p = t - 1;
    while (p >= 0
        && (tk.isPunct(p, ',')
            || tk.isPunct(p, '-')
            || tk.equalsIgnoreCase(p, "dash")
            || tk.equalsAnyIgnoreCase(p, DIGIT_FILLERS)
            || ellipsisStart(p) < p)) {
      p = ellipsisStart(p) < p ? ellipsisStart(p) - 1 : p - 1; // "five five five... oh one"
    }
    if (p >= t - 4
        && p >= 0
        && (tk.wordIs(p, NUMBER_WORD) || tk.is(p, NUM))
        && !tk.newlineBefore(p + 1)
        && !restarts(t)) {
      return; // not the start of the run
    }
    int digitCount = 0;
    int last = t;
    int repeat = 0;
    for (int k = t; k < tk.count && k < t + 64; ) {
      if (!tk.wordIs(k, NUMBER_WORD) || (k > t && tk.newlineBefore(k))) {
        break;
      }
      int d = spokenDigits(k);
      if (d == 0) { // "double", "triple": the next digit counts again
        repeat = tk.equalsIgnoreCase(k, "double") ? 1 : 2;
      } else {
        digitCount += d + repeat;
        repeat = 0;
      }
      last = k;
      int n = k + 1;
      if (tk.isPunct(n, ',') || tk.isPunct(n, '-')) {
        n++;
      }
      if (tk.equalsAnyIgnoreCase(n, DIGIT_FILLERS)
          && (digitCount == 3 || digitCount == 6 || digitCount % 4 == 0) // a phone's, a card's
          && !tk.newlineBefore(n + 1)) {
        int resumed = tk.isPunct(n + 1, ',') ? n + 2 : n + 1;
        if (tk.wordIs(resumed, NUMBER_WORD) && !restarts(resumed)) {
          n = resumed; // "double five five uh six one two", "five five five, uh, two four"
        }
      }
      int paused = ellipsisEnd(n);
      if (paused > n
          && tk.wordIs(paused, NUMBER_WORD)
          && !(tk.equalsIgnoreCase(paused, "oh") && tk.isPunct(paused + 1, ','))
          && !tk.newlineBefore(paused)
          && !restarts(paused)) {
        n = paused; // "five five five... oh one two three": a pause between a number's groups
      }
      if (tk.equalsIgnoreCase(n, "dash") && !tk.newlineBefore(n)) { // "two six dash zero four"
        int after = tk.isPunct(n + 1, ',') ? n + 2 : n + 1;
        if (tk.wordIs(after, NUMBER_WORD) && !tk.newlineBefore(after)) {
          n = after;
        }
      }
      k = n;
    }
    if (digitCount <= 6 && address(t, last)) {
      return;
    }
    if (amountSaid(t, last)) {
      return; // "Two thousand four hundred dollars": an amount, read aloud
    }
    if (directionStreet(t, last, digitCount) || streetAfterAt(t, last, digitCount)) {
      return;
    }
    if (digitCount < 4) {
      return;
    }
    int a = tk.start[t];
    int b = tk.end[last];
    if (digitCount == 5
        && (afterState(t) || afterPlace(t))
        && !(numberValue(t) == 1 && countedFromOne(t))) {
      out.add(PhiType.ZIP, a, b, 0.8, "zip.spoken", "five digits read aloud after a state or town");
      return;
    }
    if (digitCount >= 4
        && (digitCount <= 8 || yearWordIn(t, last))
        && (afterBirth(t) || todayIs(t) || birthAskedAbove(t))
        && numberValue(t) >= 0
        && numberValue(t) <= 12) {
      out.add(PhiType.DATE, a, b, 0.9, "date.spoken", "a date of birth read out in numbers");
      return; // "date of birth nine twelve nineteen thirty eight"
    }
    int lettered = officeLetters(t);
    if (lettered < t
        && (spokenCaseLabel(lettered) || orderLabelBefore(lettered))
        && !callReference(lettered)) {
      out.add( // "the claim number is C-L four seven, dash, zero zero nine one"
          PhiType.ID,
          tk.start[lettered],
          b,
          0.8,
          "id.spoken",
          "an office's letters and digits read aloud after a number's label");
      return;
    }
    if (digitCount >= 5 && spokenCaseLabel(t)) {
      out.add(PhiType.ID, a, b, 0.8, "id.spoken", "digits read aloud after a case's label");
      return;
    }
    String spoken =
        digitCount >= 12 && digitCount <= 19 && !counted(t, last) ? spokenDigitsOf(t, last) : "";
    if (spoken.length() >= 13 && Checks.cardIssuer(spoken)) {
      boolean checked = Checks.luhn(spoken);
      out.add(
          PhiType.CARD,
          a,
          b,
          checked ? 0.9 : 0.7,
          "card.spoken",
          checked
              ? "a card's number read aloud"
              : "an issuer's prefix and a card's length read aloud");
      return;
    }
    int cue = spokenCue(t);
    if (cue == 0) {
      int corrected = correctedRun(t, digitCount);
      if (corrected < 0) {
        corrected = falseStart(t); // "Caller: Um, four eight one, uh, four eight one two six"
      }
      if (corrected >= 0) {
        cue = spokenCue(corrected); // "six zero three one. Actually no, ... Six zero eight one."
      }
    }
    int lastFour =
        digitCount == 4 && ((answersAQuestion(t) && lastFourAsked(lineStart)) || lastFourAsked(t))
            ? lastFourOf(t)
            : 0;
    if (lastFour != 0) {
      cue = lastFour; // "And the last four?" then "six six one two": the question says whose
    }
    if (cue == C_NOT_PHI && (digitCount == 7 || digitCount == 10) && phoneLine(t)) {
      cue = C_PHONE; // "her direct line is five five five ...": a telephone line, no line item
    }
    if ((cue & C_NOT_PHI) != 0 && (cue & ~C_NOT_PHI) == 0) {
      return;
    }
    if (digitCount >= 4
        && tk.equalsIgnoreCase(t - 1, "number")
        && tk.equalsAnyIgnoreCase(t - 2, ID_HOLDERS)) {
      out.add( // "this is sergei russian interpreter number two six zero three nine"
          PhiType.ID, tk.start[t - 2], b, 0.8, "id.spoken", "an interpreter's number read aloud");
      return;
    }
    if (digitCount == 4
        && (tk.equalsIgnoreCase(t - 1, "in") || tk.equalsIgnoreCase(t - 1, "with"))
        && (tk.equalsIgnoreCase(t - 2, "ending") || tk.equalsIgnoreCase(t - 2, "ends"))
        && (cue & ~C_PHONE) == 0
        && (cue != 0 || tk.equalsAnyIgnoreCase(t - 3, PHONES))) {
      out.add( // "the one ending in four four seven one": a phone told apart by its last four
          PhiType.PHONE, a, b, 0.75, "phone.spoken", "a number's last four read aloud");
      return;
    }
    if ((cue & C_SSN) != 0 && (digitCount == 9 || digitCount == 4)) {
      out.add(
          PhiType.SSN,
          a,
          b,
          digitCount == 9 ? 0.9 : 0.75,
          "ssn.spoken",
          "digits read aloud after an SSN label");
    } else if ((cue & C_PLAN) != 0) {
      out.add(
          PhiType.HEALTH_PLAN_ID,
          a,
          b,
          0.85,
          "plan.spoken",
          "digits read aloud after a health plan label");
    } else if ((cue & C_MRN) != 0) {
      out.add(
          PhiType.MRN,
          labelled(t, C_MRN),
          b,
          0.85,
          "mrn.spoken",
          "digits read aloud after a record label");
    } else if ((cue & C_CARD) != 0 && digitCount == 4) {
      out.add(PhiType.CARD, a, b, 0.9, "card.spoken", "a card's last four read aloud");
    } else if ((cue & (C_ACCOUNT | C_ROUTING)) != 0) {
      out.add(
          PhiType.ACCOUNT,
          a,
          b,
          0.85,
          "account.spoken",
          "digits read aloud after an account label");
    } else if ((cue & (C_LICENSE | C_NPI | C_DEA)) != 0) {
      out.add(
          PhiType.LICENSE, a, b, 0.8, "license.spoken", "digits read aloud after a license label");
    } else if ((cue & C_DEVICE) != 0 && (cue & C_PHONE) == 0 && digitCount >= 8) {
      out.add(
          PhiType.DEVICE_ID,
          labelled(t, C_DEVICE),
          b,
          0.8,
          "device.spoken",
          "digits read aloud after a device label");
    } else if ((cue & C_ID) != 0) {
      out.add(PhiType.ID, personsId(t), b, 0.8, "id.spoken", "digits read aloud after an id label");
    } else if ((cue & C_ZIP) != 0 && digitCount == 5) {
      out.add(PhiType.ZIP, a, b, 0.8, "zip.spoken", "five digits read aloud after a ZIP label");
      townBeforeAZipLabel(t);
    } else if ((cue & C_PHONE) != 0 && digitCount >= 7 && digitCount <= 11) {
      out.add(PhiType.PHONE, a, b, 0.85, "phone.spoken", "digits read aloud after a phone label");
    } else if (digitCount == 10
        && tk.equalsIgnoreCase(t, "eight")
        && tk.equalsIgnoreCase(t + 1, "hundred")) {
      out.add( // "Eight hundred, five five five, oh one nine two"
          PhiType.PHONE, a, b, 0.85, "phone.spoken", "a toll-free number read aloud");
    } else if (digitCount == 11 && numberValue(t) == 1 && !countedFromOne(t)) {
      out.add( // "One, eight hundred, five five five, oh one four three"
          PhiType.PHONE, a, b, 0.85, "phone.spoken", "a long-distance number read aloud");
    } else if ((digitCount == 7 || digitCount == 10 || digitCount == 11)
        && !countedFromOne(t)
        && spokenYear(t) != last) { // "a two thousand twenty one nissan": a model year
      out.add(PhiType.PHONE, a, b, 0.6, "phone.spoken", "seven, ten or eleven digits read aloud");
    } else if (!spoken.isEmpty()) {
      out.add(PhiType.ID, a, b, 0.6, "id.spoken", "twelve digits or more read aloud");
    }
  }

  /**
   * The token after an ellipsis ("...", three full stops written together right after a word) that
   * starts at {@code k}, or {@code k} when none starts there: a speaker's pause.
   */
  private int ellipsisEnd(int k) {
    if (!tk.isPunct(k, '.')
        || !tk.joined(k)
        || !tk.isPunct(k + 1, '.')
        || !tk.joined(k + 1)
        || !tk.isPunct(k + 2, '.')
        || !tk.joined(k + 2)
        || tk.isPunct(k - 1, '.')
        || tk.joined(k + 3)) {
      return k;
    }
    return k + 3;
  }

  /** The first full stop of the ellipsis whose last is {@code k}, or {@code k}. */
  private int ellipsisStart(int k) {
    return k >= 2 && ellipsisEnd(k - 2) == k + 1 ? k - 2 : k;
  }

  /**
   * Whether the digits read aloud from {@code t} to {@code last} count or list things rather than
   * read a number: each digit its own group between commas ("eight, eight, eight, ..."), or a noun
   * after them ("... five five eight pills").
   */
  private boolean counted(int t, int last) {
    int commas = 0;
    int words = 0;
    for (int k = t; k <= last; k++) {
      commas += tk.isPunct(k, ',') ? 1 : 0;
      words += tk.wordIs(k, NUMBER_WORD) ? 1 : 0;
    }
    int next = last + 1;
    return commas >= words - 1
        || (tk.is(next, WORD)
            && !tk.newlineBefore(next)
            && !tk.wordIs(next, STOP)
            && !tk.equalsAnyIgnoreCase(next, AFTER_A_CARD));
  }

  /** What follows a card's number read aloud: "..., expires oh eight", "and the code". */
  private static final WordList AFTER_A_CARD =
      WordList.of("expires", "expiring", "exp", "and", "expiration", "security", "cvv", "then");

  /**
   * The digits read aloud from {@code t} to {@code last} ("four one four seven, two two nine oh"
   * gives "41472290"), or "" when words other than digits ("hundred", "thousand") say an amount.
   */
  private String spokenDigitsOf(int t, int last) {
    StringBuilder digits = new StringBuilder(20);
    for (int k = t; k <= last; ) {
      if (tk.equalsIgnoreCase(k, "hundred") || tk.equalsIgnoreCase(k, "thousand")) {
        return "";
      }
      k = ReadBacks.part(tk, k) ? ReadBacks.appendPart(tk, k, digits) : k + 1;
    }
    return digits.chars().allMatch(c -> c >= '0' && c <= '9') ? digits.toString() : "";
  }

  /**
   * Whether the digits read aloud from {@code t} start again, after "uh" or "um", the digits said
   * just before them and go on past them: "the ZIP is four eight one, uh, four eight one two six".
   * The first try is a false start, the second the value.
   */
  private boolean restarts(int t) {
    return falseStart(t) >= 0;
  }

  /** Where the false start that the digits read aloud from {@code t} say again begins, or -1. */
  private int falseStart(int t) {
    int p = t - 1;
    boolean filler = false;
    while (p >= 0
        && p >= t - 6
        && (tk.isPunct(p, ',')
            || tk.equalsAnyIgnoreCase(p, DIGIT_FILLERS)
            || ellipsisStart(p) < p)) {
      filler |= tk.is(p, WORD) || ellipsisStart(p) < p; // "four eight one... four eight one two"
      p = ellipsisStart(p) < p ? ellipsisStart(p) - 1 : p - 1;
    }
    if (!filler || !tk.wordIs(p, NUMBER_WORD) || tk.newlineBefore(p + 1)) {
      return -1;
    }
    int q = p;
    while (q > 0 && q > p - 12 && (tk.wordIs(q - 1, NUMBER_WORD) || tk.isPunct(q - 1, ','))) {
      q--;
    }
    int end = t;
    while (end + 1 < tk.count
        && end < t + 24
        && !tk.newlineBefore(end + 1)
        && (tk.wordIs(end + 1, NUMBER_WORD) || tk.isPunct(end + 1, ','))) {
      end++;
    }
    int from = tk.wordIs(q, NUMBER_WORD) ? q : q + 1;
    String before = spokenDigitsOf(from, p);
    String after = spokenDigitsOf(t, end);
    return !before.isEmpty() && after.length() > before.length() && after.startsWith(before)
        ? from
        : -1;
  }

  /** The label of the digits read aloud from {@code t}, or of the question they answer. */
  private int spokenCue(int t) {
    int cue = spokenLabel(t);
    return cue == 0 && answersAQuestion(t) ? askedFor(t) : cue;
    // "read me the IMEI?" then "AIDE: ok um... three five six, ..."
  }

  /**
   * Where the run of digits that the {@code digits} read aloud from {@code t} correct begins: as
   * many digits said shortly before on the same line, then a word taking them back ("six zero three
   * one. Actually no, that's the old one. Six zero eight one"); or -1.
   */
  private int correctedRun(int t, int digits) {
    boolean takenBack = false;
    for (int k = t - 1; k >= 0 && k >= t - 16 && !tk.newlineBefore(k + 1); k--) {
      if (tk.equalsAnyIgnoreCase(k, CORRECTIONS) && !tk.equalsIgnoreCase(k, "i")) {
        takenBack = true;
      } else if (takenBack
          && tk.wordIs(k, NUMBER_WORD)
          && !tk.newlineBefore(k)
          && !(tk.equalsIgnoreCase(k, "oh") && tk.equalsAnyIgnoreCase(k + 1, CORRECTIONS))) {
        // not the "Oh" of "Oh wait, I mean ..."
        int q = k;
        while (q > 0
            && q > k - 12
            && !tk.newlineBefore(q)
            && (tk.wordIs(q - 1, NUMBER_WORD) || tk.isPunct(q - 1, ','))) {
          q--;
        }
        if (!tk.wordIs(q, NUMBER_WORD)) {
          q++;
        }
        return spokenDigitsOf(q, k).length() == digits ? q : -1;
      }
    }
    return -1;
  }

  /** Whether number words from {@code t} count up from one: "one, two, three ...". */
  private boolean countedFromOne(int t) {
    int n = tk.isPunct(t + 1, ',') ? t + 2 : t + 1;
    return numberValue(n) == 2;
  }

  /**
   * "KIT TABLET HAH-TAB-2231", "home hub GW-22A-00917": a device's own id after its name, in three
   * or more dash-joined groups with letters and a group of four digits or more (no date, dose,
   * setting or model's name).
   */
  private void deviceAfterItsName(int t) {
    int k = t + 1;
    if (tk.equalsIgnoreCase(k, "id") && !tk.newlineBefore(k)) {
      k++; // "tablet ID # HAH-TAB-2231"
    }
    while (k - t < 4 && (tk.isPunct(k, '#') || tk.isPunct(k, ':'))) {
      k++;
    }
    if (k >= tk.count
        || tk.newlineBefore(k)
        || tk.is(k, PUNCT)
        || tk.length(k) > 6
        || (k == t + 1 && tk.start[k] != tk.end[t] + 1)) {
      return;
    }
    int g = lastGroup(k, 4, 6);
    if (g < k + 4 || (tk.is(g + 1, WORD) && tk.joined(g + 1))) {
      return; // three groups at least: "PCA-2", "Evo-300" are a model's names
    }
    int longest = 0;
    boolean letters = false;
    for (int i = k; i <= g; i += 2) {
      int d = digitCount(i);
      longest = Math.max(longest, d);
      letters |= d < tk.length(i);
    }
    if (longest >= 4 && letters) { // not "Norco-10-325", "BP-120-80", "SPO2-92-94"
      out.add(
          PhiType.DEVICE_ID,
          tk.start[k],
          tk.end[g],
          0.8,
          "device.named",
          "a device's id in groups after the device's name");
    }
  }

  /** Devices a home's kit holds, whose ids follow their names: "TABLET HAH-TAB-2231". */
  private static final WordList DEVICE_NAMES =
      WordList.of(
          "tablet",
          "hub",
          "gateway",
          "monitor",
          "cuff",
          "oximeter",
          "concentrator",
          "pump",
          "glucometer",
          "router",
          "modem",
          "sensor",
          "scale");

  /** Whether "line" before {@code t} is a telephone's: "her direct line is", "my cell line". */
  private boolean phoneLine(int t) {
    int k = t - 1;
    while (tk.isPunct(k, ',') || tk.isPunct(k, ':') || tk.equalsIgnoreCase(k, "is")) {
      k--;
    }
    return tk.equalsIgnoreCase(k, "line")
        && !tk.newlineBefore(k + 1)
        && tk.equalsAnyIgnoreCase(k - 1, TELEPHONE_LINES);
  }

  /** What a telephone line is said to be: "direct line", "my line", "the main line". */
  private static final WordList TELEPHONE_LINES =
      WordList.of(
          "the", // "the line is five five five ..." (a line item is not read out in ten digits)
          "that",
          "direct",
          "main",
          "phone",
          "cell",
          "home",
          "private",
          "office",
          "my",
          "her",
          "his",
          "their",
          "your",
          "our",
          "nurse",
          "nurses",
          "intake",
          "scheduling",
          "triage");

  /**
   * A value read out character by character in a transcript, as speech recognition writes it:
   * digits, digit words and single letters one space apart ("4 4 7 1 9 2 0", "555 6 0 8 22 31", "p
   * p 0 0 4 8 2 9 1 3", "k x r 4 4 1 9", "seven w r three c x six p j five two"). Four digits at
   * least, and the label it answers types it; without one only a phone's grouping (3-3-4) or a date
   * of birth's is taken. Runs of number words alone are {@link #spokenNumber}'s.
   */
  private void spacedValue(int t) {
    if (contraction(t)) {
      return; // the "s" of "It's L P N 3 0 ...": no part of the value
    }
    if (spacedPart(t - 1)
        && !contraction(t - 1)
        && !tk.newlineBefore(t)
        && tk.start[t] - tk.end[t - 1] == 1
        && !(tk.is(t, NUM) && spelledLabel(t - 1) != 0)) { // "n p i 1 9 3 3 ...": after the label
      return; // not the start of the run
    }
    if (commaBetweenGroups(t - 1)) {
      return; // "5 5 5, 2 0 1, ...": the run started before the comma
    }
    int digits = 0;
    int numbers = 0;
    boolean commas = false;
    int letters = 0;
    int last = -1;
    for (int k = t; k < tk.count && k < t + 40 && spacedPart(k); k++) {
      if (k > t && (tk.newlineBefore(k) || tk.start[k] - tk.end[k - 1] != 1)) {
        break;
      }
      if (k > t
          && tk.equalsIgnoreCase(k + 1, "dash")
          && tk.is(k + 2, NUM)
          && tk.length(k + 2) == 1
          && !tk.newlineBefore(k + 2)) {
        digits += tk.is(k, NUM) ? tk.length(k) : 1; // "2 0 2 6 0 4 0 8 dash 5 5 1 7"
        numbers += tk.is(k, NUM) ? 1 : 0;
        k++;
        continue;
      }
      if (tk.is(k, NUM)) {
        digits += tk.length(k);
        numbers++;
      } else if (tk.length(k) == 1 && !tk.wordIs(k, NUMBER_WORD)) {
        letters++;
      } else {
        digits++;
      }
      last = k;
      if (letters == 0 && commaBetweenGroups(k + 1)) {
        k++; // "call us at 5 5 5, 2 0 1, 4 4 7 8"
        commas = true;
      }
    }
    boolean endsItsLine =
        last + 1 >= tk.count
            || tk.newlineBefore(last + 1)
            || (tk.is(last + 1, PUNCT) && tk.joined(last + 1));
    while (last > t && tk.is(last, WORD) && tk.length(last) == 1 && !endsItsLine) {
      last--; // a letter after the value starts the next words ("... 4 1 9 i took"), unless
      letters--; // nothing follows it there ("t b 4 7 7 2 0 q.")
    }
    if (last < t + 2
        || digits < 4
        || numbers + letters == 0
        || (commas && digits != 7 && digits != 9 && digits != 10 && digits != 11)) {
      return; // "CLIENT: 1 2 0, 8 0": readings in groups, not a number's groups
    }
    int a = tk.start[t];
    int b = tk.end[last];
    if (digits >= 5 && spokenCaseLabel(t)) {
      out.add(PhiType.ID, a, b, 0.8, "id.spaced", "a reference's or a case's number read out");
      return; // "your reference number is 2 0 2 6 ...", "the call reference is C 2 6 0 5 ..."
    }
    int cue = spokenLabel(t);
    if (numbers == 3 && letters == 0 && last == t + 2 && afterBirth(t) && dateGroups(t)) {
      out.add(PhiType.DATE, a, b, 0.85, "date.spaced", "a date of birth read out");
    } else if ((cue & ~(C_DATE | C_IP)) == 0) { // no label, or "from", "on" before it
      if (last == t + 2 && phoneGroups(t) && cue == 0) {
        out.add(PhiType.PHONE, a, b, 0.6, "phone.spaced", "a phone number's groups read out");
      } else if (numbers == 10
          && digits == 10
          && letters == 0
          && northAmericanDigits(t)
          && callBackAt(t - 1)) {
        out.add(PhiType.PHONE, a, b, 0.8, "phone.spaced", "ten digits read out one by one");
      }
    } else if ((cue & C_NOT_PHI) != 0 && (cue & ~C_NOT_PHI) == 0) {
      return;
    } else if ((cue & C_SSN) != 0 && (digits == 9 || digits == 4)) {
      out.add(PhiType.SSN, a, b, 0.85, "ssn.spaced", "an SSN read out");
    } else if ((cue & C_PLAN) != 0) {
      out.add(PhiType.HEALTH_PLAN_ID, a, b, 0.85, "plan.spaced", "a health plan id read out");
    } else if ((cue & C_MRN) != 0) {
      out.add(PhiType.MRN, labelled(t, C_MRN), b, 0.85, "mrn.spaced", "a record number read out");
    } else if ((cue & C_CARD) != 0 && digits == 4 && letters == 0) {
      out.add(PhiType.CARD, a, b, 0.9, "card.spaced", "a card's last four read out");
    } else if ((cue & (C_ACCOUNT | C_ROUTING)) != 0) {
      out.add(PhiType.ACCOUNT, a, b, 0.85, "account.spaced", "an account number read out");
    } else if ((cue & (C_VEHICLE | C_VIN)) != 0) {
      out.add(PhiType.VEHICLE_ID, a, b, 0.8, "plate.spaced", "a plate or a VIN read out");
    } else if ((cue & C_DEVICE) != 0 && digits >= 6 && serialSaid(t)) {
      out.add(PhiType.DEVICE_ID, a, b, 0.8, "device.spaced", "a device's serial read out");
    } else if ((cue & (C_LICENSE | C_NPI | C_DEA)) != 0) {
      out.add(PhiType.LICENSE, a, b, 0.8, "license.spaced", "a license number read out");
    } else if ((cue & C_ID) != 0) {
      out.add(PhiType.ID, personsId(t), b, 0.8, "id.spaced", "an id read out");
    } else if ((cue & C_PHONE) != 0 && digits >= 7 && digits <= 11 && letters == 0) {
      out.add(PhiType.PHONE, a, b, 0.85, "phone.spaced", "a phone number read out");
    } else if ((cue & C_PHONE) != 0) {
      out.add(PhiType.ID, a, b, 0.7, "id.spaced", "a number read out"); // "the number is 2 0 4"
    }
  }

  /**
   * Whether the ten one-digit numbers from {@code t} can be a North American phone number: its area
   * code and exchange start with 2 to 9 ("4 1 5 5 5 5 0 1 3 8"), as a row of scores seldom does ("0
   * 1 2 3 1 0 ...").
   */
  private boolean northAmericanDigits(int t) {
    int fourth = commaBetweenGroups(t + 3) ? t + 4 : t + 3;
    return s.charAt(tk.start[t]) >= '2' && s.charAt(tk.start[fourth]) >= '2';
  }

  /**
   * Whether the comma or spaced dash at {@code k} parts the groups of digits read out one by one
   * ("5 5 5, 2 0 1, 4 4 7 8"): two to four single digits before it, one after it.
   */
  private boolean commaBetweenGroups(int k) {
    boolean comma = tk.isPunct(k, ',') && tk.joined(k);
    boolean dash = // "3 0 0 5 - 6 7 1 2 - 0 9"
        (tk.isPunct(k, '-') || tk.isPunct(k, '\u2013'))
            && k > 0
            && tk.start[k] - tk.end[k - 1] == 1;
    if (!(comma || dash)
        || !tk.is(k + 1, NUM)
        || tk.length(k + 1) != 1
        || tk.start[k + 1] - tk.end[k] != 1
        || tk.newlineBefore(k + 1)) {
      return false;
    }
    int group = 0;
    for (int j = k - 1; j >= 0 && group < 5 && tk.is(j, NUM) && tk.length(j) == 1; j--) {
      group++;
      if (j == 0
          || tk.newlineBefore(j)
          || (!tk.isPunct(j - 1, ',')
              && !tk.isPunct(j - 1, '-')
              && !tk.isPunct(j - 1, '\u2013')
              && tk.start[j] - tk.end[j - 1] != 1)) {
        break;
      }
    }
    return group >= 2 && group <= 4;
  }

  /**
   * Whether word {@code k} asks to be called at the number after it: "call", "reach", "dial",
   * "number", "me at", "back at", "voicemail from", "number is"; not "scores from" or "is" alone.
   */
  private boolean callBackAt(int k) {
    if (tk.equalsAnyIgnoreCase(k, CALL_ME)) {
      return true;
    }
    if (tk.equalsIgnoreCase(k, "at")) {
      return tk.equalsAnyIgnoreCase(k - 1, CALLED_BACK);
    }
    if (tk.equalsIgnoreCase(k, "from")) {
      return tk.equalsAnyIgnoreCase(k - 1, MESSAGES);
    }
    return tk.equalsIgnoreCase(k, "is") && tk.equalsAnyIgnoreCase(k - 1, CALL_ME);
  }

  private static final WordList CALL_ME =
      WordList.of("call", "callback", "reach", "dial", "text", "number", "cell", "phone", "mobile");

  private static final WordList CALLED_BACK = WordList.of("me", "back", "us", "her", "him", "them");

  private static final WordList MESSAGES =
      WordList.of("voicemail", "message", "call", "text", "missed", "caller");

  /**
   * A code spelled out on a call, letters and digits one by one or in short groups, commas between
   * them as transcripts write them: "W as in William, Q, seven seven four, oh two, nine one eight",
   * "one E G four, T E five, M K seven three", "C as in cat, W, 4, 4, 7, 1, 0, 9, 2". Seven
   * characters at least, three digits and a capital letter among them. Typed by the label asked for
   * on this line or the line before ("Member ID?", "his Medicaid number?"); without one, a Medicare
   * number by its shape, else an id.
   */
  private void spelledValue(int t) {
    int p = t - 1;
    while (p >= 0 && (tk.isPunct(p, ',') || tk.isPunct(p, '-'))) {
      p--;
    }
    if (p >= 0 && !tk.newlineBefore(p + 1) && (spelledPart(p) || asInWord(p - 2))) {
      return; // not the start of the run
    }
    int letters = 0;
    int digits = 0;
    int separators = 0;
    int groups = 0; // numbers of more than one digit
    int said = 0; // digit words and "as in": what only speech writes
    int last = -1;
    int eleventh = -1; // the token that ends the eleventh character: a Medicare number's length
    long shape = 0; // one bit a character, set for a letter, in the order spelled
    for (int k = t; k < tk.count && k < t + 60; ) {
      if (k > t && tk.newlineBefore(k)) {
        break;
      }
      int before = letters + digits;
      if (tk.is(k, NUM) && tk.length(k) <= 4) {
        digits += tk.length(k);
        groups += tk.length(k) > 1 ? 1 : 0;
      } else if (tk.is(k, WORD) && spokenDigit(k)) {
        digits++;
        said++;
      } else if (spelledLetter(k)) {
        letters++;
        shape |= before < 64 ? 1L << before : 0;
      } else {
        break;
      }
      if (before < 11 && letters + digits >= 11) {
        eleventh = letters + digits == 11 ? k : -2;
      }
      last = k;
      int n = k + 1;
      if (tk.isPunct(n, '-')
          && tk.joined(n)
          && tk.joined(n + 1)
          && spelledLetter(k)
          && spelledLetter(n + 1)) {
        n++; // "E-V-G two two seven": letters joined by hyphens
      }
      int as = tk.isPunct(n, ',') ? n + 1 : n;
      if (spelledLetter(k) && asInWord(as)) {
        n = as + 3; // "W as in William", "C, as in cat"
        said++;
      }
      if (tk.isPunct(n, ',') || (tk.isPunct(n, '-') && !tk.joined(n))) {
        separators++;
        n++;
      }
      k = n;
    }
    if (last < 0 || letters == 0 || digits < 3 || letters + digits < 6 || letters + digits > 24) {
      return;
    }
    if (said == 0 && (separators < 2 || groups > 0 || !answersAQuestion(t))) {
      return; // "4 T W 7": spacedValue's; "Answer key: B, D, A, 1, 2": a list, asked for by no one
    }
    if (askedForSomethingElse(t)) {
      return; // "What's the part number?", "the order number?": a thing's code, not a person's
    }
    int cue = askedFor(t) & ~C_CARD; // "the red, white and blue card": a Medicare card
    if (letters + digits < 7 && (cue == 0 || said < 3 || letters < 2)) {
      return; // "E-V-G two two seven" is an account's when asked for one, with its digits said
    }
    boolean medicare = eleventh >= 0 && (shape & MEDICARE_FIXED) == MEDICARE_LETTERS;
    if (((cue & C_PLAN) != 0 || cue == 0) && medicare) {
      last = eleventh; // "... M K seven three, four four one two is my social": the SSN's apart
    }
    PhiType type =
        cue != 0
            ? identifierOfCue(cue)
            : medicare ? PhiType.HEALTH_PLAN_ID : askedForANumber(t) ? PhiType.ID : null;
    if (type != null) {
      int label =
          type == PhiType.DEVICE_ID
              ? labelled(t, C_DEVICE)
              : type == PhiType.MRN
                  ? labelled(t, C_MRN)
                  : type == PhiType.ID ? personsId(t) : tk.start[t];
      out.add(
          type,
          label,
          tk.end[last],
          type == PhiType.ID ? 0.8 : 0.9,
          "spelled." + type.name().toLowerCase(java.util.Locale.ROOT),
          "a code spelled out on a call, under the label asked for");
    }
  }

  /**
   * Where the value read out at token {@code t} starts with the label written right before it, as
   * written identifiers keep theirs ("MR five five oh ...", "client ID three oh ...", "serial
   * number W K V ..."): up to three label words, one of them of {@code cue}'s kind; else {@code
   * t}'s start. Not over "is" ("the MRN is ..."): the label is then a sentence's, not the value's.
   */
  private int labelled(int t, int cue) {
    int first = t;
    boolean own = false;
    for (int k = t - 1; k >= 0 && k >= t - 3 && tk.is(k, WORD) && !tk.newlineBefore(k + 1); k--) {
      if ((tk.cue[k] & cue) == 0 && !isGenericLabel(k)) {
        break;
      }
      own |= (tk.cue[k] & cue) != 0;
      first = k;
    }
    return own ? tk.start[first] : tk.start[t];
  }

  /**
   * Where an id read out at token {@code t} starts: with "client ID", "employee ID" before it, as
   * written ids keep theirs; after "ID" alone, an authorization's or a badge's label, at {@code t}.
   */
  private int personsId(int t) {
    return tk.equalsIgnoreCase(t - 1, "id")
            && (tk.wordIs(t - 2, ROLE) || tk.equalsAnyIgnoreCase(t - 2, ID_HOLDERS))
            && !tk.newlineBefore(t - 1)
            && !tk.newlineBefore(t)
        ? tk.start[t - 2]
        : tk.start[t];
  }

  /** People a call names by a number of their own: "interpreter id 44712", "interpreter number". */
  private static final WordList ID_HOLDERS = WordList.of("interpreter", "translator");

  /**
   * The identifier a label's cues name: a health plan's, a record's, an account's, a vehicle's, a
   * licence's, a device's or a person's id; null for any other cue (a phone, a card, an SSN).
   */
  private static @Nullable PhiType identifierOfCue(int cue) {
    if ((cue & C_PLAN) != 0) {
      return PhiType.HEALTH_PLAN_ID;
    } else if ((cue & C_MRN) != 0) {
      return PhiType.MRN;
    } else if ((cue & (C_ACCOUNT | C_ROUTING)) != 0) {
      return PhiType.ACCOUNT;
    } else if ((cue & (C_VEHICLE | C_VIN)) != 0) {
      return PhiType.VEHICLE_ID;
    } else if ((cue & (C_LICENSE | C_NPI | C_DEA)) != 0) {
      return PhiType.LICENSE;
    } else if ((cue & C_DEVICE) != 0) {
      return PhiType.DEVICE_ID;
    }
    return (cue & C_ID) != 0 ? PhiType.ID : null;
  }

  /** Whether the question before {@code t} asks for some number: "the accession number?". */
  private boolean askedForANumber(int t) {
    int lines = 0;
    for (int k = t - 1; k >= 0 && k >= t - 40; k--) {
      if (tk.newlineBefore(k + 1) && ++lines > 1) {
        return false;
      }
      if (tk.equalsIgnoreCase(k, "number") || tk.equalsIgnoreCase(k, "id")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where a Medicare number's letters stand among its eleven characters (bit i for character i):
   * the second, fifth, eighth and ninth ("1EG4-TE5-MK73"); the third and sixth may be either, so
   * {@link #MEDICARE_FIXED} leaves them out.
   */
  private static final long MEDICARE_LETTERS = 1L << 1 | 1L << 4 | 1L << 7 | 1L << 8;

  private static final long MEDICARE_FIXED = 0x7ffL & ~(1L << 2 | 1L << 5);

  /**
   * Whether the question before {@code t} asks for a thing's code: a part, a model, an order, a
   * lot, a promo code, a password.
   */
  private boolean askedForSomethingElse(int t) {
    int lines = 0;
    for (int k = t - 1; k >= 0 && k >= t - 40; k--) {
      if (tk.newlineBefore(k + 1) && ++lines > 1) {
        return false;
      }
      if (tk.equalsAnyIgnoreCase(k, THINGS_CODES)) {
        return true;
      }
      if ((tk.cue[k] & IDENTIFIER_CUES) != 0 && !isGenericLabel(k)) {
        return false;
      }
    }
    return false;
  }

  private static final WordList THINGS_CODES =
      WordList.of(
          "part",
          "sku",
          "model",
          "order",
          "lot",
          "promo",
          "coupon",
          "password",
          "passcode",
          "wifi",
          "tracking",
          "invoice",
          "ticket",
          "product",
          "item",
          "catalog");

  /**
   * A capital letter standing alone, as a code's letter is spelled: "W", "T", not "a"; in a line
   * typed in lower case, a letter other than "a" and "i" ("one e g four").
   */
  private boolean spelledLetter(int k) {
    if (!tk.is(k, WORD) || tk.length(k) != 1) {
      return false;
    }
    char c = s.charAt(tk.start[k]);
    if (Character.isLowerCase(c)) {
      return lowerCaseLine(k) && ((c != 'a' && c != 'i') || insideASpelling(k));
    }
    return Character.isUpperCase(c)
        && !(tk.equalsIgnoreCase(k, "i") && tk.is(k + 1, WORD) && !tk.isPunct(k + 1, ','));
  }

  /**
   * Whether the lower-case "a" or "i" at {@code k} stands between a spelled letter or digit and
   * another ("... four n a zero one ..."), where it is a letter of the code, not a word.
   */
  private boolean insideASpelling(int k) {
    return ((tk.is(k - 1, WORD) && tk.length(k - 1) == 1) || spokenDigitWord(k - 1))
        && ((tk.is(k + 1, WORD) && tk.length(k + 1) == 1) || spokenDigitWord(k + 1))
        && !tk.newlineBefore(k)
        && !tk.newlineBefore(k + 1);
  }

  /** Whether token {@code k} is a digit said as a word: "oh", "zero" to "nine". */
  private boolean spokenDigitWord(int k) {
    return tk.is(k, WORD) && spokenDigit(k);
  }

  /** A letter, a digit word or a short number: a spelled code's part. */
  private boolean spelledPart(int k) {
    return spelledLetter(k)
        || (tk.is(k, NUM) && tk.length(k) <= 4)
        || (tk.is(k, WORD) && spokenDigit(k));
  }

  /** Whether "as in" and a word follow at {@code k}: "W as in William". */
  private boolean asInWord(int k) {
    return k >= 0
        && tk.equalsIgnoreCase(k, "as")
        && tk.equalsIgnoreCase(k + 1, "in")
        && tk.is(k + 2, WORD)
        && !tk.newlineBefore(k + 2);
  }

  /**
   * The cues of the identifier's label asked for before {@code t}: the nearest such cue word on its
   * line, else on the line before ("REP: Member ID?" then "BILLER: W as in William, ..."); 0 when
   * none. A speaker's label ("CASE MGR:") and words such as "on" or "number" say nothing.
   */
  private int askedFor(int t) {
    int lines = 0;
    for (int k = t - 1; k >= 0 && k >= t - 40; k--) {
      if (tk.newlineBefore(k + 1) && ++lines > 1) {
        return 0;
      }
      int cue = tk.cue[k] & IDENTIFIER_CUES;
      if (inCase(k)) {
        continue;
      }
      if (cue != 0
          && tk.is(k, WORD)
          && !speakerLabel(k)
          && !tk.equalsAnyIgnoreCase(k + 1, NOT_WHOSE)) { // not "social worker", "card game"
        // "member ID", "Medicare card", "INSURANCE CARD NUMBER": the word before says whose
        return k > 0
                && tk.is(k - 1, WORD)
                && !tk.newlineBefore(k)
                && !tk.equalsAnyIgnoreCase(k, NOT_WHOSE)
            ? cue | (tk.cue[k - 1] & IDENTIFIER_CUES)
            : cue;
      }
    }
    return 0;
  }

  /**
   * Whether "the last four?" is asked just before token {@code t}: the answer's line, or the answer
   * itself ("Just the last four? Six six one two.").
   */
  private boolean lastFourAsked(int t) {
    int k = t - 1;
    return tk.isPunct(k, '?')
        && tk.equalsIgnoreCase(k - 1, "four")
        && tk.equalsIgnoreCase(k - 2, "last");
  }

  /**
   * What "the last four" asked before {@code t} are of: the social or the card named most recently
   * in the 300 tokens before; 0 when neither is.
   */
  private int lastFourOf(int t) {
    for (int k = t - 1; k >= 0 && k >= t - 300; k--) {
      int cue = tk.cue[k] & (C_SSN | C_CARD);
      if (cue != 0 && !tk.equalsAnyIgnoreCase(k + 1, NOT_WHOSE)) {
        return cue;
      }
    }
    return 0;
  }

  /** What "social" or "card" are said of when no number is theirs: "social worker", "card game". */
  private static final WordList NOT_WHOSE =
      WordList.of(
          "worker",
          "workers",
          "work",
          "services",
          "service",
          "media",
          "history",
          "game",
          "games",
          "club",
          "table",
          "tables",
          "hour");

  /** Whether word {@code k} is the "case" of "in case": "a callback number in case they need". */
  private boolean inCase(int k) {
    return tk.equalsIgnoreCase(k, "case") && tk.equalsIgnoreCase(k - 1, "in");
  }

  private static final int IDENTIFIER_CUES =
      C_PLAN | C_MRN | C_ACCOUNT | C_ROUTING | C_VEHICLE | C_VIN | C_LICENSE | C_NPI | C_DEA | C_ID
          | C_SSN | C_CARD | C_DEVICE;

  /** Whether the line before {@code t}'s ends in a question: "REP: Member ID?". */
  private boolean answersAQuestion(int t) {
    int k = t >= lineStart ? lineStart - 1 : t - 1; // the current token's line starts at lineStart
    while (k >= 0 && !tk.newlineBefore(k + 1)) {
      k--;
    }
    return k >= 0 && tk.isPunct(k, '?');
  }

  /** Whether word {@code k} is part of a speaker's label opening its line: "CASE MGR:". */
  private boolean speakerLabel(int k) {
    int colon = k + 1;
    while (colon < tk.count && colon <= k + 2 && tk.is(colon, WORD)) {
      colon++;
    }
    if (!tk.isPunct(colon, ':')) {
      return false;
    }
    for (int j = k; j > k - 3 && j >= 0; j--) {
      if (j == 0 || tk.newlineBefore(j)) {
        return tk.is(colon + 1, WORD) && !tk.newlineBefore(colon + 1);
      }
    }
    return false;
  }

  /** A digit group of four at most, a digit word, or a single letter. */
  private boolean spacedPart(int k) {
    if (k < 0 || k >= tk.count) {
      return false;
    }
    if (tk.is(k, NUM)) {
      return tk.length(k) <= 4;
    }
    return tk.is(k, WORD) && (tk.length(k) == 1 || (tk.wordIs(k, NUMBER_WORD) && spokenDigit(k)));
  }

  /** "oh", "zero" to "nine": one digit. */
  private boolean spokenDigit(int k) {
    int value = numberValue(k);
    return value >= 0 && value <= 9;
  }

  /** Three numbers of 1-2, 1-2 and 2 or 4 digits: month, day and year. */
  private boolean dateGroups(int t) {
    return tk.length(t) <= 2
        && tk.length(t + 1) <= 2
        && (tk.length(t + 2) == 2 || tk.length(t + 2) == 4)
        && ((month(tk.intValue(t)) && day(tk.intValue(t + 1)))
            || (day(tk.intValue(t)) && month(tk.intValue(t + 1))));
  }

  /** Three numbers grouped as a phone's: 3-3-4. */
  private boolean phoneGroups(int t) {
    return tk.is(t, NUM)
        && tk.is(t + 1, NUM)
        && tk.is(t + 2, NUM)
        && tk.length(t) == 3
        && tk.length(t + 1) == 3
        && tk.length(t + 2) == 4;
  }

  /** How many digits a number word stands for: "five" 1, "forty" 2, "hundred" 2; 0 for "double". */
  private int spokenDigits(int k) {
    if (tk.equalsIgnoreCase(k, "double") || tk.equalsIgnoreCase(k, "triple")) {
      return 0;
    }
    if (tk.equalsIgnoreCase(k, "hundred")) {
      return 2;
    }
    if (tk.equalsIgnoreCase(k, "thousand")) {
      return 3;
    }
    // "forty-two": the unit after a hyphen fills the tens' second digit.
    if (tk.isPunct(k - 1, '-')
        && tk.joined(k)
        && tk.wordIs(k - 2, NUMBER_WORD)
        && tk.length(k - 2) >= 5
        && endsWithTy(k - 2)) {
      return 0;
    }
    return endsWithTy(k)
            || endsWithTeen(k)
            || tk.equalsIgnoreCase(k, "ten")
            || tk.equalsIgnoreCase(k, "eleven")
            || tk.equalsIgnoreCase(k, "twelve")
        ? 2
        : 1;
  }

  /**
   * Whether word {@code k} is shaped as the given names no list holds often are and as nursing
   * shorthand is not: it ends in a vowel, is two-fifths vowels, and has no three consonants in a
   * row ("DAPO", "TEMI", "TUNDE"; not "REQS", "NTFD", "HCPOA", "EDUC").
   */
  private boolean nameShaped(int k) {
    int a = tk.start[k];
    int e = tk.end[k];
    int vowels = 0;
    int run = 0;
    for (int i = a; i < e; i++) {
      boolean vowel = "aeiou".indexOf(WordTable.lower(s.charAt(i))) >= 0;
      vowels += vowel ? 1 : 0;
      run = vowel ? 0 : run + 1;
      if (run >= 3 || (run == 2 && i == a + 1 && !onset(a))) {
        return false; // "DPOA", "MPOA": no name opens on these two consonants
      }
    }
    return "aeiounlrys".indexOf(WordTable.lower(s.charAt(e - 1))) >= 0
        && vowels * 3 >= e - a
        && !tk.equalsAnyIgnoreCase(k, NOT_RELATIVES);
  }

  /**
   * Whether the two consonants opening the word at {@code a} may open a name ("BRIANA", "CHIDI").
   */
  private boolean onset(int a) {
    char x = WordTable.lower(s.charAt(a));
    char y = WordTable.lower(s.charAt(a + 1));
    return y == 'h' || y == 'r' || y == 'l' || y == 'w' || (x == 's' && "tkmnp".indexOf(y) >= 0);
  }

  /** Shorthand shaped as a name: "DAUGHTER HIPAA FORM", "FRIEND RIDESHARE TO APPT". */
  private static final WordList NOT_RELATIVES =
      WordList.of("hipaa", "rideshare", "unavail", "avail", "als");

  /** Whether word {@code k} ends as a verb's form does: "-ED", "-ING", or an apostrophe's "I'M". */
  private boolean verbEnding(int k) {
    int e = tk.end[k];
    for (int i = tk.start[k]; i < e; i++) {
      if (s.charAt(i) == '\'' || s.charAt(i) == '\u2019') {
        return true;
      }
    }
    return tk.length(k) >= 5 && (endsWithIgnoreCase(k, "ed") || endsWithIgnoreCase(k, "ing"));
  }

  /** Whether word {@code k} ends with {@code lower}, in any case. */
  private boolean endsWithIgnoreCase(int k, String lower) {
    int e = tk.end[k];
    int n = lower.length();
    if (tk.length(k) < n) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (WordTable.lower(s.charAt(e - n + i)) != lower.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private boolean endsWithTy(int k) {
    int e = tk.end[k];
    return tk.length(k) >= 5
        && WordTable.lower(s.charAt(e - 2)) == 't'
        && WordTable.lower(s.charAt(e - 1)) == 'y';
  }

  private boolean endsWithTeen(int k) {
    int e = tk.end[k];
    return tk.length(k) >= 7
        && WordTable.lower(s.charAt(e - 4)) == 't'
        && WordTable.lower(s.charAt(e - 1)) == 'n'
        && WordTable.lower(s.charAt(e - 2)) == 'e';
  }

  /**
   * The cues of the label a spoken value answers, within six words before it ("my social is", "the
   * Medicare number is, hold on,"): a generic word ("number", "id") takes the cues of the word
   * before it.
   */
  private int spokenLabel(int t) {
    int words = 0;
    // An answer after a speaker's label ("CALLER:") may take its label from the question.
    boolean answer =
        (tk.isPunct(t - 1, ':') && tk.is(t - 2, WORD))
            || (!tk.equalsIgnoreCase(t - 1, "is") && itIs(t - 1)); // "license number? It's L P N"
    boolean stamped = answer && t >= lineStart && t - 2 > lineStart;
    for (int k = lineStart; stamped && k < t - 2; k++) {
      stamped = tk.is(k, NUM) || tk.is(k, PUNCT);
    }
    for (int k = t - 1; k >= 0 && k >= t - 40 && words < 8; k--) {
      if (tk.is(k, PUNCT)) {
        if (tk.isPunct(k, '.') || tk.isPunct(k, '?') || tk.isPunct(k, ';')) {
          if (!answer || (k < t - 4 && !(tk.newlineBefore(k + 1) && t >= lineStart))) {
            return 0; // an answer's label may be on the line before, after a stamp on its own
          }
        }
        continue;
      }
      if (stamped && k >= lineStart && k < t - 2) {
        continue; // "(03:33) Caller: Five five five, ...": the stamp before the speaker
      }
      if (tk.cue[k] != 0
          && !tk.equalsIgnoreCase(k, "on") // "number on the statement is", "hold on"
          && !(tk.equalsIgnoreCase(k, "no") // "Actually no, six ...", "no sorry, four ..."
              && (tk.isPunct(k + 1, ',') || tk.equalsAnyIgnoreCase(k + 1, CORRECTIONS)))
          && !inCase(k)
          && !onTheCard(k)) {
        if (isGenericLabel(k) && k > 0 && tk.cue[k - 1] != 0 && !isGenericLabel(k - 1)) {
          return tk.cue[k - 1] == C_CARD && k > 1 ? C_CARD | tk.cue[k - 2] : tk.cue[k - 1];
          // "Medicaid card number": the plan's card
        }
        if (isGenericLabel(k) && k > 1 && tk.isPunct(k - 1, '\'') && tk.cue[k - 2] != 0) {
          return tk.cue[k - 2];
        }
        return tk.cue[k];
      }
      if (tk.is(k, NUM)) {
        return 0;
      }
      int spelled = spelledLabel(k);
      if (spelled != 0) {
        return spelled;
      }
      if (!tk.equalsAnyIgnoreCase(k, FILLERS)
          && !(tk.equalsIgnoreCase(k, "hold") && tk.equalsIgnoreCase(k + 1, "on"))) {
        words++; // "is on the card, it's, hold on, 6 2 0 ...": a pause says nothing
      }
    }
    return 0;
  }

  /**
   * Whether word {@code k} is the card a number is read from ("his Medicaid number is on the card,
   * it's ..."), where it is said to be, not what it is.
   */
  private boolean onTheCard(int k) {
    return tk.equalsIgnoreCase(k, "card")
        && tk.isPunct(k + 1, ',') // not "on the card ending in four four one seven"
        && tk.equalsIgnoreCase(k - 1, "the")
        && (tk.equalsIgnoreCase(k - 2, "on") || tk.equalsIgnoreCase(k - 2, "from"));
  }

  /** The cue of a label spelled letter by letter ending at {@code k}: "his M R N is", "s s n". */
  private int spelledLabel(int k) {
    if (k < 2 || tk.length(k) != 1 || tk.length(k - 1) != 1 || tk.length(k - 2) != 1) {
      return 0;
    }
    if (tk.equalsIgnoreCase(k - 2, "m") && tk.equalsIgnoreCase(k - 1, "r")) {
      return tk.equalsIgnoreCase(k, "n") ? C_MRN : 0;
    }
    if (tk.equalsIgnoreCase(k - 2, "s") && tk.equalsIgnoreCase(k - 1, "s")) {
      return tk.equalsIgnoreCase(k, "n") ? C_SSN : 0;
    }
    return tk.equalsIgnoreCase(k - 2, "n")
            && tk.equalsIgnoreCase(k - 1, "p")
            && tk.equalsIgnoreCase(k, "i")
        ? C_NPI
        : 0;
  }

  /**
   * The first of the letters read out before the digits at {@code t}, an office's prefix ("C dash
   * two four ...", "P-R-four-four ...", "T-R two six ...", "BOL four four ..."), or {@code t} when
   * none: single capitals (not the words "I" and "A" standing alone) and groups of two or three
   * capitals that are no word.
   */
  private int officeLetters(int t) {
    int first = t;
    int letters = 0;
    for (int k = t - 1; k >= 0 && k >= t - 8 && !tk.newlineBefore(k + 1); k--) {
      if (tk.isPunct(k, '-') || tk.equalsIgnoreCase(k, "dash") || (tk.isPunct(k, ',') && k > 0)) {
        continue;
      }
      boolean hyphened =
          (tk.isPunct(k + 1, '-') && tk.joined(k + 1)) || (tk.isPunct(k - 1, '-') && tk.joined(k));
      if (!tk.is(k, WORD)
          || !Character.isUpperCase(s.charAt(tk.start[k]))
          || (tk.length(k) > 1 && !caps(k))
          || tk.length(k) > 3
          || letters + tk.length(k) > 4
          || (tk.length(k) == 1
              && (tk.equalsIgnoreCase(k, "i") || tk.equalsIgnoreCase(k, "a"))
              && !hyphened)
          || (tk.length(k) > 1 && (tk.wordIs(k, STOP) || tk.wordIs(k, COMMON)))) {
        break;
      }
      letters += tk.length(k);
      first = k;
    }
    while (first < t && !tk.is(first, WORD)) {
      first++;
    }
    return first;
  }

  /**
   * Whether an order's, a ticket's or a shipment's number is said before {@code t}: "the order
   * number on our end is", "the bill of lading is", "your ticket number is, um,". Told to a caller,
   * such a number finds the caller's own matter.
   */
  private boolean orderLabelBefore(int t) {
    for (int k = t - 1; k >= 1 && k >= t - 8 && !tk.newlineBefore(k + 1); k--) {
      if (tk.isPunct(k, '.') || tk.isPunct(k, '?') || tk.isPunct(k, ';')) {
        return false;
      }
      if (tk.equalsAnyIgnoreCase(k, ORDER_LABELS)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the number at {@code t} answers for a call's own reference ("Can I get a call reference
   * number?"), which a payer's desk gives to number the call, not anyone's matter.
   */
  private boolean callReference(int t) {
    for (int k = t - 1; k >= 1 && k >= t - 14; k--) {
      if (tk.equalsIgnoreCase(k, "reference") && tk.equalsIgnoreCase(k - 1, "call")) {
        return true;
      }
    }
    return false;
  }

  private static final WordList ORDER_LABELS =
      WordList.of("order", "ticket", "lading", "invoice", "locator", "tracking", "authorization");

  /**
   * Whether the digits read aloud at {@code t} answer a case's, a report's or an intake's number:
   * "the report number is two five dash ...", "case number two six dash ...", "intake number is
   * ...", "incident number ...", in the same sentence or in the question on the line before.
   */
  private boolean spokenCaseLabel(int t) {
    if (tk.equalsAnyIgnoreCase(t - 1, REFERENCES) || tk.equalsAnyIgnoreCase(t - 1, CASE_LABELS)) {
      return !tk.newlineBefore(t); // "CONFIRMATION T 8 8 2 0 6 7", "TRIP 5 5 1 9 0 7 2"
    }
    boolean answer = answersAQuestion(t); // "REP: And the report number?" then "CALLER: two five"
    int lines = 0;
    for (int k = t - 1; k >= 1 && k >= t - (answer ? 10 : 5); k--) {
      if (tk.newlineBefore(k + 1) && (!answer || ++lines > 1)) {
        return false;
      }
      if (tk.isPunct(k, '.') || tk.isPunct(k, ';') || (tk.isPunct(k, '?') && !answer)) {
        return false;
      }
      if (tk.equalsIgnoreCase(k, "number") || tk.equalsIgnoreCase(k, "no")) {
        return tk.equalsAnyIgnoreCase(k - 1, CASE_LABELS)
            || tk.equalsAnyIgnoreCase(k - 1, WEAK_CASE_LABELS)
            || tk.equalsAnyIgnoreCase(k - 1, REFERENCES);
      }
      if (k == t - 2 && tk.equalsIgnoreCase(k + 1, "is") && tk.equalsAnyIgnoreCase(k, REFERENCES)) {
        return true; // "the call reference is C 2 6 0 ..."
      }
    }
    return false;
  }

  /**
   * Whether a serial's label comes right before {@code t}: "SN", "serial number", "the serial is";
   * not "serial 7s" or "serial troponins", a test repeated.
   */
  private boolean serialSaid(int t) {
    return tk.equalsAnyIgnoreCase(t - 1, SERIALS)
        || ((tk.equalsIgnoreCase(t - 1, "number") || tk.equalsIgnoreCase(t - 1, "is"))
            && tk.equalsIgnoreCase(t - 2, "serial"));
  }

  private static final WordList SERIALS = WordList.of("sn", "imei", "esn", "meid");

  /** What a call's own number is called: "the call reference is ...". */
  private static final WordList REFERENCES = WordList.of("reference", "ref", "confirmation");

  /** ", Brockton, oh two three oh one": five digits read aloud after a known place. */
  private boolean afterPlace(int t) {
    return (tk.isPunct(t - 1, ',') && tk.wordIs(t - 2, PLACE) && capital(t - 2))
        || afterAStreetsTown(t);
  }

  /**
   * "Brookside Drive now, in Oak Hollow, four four two one oh": a town's capitalized words and a
   * comma before {@code t}, a street's suffix just before the town.
   */
  private boolean afterAStreetsTown(int t) {
    if (!tk.isPunct(t - 1, ',')) {
      return false;
    }
    int k = t - 2;
    while (k > t - 5 && capital(k) && tk.is(k, WORD) && !tk.wordIs(k, STOP)) {
      k--;
    }
    if (k == t - 2 || tk.newlineBefore(k + 1)) {
      return false;
    }
    for (int j = k; j >= k - 3 && j >= 0 && !tk.newlineBefore(j + 1); j--) {
      if (tk.wordIs(j, STREET_SUFFIX) && capital(j)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "maria dot lopez at example dot com", "m dot b a r r e r a at brightwater h h dot com", "t p h
   * a m two at mercy general dot org": an address read aloud, as transcripts write it. After "at",
   * up to four words or letters and "dot" and a word, again, to a common top-level domain; before
   * it, words joined by "dot" or "underscore", or letters and digits spelled one by one. Taken when
   * the part before "at" is dotted or spelled, or an e-mail label stands shortly before it.
   */
  private void spokenEmail(int t) {
    int end = domainEnd(t + 1, t + 2);
    int start = t - 1;
    if (end < 0
        || !(tk.is(start, WORD) || tk.is(start, NUM) || tk.is(start, ALNUM))
        || tk.newlineBefore(t)
        || (tk.isPunct(start - 1, '\'') && tk.joined(start))) { // "I'm at home depot dot com"
      return;
    }
    boolean dotted = false;
    int spelled = 0;
    while (t - start < 24) {
      if ((tk.equalsIgnoreCase(start - 1, "dot") || tk.equalsIgnoreCase(start - 1, "underscore"))
          && (tk.is(start - 2, WORD) || tk.is(start - 2, NUM))
          && !tk.newlineBefore(start)) {
        start -= 2; // "lan dot nguyen dot h"
        dotted = true;
      } else if (spelledCharacter(start)
          && (spelledCharacter(start - 1)
              || (tk.is(start - 1, WORD) && tk.equalsIgnoreCase(start - 2, "dot")))
          && !tk.newlineBefore(start)) {
        start--; // "t p h a m two", "dev dot rao eighty eight"
        spelled++;
      } else {
        break;
      }
    }
    int k = start - 1;
    while (k >= start - 6 && (tk.is(k, PUNCT) || tk.equalsAnyIgnoreCase(k, AN_ADDRESS_IS))) {
      k--; // "email address is", "e-mail: ", "email me at"
    }
    boolean labelled = emailWord(k);
    if (!labelled && tk.wordIs(start, NUMBER_WORD)) {
      int n = start; // "d marsh forty-one at ...": a number said at the local part's end
      while (n > start - 4
          && !tk.newlineBefore(n)
          && (tk.wordIs(n - 1, NUMBER_WORD) || (tk.isPunct(n - 1, '-') && tk.joined(n)))) {
        n--;
      }
      start = tk.isPunct(n, '-') ? n + 1 : n;
    }
    if (!labelled) {
      // "my email is mary ann smith at ...", "email j smith at ...", "it's thuy n dot care at ...",
      // "It's p ramaswamy 86 at ...": a local part of up to two more words, straight after an
      // e-mail label or "it's"
      for (int w = start - 1; w >= start - 2; w--) {
        if (!tk.is(w, WORD)
            || tk.newlineBefore(w + 1)
            || tk.equalsAnyIgnoreCase(w, NO_DOMAIN_WORDS)
            || tk.wordIs(w, STOP)
            || (tk.length(w) > 1
                && tk.wordIs(w, COMMON)
                && !tk.wordIs(w, FIRST)
                && !(tk.wordIs(w, LAST) // "d marsh", not the "s" of "it's been"
                    && tk.length(w - 1) == 1
                    && !tk.joined(w - 1)))) {
          break; // not "it's been blocked at comcast dot net", "it's lowercase p ..."
        }
        int l = w - 1;
        while (l >= w - 6 && (tk.is(l, PUNCT) || tk.equalsAnyIgnoreCase(l, AN_ADDRESS_IS))) {
          l--;
        }
        if (emailWord(l)) {
          labelled = true;
          start = w;
          break;
        }
        if (itIs(w - 1)) {
          start = w; // the label further back, looked for below
          break;
        }
      }
    }
    if (!labelled
        && !tk.wordIs(start, STOP) // "email ..., the appointment is at mercy dot org"
        && itIs(start - 1)) { // not "Email reminder: refills at ..." nor "we met at ..."
      // "email the clip to our team? It's compliance at ...": the label further back
      for (int e = start - 1; e >= 0 && e >= start - 14 && !labelled; e--) {
        labelled = emailWord(e);
      }
    }
    if (!labelled && tk.wordIs(start, FIRST) && tk.equalsIgnoreCase(start - 1, "at")) {
      // "you can email me your paintings at grace at ...": the verb a few words back
      for (int e = start - 2;
          e >= 0 && e >= start - 8 && !labelled && !tk.isPunct(e, '.') && !tk.isPunct(e, '?');
          e--) {
        labelled = emailWord(e);
      }
    }
    if (dotted || spelled >= 2 || labelled) {
      out.add(
          PhiType.EMAIL,
          tk.start[start],
          tk.end[end],
          0.9,
          "email.spoken",
          "an address read aloud: words, at, domain");
    }
  }

  /**
   * "www dot harbor point health dot com slash providers": a web address read aloud, from "www"
   * over up to four words and "dot" to a common top-level domain, then its path's words after
   * "slash".
   */
  private void spokenUrl(int t) {
    if (!tk.equalsIgnoreCase(t + 1, "dot") || tk.newlineBefore(t + 1)) {
      return;
    }
    int end = domainEnd(t + 2, t + 4); // not "www dot example": a name before the domain
    if (end < 0) {
      return;
    }
    while (tk.equalsIgnoreCase(end + 1, "slash")
        && tk.is(end + 2, WORD)
        && !tk.newlineBefore(end + 2)
        && !tk.equalsAnyIgnoreCase(end + 2, NO_DOMAIN_WORDS)
        && !(tk.wordIs(end + 2, FIRST | LAST) && !tk.wordIs(end + 2, COMMON))) { // "slash MARY"
      end += 2; // "slash providers"
    }
    out.add(PhiType.URL, tk.start[t], tk.end[end], 0.85, "url.spoken", "a web address read aloud");
  }

  /**
   * The last token of a domain read aloud from token {@code from}, within 14 tokens of the word
   * before it: words and "dot" up to the last common top-level domain at {@code firstTld} or after,
   * at most four words between dots and none after the first that no domain holds ("at the clinic,
   * email jane dot doe at ..."); -1 if none.
   */
  private int domainEnd(int from, int firstTld) {
    int end = -1;
    int plain = 0;
    for (int k = from;
        k < tk.count && k <= from + 13 && tk.is(k, WORD) && !tk.newlineBefore(k);
        k++) {
      if (tk.equalsIgnoreCase(k, "dot")) {
        plain = 0;
      } else if (++plain > 4 || (k > from && tk.equalsAnyIgnoreCase(k, NO_DOMAIN_WORDS))) {
        break;
      } else if (k >= firstTld
          && tk.equalsIgnoreCase(k - 1, "dot")
          && tk.equalsAnyIgnoreCase(k, TOP_LEVEL_DOMAINS)) {
        end = k;
      }
    }
    return end;
  }

  /** Whether token {@code k} is "email" or ends "e-mail". */
  private boolean emailWord(int k) {
    return tk.equalsIgnoreCase(k, "email")
        || (tk.equalsIgnoreCase(k, "mail")
            && tk.isPunct(k - 1, '-')
            && tk.equalsIgnoreCase(k - 2, "e"));
  }

  /** Whether token {@code k} is the "s" of a contraction: "that's", "It's". */
  private boolean contraction(int k) {
    return tk.equalsIgnoreCase(k, "s")
        && tk.joined(k)
        && (tk.isPunct(k - 1, '\'') || tk.isPunct(k - 1, '\u2019'));
  }

  /** Whether token {@code k} ends "it's", "that's" or "is": an address about to be read. */
  private boolean itIs(int k) {
    if (tk.equalsIgnoreCase(k, "s")
        && (tk.isPunct(k - 1, '\'') || tk.isPunct(k - 1, '\u2019'))
        && tk.joined(k)
        && tk.joined(k - 1)) {
      return tk.equalsIgnoreCase(k - 2, "it") || tk.equalsIgnoreCase(k - 2, "that");
    }
    return tk.equalsIgnoreCase(k, "is")
        || tk.equalsIgnoreCase(k, "it's") // one word to the tokenizer
        || tk.equalsIgnoreCase(k, "it\u2019s");
  }

  /** Words no domain read aloud holds after its first: "at the clinic, email jane dot ...". */
  private static final WordList NO_DOMAIN_WORDS =
      WordList.of(
          "at", "the", "a", "an", "and", "or", "to", "for", "in", "on", "of", "is", "was", "my",
          "her", "his", "their", "your", "our", "me", "it", "that", "this", "email");

  /** Words between an e-mail label and the address read after it: "email address is". */
  private static final WordList AN_ADDRESS_IS =
      WordList.of("address", "is", "its", "it's", "me", "at", "to", "was", "which", "like");

  private static final WordList TOP_LEVEL_DOMAINS =
      WordList.of(
          "com", "org", "net", "edu", "gov", "us", "io", "info", "biz", "example", "uk", "ca",
          "co");

  /** A letter or a number spelled alone: "m", "4", "two", "eighty". */
  private boolean spelledCharacter(int k) {
    return k >= 0
        && !tk.joined(k)
        && ((tk.is(k, WORD) && (tk.length(k) == 1 || tk.wordIs(k, NUMBER_WORD)))
            || (tk.is(k, NUM) && tk.length(k) == 1))
        && !tk.equalsIgnoreCase(k, "at");
  }

  private boolean afterState(int t) {
    int k = t - 1;
    if (tk.isPunct(k, ',')) {
      k--;
    }
    return tk.wordIs(k, STATE_NAME)
        || (tk.wordIs(k, STATE) && (tk.flags[k] & Tokens.ALL_CAPS) != 0);
  }

  /** "she's ninety-four", "turns ninety", "ninety-one years old": an age over 89 in words. */
  private boolean spokenAge(int t) {
    boolean hundred =
        tk.equalsIgnoreCase(t, "hundred")
            && (tk.equalsIgnoreCase(t - 1, "one") || tk.equalsIgnoreCase(t - 1, "a"));
    if (!tk.equalsIgnoreCase(t, "ninety") && !hundred) {
      return false;
    }
    if (!hundred && (tk.equalsIgnoreCase(t - 1, "over") || tk.wordIs(t - 1, NUMBER_WORD))) {
      return false; // "one fifty eight over ninety two": a blood pressure, not an age
    }
    if (hundred) {
      t--;
    }
    int last = hundred ? t + 1 : t;
    if (tk.isPunct(t + 1, '-')
        && tk.joined(t + 1)
        && tk.joined(t + 2)
        && tk.wordIs(t + 2, NUMBER_WORD)
        && tk.length(t + 2) <= 5) {
      last = t + 2;
    } else if (!hundred && unitWord(t + 1) && !tk.joined(t + 1)) {
      last = t + 1; // "ninety three years old", as dictation writes it
    } else if (hundred) {
      int n = tk.equalsIgnoreCase(last + 1, "and") ? last + 2 : last + 1;
      if (tk.wordIs(n, NUMBER_WORD) && spokenDigits(n) > 0 && !tk.newlineBefore(n)) {
        last = n; // "one hundred and one"
      }
    }
    int k = last + 1;
    if (tk.isPunct(k, '-') && tk.joined(k) && tk.joined(k + 1)) {
      k++; // "ninety-three-year-old"
    }
    if (tk.equalsAnyIgnoreCase(k, NO_AGE_AFTER) || tk.isPunct(k, '%')) {
      return false; // "I'm ninety percent sure", "ninety over sixty", "a hundred and eighty
      // degrees"
    }
    boolean after =
        tk.equalsIgnoreCase(k, "year")
            || tk.equalsIgnoreCase(k, "years")
            || tk.equalsIgnoreCase(k, "yo")
            || tk.equalsIgnoreCase(k, "now");
    int paused = beforeAPause(t - 1, t - 8) + 1; // "she turned, uh, ninety-five"
    boolean before =
        labelBefore(paused, C_AGE)
            || subjectIs(t)
            || (tk.equalsIgnoreCase(t - 1, "at") && tk.equalsAnyIgnoreCase(t - 2, DIED))
            || (tk.equalsIgnoreCase(t - 1, "of") && tk.equalsIgnoreCase(t - 2, "age"))
            || futureBe(paused)
            || (tk.isPunct(t - 1, ',') && tk.wordIs(t - 2, FIRST | LAST) && tk.isPunct(k, ','))
            // "her sister (ninety-one)", "Tevita Fifita (ninety)"
            || (tk.isPunct(t - 1, '(')
                && tk.isPunct(k, ')')
                && (endsAName(t - 2) || relation(t - 2)))
            || (standsAlone(t, k) && ageAskedAbove(t));
    if (!after
        && !before
        && !(t - ageSaid <= 16 && standsAlone(t, k) && !vitalBetween(ageSaid, t))) {
      return false; // "I'm ninety, but I do myself. Ninety-one.": an age said again or put right
    }
    out.add(
        PhiType.AGE_OVER_89,
        tk.start[t],
        tk.end[last],
        0.85,
        "age.spoken",
        "an age over 89 in words");
    ageSaid = last;
    saidBefore(t, last);
    return true;
  }

  /**
   * Adds the age of tokens {@code [t, last]} where the same words stand alone just before it: the
   * first "ninety one" of "he's what, ninety one, ninety one years old".
   */
  private void saidBefore(int t, int last) {
    int n = last - t;
    for (int j = Math.max(lineStart, t - 12); j + n < t; j++) {
      boolean same = true;
      for (int i = 0; i <= n && same; i++) {
        same = tk.sameText(j + i, t + i);
      }
      if (same && standsAlone(j, j + n + 1) && !vitalBetween(j, t)) {
        out.add(
            PhiType.AGE_OVER_89,
            tk.start[j],
            tk.end[j + n],
            0.85,
            "age.spoken",
            "an age over 89 in words, said again");
        return;
      }
    }
  }

  /**
   * Whether someone asked an age in the forty tokens before {@code t}: "how old are we now", "what
   * age", "so you're..." (said as the caller works it out from a date of birth).
   */
  private boolean ageAskedAbove(int t) {
    for (int k = t - 1; k >= 0 && k >= t - 40; k--) {
      if (tk.equalsIgnoreCase(k, "re") // "so you're...": "you", an apostrophe and "re"
          && tk.equalsIgnoreCase(k - 2, "you")
          && tk.equalsIgnoreCase(k - 3, "so")
          && tk.isPunct(k + 1, '.')) {
        return true;
      }
      if (tk.isPunct(k, '?')) {
        return agesQuestion(k) && !vitalBetween(k, t); // the last question, not one before it
      }
      if (tk.equalsIgnoreCase(k, "old") && tk.equalsIgnoreCase(k - 1, "how")) {
        return !tk.equalsAnyIgnoreCase(k + 2, THINGS_ASKED) && !vitalBetween(k, t);
      } // "how old are we now pearl" asked without its question mark
    }
    return false;
  }

  /**
   * Whether the question ending at {@code q} asks a person's age: "how old are we now?", "what age
   * is she?"; not "how old is the water heater?".
   */
  private boolean agesQuestion(int q) {
    for (int k = q - 1; k >= 0 && k >= q - 15; k--) {
      if (tk.isPunct(k, '.') || tk.isPunct(k, '?') || tk.isPunct(k, '!') || tk.isPunct(k, ':')) {
        return false;
      }
      if (tk.equalsIgnoreCase(k, "age") && tk.equalsIgnoreCase(k - 1, "what")) {
        return true;
      }
      if (tk.equalsIgnoreCase(k, "old") && tk.equalsIgnoreCase(k - 1, "how")) {
        return !tk.equalsAnyIgnoreCase(k + 2, THINGS_ASKED); // "how old is the water heater?"
      }
    }
    return false;
  }

  /** What "how old is" asks of when it asks no one's age. */
  private static final WordList THINGS_ASKED = WordList.of("the", "that", "this", "it", "its");

  /** Whether a vital sign is named between tokens {@code from} and {@code to}: "pulse, ...". */
  private boolean vitalBetween(int from, int to) {
    for (int j = from + 1; j < to; j++) {
      if (tk.equalsAnyIgnoreCase(j, VITAL_SIGNS)) {
        return true;
      }
    }
    return false;
  }

  private static final WordList VITAL_SIGNS =
      WordList.of(
          "oxygen",
          "o2",
          "sat",
          "sats",
          "saturation",
          "pulse",
          "temp",
          "temperature",
          "bp",
          "pressure",
          "sugar",
          "sugars",
          "glucose",
          "heart",
          "rate",
          "hr",
          "weight",
          "score",
          "bottom",
          "top",
          "steps",
          "reading",
          "pounds");

  /**
   * Whether the words from {@code t} to before {@code next} are said on their own, between stops or
   * commas ("she's ninety. ninety and a half"), not in a phrase ("stayed at ninety-four").
   */
  private boolean standsAlone(int t, int next) {
    boolean opens =
        t == lineStart
            || tk.isPunct(t - 1, '.')
            || (tk.isPunct(t - 1, ',')
                && !tk.wordIs(t - 2, NUMBER_WORD)) // "ninety-four, ninety-five"
            || tk.isPunct(t - 1, '?')
            || tk.isPunct(t - 1, ':')
            || tk.equalsIgnoreCase(t - 1, "not");
    return opens
        && (next >= tk.count
            || tk.newlineBefore(next)
            || tk.isPunct(next, '.')
            || tk.isPunct(next, ',')
            || tk.isPunct(next, '?')
            || tk.isPunct(next, '!')
            || tk.equalsIgnoreCase(next, "and")
            || tk.equalsIgnoreCase(next, "in"));
  }

  /** Whether a year's first word ("nineteen", "twenty", "thousand") is among tokens [from, to]. */
  private boolean yearWordIn(int from, int to) {
    for (int k = from; k <= to; k++) {
      if (tk.equalsAnyIgnoreCase(k, YEAR_WORDS)) {
        return true;
      }
    }
    return false;
  }

  private static final WordList YEAR_WORDS = WordList.of("nineteen", "twenty", "thousand");

  /** Whether one of the three words before token {@code t} says birth ("dob", "born"). */
  private boolean afterBirth(int t) {
    int words = 0;
    for (int k = t - 1; k >= 0 && words < 3; k--) {
      if (tk.is(k, PUNCT)) {
        continue;
      }
      if (tk.equalsAnyIgnoreCase(k, BIRTH_WORDS)) {
        return true;
      }
      words++;
    }
    return false;
  }

  /**
   * Whether {@code t} opens a speaker's answer ("SPEAKER_01: eleven twenty two nineteen eighty
   * six") and one of the two lines before it speaks of a birth ("... your date of birth for the
   * background check"), as a read-back does too.
   */
  private boolean birthAskedAbove(int t) {
    if (!tk.isPunct(t - 1, ':') || t < lineStart || t - lineStart > 4) {
      return false;
    }
    int lines = 0;
    for (int k = lineStart - 1; k >= 0 && k >= lineStart - 60; k--) {
      if (tk.equalsAnyIgnoreCase(k, BIRTH_WORDS)) {
        return true;
      }
      if (tk.newlineBefore(k) && ++lines == 2) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether "today is" or "the date is" comes right before {@code t}: "today is three three ...".
   */
  private boolean todayIs(int t) {
    return tk.equalsIgnoreCase(t - 1, "is")
        && (tk.equalsIgnoreCase(t - 2, "today") || tk.equalsIgnoreCase(t - 2, "date"));
  }

  private static final WordList BIRTH_WORDS =
      WordList.of("dob", "birth", "born", "birthdate", "birthday");

  /** "one" to "nine": the last word of a spoken number from 21 to 99. */
  private boolean unitWord(int k) {
    int value = numberValue(k);
    return value >= 1 && value <= 9;
  }

  /** "will be", "gonna be", "'ll be" before a value: a birthday to come. */
  private boolean futureBe(int t) {
    return tk.equalsIgnoreCase(t - 1, "be")
        && (tk.equalsIgnoreCase(t - 2, "will")
            || tk.equalsIgnoreCase(t - 2, "gonna")
            || tk.equalsIgnoreCase(t - 2, "ll")
            || tk.equalsIgnoreCase(t - 2, "to")
            || tk.equalsAnyIgnoreCase(t - 2, WILL_CONTRACTED));
  }

  /** What a number said after "I'm" or "turned" measures when it is no age. */
  private static final WordList NO_AGE_AFTER =
      WordList.of(
          ("percent over miles mph degrees pounds lbs feet dollars bucks minutes seconds point"
                  + " kilos mg units beats")
              .split(" "));

  /** What comes before "at" and the age a person died at: "passed at 97", "died at 101". */
  private static final WordList DIED = WordList.of("passed", "died", "away", "death");

  /** "he'll", "she'll": the tokenizer keeps an apostrophe after one or two letters. */
  private static final WordList WILL_CONTRACTED = WordList.of("he'll", "we'll", "i'll");

  /**
   * "her 91st", "Mrs. Delphine's 100th", "Mr. Abubakar 90th", "his 95th birthday": an age over 89
   * as the birthday a person turns it on. Without a person or a birthday around it, an ordinal is
   * the agency's ("our 100th client").
   */
  private void ordinalAge(int t) {
    int a = tk.start[t];
    int e = tk.end[t];
    int d = a;
    while (d < e && Tokens.isDigit(s.charAt(d))) {
      d++;
    }
    if (e - d != 2
        || d - a < 2
        || d - a > 3
        || !s.regionIsAny(d, e, ORDINAL_SUFFIXES)
        || !Checks.ageOver89(Integer.parseInt(s, a, d, 10))
        || (tk.joined(t + 1) && !tk.is(t + 1, PUNCT))) {
      return;
    }
    int k = t - 1;
    boolean person =
        tk.equalsAnyIgnoreCase(k, POSSESSIVES)
            || (tk.equalsIgnoreCase(k, "s") && tk.joined(k) && isQuote(k - 1))
            || (!tk.joined(t)
                && tk.is(k, WORD)
                && (tk.flags[k] & Tokens.CAPITALIZED) != 0
                && tk.wordIs(k, FIRST | LAST)
                && !tk.wordIs(k, STOP | MONTH));
    boolean birthday = tk.equalsAnyIgnoreCase(t + 1, BIRTHDAY_WORDS);
    if ((person && !tk.equalsAnyIgnoreCase(t + 1, NOT_A_BIRTHDAY)) || birthday) {
      out.add(PhiType.AGE_OVER_89, a, d, 0.8, "age.ordinal", "a birthday past 89");
    }
  }

  private static final String[] ORDINAL_SUFFIXES = {"st", "nd", "rd", "th"};

  /** What a person's ordinal counts when it is no birthday: "the new hire's 90th day". */
  private static final WordList NOT_A_BIRTHDAY =
      WordList.of(
          "day", "days", "week", "visit", "shift", "anniversary", "percentile", "time", "client");

  private static final WordList POSSESSIVES = WordList.of("her", "his", "their", "your", "my");

  /** Prefixes of an employee's number, which may have four digits ("EMP 2241"). */
  private static final WordList EMPLOYEE = WordList.of("emp", "eid");

  /**
   * "EMP 55-10293": an employee's prefix, a space, two groups of digits joined by a dash, the
   * second of four digits or more; not years ("EMP 2023-2024 eval", "EMP 12-2024") nor a count.
   */
  private void groupedEmployeeNumber(int t) {
    int a = t + 1;
    if (tk.is(a, NUM)
        && !tk.joined(a)
        && tk.start[a] == tk.end[t] + 1
        && tk.isPunct(a + 1, '-')
        && tk.joined(a + 1)
        && tk.is(a + 2, NUM)
        && tk.joined(a + 2)
        && tk.length(a + 2) >= 4
        && tk.length(a) + tk.length(a + 2) <= 10
        && !year(tk.intValue(a))
        && !year(tk.intValue(a + 2))
        && !tk.equalsAnyIgnoreCase(a + 3, COUNTED)
        && !(tk.joined(a + 3) && (tk.is(a + 3, PUNCT) || tk.is(a + 3, NUM)))) {
      out.add(
          PhiType.ID,
          tk.start[t],
          tk.end[a + 2],
          0.9,
          "id.prefix",
          "client or employee id prefix, a space, grouped digits");
    }
  }

  private void spacedPrefix(int t) {
    if (tk.wordIs(t, LICENSE_PREFIX)) {
      out.add(
          PhiType.LICENSE,
          tk.start[t],
          tk.end[t + 1],
          0.9,
          "license.prefix",
          "professional license prefix, a space, digits");
    } else if (tk.wordIs(t, ID_PREFIX)
        && !(tk.equalsIgnoreCase(t, "pid")
            && tk.equalsIgnoreCase(t - 1, "with"))) { // "started ... with PID 65595": a process
      out.add(
          PhiType.ID,
          tk.start[t],
          tk.end[t + 1],
          0.9,
          "id.prefix",
          "client or employee id prefix, a space, digits");
    }
  }

  private void punct(int t) {
    char c = tk.symbol[t];
    if ((c == '=' && (tk.joined(t) || isQuote(t + 1) || propertyKey(t - 1))) // SQL's "zip = '1'"
        || (c == ':' && (isQuote(t - 1) || (tk.joined(t) && tk.is(t - 1, WORD))))) {
      keyValue(t, t - 1); // clientId=517225, "memberId": "...", 'zip' : '10024', clientId: 517225
    }
    if (c == ':' && tk.isPunct(t - 1, ')') && tk.joined(t)) {
      int key = keyBeforeAnAside(t - 1);
      if (key >= 0) {
        keyValue(t, key); // "Username (if known): zthibodeaux35"
      }
    }
    if (c == '>' && tk.joined(t)) {
      xmlElement(t); // <memberId>5520917734</memberId>
      attributeNamedElement(t); // <Data Name='TargetUserName'>hope.adeyemi</Data>
    }
    if (c == '(' && t > 0 && tk.wordIs(t - 1, ROLE)) {
      nameInBrackets(t); // "Aide (D. Shepherd) says"
    }
    if (c == '(' && tk.isPunct(t + 2, ')') && tk.isPunct(t + 3, ':') && tk.joined(t + 3)) {
      senderInBrackets(t); // "10/27 2:20 pm  evergreen billing (liz): hi tunde"
    }
    if (c == ':'
        && tk.equalsIgnoreCase(t - 1, "id")
        && (tk.equalsIgnoreCase(t - 2, "caller")
            || (tk.isPunct(t - 2, '-') && tk.equalsIgnoreCase(t - 3, "caller")))) {
      callerIdShown(t); // "Caller ID: DUBOIS M 555-448-1206"
    }
    if ((c == '=' || (c == '-' && !tk.joined(t) && !tk.joined(t + 1)))
        && t > 0
        && (caps(t - 1) || tk.lowerCase(t - 1))) {
      initialsLegend(t - 1); // "Aides: TM = Tatiana Morozova", "TM - Tatiana Morozova"
    }
    if (c == '(' && caps(t + 1) && tk.isPunct(t + 2, ')') && tk.joined(t + 1)) {
      initialsAfterName(t + 1); // "Tatiana Morozova (TM)"
    }
    if (c == '<'
        && (tk.isPunct(t - 1, '"') || tk.isPunct(t - 1, '\u201d') || tk.isPunct(t - 1, '\''))) {
      callerId(t); // "BIRD HAROLD" <5552208391>, “BIRD HAROLD”<5552208391>
    }
    if (c == '(' && tk.joined(t + 1)) {
      initialsAndDate(t); // "(DM 3/1)": who did it, and when
    }
    if (c == '=' && tk.isPunct(t - 1, ')') && tk.isPunct(t + 1, '(') && tk.joined(t + 1)) {
      keyDetail(t); // PostgreSQL's "Key (client_id, ssn)=(10482, 123-45-6789) already exists."
    }
    if (c == '/' && tk.is(t + 1, NUM) && tk.joined(t + 1) && tk.joined(t)) {
      pathId(t); // "GET /api/v2/clients/55731/visits"
    }
    if (c == '('
        && tk.joined(t)
        && (tk.equalsIgnoreCase(t - 1, "date")
            || tk.equalsIgnoreCase(t - 1, "datetime")
            || (tk.equalsIgnoreCase(t - 1, "of") && tk.isPunct(t - 2, '.')))) {
      dateCall(t); // DATE(2026,3,2), datetime.date(2026, 2, 1)
    }
    if ((c == '!' || (c == '.' && tk.is(t + 1, ALNUM)))
        && tk.joined(t)
        && tk.isPunct(t - 1, '\'')
        && tk.joined(t - 1)) {
      sheetReference(t); // ='Abernathy R'!B4, LibreOffice's $'Abernathy R'.B4
    }
    if ((c == '/' || c == '\\') && tk.joined(t + 1)) {
      homeDirectory(t); // /home/wzhang/, C:\\Users\\admin.rmenon>
    }
    if (c == '@' && !tk.joined(t) && tk.joined(t + 1)) {
      mention(t);
    }
    if (c == ':' && tk.isPunct(t + 1, ':') && tk.joined(t + 1) && !afterNonHexWord(t)) {
      hexAddress(tk.start[t]); // not "cn:: U2FyYQ==", an LDIF key before its base64 value
    }
    if (c == '(' || c == '+') {
      int k = c == '+' ? t + 1 : t;
      if (c == '+' && tk.is(k, NUM) && tk.length(k) == 1 && s.charAt(tk.start[k]) == '1') {
        phone(k);
      } else if (c == '(') {
        phone(t);
      }
    }
  }

  /**
   * {@code clientId=517225}, {@code "memberId":"5520917734"}, {@code "zip": "10024"}, {@code
   * "clientIds": [517225, 517226]}: a value a program wrote after a key that {@link FieldNames}
   * says holds an identifier, typed by the key. Keys that name no identifier ("requestId", "port")
   * are left to the other rules. {@code t} is the colon or equals sign, {@code keyEnd} the key's
   * last token (its closing quote, if any).
   */
  private void keyValue(int t, int keyEnd) {
    int k = keyEnd;
    if (isQuote(k)) {
      k--; // the key's closing quote
    }
    int from = tk.end[t];
    int end = s.length();
    while (from < end && s.charAt(from) == ' ') {
      from++;
    }
    boolean array = from < end && s.charAt(from) == '[';
    if (!array && fhirIdentity(k, from)) {
      return;
    }
    if (chatExportValue(k, from, array)) {
      return;
    }
    String key = keyAt(k, array);
    if (key == null) {
      if (!array && recordId(k)) {
        value(PhiType.ID, from, '\n', 0);
      }
      return;
    }
    PhiType type = FieldNames.typeOf(key);
    if (type == null) {
      return;
    }
    if (!array && FieldNames.holdsALogin(key)) {
      loginValue(from, '\n');
      return;
    }
    if (!array && !formValue(type, keyStart(tk.end[k]), from)) {
      if (tk.labelSource()) {
        labelValue(type, from);
      } else {
        value(type, from, '\n', 0);
      }
      return;
    }
    if (!array) {
      return;
    }
    // Each element of the array, bare or quoted, until its closing bracket.
    for (int at = from + 1, elements = 0; at < end && elements < MAX_ELEMENTS; elements++) {
      while (at < end && Character.isWhitespace(s.charAt(at))) {
        at++; // a pretty-printed array has an element a line
      }
      int next = value(type, at, ']', 0);
      if (next < 0) {
        return;
      }
      while (next < end && Character.isWhitespace(s.charAt(next))) {
        next++;
      }
      if (next >= end || s.charAt(next) != ',') {
        return;
      }
      at = next + 1;
    }
  }

  /**
   * The key's last word before a form's aside that closes at {@code close}: "Username (if known):",
   * "Email (optional):"; -1 if the brackets hold anything else.
   */
  private int keyBeforeAnAside(int close) {
    int k = close - 1;
    while (k > close - 4 && tk.equalsAnyIgnoreCase(k, ASIDES)) {
      k--;
    }
    return k < close - 1 && tk.isPunct(k, '(') && tk.is(k - 1, WORD) && !tk.newlineBefore(k)
        ? k - 1
        : -1;
  }

  /** The words of a form's aside after a field's name: "(if known)", "(optional)". */
  private static final WordList ASIDES =
      WordList.of("if", "known", "any", "optional", "applicable", "required", "available");

  /**
   * What a chat export (Slack, Teams) writes after its keys: a message's time as seconds since 1970
   * ({@code "ts":"1709563821.204919"}, {@code "updated":1706201144}), a DATE; a user's id ({@code
   * "user":"U03K7LQ2M9P"}, {@code "reply_users":["U02QX4R7H1D"]}), an ID. Returns whether one was
   * found.
   */
  private boolean chatExportValue(int k, int from, boolean array) {
    if (k < 0 || !(tk.is(k, WORD) || tk.is(k, ALNUM))) {
      return false;
    }
    int keyStart = keyStart(tk.end[k]);
    if (tk.end[k] - keyStart > 20) {
      return false;
    }
    String key = FieldNames.normalize(s.subSequence(keyStart, tk.end[k]));
    if (EPOCH_KEYS.contains(key)) {
      int a = from < s.length() && s.charAt(from) == '"' ? from + 1 : from;
      int e = a;
      while (e < s.length() && Tokens.isDigit(s.charAt(e))) {
        e++;
      }
      if (e - a != 10 || s.charAt(a) != '1') {
        return false; // seconds from 2001-09-09 to 2033-05-18
      }
      int f = e;
      if (f + 1 < s.length() && s.charAt(f) == '.' && Tokens.isDigit(s.charAt(f + 1))) {
        f++;
        while (f < s.length() && f - e <= 7 && Tokens.isDigit(s.charAt(f))) {
          f++;
        }
      }
      if (f < s.length() && (Character.isLetterOrDigit(s.charAt(f)) || s.charAt(f) == '.')) {
        return false;
      }
      out.add(PhiType.DATE, a, f, 0.85, "date.epoch", "a chat export's time stamp");
      return true;
    }
    if (!USER_KEYS.contains(key)) {
      return false;
    }
    boolean found = false;
    int at = array ? from + 1 : from;
    for (int elements = 0; elements < MAX_ELEMENTS && at < s.length(); elements++) {
      while (at < s.length() && (s.charAt(at) == ' ' || s.charAt(at) == '\n')) {
        at++;
      }
      if (at >= s.length() || s.charAt(at) != '"') {
        break;
      }
      int a = at + 1;
      int e = a;
      while (e < s.length() && e - a <= 12 && Text.isAsciiAlnum(s.charAt(e))) {
        e++;
      }
      if (e < s.length() && s.charAt(e) == '"' && chatUserId(s, a, e)) {
        out.add(PhiType.ID, a, e, 0.85, "id.chat-user", "a chat export's user id");
        found = true;
      }
      at = e + 1;
      if (!array || at >= s.length() || s.charAt(at) != ',') {
        break;
      }
      at++;
    }
    return found;
  }

  /** "U03K7LQ2M9P", "W0123ABCD": a Slack user's id, capitals and digits after U or W. */
  static boolean chatUserId(Text s, int a, int e) {
    if (e - a < 9 || e - a > 11 || (s.charAt(a) != 'U' && s.charAt(a) != 'W')) {
      return false;
    }
    int digits = 0;
    for (int i = a + 1; i < e; i++) {
      char c = s.charAt(i);
      if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
        return false;
      }
      digits += c <= '9' ? 1 : 0;
    }
    return digits >= 2 && digits < e - a - 1;
  }

  private static final java.util.Set<String> EPOCH_KEYS =
      java.util.Set.of(
          "ts", "threadts", "latestreply", "eventts", "created", "updated", "lastread", "edited");

  private static final java.util.Set<String> USER_KEYS =
      java.util.Set.of("user", "users", "parentuserid", "replyusers", "id", "userid", "creator");

  /**
   * A FHIR resource's own {@code "id"} (after its {@code "resourceType"}) and a {@code "reference"}
   * to a person's resource ({@code "Patient/pt-448120"}): the record's id, as an ID. Returns
   * whether one was found.
   */
  private boolean fhirIdentity(int k, int from) {
    int end = s.length();
    if (k < 0 || from >= end || s.charAt(from) != '"') {
      return false;
    }
    int a = from + 1;
    if (tk.equalsIgnoreCase(k, "reference")) {
      int slash = a;
      while (slash < end && slash - a < 16 && Character.isLetter(s.charAt(slash))) {
        slash++;
      }
      if (slash >= end
          || s.charAt(slash) != '/'
          || !tk.text.regionIsAny(a, slash, PERSON_RESOURCES)) {
        return false;
      }
      a = slash + 1;
    } else if (!tk.equalsIgnoreCase(k, "id") || !afterResourceType(tk.start[k])) {
      return false;
    }
    int b = a;
    while (b < end
        && b - a <= MAX_VALUE
        && (Character.isLetterOrDigit(s.charAt(b)) || s.charAt(b) == '-' || s.charAt(b) == '.')) {
      b++;
    }
    if (b - a < 3 || b >= end || s.charAt(b) != '"') {
      return false;
    }
    out.add(PhiType.ID, a, b, 0.85, "fhir.id", "a FHIR resource's id or a reference to a person");
    return true;
  }

  private static final String[] PERSON_RESOURCES = {
    "patient", "practitioner", "relatedperson", "person", "encounter", "episodeofcare"
  };

  /** Whether {@code "resourceType"} is written in the 100 characters before {@code at}. */
  private boolean afterResourceType(int at) {
    for (int i = Math.max(0, at - 100); i + 12 <= at; i++) {
      if (s.charAt(i) == 'r' && s.regionIs(i, i + 12, "resourcetype")) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code <memberId>5520917734</memberId>}, {@code <ns:zip>10024</ns:zip>}: an XML element's text,
   * typed by the element's name as {@link #keyValue} types a key's value, when the element closes
   * right after it.
   */
  private void xmlElement(int t) {
    int k = t - 1;
    String key = keyAt(k, false);
    if (key == null) {
      return;
    }
    int keyStart = keyStart(tk.end[k]);
    int open = keyStart - 1;
    if (open > 0 && s.charAt(open) == ':') { // a namespace's prefix: <ns:memberId>
      open--;
      while (open > 0 && keyStart - open < MAX_KEY && keyChar(s.charAt(open))) {
        open--;
      }
    }
    if (open < 0 || s.charAt(open) != '<') {
      return;
    }
    PhiType type = FieldNames.typeOf(key);
    if (type != null) {
      value(type, tk.end[t], '<', '/');
    }
  }

  /**
   * {@code <Data Name='TargetUserName'>hope.adeyemi</Data>}: an element's text named by its
   * attribute, as Windows event XML writes its fields; a login key's value is a login.
   */
  private void attributeNamedElement(int t) {
    int q = t - 1;
    if (!isQuote(q)
        || !isQuote(q - 2)
        || !tk.isPunct(q - 3, '=')
        || !tk.equalsIgnoreCase(q - 4, "name")) {
      return;
    }
    String key = keyAt(q - 1, false);
    if (key == null) {
      return;
    }
    if (FieldNames.holdsALogin(key)) {
      loginValue(tk.end[t], '<');
      return;
    }
    PhiType type = FieldNames.typeOf(key);
    if (type != null && type != PhiType.NAME) {
      value(type, tk.end[t], '<', '/');
    }
  }

  /**
   * The login at {@code from} (letters, digits, points, underscores and hyphens, up to {@code
   * stop}, a quote or a space), unless it is a system's account or holds no letter.
   */
  private void loginValue(int from, char stop) {
    int n = s.length();
    char quote = from < n && (s.charAt(from) == '"' || s.charAt(from) == '\'') ? s.charAt(from) : 0;
    int a = quote != 0 ? from + 1 : from;
    int e = a;
    boolean letter = false;
    while (e < n && e - a <= 40) {
      char c = s.charAt(e);
      if (Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-') {
        letter |= Character.isLetter(c);
        e++;
      } else {
        break;
      }
    }
    while (e > a && s.charAt(e - 1) == '.') {
      e--;
    }
    boolean ends =
        e == n
            || s.charAt(e) == stop
            || (quote != 0 && s.charAt(e) == quote)
            || Character.isWhitespace(s.charAt(e))
            || s.charAt(e) == ',';
    if (letter && e - a >= 2 && ends && !systemAccount(s, a, e) && !machine(a, e)) {
      out.add(PhiType.NAME, a, e, 0.8, "name.login", "a login after a key that names one");
    }
  }

  /**
   * Whether token {@code k} is the key "id" of an object a person's or a visit's key holds, alone
   * or in an array: {@code "client": {"name": "x", "id": "50211"}}, {@code
   * "users":[{"id":"cg_1142"}]}.
   */
  private boolean recordId(int k) {
    if (!tk.equalsIgnoreCase(k, "id") || !isQuote(k - 1)) {
      return false;
    }
    int p = opening(k - 2, k);
    if (p < 0 || !tk.isPunct(p, '{')) {
      return false;
    }
    p--;
    if (tk.isPunct(p, ',')) {
      p = opening(p - 1, k); // a later element: "clients": [{"id": 1}, {"id": 2}]
      if (p < 0 || !tk.isPunct(p, '[')) {
        return false;
      }
    }
    if (tk.isPunct(p, '[')) {
      p--; // "clients": [{"id": 50211}, ...]
    }
    if (!tk.isPunct(p, ':')) {
      return false;
    }
    p--;
    if (isQuote(p)) {
      p--;
    }
    return (tk.equalsAnyIgnoreCase(p, RECORDS) || tk.equalsAnyIgnoreCase(p, RECORDS_PLURAL))
        && isQuote(p - 1)
        && tk.joined(p);
  }

  /**
   * The unmatched brace or bracket at or before token {@code from} that opens what holds it, no
   * further back than {@link #MAX_OBJECT_TOKENS} before token {@code key}; or -1.
   */
  private int opening(int from, int key) {
    for (int p = from, depth = 0; p >= 0 && key - p < MAX_OBJECT_TOKENS; p--) {
      if (tk.isPunct(p, '}') || tk.isPunct(p, ']')) {
        depth++;
      } else if (tk.isPunct(p, '{') || tk.isPunct(p, '[')) {
        if (depth == 0) {
          return p;
        }
        depth--;
      }
    }
    return -1;
  }

  /** How far back the opening brace of an object with an "id" key is looked for. */
  private static final int MAX_OBJECT_TOKENS = 200;

  private static final WordList RECORDS_PLURAL =
      WordList.of(
          "clients", "patients", "users", "caregivers", "members", "employees", "residents");

  /** Keys of an object that is one person's or one visit's record. */
  private static final WordList RECORDS =
      WordList.of(
          "client",
          "patient",
          "user",
          "caregiver",
          "member",
          "employee",
          "resident",
          "visit",
          "referral",
          "applicant",
          "worker",
          "aide",
          "subscriber",
          "beneficiary");

  /**
   * The normalized key that ends at token {@code k} (letters, digits and underscores, standing
   * alone), or null if it is none or names nothing {@link FieldNames} types. A key of an array may
   * be plural ("clientIds").
   */
  private @Nullable String keyAt(int k, boolean plural) {
    if (k < 0 || !(tk.is(k, WORD) || tk.is(k, ALNUM) || tk.is(k, NUM))) {
      return null;
    }
    int keyEnd = tk.end[k];
    int keyStart = keyStart(keyEnd);
    if (keyStart > 0 && Character.isLetterOrDigit(s.charAt(keyStart - 1))) {
      return null;
    }
    String key = FieldNames.normalize(s.subSequence(keyStart, keyEnd));
    if (plural && FieldNames.typeOfNormalized(key) == null && key.endsWith("s")) {
      String singular = key.substring(0, key.length() - 1); // "clientids"
      if (FieldNames.typeOfNormalized(singular) == null && key.endsWith("es")) {
        singular = key.substring(0, key.length() - 2); // "addresses"
      }
      if (FieldNames.typeOfNormalized(singular) == null && key.endsWith("ies")) {
        singular = key.substring(0, key.length() - 3) + "y"; // "cities"
      }
      key = singular;
    }
    PhiType type = FieldNames.typeOfNormalized(key);
    if (type == null || (type == PhiType.NAME && !FieldNames.namesAPerson(key))) {
      return null;
    }
    return key;
  }

  /**
   * Whether token {@code k} ends a dotted or underscored key that opens its line, as a properties
   * or INI file writes one before " = ": "image.client.mrn = AZ-HH-0048120".
   */
  private boolean propertyKey(int k) {
    if (k < 0 || !(tk.is(k, WORD) || tk.is(k, ALNUM))) {
      return false;
    }
    int a = tk.end[k];
    boolean dotted = false;
    while (a > 0
        && tk.end[k] - a < MAX_KEY
        && (keyChar(s.charAt(a - 1)) || s.charAt(a - 1) == '.')) {
      dotted |= s.charAt(a - 1) == '.' || s.charAt(a - 1) == '_';
      a--;
    }
    while (a > 0 && (s.charAt(a - 1) == ' ' || s.charAt(a - 1) == '\t')) {
      a--;
    }
    return dotted && (a == 0 || s.charAt(a - 1) == '\n');
  }

  /** Where the key that ends at {@code keyEnd} starts: letters, digits, underscores. */
  private int keyStart(int keyEnd) {
    int keyStart = keyEnd;
    while (keyStart > 0 && keyEnd - keyStart < MAX_KEY && keyChar(s.charAt(keyStart - 1))) {
      keyStart--;
    }
    return keyStart;
  }

  /**
   * Takes the value that starts at {@code from} (after its opening quote, if any) as a {@code type}
   * if it looks like one, and returns where it ends (after its closing quote), or -1 if it is no
   * value. A bare value ends at a space or a delimiter, and at {@code stop}; when {@code close} is
   * not 0 the value must end at {@code stop} followed by {@code close} ("</" ends an XML element's
   * text), and counts as quoted.
   */
  private int value(PhiType type, int from, char stop, int close) {
    int end = s.length();
    char quote =
        from < end && (s.charAt(from) == '"' || s.charAt(from) == '\'') ? s.charAt(from) : 0;
    if (quote != 0) {
      from++;
    }
    int to = from;
    while (to < end
        && to - from <= MAX_VALUE
        && !(close != 0
            ? s.charAt(to) == stop || s.charAt(to) == '\n'
            : valueEnd(s.charAt(to), quote))
        && !(quote == 0 && s.charAt(to) == stop)) {
      to++;
    }
    if (to == from || to - from > MAX_VALUE) {
      return -1;
    }
    int after = to;
    if (quote != 0) {
      if (to == end || s.charAt(to) != quote) {
        return -1;
      }
      after = to + 1;
    } else if (close != 0) {
      if (to + 1 >= end || s.charAt(to) != stop || s.charAt(to + 1) != close) {
        return -1;
      }
      while (to > from && s.charAt(to - 1) == ' ') {
        to--;
      }
      while (from < to && s.charAt(from) == ' ') {
        from++;
      }
    }
    boolean quoted = quote != 0 || close != 0;
    while (!quoted && to > from && s.charAt(to - 1) == '.') {
      to--; // "clientId=517225." ends a sentence
    }
    if (to > from && looksLike(type, from, to, quoted)) {
      out.add(type, from, to, 0.85, "field.key", "a value after a key that names an identifier");
    }
    return after;
  }

  /**
   * A value of a query string or a form's body ({@code
   * client_first=Mar%C3%ADa+Jos%C3%A9&client_dob=08%2F19%2F1940}): after "?" or "&", or before "&",
   * with "+" for a space and "%XX" for a byte, up to the next "&". Takes it as a {@code type} if
   * its decoded text could be one, a title before a name left out; returns whether the value was of
   * a form, found or not.
   */
  private boolean formValue(PhiType type, int keyStart, int from) {
    int n = s.length();
    int to = from;
    boolean encoded = false;
    while (to < n && to - from <= MAX_VALUE && !formEnd(s.charAt(to))) {
      encoded |= s.charAt(to) == '%' || s.charAt(to) == '+';
      to++;
    }
    boolean afterAmpersand =
        keyStart > 0
            && (s.charAt(keyStart - 1) == '&'
                || s.charAt(keyStart - 1) == '?'
                || (keyStart >= 5
                    && s.charAt(keyStart - 1) == ';'
                    && s.regionIs(keyStart - 5, keyStart, "&amp;")));
    boolean form = afterAmpersand || (to < n && s.charAt(to) == '&') || escaped(from, to);
    if (!form || to == from || to - from > MAX_VALUE || s.charAt(from) == '"') {
      return form;
    }
    boolean name = type == PhiType.NAME || type == PhiType.CITY;
    if (!encoded && !name) {
      return false; // "auth=1", "chart=line2": read as any key's value is
    }
    String decoded = decode(from, to);
    int words = 1;
    for (int i = 0; i < decoded.length(); i++) {
      words += decoded.charAt(i) == ' ' ? 1 : 0;
    }
    int title = decoded.indexOf(' ');
    if (type == PhiType.NAME
        && title > 0
        && (Lexicon.get().word(decoded.toCharArray(), 0, title) & (TITLE | ROLE)) != 0) {
      from += title + 1; // "Nurse+Dana+Whitfield"
      decoded = decoded.substring(title + 1);
      words--;
    }
    int comma = decoded.indexOf(',');
    if (type == PhiType.ADDRESS && comma > 0) {
      decoded = decoded.substring(0, comma); // "100 Main St, Springfield": the street before
    }
    Text value = new Text();
    value.load(decoded);
    if ((!name || words <= 6) && Columns.plausible(value, 0, decoded.length(), type)) {
      out.add(
          type,
          from,
          to,
          0.85,
          "field.form",
          "a form's value after a key that names an identifier");
    }
    return true;
  }

  /** Whether {@code [from, to)} holds a "%XX" escape: a value of a form or a query string. */
  private boolean escaped(int from, int to) {
    for (int i = from; i + 2 < to; i++) {
      if (s.charAt(i) == '%' && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A form's value as its text: "+" a space, "%XX" a byte of UTF-8; a "%" that escapes nothing
   * stays as it is.
   */
  private String decode(int from, int to) {
    byte[] bytes = new byte[(to - from) * 3];
    int b = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c == '+') {
        bytes[b++] = ' ';
      } else if (c == '%' && i + 2 < to && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2))) {
        bytes[b++] = (byte) (hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2)));
        i += 2;
      } else {
        byte[] utf8 = String.valueOf(c).getBytes(UTF_8);
        System.arraycopy(utf8, 0, bytes, b, utf8.length);
        b += utf8.length;
      }
    }
    return new String(bytes, 0, b, UTF_8);
  }

  private static int hex(char c) {
    return c >= '0' && c <= '9'
        ? c - '0'
        : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
  }

  private static boolean formEnd(char c) {
    return c == '&' || c == '#' || c == '"' || c == '\'' || c == '<' || c == '>' || c <= ' ';
  }

  /** Whether {@code [from, to)}, written after a key of {@code type}, looks like one. */
  private boolean looksLike(PhiType type, int from, int to, boolean quoted) {
    int digits = 0;
    int letters = 0;
    int capitals = 0;
    int lowerRun = 0;
    int longestLowerRun = 0;
    int words = 1;
    boolean nameChars = true;
    int number = 0;
    for (int i = from; i < to; i++) {
      char ch = s.charAt(i);
      if (ch >= '0' && ch <= '9') {
        digits++;
        number = Math.min(number * 10 + ch - '0', 1000);
      }
      letters += Character.isLetter(ch) ? 1 : 0;
      capitals += Character.isUpperCase(ch) ? 1 : 0;
      lowerRun = Character.isLowerCase(ch) ? lowerRun + 1 : 0;
      longestLowerRun = Math.max(longestLowerRun, lowerRun);
      words += ch == ' ' ? 1 : 0;
      nameChars &=
          Character.isLetter(ch) || ch == ' ' || ch == '-' || ch == '\'' || ch == '.' || ch == ',';
    }
    return switch (type) {
      // A bare value ends at a space, which a name or a street has inside: quoted ones only.
      // A name has a capital, a few words of letters, and is no placeholder ("N/A", "TEST").
      case NAME, CITY ->
          quoted
              && nameChars
              && capitals > 0
              && letters >= 2
              && words <= 4
              && !tk.text.regionIsAny(from, to, PLACEHOLDER_VALUES);
      case ZIP -> digits == 5 || digits == 9;
      case PHONE -> digits >= 7 && digits <= 15 && letters == 0 && number > 0; // "5417730182"
      case ADDRESS -> quoted && digits > 0 && letters >= 2;
      case AGE_OVER_89 -> digits == to - from && number >= 90 && number < 1000;
      case CARD -> // not "card:300px", not "card: $212.40"
          digits >= 4
              && longestLowerRun == 0
              && s.charAt(from) != '$'
              && !(to - from > 3 && s.charAt(to - 3) == '.');
      case ID, MRN, HEALTH_PLAN_ID, SSN, ACCOUNT, LICENSE, DEVICE_ID, VEHICLE_ID ->
          digits >= (type == PhiType.ID ? 4 : 3) // not "Auth: 120 units"
              && number > 0 // not "tin=000"
              && longestLowerRun < 4 // not "gold-2026"
              && !(digits == 4 && to - from == 4 && year(fourDigits(from))); // "emp: 2025"
      default -> false; // dates, e-mail, IPs and URLs: their own shapes find them
    };
  }

  /** The number the four digits at {@code from} write. */
  private int fourDigits(int from) {
    int v = 0;
    for (int i = from; i < from + 4; i++) {
      v = v * 10 + s.charAt(i) - '0';
    }
    return v;
  }

  /** Values a program writes where it has no name: test data, nulls, redaction marks. */
  private static final String[] PLACEHOLDER_VALUES = {
    "n/a",
    "na",
    "none",
    "null",
    "nil",
    "unknown",
    "tbd",
    "test",
    "true",
    "false",
    "string",
    "xxx",
    "redacted",
    "anonymous",
    "john doe",
    "jane doe",
    "first last",
    "lastname",
    "firstname"
  };

  private boolean isQuote(int k) {
    return tk.isPunct(k, '"') || tk.isPunct(k, '\'');
  }

  private static final int MAX_KEY = 40;

  private static final int MAX_VALUE = 64;

  /** At most this many elements of an array are read. */
  private static final int MAX_ELEMENTS = 64;

  private static boolean keyChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }

  /**
   * Whether {@code c} ends a value: its quote ends a quoted one, a delimiter or space a bare one.
   */
  /**
   * A key's value in a label printer's source: in the key's own field ("^FDSSN: 123-45-6789^FS") or
   * in the next field's data, past the commands that place it ("^FDSSN:^FS^FO200,50^FD…"); never
   * the commands themselves.
   */
  private void labelValue(PhiType type, int from) {
    int end = Math.min(s.length(), from + MAX_VALUE);
    if (from < end && s.charAt(from) == '^') {
      int data = from;
      while (data + 2 < end
          && !(s.charAt(data) == '^' && s.charAt(data + 1) == 'F' && s.charAt(data + 2) == 'D')) {
        data++;
      }
      if (data + 2 >= end) {
        return;
      }
      from = data + 3;
    }
    value(type, from, '^', 0);
  }

  private static boolean valueEnd(char c, char quote) {
    if (c == '\n' || c == '\r' || (quote != 0 && c == quote)) {
      return true;
    }
    return quote == 0
        && (Character.isWhitespace(c)
            || c == '"'
            || c == '\''
            || c == ','
            || c == ';'
            || c == '&'
            || c == '|'
            || c == ')'
            || c == ']'
            || c == '}');
  }

  /** "@amara.o", "@dlopez": a chat mention names a person, unless it is a word ("@here"). */
  private void mention(int t) {
    int last = t + 1;
    if (!tk.is(last, WORD) && !tk.is(last, ALNUM)) {
      return;
    }
    while ((tk.isPunct(last + 1, '.') || tk.isPunct(last + 1, '_') || tk.isPunct(last + 1, '-'))
        && tk.joined(last + 1)
        && tk.joined(last + 2)
        && (tk.is(last + 2, WORD) || tk.is(last + 2, ALNUM))) {
      last += 2;
    }
    if ((last == t + 1 && tk.wordIs(last, COMMON | STOP | ROLE) && !tk.wordIs(last, FIRST))
        || tk.bot(last)) {
      return; // "@here", "@evvbot"
    }
    int next = last + 1;
    if ((tk.flags[t + 1] & Tokens.CAPITALIZED) != 0
        && tk.is(next, WORD)
        && (tk.flags[next] & Tokens.CAPITALIZED) != 0
        && !tk.newlineBefore(next)
        && tk.start[next] - tk.end[last] == 1
        && (tk.wordIs(next, LAST)
            || !tk.wordIs(next, COMMON | CLINICAL | STOP | ROLE | MONTH | WEEKDAY))) {
      last = next; // "@Faith Summers": a mention by display name
    }
    out.add(PhiType.NAME, tk.start[t + 1], tk.end[last], 0.8, "name.mention", "a chat mention");
  }

  /** Words no street's name is: "2 TO ST BRENDAN" is a priority and a saint. */
  private static final WordList NO_STREET =
      WordList.of("to", "of", "and", "for", "at", "in", "on", "from", "with", "pending");

  /**
   * Words no street's name is where they are not written as a name's word: "40 MEQ PER DR OKONKWO"
   * is a dose and a doctor, "2ND FLOOR WALK-UP" a floor; "5 By The Sea Lane", "12 Floor Mill Rd"
   * are streets.
   */
  private static final WordList NO_STREET_UNLESS_NAMED =
      WordList.of("per", "by", "floor", "mg", "mcg", "meq", "ml", "cc", "iv", "po", "tab", "tabs");

  /** Units a count is of, shortened, which name no street: "1 HR 40 MIN DRIVE". */
  private static final WordList SHORT_COUNT_UNITS =
      WordList.of("min", "mins", "hr", "hrs", "wk", "wks", "mos", "yr", "yrs", "sec", "secs");

  /**
   * Units a count is of ("2 weeks dr haddad", "3 MONTHS WITH DR PARK"); streets too, capitalized.
   */
  private static final WordList COUNT_UNITS =
      WordList.of(
          "week", "weeks", "wk", "wks", "month", "months", "mo", "mos", "day", "days", "hour",
          "hours", "hr", "hrs", "minutes", "min", "mins", "year", "years", "yr", "yrs");

  /**
   * Whether a street suffix at {@code k} ends an address where it stands: before a comma, a unit or
   * the line's end ("12 WEEKS DR, ALBANY NY", "4 months dr apt 2"), not before a name.
   */
  private boolean streetEndsAfter(int k) {
    if (!tk.wordIs(k, STREET_SUFFIX)) {
      return false;
    }
    int e = tk.isPunct(k + 1, '.') && tk.joined(k + 1) ? k + 2 : k + 1;
    return e >= tk.count || tk.newlineBefore(e) || tk.isPunct(e, ',') || unit(e) > 0;
  }

  /**
   * Whether token {@code t} follows a stamp that opens its line, bracketed ("[3/12 6:47 PM]
   * Sochima: hi", "[10/30/25, 8:02:10 PM] Piotr W:") or before a dash ("4/21/26, 06:52 - will b:"),
   * as chat exports write each message.
   */
  private boolean afterLineStamp(int t) {
    boolean dash = // WhatsApp's export on Android: "4/21/26, 06:52 - will b: omw"
        tk.isPunct(t - 1, '-') && !tk.joined(t) && !tk.joined(t - 1) && tk.is(t - 2, NUM);
    if (!tk.isPunct(t - 1, ']') && !dash) {
      return false;
    }
    boolean time = false;
    for (int k = t - 2; k >= 0 && k >= t - 16; k--) {
      if (tk.isPunct(k, '[')) {
        return k == 0 || tk.newlineBefore(k);
      }
      if (!(tk.is(k, NUM)
          || tk.is(k, PUNCT)
          || tk.length(k) <= 2
          || tk.wordIs(k, MONTH | WEEKDAY))) { // "[Feb 16 9:02 AM]", "[Mon 9:02]"
        return false;
      }
      time |= tk.isPunct(k, ':') && tk.is(k - 1, NUM) && tk.is(k + 1, NUM);
      if (k == 0 || tk.newlineBefore(k)) {
        // A dashed stamp opens its line with its day and holds a time: not "Section 2 - List A:"
        return dash && time && (tk.is(k, NUM) || tk.wordIs(k, MONTH));
      }
    }
    return false;
  }

  private static final WordList BEFORE_A_PLACE =
      WordList.of("in", "from", "near", "outside", "visiting");

  private static final int NOT_A_PLACE_ABROAD =
      FIRST
          | LAST
          | COMMON
          | CLINICAL
          | ORG
          | STOP
          | ROLE
          | TITLE
          | MONTH
          | WEEKDAY
          | STATE
          | STATE_NAME
          | Lexicon.LANGUAGE
          | Lexicon.COUNTRY
          | STREET_SUFFIX
          | PLACE;

  /**
   * "calling from Kharkiv", "his sister in Debrecen", "stationed in Kaiserslautern", "Kisumu,
   * Kenya": a town abroad, from the gazetteer of places outside the US and Canada, after a word
   * that introduces a place or before a comma and a country. A name of one word that is also an
   * ordinary word, a given name, a surname or a US or Canadian place is left to the model.
   */
  private void placeAbroad(int t) {
    boolean cue = tk.equalsAnyIgnoreCase(t - 1, BEFORE_A_PLACE) && !tk.newlineBefore(t);
    int longest = -1;
    int last = t;
    boolean names = tk.wordIs(t, FIRST | LAST); // "Maria Lopez" is no town, whatever the gazetteer
    if (!tk.is(t, WORD) || tk.wordIs(t, STOP | ROLE | TITLE | MONTH | WEEKDAY)) {
      return;
    }
    for (int words = 1; words <= 4; words++) {
      if (words > 1) {
        int sep = last + 1;
        if (!(tk.isPunct(sep, '-') && tk.joined(sep) && tk.joined(sep + 1))
            && !(tk.is(sep, WORD)
                && tk.start[sep] == tk.end[last] + 1
                && s.charAt(tk.end[last]) == ' ')) {
          break;
        }
        last = tk.is(sep, WORD) ? sep : sep + 1;
        if (!tk.is(last, WORD)
            || tk.wordIs(last, STOP | ROLE | TITLE | MONTH | WEEKDAY | ORG)
            || ((tk.flags[last] & Tokens.CAPITALIZED) == 0 && !tk.wordIs(last, PARTICLE))) {
          break;
        }
        names &= tk.wordIs(last, FIRST | LAST);
      } else if (tk.length(t) < 3 || tk.wordIs(t, NOT_A_PLACE_ABROAD)) {
        continue;
      }
      if ((cue || countryAfter(last + 1) > 0)
          && !(words > 1 && names)
          && Lexicon.placeAbroad(s, tk.start[t], tk.end[last])) {
        longest = last;
      }
    }
    if (longest >= 0 && !ContextModel.homeCareAfter(tk, longest + 1)) { // "Brightwater Home Care"
      out.add(
          PhiType.CITY,
          tk.start[t],
          tk.end[longest],
          0.7,
          "city.abroad",
          "a town abroad in the gazetteer, after a word for a place or before its country");
    }
  }

  /**
   * The last token of ", Country" at {@code k} ("Kisumu, Kenya", "San Pedro Sula, Honduras"), or -1
   * when none: a country of one word or of several.
   */
  private int countryAfter(int k) {
    if (!tk.isPunct(k, ',') || !tk.is(k + 1, WORD) || (tk.flags[k + 1] & Tokens.CAPITALIZED) == 0) {
      return -1;
    }
    if (tk.wordIs(k + 1, Lexicon.COUNTRY)) {
      return k + 1; // "Amman, Jordan": the town before it is the gazetteer's
    }
    for (int last = k + 2; last <= k + 5 && last < tk.count; last++) {
      if (tk.newlineBefore(last)) {
        break;
      }
      if (tk.is(last, WORD) && Lexicon.get().countryOfWords(s, tk.start[k + 1], tk.end[last])) {
        return last;
      }
    }
    return -1;
  }

  private static final int NOT_A_COUNTY_NAME =
      STOP | ROLE | TITLE | MONTH | WEEKDAY | ORG | STREET_SUFFIX | UNIT | CLINICAL;

  /**
   * "County: Mattox": a person's county in a form's field locates them as a town does (Safe Harbor
   * removes both), as a notary's venue does ("County of Bexar" opening a line). A county named in
   * running text ("clients in Butler County", "Clark County Health Department") is left to the
   * model, which tells a service area or an office from where someone lives.
   */
  private void county(int t) {
    if (!tk.equalsIgnoreCase(t, "county")
        || !(t == 0 || tk.newlineBefore(t) || !tk.is(t - 1, WORD))) {
      return;
    }
    int first = t + 1;
    if (tk.equalsIgnoreCase(first, "of") && (t == 0 || tk.newlineBefore(t))) {
      first++; // a notary's venue: "State of Texas / County of Bexar"
    }
    if (!tk.isPunct(first, ':') && first == t + 1) {
      return;
    }
    if (tk.isPunct(first, ':')) {
      first++;
    }
    if (!countyName(first) || tk.newlineBefore(first)) {
      return;
    }
    int last = first;
    if (countyName(first + 1) && !tk.newlineBefore(first + 1)) {
      last = first + 1;
    }
    if (!tk.newlineBefore(last + 1)
        && (tk.wordIs(last + 1, ORG) || tk.equalsAnyIgnoreCase(last + 1, AGENCY_WORDS))) {
      return; // "County of Los Angeles Department of Health": an agency, which locates no one
    }
    out.add(PhiType.CITY, tk.start[first], tk.end[last], 0.6, "city.county", "a county's field");
  }

  private static final WordList AGENCY_WORDS =
      WordList.of(
          "department",
          "dept",
          "sheriff",
          "court",
          "board",
          "office",
          "public",
          "division",
          "social");

  /** Words that name an account, after which a lower-case word is its login. */
  private static final WordList ACCOUNT_WORDS =
      WordList.of(
          "user", "username", "login", "logon", "userid", "uid", "account", "samaccountname");

  /** Of those, the ones that mean nothing but an account's name. */
  private static final WordList LOGIN_WORDS =
      WordList.of("username", "login", "logon", "userid", "uid", "samaccountname");

  /**
   * Whether {@code s[a, e)} opens with two consonants no English word opens with ("kfenwick",
   * "mlopez", "jbird"): an initial before a name, not "onboarding" or "dropdown".
   */
  private boolean initialThenName(int a, int e) {
    if (e - a < 5) {
      return false;
    }
    char x = WordTable.lower(s.charAt(a));
    char y = WordTable.lower(s.charAt(a + 1));
    if (VOWELS.indexOf(x) >= 0 || VOWELS.indexOf(y) >= 0 || y == 'h') {
      return false;
    }
    for (String onset : ONSETS) {
      if (onset.charAt(0) == x && onset.charAt(1) == y) {
        return false;
      }
    }
    return true;
  }

  private static final String VOWELS = "aeiouy";

  private static final String[] ONSETS = {
    "bl", "br", "cl", "cr", "dr", "dw", "fl", "fr", "gl", "gr", "kl", "kn", "kr", "pl", "pr", "ps",
    "sc", "sk", "sl", "sm", "sn", "sp", "sq", "st", "sw", "tr", "tw", "wr", "gn", "pn"
  };

  /** What an authentication log writes before "for" and a login: "Accepted publickey for". */
  private static final WordList AUTH_BEFORE_FOR = WordList.of("password", "publickey");

  private static final WordList BEFORE_A_LOGIN =
      WordList.of(
          "by",
          "caller",
          "tech",
          "clerk",
          "user",
          "username",
          "login",
          "logon",
          "userid",
          "uid",
          "for",
          "as",
          "author",
          "actor",
          "owner",
          "assignee",
          "operator",
          "agent",
          "editor",
          "reviewer",
          "approver",
          "createdby",
          "updatedby",
          "modifiedby");

  /**
   * "Run by: tgreenberg", "Approved by r.ambrose", "user kmoua", "jramirez2", {@code
   * "author":"aroberts"}: a login built from a name (an initial or two and a listed surname, or a
   * given name or initial, a point and a surname), in lower case, after a word or key that
   * introduces a user.
   */
  private void login(int t) {
    if (departmentLogin(t)) {
      return;
    }
    if ((tk.flags[t] & (Tokens.CAPITALIZED | Tokens.ALL_CAPS)) != 0
        || (tk.joined(t)
            && !isQuote(t - 1)
            && !tk.isPunct(t - 1, '=')
            && !tk.isPunct(t - 1, ':')
            && !tk.isPunct(t - 1, '(')
            && !tk.isPunct(t - 1, '\\'))
        || tk.wordIs(t, COMMON | CLINICAL | STOP | ROLE | TITLE | MONTH | WEEKDAY)) {
      return;
    }
    int cue = isQuote(t - 1) ? t - 2 : t - 1; // "author":"aroberts", actor="tomasz.wrobel"
    cue = tk.isPunct(cue, ':') || tk.isPunct(cue, '=') ? cue - 1 : cue;
    cue = isQuote(cue) ? cue - 1 : cue;
    cue = tk.isPunct(cue, '(') && tk.joined(cue + 1) ? cue - 1 : cue; // "your account (mlopez)"
    boolean userName = // "user.name":"tbrown", user_name=ohernandez
        tk.equalsIgnoreCase(cue, "name")
            && tk.joined(cue)
            && (tk.isPunct(cue - 1, '.') || tk.isPunct(cue - 1, '_'))
            && tk.equalsIgnoreCase(cue - 2, "user");
    // A word that names an account takes any login: after a colon, an equals sign or a bracket,
    // or a word that can mean nothing else ("username"); after a bare "user" or "account" one
    // that opens with an initial ("user kfenwick", not "user onboarding"); after "by" or "for"
    // only one built from a listed surname. "Account Name: kfenwick", "AGENCY\\kfenwick" too.
    boolean separated = cue < t - 1;
    boolean windows =
        tk.isPunct(t - 1, '\\')
            && tk.joined(t)
            && tk.joined(t - 1)
            && tk.is(t - 2, WORD)
            && (tk.flags[t - 2] & Tokens.ALL_CAPS) != 0;
    boolean accountName =
        tk.equalsIgnoreCase(cue, "name") && tk.equalsAnyIgnoreCase(cue - 1, ACCOUNT_WORDS);
    boolean
        authLog = // sshd's "Failed password for mokafor", "Invalid user mokafor"; "logged in as"
        (tk.equalsIgnoreCase(cue, "for") && tk.equalsAnyIgnoreCase(cue - 1, AUTH_BEFORE_FOR))
                || (tk.equalsIgnoreCase(cue, "user") && tk.equalsIgnoreCase(cue - 1, "invalid"))
                || (tk.equalsIgnoreCase(cue, "as")
                    && (tk.equalsIgnoreCase(cue - 1, "in") || tk.equalsIgnoreCase(cue - 1, "on"))
                    && (tk.equalsIgnoreCase(cue - 2, "logged")
                        || tk.equalsIgnoreCase(cue - 2, "signed")));
    boolean afterItsName =
        tk.isPunct(t - 1, '(') && cue == t - 2 && cue >= 0 && loginOfName(cue, t);
    boolean account =
        userName
            || windows
            || afterItsName
            || accountName
            || (authLog && !systemAccount(s, tk.start[t], tk.end[t]))
            || (tk.equalsAnyIgnoreCase(cue, ACCOUNT_WORDS)
                && (separated
                    || tk.equalsAnyIgnoreCase(cue, LOGIN_WORDS)
                    || initialThenName(tk.start[t], tk.end[t])));
    boolean cued = account || tk.equalsAnyIgnoreCase(cue, BEFORE_A_LOGIN);
    if (!cued && !actorColumn(t)) {
      return;
    }
    int last = t;
    boolean name;
    if ((tk.isPunct(t + 1, '.') || tk.isPunct(t + 1, '_'))
        && tk.joined(t + 1)
        && tk.joined(t + 2)
        && tk.is(t + 2, WORD)
        && tk.lowerCase(t + 2)) {
      last = t + 2; // "r.ambrose", "fatima_zahra"
      boolean initial = tk.length(t) == 1 || tk.wordIs(t, FIRST);
      boolean surname = tk.wordIs(last, LAST | FIRST) && !tk.wordIs(last, COMMON);
      // After an account's word, any two parts that are no words ("abdi.warsame"), not
      // "carelink_app".
      name =
          account
              ? !tk.wordIs(last, COMMON | STOP | CLINICAL) && !machine(tk.start[t], tk.end[last])
              : initial && surname;
    } else {
      int a = tk.start[t];
      int b = tk.end[t];
      while (b > a && Tokens.isDigit(s.charAt(b - 1))) {
        b--; // "jramirez2"
      }
      name =
          b - a >= 4
              && (surnameAt(a + 1, b) || surnameAt(a + 2, b) || (account && !machine(a, b)))
              && allLowerLetters(a, b)
              // an audit log's actor: a surname that is no word ("kpatel", not "upower")
              && (cued || plainSurnameAt(a + 1, b));
    }
    if (name
        && (!tk.joined(last + 1) || tk.is(last + 1, PUNCT))
        && !systemAccount(s, tk.start[t], tk.end[last])) {
      out.add(
          PhiType.NAME,
          tk.start[t],
          tk.end[last],
          accountName || authLog || userName || windows ? 0.9 : account ? 0.75 : 0.6,
          "name.login",
          "a login built from a name");
    }
  }

  /**
   * "sched.mpatel", "hr.jbello", "it.rkhoury": a login a department's prefix opens, its person's
   * part an initial or two and a listed surname. Whether one was found at {@code t}.
   */
  private boolean departmentLogin(int t) {
    int p = t + 2;
    if (!tk.lowerCase(t)
        || !tk.equalsAnyIgnoreCase(t, DEPARTMENTS)
        || !tk.isPunct(t + 1, '.')
        || !tk.joined(t + 1)
        || !tk.joined(p)
        || !tk.is(p, WORD)
        || !tk.lowerCase(p)
        || (tk.joined(t) && !tk.is(t - 1, PUNCT))
        || (tk.joined(p + 1) && !tk.is(p + 1, PUNCT))) {
      return false;
    }
    int a = tk.start[p];
    int b = tk.end[p];
    if (b - a < 4 || !(surnameAt(a + 1, b) || surnameAt(a + 2, b)) || tk.wordIs(p, COMMON)) {
      return false;
    }
    out.add(
        PhiType.NAME, tk.start[t], b, 0.75, "name.login", "a login a department's prefix opens");
    return true;
  }

  private static final WordList DEPARTMENTS =
      WordList.of(
          "hr",
          "it",
          "sched",
          "scheduling",
          "billing",
          "payroll",
          "ops",
          "intake",
          "office",
          "clin",
          "qa",
          "fin",
          "mktg",
          "cs");

  /**
   * Whether login {@code t}, in brackets after the capitalized word {@code name}, is built from
   * that name or the one before it: "Wren Holloway (wholloway)", "Lidia (lwojcik)".
   */
  private boolean loginOfName(int name, int t) {
    if ((tk.flags[name] & Tokens.CAPITALIZED) == 0 || !tk.is(name, WORD) || tk.length(t) < 4) {
      return false;
    }
    int a = tk.start[t];
    int e = tk.end[t];
    int n = tk.length(name);
    if (e - a - 1 == n) {
      int i = 0;
      while (i < n
          && WordTable.lower(s.charAt(a + 1 + i))
              == WordTable.lower(s.charAt(tk.start[name] + i))) {
        i++;
      }
      if (i == n) {
        return true; // an initial and the surname before it
      }
    }
    char initial = s.charAt(a);
    boolean first =
        WordTable.lower(s.charAt(tk.start[name])) == initial
            || (name > 0
                && (tk.flags[name - 1] & Tokens.CAPITALIZED) != 0
                && WordTable.lower(s.charAt(tk.start[name - 1])) == initial);
    return first && initialThenName(a, e);
  }

  /**
   * Whether {@code s[a, b)} names a program's account, a word for one at its start or end:
   * "evvsync", "svcpayroll", "scanbot"; not "capitano" or "sprinter".
   */
  private boolean machine(int a, int b) {
    for (String part : MACHINE_PARTS) {
      int n = part.length();
      if (b - a >= n && (s.regionIs(a, a + n, part) || s.regionIs(b - n, b, part))) {
        return true;
      }
    }
    return false;
  }

  private static final String[] MACHINE_PARTS = {
    "sync", "svc", "admin", "test", "service", "system", "scan", "print", "kiosk", "api", "backup",
    "noreply", "daemon"
  };

  /** Whether {@code s[a, b)} is a listed surname ("smith", "lee"), after an initial or two. */
  private boolean surnameAt(int a, int b) {
    return b - a >= 3 && (Lexicon.get().word(tk.text.chars, a, b) & LAST) != 0;
  }

  /**
   * Whether the letters from {@code a} to {@code b} are a listed surname of five letters or more
   * that is no word: an initial's login ("kpatel"), not a program's ("crond", "ebilling").
   */
  private boolean plainSurnameAt(int a, int b) {
    int classes = Lexicon.get().word(tk.text.chars, a, b);
    return b - a >= 5 && (classes & LAST) != 0 && (classes & (ORDINARY | CLINICAL)) == 0;
  }

  private boolean allLowerLetters(int a, int b) {
    for (int i = a; i < b; i++) {
      if (!Tokens.isLower(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** "Tuesdays", "Mondays": weekdays in the plural, which the lexicon lists singular only. */
  private static final WordList WEEKDAYS =
      WordList.of(
          "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays");

  private boolean countyName(int k) {
    return tk.is(k, WORD)
        && (tk.flags[k] & Tokens.CAPITALIZED) != 0
        && tk.length(k) >= 2
        && !tk.wordIs(k, NOT_A_COUNTY_NAME)
        && (!tk.wordIs(k, COMMON) || tk.wordIs(k, PLACE | PLACE_PART | LAST));
  }

  /**
   * "Harborview, PA 19103", "CHICAGO IL 60614": the town of an address, one to three capitalized
   * words before a state's abbreviation and a ZIP code on the same line, opening the line or after
   * a street (a comma, a number, a street or unit word).
   */
  /**
   * Whether country name {@code k} is a town of an address line, alone between the street and the
   * state: "6127 Sycamore Bend Rd, Lebanon, TN 37087", "12 Main St, Peru, IN 46970".
   */
  private boolean countryTownInAddress(int k, int last) {
    return k == last
        && tk.isPunct(k - 1, ',')
        && (tk.wordIs(k - 2, STREET_SUFFIX | UNIT) || tk.is(k - 2, NUM));
  }

  private void cityBeforeState(int t) {
    if (!tk.is(t + 1, NUM) || tk.length(t + 1) != 5 || tk.joined(t + 1) || idLabel(t)) {
      return;
    }
    int last = tk.isPunct(t - 1, ',') ? t - 2 : t - 1;
    if (tk.newlineBefore(t) || (last == t - 2 && tk.newlineBefore(t - 1))) {
      return;
    }
    int first = -1;
    for (int k = last; k > last - 3 && k >= 0; k--) {
      if (!tk.is(k, WORD)
          || (tk.flags[k] & Tokens.CAPITALIZED) == 0
          || tk.wordIs(
              k,
              STREET_SUFFIX
                  | UNIT
                  | ORG
                  | STOP
                  | ROLE
                  | TITLE
                  | STATE
                  | DIRECTION
                  | Lexicon.LANGUAGE)
          || (tk.wordIs(k, Lexicon.COUNTRY) && !countryTownInAddress(k, last))) {
        break;
      }
      first = k;
      if (k == 0
          || tk.newlineBefore(k)
          || tk.start[k] != tk.end[k - 1] + 1
          || s.charAt(tk.end[k - 1]) != ' ') {
        break;
      }
    }
    int before = first - 1;
    if (first >= 0
        && (first == 0
            || tk.newlineBefore(first)
            || tk.isPunct(before, ',')
            || tk.is(before, NUM)
            || tk.wordIs(before, STREET_SUFFIX | UNIT))) { // "Send refund to Aetna, CT" is no town
      out.add(
          PhiType.CITY,
          tk.start[first],
          tk.end[last],
          0.6,
          "city.before-state",
          "before a state and a ZIP code");
    }
  }

  /**
   * "Haverford, J (3/13)", "Petrakis, D (North)": a surname, a comma and an initial, as rosters and
   * schedules list people. The surname is no ordinary word unless a surname list has it.
   */
  private void surnameAndInitial(int t) {
    int i = t + 2;
    if (!tk.isPunct(t + 1, ',')
        || !tk.joined(t + 1)
        || !tk.is(i, WORD)
        || tk.length(i) != 1
        || (tk.flags[i] & Tokens.CAPITALIZED) == 0
        || tk.joined(i)
        || tk.length(t) < 2
        || (tk.wordIs(t, NOT_A_SURNAME) && !tk.wordIs(t, LAST))
        || tk.wordIs(t, STOP | ROLE | TITLE | MONTH | WEEKDAY | Lexicon.LANGUAGE | Lexicon.COUNTRY)
        || !titleCase(t)
        || tk.equalsAnyIgnoreCase(t, WEEKDAYS)) {
      return;
    }
    if ((tk.isPunct(i + 1, ',') && tk.length(i + 2) == 1)
        || (tk.isPunct(i + 1, '-')
            && tk.joined(i + 1)
            && tk.is(i + 2, WORD)
            && tk.length(i + 2) == 1
            && tk.joined(i + 2))
        || (tk.equalsIgnoreCase(t - 1, "in") && tk.equalsIgnoreCase(t - 2, "as"))) {
      return; // "V as in Victor, O, N, G", "Nguyen, N-G-U-Y-E-N": a name spelled out
    }
    if (tk.isPunct(t - 1, '&')
        && tk.isPunct(i + 1, '.')
        && tk.joined(i + 1)
        && tk.length(i + 2) == 1
        && tk.joined(i + 2)) {
      return; // "Ojukwu & Lamb, P.A.": a law firm, a professional association
    }
    boolean ends =
        i + 1 >= tk.count
            || tk.newlineBefore(i + 1)
            || (tk.is(i + 1, PUNCT) && !tk.isPunct(i + 1, '\''))
            || (tk.is(i + 1, WORD)
                && !capital(i + 1)
                && tk.length(i + 1) > 1
                && !tk.equalsIgnoreCase(i, "i")); // "Tuesdays, I think"
    if (!ends) {
      return;
    }
    int first = t;
    while (sepIs(first - 1, '-') && tk.is(first - 2, WORD) && titleCase(first - 2)) {
      first -= 2; // "Pruitt-Gaines, L."
    }
    int last = tk.isPunct(i + 1, '.') && tk.joined(i + 1) ? i + 1 : i;
    out.add(
        PhiType.NAME,
        tk.start[first],
        tk.end[last],
        0.6,
        "name.surname-initial",
        "a surname, a comma and an initial");
  }

  /** What a transcript calls a voice it has no name for: "Speaker A:", "Caller 2:". */
  private static final WordList VOICES =
      WordList.of(
          "speaker",
          "spkr",
          "caller",
          "participant",
          "voice",
          "person",
          "unknown",
          "interviewer",
          "respondent",
          "operator");

  /**
   * "deb: ty", "sue b: ok": a speaker's name opening a line, in a text where at least three lines
   * open that way (a chat): a listed given name, a nickname in lower case, or any word with an
   * initial; never a word in capitals, a role or a label ("SCHED:", "Plan:", "Client:").
   */
  private void speaker(int t) {
    int last = speakerEnd(t);
    if (last < 0
        || ((tk.flags[t] & Tokens.ALL_CAPS) != 0 // "SCHED:", "CPR:": roles and form fields
            && !(last == t + 2 && tk.wordIs(t, FIRST))) // not "DESHAWN_RN:", a handle
        || (last == t
            && !tk.wordIs(t, FIRST)
            && !nickname(t)
            && !(afterLineStamp(t) && !tk.wordIs(t, COMMON))) // "[6:47 PM] Sochima: hi"
        || tk.wordIs(t, STOP | KEYWORD | GENERIC_LABEL | CLINICAL | ROLE | TITLE | MONTH | WEEKDAY)
        || tk.equalsAnyIgnoreCase(t, VOICES) // "Speaker A:", "Caller 2:"
        || (last == t && tk.equalsAnyIgnoreCase(t, OFFICE_ROLES)) // "coord: thx"
        || tk.cue[t] != 0
        || tk.bot(last)
        || (chatLines.get() < 3 && !afterLineStamp(t))) {
      return; // a chat's stamp says so on its own; a line's first word needs other such lines
    }
    // A handle ("deshawn_rn", "kristy.hr") is named whole, over the model's given name in it.
    // A sender after a stamp, in a chat of three such lines or more, is named enough for the
    // name's other mentions in lower case ("marv you coming") to be taken too.
    double confidence =
        last == t + 2 && tk.length(last) <= 3
            ? 0.95
            : afterLineStamp(t) && chatLines.get() >= 3 ? 0.8 : 0.7;
    out.add(
        PhiType.NAME,
        tk.start[t],
        tk.end[last],
        confidence,
        "name.speaker",
        "opens a line of a chat");
  }

  /**
   * "[00:21:07] librarian deb: okay", "Coach Tasha: feet flat": a speaker's name after the role or
   * title the captions give, opening a line of a chat or a post after its time stamp.
   */
  private void speakerAfterARole(int t) {
    int name = t + 1;
    if (!(tk.wordIs(t, ROLE | TITLE) || tk.equalsAnyIgnoreCase(t, CAPTIONED_ROLES))
        || tk.newlineBefore(name)
        || speakerEnd(name) != name
        || tk.wordIs(
            name, STOP | KEYWORD | GENERIC_LABEL | CLINICAL | ROLE | TITLE | MONTH | WEEKDAY)
        || tk.cue[name] != 0
        || !(tk.lowerCase(name) || titleCase(name)) // "PT INDEP:", "Patient IDs:": fields
        || !(tk.wordIs(name, FIRST) || nickname(name))
        || (tk.equalsAnyIgnoreCase(t, OFFICE_ROLES) && !tk.wordIs(name, FIRST)) // "coord asap:"
        || (chatLines.get() < 3 && !afterLineStamp(t))) {
      return;
    }
    out.add(
        PhiType.NAME,
        tk.start[name],
        tk.end[name],
        0.8,
        "name.speaker",
        "a speaker's name after a role, opening a line of a chat");
  }

  /**
   * Who a class's or meeting's captions, or an office's chat, name by role and given name:
   * "librarian deb:", "coord deb:".
   */
  private static final WordList CAPTIONED_ROLES =
      WordList.of(
          "librarian",
          "coach",
          "instructor",
          "teacher",
          "trainer",
          "host",
          "profesora",
          "profesor",
          "maestra",
          "maestro",
          "pastor",
          "chaplain",
          "docent",
          "tutor",
          "leader",
          "facilitator",
          "coord", // an office's chat: "coord deb:", "sched tina:"
          "sched",
          "supv");

  /** An office's roles before a chat's name, which takes a listed given name only. */
  private static final WordList OFFICE_ROLES = WordList.of("coord", "sched", "supv");

  /** Whether word {@code k} is an ordinary word and on no list of names ("complete", "bot"). */
  private boolean aWordNoName(int k) {
    return (tk.wordIs(k, COMMON) && !tk.wordIs(k, FIRST | LAST)) || tk.bot(k);
  }

  /** "CNA.0041722", "LPN.0031546": a registry's licence number, its prefix and digits dotted. */
  private void dottedLicense(int t) {
    if (!codeLetters(t)
        || !tk.isPunct(t + 1, '.')
        || !tk.joined(t + 1)
        || !tk.joined(t + 2)
        || !tk.is(t + 2, NUM)
        || tk.length(t + 2) < 5
        || (tk.joined(t + 3) && !tk.is(t + 3, PUNCT))) {
      return;
    }
    out.add(
        PhiType.LICENSE,
        tk.start[t],
        tk.end[t + 2],
        0.9,
        "license.prefix",
        "professional license prefix");
  }

  /**
   * "grace.bello 9:16 AM": a chat export's line holding only a poster's handle made of a name and
   * the time of the post (Slack, Teams), the post on the lines under it.
   */
  private void handleOverTime(int t) {
    if (!tk.is(t, WORD)
        || !tk.lowerCase(t)
        || !(tk.isPunct(t + 1, '.') || tk.isPunct(t + 1, '_'))
        || !tk.joined(t + 1)
        || !tk.joined(t + 2)
        || !tk.is(t + 2, WORD)
        || !tk.lowerCase(t + 2)
        || !(tk.wordIs(t, FIRST) || tk.wordIs(t + 2, FIRST | LAST))
        || aWordNoName(t)
        || aWordNoName(t + 2)) {
      return; // "mark.complete", "payroll.bot": a program's words
    }
    int k = t + 3;
    if (!tk.is(k, NUM)
        || tk.joined(k)
        || !tk.isPunct(k + 1, ':')
        || !tk.joined(k + 1)
        || !tk.is(k + 2, NUM)
        || !tk.joined(k + 2)) {
      return;
    }
    int e = k + 3;
    if (amPm(e)) {
      e++;
    }
    if (e < tk.count && !tk.newlineBefore(e)) {
      return;
    }
    out.add(
        PhiType.NAME,
        tk.start[t],
        tk.end[t + 2],
        0.8,
        "name.handle",
        "a chat handle made of a name, over its post's time");
  }

  /**
   * "deafdan58: hi i am deaf", "agent_lili: sure", "[06:12] on-call_marcy: client passed": a chat's
   * screen name opening a line, words joined by "_" or "." (a role may lead: "dispatch_tj") or a
   * word and digits, named whole. Its name part is a given name or no word of the lexicon; the post
   * says something in words; and the text is a chat: a post's time stamp before it, or three lines
   * opening with such names. Not a setting's key ("max_retries: 3", "app_server:").
   */
  private void screenName(int t) {
    int last = screenNameEnd(t, 1);
    if (last == t && tk.equalsAnyIgnoreCase(t, OFFICE_ROLES)) {
      return; // "coord: ok", a role; "coord_mike:" is a name
    }
    int lines = last < 0 ? 0 : screenNameLines.get();
    if (last >= 0 && (afterTimeStamp(t) || lines >= 3 || initialAndSurname(t))) {
      out.add(
          PhiType.NAME,
          tk.start[t],
          tk.end[last],
          0.9,
          "name.screen-name",
          "a chat's screen name opening a post");
    }
  }

  /**
   * The last token of a screen name opening a post of two words or more at {@code t}, or -1: what
   * makes a text a chat.
   */
  private int screenNameEnd(int t) {
    return screenNameEnd(t, 2);
  }

  /** The last token of a screen name opening a post of {@code postWords} words at {@code t}. */
  private int screenNameEnd(int t, int postWords) {
    if (t >= tk.count) {
      return -1;
    }
    boolean capitals = (tk.flags[t] & Tokens.ALL_CAPS) != 0;
    if (capitals && !afterTimeStamp(t)) {
      return -1; // in capitals, only after a post's clock time: "[10:02] JNGUYEN_SCHED:"
    }
    int last;
    int namePart;
    if (tk.is(t, ALNUM)) {
      int a = tk.start[t];
      int e = tk.end[t];
      int letters = 0;
      while (a + letters < e && Character.isLetter(s.charAt(a + letters))) {
        letters++;
      }
      int digits = e - a - letters;
      if (letters < 4
          || digits < 2
          || digits > 4
          || letters > 16
          || digitCount(t) != digits
          || !nameOrNoWord(Lexicon.get().word(s.chars, a, a + letters))) {
        return -1; // "deafdan58", "deshawn123", not "server01", "Medic12", "Patient1", "eth0"
      }
      last = t;
      namePart = -1;
    } else if (tk.is(t, WORD)) {
      last = t;
      boolean joiner = false;
      while (last + 2 < tk.count
          && (tk.isPunct(last + 1, '_') || tk.isPunct(last + 1, '.') || tk.isPunct(last + 1, '-'))
          && tk.joined(last + 1)
          && tk.joined(last + 2)
          && tk.is(last + 2, WORD)
          && tk.end[last + 2] - tk.start[t] <= 24) {
        joiner |= !tk.isPunct(last + 1, '-');
        last += 2;
      }
      boolean login = !joiner && !capitals && initialAndSurname(t); // "dtorres:", "kbaptiste:"
      if ((!joiner && !login) || (tk.isPunct(last - 1, '.') && tk.length(last) < 3)) {
        return -1; // "main.py", "run.sh"
      }
      boolean initials = // "dispatch_tj", not "jenkins_ci"
          tk.length(last) == 2
              && tk.word[last] == 0
              && (tk.wordIs(t, ROLE) || tk.equalsAnyIgnoreCase(t, DESKS));
      boolean surname = // "bea_nwosu": a given name, then a surname no list holds
          tk.word[last] == 0 && tk.length(last) >= 3 && last == t + 2 && screenNamePart(t);
      if (capitals && !capitalHandle(t, last)) {
        return -1;
      }
      boolean deskLogin = // "jpark_intake": a login no list holds, then a desk
          last == t + 2
              && tk.word[t] == 0
              && tk.length(t) >= 4
              && tk.equalsAnyIgnoreCase(last, DESKS);
      namePart = initials || surname || capitals || login || deskLogin ? -1 : last;
    } else {
      return -1;
    }
    if (!tk.isPunct(last + 1, ':')
        || !tk.joined(last + 1)
        || tk.joined(last + 2)
        || last + 2 >= tk.count
        || tk.newlineBefore(last + 2)) {
      return -1;
    }
    for (int k = t; k <= last; k += 2) {
      if (tk.wordIs(k, KEYWORD | GENERIC_LABEL | MONTH | WEEKDAY)
          || tk.bot(k)
          || tk.equalsAnyIgnoreCase(k, DAEMONS)) {
        return -1;
      }
    }
    if (namePart >= 0 && !screenNamePart(namePart)) {
      boolean named = false; // "maria_g_rn": a name, then a role
      for (int k = t; k < namePart && tk.wordIs(namePart, ROLE | LICENSE_PREFIX); k += 2) {
        named |= tk.wordIs(k, FIRST) && !tk.wordIs(k, STOP | CLINICAL) && tk.length(k) >= 3;
      }
      if (!named) {
        return -1; // "max_retries", "app.server", "user_id": a program's words
      }
    }
    int words = 0;
    for (int k = last + 2; k < tk.count && !tk.newlineBefore(k) && words < postWords; k++) {
      if (tk.is(k, WORD)) {
        words++;
      }
    }
    return words >= postWords ? last : -1;
  }

  /**
   * Whether the handle in capitals from {@code t} to {@code last} names someone: a part that is a
   * listed name and no ordinary word ("DISPATCH_IKE", "IT_RAVI"), or a login that no list holds
   * before a role or a desk ("JNGUYEN_SCHED", "CGARCIA_AIDE"); not "KAFKA_CONSUMER".
   */
  private boolean capitalHandle(int t, int last) {
    for (int k = t; k <= last; k += 2) {
      if (tk.length(k) >= 3 && tk.wordIs(k, FIRST | LAST) && !tk.wordIs(k, ORDINARY)) {
        return true;
      }
    }
    return last == t + 2
        && tk.word[t] == 0
        && tk.length(t) >= 4
        && (tk.wordIs(last, ROLE | LICENSE_PREFIX) || tk.equalsAnyIgnoreCase(last, DESKS));
  }

  /** Whether word classes {@code classes} are no word's, or a name's and no ordinary word's. */
  private static boolean nameOrNoWord(int classes) {
    return classes == 0 || ((classes & (FIRST | LAST)) != 0 && (classes & ORDINARY) == 0);
  }

  /** Whether word {@code k} of a screen name may be the name in it: a listed name, no word. */
  private boolean screenNamePart(int k) {
    return tk.length(k) >= 2
        && (tk.flags[k] & Tokens.ALL_CAPS) == 0
        && tk.wordIs(k, FIRST | LAST)
        && !tk.wordIs(k, ORDINARY);
  }

  /**
   * "kbrennan 6:52 am: anyone covering", "yolanda p 2:31 pm: quick q", "3/11 10:40 jwu: can't
   * verify": a chat's poster, a login or a name, written before the post's time or after its day
   * and time, opening two posts of the text or more. A login that is a short word no list holds
   * ("jwu") needs a second poster in the text; an ordinary word ("visit 10:30 am:"), a label, a
   * month or a role never posts.
   */
  private void poster(int t) {
    int last = posterEnd(t);
    if (last < 0) {
      return;
    }
    int posts = posterLines.get();
    boolean named = namedPoster(t, last);
    // A login before its post's time is a chat's ("becca 8:41 am:", "nat 8:42 am:"); after a time
    // it may be a program's log ("2025-08-19 17:20 werkzeug:", "17:20:05 werkzeug:"), so there it
    // posts only beside a named poster. Never "Humana", "pto".
    boolean chat = stampBefore(t) == 0;
    boolean weak =
        !named
            && last == t
            && tk.lowerCase(t)
            && tk.length(t) >= 3
            && tk.word[t] == 0
            && tk.cue[t] == 0; // "glucometer 8:00 am: given"
    if (named
        || (weak
            && (posts & 0xffff) >= 2
            && ((posts >> 16 != 0 && (tk.length(t) >= 4 || postsOf(t) >= 2))
                || (chat && postsOf(t) >= 2)))) {
      out.add(PhiType.NAME, tk.start[t], tk.end[last], 0.85, "name.poster", "a chat post's poster");
    }
  }

  /**
   * Whether the handle from {@code t} to {@code last} says it is a person's: a given name ("tiana",
   * "Marcus Lee", "yolanda p"), a login made of an initial and a listed surname ("kbrennan",
   * "DTORRES"), or joined parts one of which is a listed name or a desk's before a login
   * ("ngozi.eze", "sched_ola"). Another word in lower case that no list holds ("becca", but also
   * "nginx") posts only beside such a handle, or before the time of two posts of its own; never a
   * daemon's or a payer's name, nor a cue word ("glucometer").
   */
  private boolean namedPoster(int t, int last) {
    if (last == t) {
      return (tk.wordIs(t, FIRST) && !tk.wordIs(t, ORDINARY)) || initialAndSurname(t);
    }
    if (last == t + 1) {
      return true; // a given name and a surname or an initial, as posterEnd takes them
    }
    if (deskBeforeLogin(t, last)) {
      return true;
    }
    for (int k = t; k <= last; k += 2) {
      if ((tk.length(k) >= 3 && tk.wordIs(k, FIRST | LAST) && !tk.wordIs(k, ORDINARY))
          || initialAndSurname(k)) {
        return true; // "ngozi.eze", "mchen_rn"
      }
    }
    return false;
  }

  /**
   * How many posts the login at {@code t} opens: "becca 8:41 am:" twice is someone chatting; "pto
   * 9:00 am:" and "wfh 1:00 pm:" once each are an agenda's lines.
   */
  private int postsOf(int t) {
    int n = 0;
    for (int k = 0; k < tk.count; k++) {
      if (NameEchoes.same(tk, k, t)
          && (k == 0 || tk.newlineBefore(k) || stampBefore(k) != 0)
          && posterEnd(k) == k) {
        n++;
      }
    }
    return n;
  }

  /** "kbrennan", "Mreyes", "DTORRES": a login of one or two initials and a listed surname. */
  private boolean initialAndSurname(int t) {
    int a = tk.start[t];
    int e = tk.end[t];
    if (e - a < 5 || e - a > 16 || tk.word[t] != 0 || !tk.is(t, WORD)) {
      return false; // "caller": a word, whatever "aller" is; "kde", "sudo": too short to say
    }
    for (int initials = 1; initials <= 2; initials++) {
      int rest = e - a - initials;
      if (rest < 4) {
        continue; // "lfeng", "kbrennan", "DTORRES", "Mreyes"
      }
      int w = Lexicon.get().word(s.chars, a + initials, e);
      if ((w & LAST) != 0 && (w & ORDINARY) == 0) {
        return true;
      }
    }
    return false;
  }

  /** The last token of a poster's handle at {@code t} (see {@link #poster}), or -1. */
  private int posterEnd(int t) {
    if (!tk.is(t, WORD)) {
      return -1;
    }
    int last = t;
    while (last + 2 < tk.count
        && (tk.isPunct(last + 1, '_') || tk.isPunct(last + 1, '.'))
        && tk.joined(last + 1)
        && tk.joined(last + 2)
        && tk.is(last + 2, WORD)
        && tk.end[last + 2] - tk.start[t] <= 24) {
      last += 2;
    }
    if (last == t
        && tk.is(t + 1, WORD)
        && !tk.joined(t + 1)
        && !tk.newlineBefore(t + 1)
        && tk.wordIs(t, FIRST)
        && !tk.wordIs(t, ORDINARY)
        && (tk.length(t + 1) == 1
            || (tk.wordIs(t + 1, FIRST | LAST)
                && tk.lowerCase(t) == tk.lowerCase(t + 1)
                && (!tk.wordIs(t + 1, ORDINARY) || capital(t + 1))))) {
      last = t + 1; // "yolanda p 2:31 pm:", "Marcus Lee 2:33 pm:"
    }
    int step = last == t + 1 ? 1 : 2;
    for (int k = t; k <= last; k += step) {
      if (k == t + 1 && last == t + 1) {
        continue; // the initial or the surname after a given name, as taken above
      }
      if (tk.wordIs(k, KEYWORD | GENERIC_LABEL | MONTH | WEEKDAY | TITLE)
          || tk.bot(k)
          || tk.equalsAnyIgnoreCase(k, DAEMONS)
          || (k == t && !nameOrNoWord(tk.word[k]) && !deskBeforeLogin(t, last))
          || (tk.wordIs(k, COMMON | STOP)
              && !tk.wordIs(k, FIRST | LAST)
              && !deskBeforeLogin(t, last)
              && !(k == last
                  && k > t + 1
                  && (tk.wordIs(k, ROLE | LICENSE_PREFIX) || tk.equalsAnyIgnoreCase(k, DESKS))))) {
        return -1; // "visit 10:30 am:", "Note:", "evv.bot", "mark.complete"; not "lorena.intake"
      }
    }
    if (last == t
        && (tk.length(t) < 3 || ((tk.flags[t] & Tokens.ALL_CAPS) != 0 && tk.length(t) < 5))) {
      return -1; // "EVV 09:02:", "Pt 10:00:"
    }
    int k = last + 1;
    if (stampBefore(t) != 0) {
      if (tk.isPunct(k, '(') && !tk.joined(k)) { // "hsolis (HIM on-call):"
        for (int end = k + 1; end < k + 8 && !tk.newlineBefore(end); end++) {
          if (tk.isPunct(end, ')')) {
            k = end + 1;
            break;
          }
        }
      }
    } else {
      k = clockEnd(k);
      if (k < 0) {
        return -1;
      }
    }
    if (!tk.isPunct(k, ':') || !tk.joined(k)) {
      return -1;
    }
    k++;
    if (k >= tk.count || tk.joined(k)) {
      return -1;
    }
    for (; k < tk.count && !tk.newlineBefore(k); k++) {
      if (tk.is(k, WORD)) {
        return last; // the post says something in words
      }
    }
    return -1;
  }

  /**
   * The token after a post's clock time at {@code k}, one space after its poster: "6:52 am",
   * "6:52am", "9:02a", "06:52:10"; -1 when none is there.
   */
  private int clockEnd(int k) {
    if (!tk.is(k, NUM)
        || tk.joined(k)
        || tk.length(k) > 2
        || !tk.isPunct(k + 1, ':')
        || !tk.joined(k + 1)
        || !tk.joined(k + 2)) {
      return -1;
    }
    int m = k + 2;
    if (tk.is(m, ALNUM)) { // "52am", "02a"
      return clockTail(m) ? m + 1 : -1;
    }
    if (!tk.is(m, NUM) || tk.length(m) != 2) {
      return -1;
    }
    int n = m + 1;
    if (tk.isPunct(n, ':')
        && tk.joined(n)
        && tk.joined(n + 1)
        && tk.is(n + 1, NUM)
        && tk.length(n + 1) == 2) {
      n += 2; // seconds
    }
    return amPm(n) && !tk.joined(n) ? n + 1 : n;
  }

  /** Whether token {@code k} is a clock's minutes and its half of the day: "02a", "52pm". */
  private boolean clockTail(int k) {
    if (!tk.is(k, ALNUM) || !tk.isPunct(k - 1, ':') || !tk.joined(k)) {
      return false;
    }
    int a = tk.start[k];
    int e = tk.end[k];
    if (e - a < 3 || !Character.isDigit(s.charAt(a)) || !Character.isDigit(s.charAt(a + 1))) {
      return false;
    }
    char c = WordTable.lower(s.charAt(a + 2));
    return e - a == 3 ? c == 'a' || c == 'p' : e - a == 4 && amPmAt(a + 2);
  }

  /** Whether "am" or "pm" is written at {@code at}. */
  private boolean amPmAt(int at) {
    char c = WordTable.lower(s.charAt(at));
    return (c == 'a' || c == 'p') && WordTable.lower(s.charAt(at + 1)) == 'm';
  }

  private static final int TIME_ONLY = 1;
  private static final int DAY_AND_TIME = 2;

  /**
   * What stamp opens the line before token {@code t}, with no brackets: a post's day and time
   * ("3/11 10:40 jwu:", "01/27/2026 09:02 lfeng:", "Jan 27 09:02 kpham:"), a time alone ("23:16 jo
   * b:"), or none (0).
   */
  private int stampBefore(int t) {
    if (t == 0 || tk.newlineBefore(t) || !(tk.is(t - 1, NUM) || amPm(t - 1) || clockTail(t - 1))) {
      return 0;
    }
    boolean time = false;
    boolean day = false;
    boolean seconds = false; // a time to the second alone opens a program's log line, not a chat's
    for (int k = t - 1; k >= 0 && k >= t - 10; k--) {
      boolean month = tk.wordIs(k, MONTH) && tk.is(k + 1, NUM) && (k == 0 || tk.newlineBefore(k));
      if (!(tk.is(k, NUM)
          || tk.isPunct(k, '/')
          || tk.isPunct(k, '-')
          || tk.isPunct(k, ':')
          || tk.isPunct(k, ',')
          || amPm(k)
          || clockTail(k)
          || month)) {
        return 0;
      }
      time |= tk.isPunct(k, ':') && tk.is(k - 1, NUM) && (tk.is(k + 1, NUM) || clockTail(k + 1));
      day |=
          month
              || ((tk.isPunct(k, '/') || tk.isPunct(k, '-'))
                  && tk.is(k - 1, NUM)
                  && tk.is(k + 1, NUM));
      seconds |= time && tk.isPunct(k - 2, ':') && tk.is(k - 3, NUM); // "17:20:05 huey:"
      if (k == 0 || tk.newlineBefore(k)) {
        return !time || !(tk.is(k, NUM) || month) || (!day && seconds)
            ? 0
            : day ? DAY_AND_TIME : TIME_ONLY;
      }
    }
    return 0;
  }

  /** Programs that post in a system's log under their own name: "crond: started". */
  private static final WordList DAEMONS =
      WordList.of(
          "crond",
          "httpd",
          "sshd",
          "ntpd",
          "chronyd",
          "rsyslogd",
          "syslogd",
          "dockerd",
          "containerd",
          "auditd",
          "systemd",
          "kubelet",
          "postfix",
          "dovecot",
          "smtpd",
          "sendmail",
          "kernel",
          "cron",
          "anacron",
          "nginx",
          "apache",
          "tomcat",
          "werkzeug",
          "gunicorn",
          "uvicorn",
          "celery",
          "jenkins",
          "ansible",
          "arista",
          "humana",
          "aetna",
          "cigna",
          "optum",
          "anthem",
          "kaiser",
          "sandata",
          "hhaexchange");

  /** Whether a handle from {@code t} to {@code last} is a desk's and a login: "sched_ola". */
  private boolean deskBeforeLogin(int t, int last) {
    return last == t + 2
        && tk.isPunct(t + 1, '_')
        && (tk.equalsAnyIgnoreCase(t, DESKS) || tk.wordIs(t, ROLE))
        && nameOrNoWord(tk.word[last]);
  }

  private boolean amPm(int k) {
    return tk.equalsIgnoreCase(k, "am") || tk.equalsIgnoreCase(k, "pm");
  }

  /**
   * How many posts {@link #poster} finds (low bits), and whether a handle that says it is a
   * person's posts among them (bit 16).
   */
  private final PerText posterLines = new PerText(this::countPosterLines);

  private int countPosterLines() {
    int n = 0;
    boolean named = false;
    for (int t = 0; t < tk.count; t++) {
      if (tk.is(t, WORD) && (t == 0 || tk.newlineBefore(t) || stampBefore(t) != 0)) {
        int last = posterEnd(t);
        if (last >= 0) {
          n++;
          named |= namedPoster(t, last);
        }
      }
    }
    return Math.min(n, 0xffff) | (named ? 1 << 16 : 0);
  }

  /** Desks whose staff sign a chat with their initials: "dispatch_tj", "sched_kw". */
  private static final WordList DESKS =
      WordList.of(
          "dispatch",
          "sched",
          "scheduler",
          "office",
          "desk",
          "intake",
          "oncall",
          "call",
          "hr",
          "cm",
          "billing",
          "payroll");

  /** Whether a post's time stamp, a clock time in brackets, opens the line before {@code t}. */
  private boolean afterTimeStamp(int t) {
    if (!afterLineStamp(t)) {
      return false;
    }
    for (int k = t - 2; k >= 0 && k >= t - 16 && !tk.isPunct(k, '['); k--) {
      if (tk.isPunct(k, ':') && tk.is(k - 1, NUM) && tk.is(k + 1, NUM)) {
        return true; // "[06:12]", not "[1]" or "[1234]"
      }
    }
    return false;
  }

  /** How many lines of the text open with a chat's screen name. */
  private final PerText screenNameLines = new PerText(this::countScreenNameLines);

  private int countScreenNameLines() {
    int n = 0;
    for (int t = 0; t < tk.count; t++) {
      if ((t == 0 || tk.newlineBefore(t)) && screenNameEnd(t) >= 0) {
        n++;
      }
    }
    return n;
  }

  /**
   * "Aide (D. Shepherd)", "daughter (Marisol)": capitalized words or initials in brackets right
   * after a role or a relation name that person.
   */
  private void nameInBrackets(int t) {
    int k = t + 1;
    int words = 0;
    while (k < tk.count && k < t + 6 && !tk.isPunct(k, ')')) {
      boolean initial = tk.length(k) == 1 && tk.isPunct(k + 1, '.');
      boolean lowerName = // "aide (d. shepherd)" in a text typed in lower case
          tk.lowerCase(k) && (initial || (tk.wordIs(k, FIRST | LAST) && !tk.wordIs(k, COMMON)));
      if (tk.is(k, WORD)
          && ((tk.flags[k] & Tokens.CAPITALIZED) != 0 || lowerName)
          && ((tk.flags[k] & Tokens.ALL_CAPS) == 0 || initial) // not "(SN)", "(CLIN MGR)"
          && !tk.wordIs(k, STOP | ROLE | TITLE | MONTH | WEEKDAY | CLINICAL | STATE | ORG)) {
        words++;
      } else if (!tk.isPunct(k, '.')) {
        return;
      }
      k++;
    }
    if (words == 0 || words > 3 || !tk.isPunct(k, ')') || !tk.joined(t + 1) || !tk.joined(k)) {
      return;
    }
    out.add(
        PhiType.NAME,
        tk.start[t + 1],
        tk.end[k - 1],
        0.7,
        "name.in-brackets",
        "a name in brackets after a role");
  }

  /**
   * "at mr odum's", "ms. keisha said": a word in lower case after a title typed in lower case, in a
   * text typed so, when it is no word of the lexicon or a listed name.
   */
  private void afterLowerCaseTitle(int t) {
    int k = tk.isPunct(t - 1, '.') && tk.joined(t - 1) ? t - 2 : t - 1;
    if (k < 0
        || !tk.lowerCase(k)
        || !tk.equalsAnyIgnoreCase(k, LOWER_CASE_TITLES)
        || !lowerCaseNameWord(t)) {
      return;
    }
    int last = t;
    if (lowerCaseNameWord(t + 1) && tk.start[t + 1] == tk.end[t] + 1) {
      last = t + 1; // "mr stavros pappas"
    }
    out.add(PhiType.NAME, tk.start[t], tk.end[last], 0.65, "name.title", "after a title");
  }

  /**
   * "Ms. Oh", "Mr. He", "Dr. Do": a surname of two letters that is also a word ("oh", "he", "do"),
   * capitalized, right after a capitalized title and its point, and ending the name there. No such
   * title comes before a pronoun or an interjection, so the title decides; a text typed in capitals
   * ("MS. OH" may be a diagnosis), a longer name ("Mr. Do Van Nguyen", "Ms. Ho-Chen") and a
   * street's "Dr." ("Birchwood Dr. He said") are left to the model.
   */
  private void shortSurnameAfterTitle(int t) {
    int title = t - 2;
    if (tk.length(t) != 2
        || !tk.capitalizedOnly(t)
        || !tk.wordIs(t, LAST)
        || tk.equalsAnyIgnoreCase(t, NO_SURNAME_AFTER_A_TITLE)
        || !tk.isPunct(t - 1, '.')
        || !tk.joined(t - 1)
        || tk.joined(t)
        || !tk.equalsAnyIgnoreCase(title, TITLES_BEFORE_A_NAME)
        || !tk.capitalizedOnly(title)
        || (tk.equalsIgnoreCase(title, "dr") && tk.is(title - 1, WORD) && capital(title - 1))
        || (tk.joined(t + 1) && !tk.isPunct(t + 1, ',') && !tk.isPunct(t + 1, '.'))
        || (tk.is(t + 1, WORD) && !tk.newlineBefore(t + 1) && capital(t + 1))) {
      return;
    }
    out.add(PhiType.NAME, tk.start[t], tk.end[t], 0.7, "name.title", "after a title");
  }

  /**
   * "8:53a olu rn: thanks", "tue 1/14 8:51a grace (hha): hi", "5:03p colleen: hi terrence": in a
   * thread typed in lower case, the word after a post's time that opens its line and before the
   * colon is who posted. A given name, or a surname that is no word, is a name alone; a word of no
   * list ("olu") only with a role after it. Not "8:30a pt: ...", "8:00a night rn:", "10:40 sshd:
   * accepted key", "9:00 walk:" nor "9:00 system: reminder".
   */
  private void speakerAfterATime(int t) {
    int colon = t + 1;
    boolean role = false;
    if (tk.wordIs(colon, ROLE) && tk.joined(colon + 1) && tk.isPunct(colon + 1, ':')) {
      role = true; // "olu rn:"
      colon++;
    } else if (tk.isPunct(colon, '(') && tk.is(colon + 1, WORD) && tk.isPunct(colon + 2, ')')) {
      role = tk.length(colon + 1) <= 4; // "blessing (hha):"
      colon += 3;
    }
    if (!tk.isPunct(colon, ':')
        || !tk.joined(colon)
        || tk.length(t) < 2
        || tk.wordIs(t, STOP | ROLE | TITLE | MONTH | WEEKDAY)
        || tk.equalsAnyIgnoreCase(t, NO_ONE_POSTING)
        || tk.wordIs(t, CLINICAL)
        || !(role
            ? !tk.wordIs(t, ORDINARY) || tk.wordIs(t, FIRST | LAST) // not "8:00a night rn:"
            : tk.wordIs(t, FIRST)
                && (!tk.wordIs(t, ORDINARY)
                    || textedTime(t - 1)
                    || namedPosters.get() > 0)) // not "8:00 art: therapy group"
        || !postTimeOpensLine(t - 1)) {
      return;
    }
    out.add(PhiType.NAME, tk.start[t], tk.end[t], 0.8, "name.poster", "who posted, after the time");
  }

  /**
   * Posts in the text by a given name that is no word ("1:17 pm dana h:", "5:03p colleen:"),
   * counted to two: where people post under their names, a name that is also a word posts too
   * ("1:16 pm tony: no car"); in a day's schedule ("8:00 art: therapy group") no one does.
   */
  private final PerText namedPosters = new PerText(this::countNamedPosters);

  private int countNamedPosters() {
    int n = 0;
    for (int t = 1; t < tk.count && n < 2; t++) {
      if (!tk.is(t, WORD) || !tk.wordIs(t, FIRST) || tk.wordIs(t, ORDINARY)) {
        continue;
      }
      int colon = tk.is(t + 1, WORD) && tk.length(t + 1) == 1 ? t + 2 : t + 1;
      if (tk.isPunct(colon, ':') && tk.joined(colon) && postTimeOpensLine(t - 1)) {
        n++;
      }
    }
    return n;
  }

  /**
   * Whether a post's time ends at token {@code k} ("8:51a", "11:02", "5:03 pm") and only a day and
   * a date stand before it on its line.
   */
  private boolean postTimeOpensLine(int k) {
    if (tk.equalsIgnoreCase(k, "am") || tk.equalsIgnoreCase(k, "pm")) {
      k--;
    }
    boolean minutes =
        (tk.is(k, NUM) && tk.length(k) == 2)
            || (tk.is(k, ALNUM)
                && tk.length(k) <= 4
                && Tokens.isDigit(s.charAt(tk.start[k]))
                && Tokens.isDigit(s.charAt(tk.start[k] + 1)));
    if (!minutes
        || !tk.isPunct(k - 1, ':')
        || !tk.joined(k)
        || !tk.joined(k - 1)
        || !tk.is(k - 2, NUM)) {
      return false;
    }
    int h = k - 2;
    if (h == 0 || tk.newlineBefore(h)) {
      return true;
    }
    int d = h - 1; // "tue 1/14 8:51a"
    if (tk.is(d, NUM) && tk.isPunct(d - 1, '/') && tk.is(d - 2, NUM)) {
      d -= 3;
    }
    if (d >= 0 && tk.wordIs(d, WEEKDAY) && !tk.newlineBefore(d + 1)) {
      d--;
    }
    return d < 0 || tk.newlineBefore(d + 1);
  }

  /** Whether the post's time at {@code k} is a phone's, its half of the day joined: "5:03p". */
  private boolean textedTime(int k) {
    return tk.is(k, ALNUM) && Character.isLetter(s.charAt(tk.end[k] - 1));
  }

  /** Who posts in a thread and is no one: "9:00a system: reminder", "19:13 dispatch (kels):". */
  private static final WordList NO_ONE_POSTING =
      WordList.of(
          "system",
          "admin",
          "bot",
          "auto",
          "reminder",
          "alert",
          "note",
          "update",
          "me",
          "dispatch",
          "office",
          "scheduling",
          "staffing",
          "billing",
          "payroll",
          "intake",
          "team",
          "desk",
          "sis",
          "bro",
          "pastor",
          "day",
          "night",
          "charge",
          "float",
          "agency",
          "weekend",
          "morning",
          "evening",
          "backup",
          "relief",
          "travel",
          "triage",
          "wound",
          "hospice");

  private static final WordList TITLES_BEFORE_A_NAME =
      WordList.of("mr", "mrs", "ms", "mx", "dr", "prof");

  /** Words of two letters on the surname list that a title's period may come before. */
  private static final WordList NO_SURNAME_AFTER_A_TITLE =
      WordList.of(
          "in", "on", "at", "as", "if", "of", "to", "by", "or", "an", "is", "it", "am", "be", "us",
          "we", "me", "my", "up", "no", "so");

  private static final String[] MONTH_ABBREVIATIONS = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"
  };

  /**
   * "04JUL1938", "31DEC27", "1938JUL04": a date with its month's abbreviation between the day and
   * the year, as military, pharmacy and benefits systems print them, in one token.
   */
  private void monthBetweenDigits(int t) {
    int a = tk.start[t];
    int e = tk.end[t];
    int letters = a;
    while (letters < e && Tokens.isDigit(s.charAt(letters))) {
      letters++;
    }
    int digits = letters + 3;
    if (digits >= e || letters == a) {
      return;
    }
    if ((tk.joined(t + 1) && !(tk.is(t + 1, PUNCT) && sentencePunct(tk.symbol[t + 1])))
        || (tk.joined(t) && (tk.isPunct(t - 1, '#') || !tk.is(t - 1, PUNCT)))
        || (tk.lowerCase(t) && hexDigits(a, e))) {
      return; // "12MAR2024-7781" is an account's, "#1dec27" a colour, "4feb19" a hash
    }
    for (int i = digits; i < e; i++) {
      if (!Tokens.isDigit(s.charAt(i))) {
        return;
      }
    }
    int month = -1;
    for (int m = 0; m < 12 && month < 0; m++) {
      if (s.regionIs(letters, digits, MONTH_ABBREVIATIONS[m])) {
        month = m;
      }
    }
    int before = letters - a;
    int after = e - digits;
    boolean dayFirst =
        before <= 2
            && (after == 2 || (after == 4 && year(digitValue(digits, e))))
            && day(digitValue(a, letters));
    boolean yearFirst =
        before == 4 && after == 2 && day(digitValue(digits, e)) && year(digitValue(a, letters));
    if (month >= 0 && (dayFirst || yearFirst)) {
      out.add(
          PhiType.DATE, a, e, 0.9, "date.month-between-digits", "day, month's abbreviation, year");
    }
  }

  /** Whether {@code c} may end a date's token in a sentence or a list: "DOB 04JUL1938," */
  private static boolean sentencePunct(char c) {
    return c == ',' || c == '.' || c == ';' || c == ':' || c == ')' || c == ']' || c == '"';
  }

  /** Whether the characters from {@code a} to {@code e} are all hexadecimal digits. */
  private boolean hexDigits(int a, int e) {
    for (int i = a; i < e; i++) {
      char c = s.charAt(i);
      if (!Tokens.isDigit(c) && (c < 'a' || c > 'f')) {
        return false;
      }
    }
    return true;
  }

  /** The value of the digits from {@code a} to {@code e}. */
  private int digitValue(int a, int e) {
    int v = 0;
    for (int i = a; i < e; i++) {
      v = v * 10 + s.charAt(i) - '0';
    }
    return v;
  }

  /** A word in lower case that is no word of the lexicon, or a listed name and nothing else. */
  private boolean lowerCaseNameWord(int t) {
    return t < tk.count
        && tk.is(t, WORD)
        && tk.lowerCase(t)
        && tk.length(t) >= 3
        && (tk.word[t] == 0 || (tk.wordIs(t, FIRST | LAST) && !tk.wordIs(t, ORDINARY)))
        && !apostropheIn(t);
  }

  private boolean apostropheIn(int t) {
    for (int i = tk.start[t]; i < tk.end[t]; i++) {
      if (s.charAt(i) == '\'' || s.charAt(i) == '\u2019') {
        return true;
      }
    }
    return false;
  }

  /**
   * Titles typed in lower case before a name; not "dr", which is as often the doctor ("dr appt").
   */
  private static final WordList LOWER_CASE_TITLES = WordList.of("mr", "mrs", "ms");

  /**
   * "will (son) added 40", "Rosa (dtr)": a word before a relation in brackets is that relative's
   * name, in any case, if the name lists hold it or no list holds it.
   */
  private void nameBeforeRelation(int t) {
    if (!tk.isPunct(t + 1, '(')
        || !tk.isPunct(t + 3, ')')
        || !tk.joined(t + 2)
        || !tk.joined(t + 3)
        || !tk.equalsAnyIgnoreCase(t + 2, RELATIONS)
        || tk.length(t) < 3
        || tk.wordIs(t, STOP | ROLE | TITLE | CLINICAL | MONTH | WEEKDAY | KEYWORD)
        || (tk.word[t] != 0 && !tk.wordIs(t, FIRST | LAST))
        || (tk.wordIs(t, COMMON) && !tk.wordIs(t, FIRST))) { // not "the box (son)"
      return;
    }
    out.add(PhiType.NAME, tk.start[t], tk.end[t], 0.7, "name.relation", "a relative's name");
  }

  /**
   * "his daughter Georgia", "wife Virginia": a state's name that is also a given name, right after
   * a relation, names that relative.
   */
  private void relativeNamedAsAState(int t) {
    int r = tk.isPunct(t - 1, ',') ? t - 2 : t - 1;
    if (tk.equalsAnyIgnoreCase(r, RELATIONS)
        && capital(t)
        && !tk.newlineBefore(t)
        && !(tk.isPunct(t + 1, '-') && tk.joined(t + 1)) // "Georgia-Mae": the model's, whole
        && !tk.isPunct(t + 1, ',') // "son, Georgia Tech", "wife, Virginia Beach ..."
        && !tk.wordIs(t + 1, PLACE | PLACE_PART | ORG)
        && !(tk.is(t + 1, WORD) && capital(t + 1) && !tk.wordIs(t + 1, FIRST | LAST))) {
      out.add(PhiType.NAME, tk.start[t], tk.end[t], 0.75, "name.relation", "a relative's name");
    }
  }

  /**
   * A person's number under a label that only such numbers have, the label part of it: a library
   * patron's ("Patron #0071923"), a body or organ donor's ("DONOR ID 2017-0093"), a paratransit
   * rider's ("paratransit ID 88107"), a vehicle's title ("title # 28817305"), a home's parcel
   * ("Parcel 301-44-118B"), a prisoner's ("INMATE # 1184420", "booking #24-118302", "Bk#
   * 26-07731"), an individual's ("Individual ID 7730184"), an interpreter's ("interpreter #7720",
   * four digits enough). Without the label: a court's docket ("Docket No. 25-HSD-04412"), an
   * insurance policy's (a plan's) or a notice's in groups of seven digits or more ("policy
   * 88-1102-447", not an agency's own "Policy #HR-104"), and a loan's or a mortgage's number ("Loan
   * No. 3300918427", "Mortgage No. 4400187723"), an account. A number word or "#" after the label,
   * or digits in groups; a form's field ("Title #: 73558201104") is not part of the number.
   */
  private void heldNumber(int t) {
    boolean loan = tk.equalsIgnoreCase(t, "loan") || tk.equalsIgnoreCase(t, "mortgage");
    int k = t + 1;
    boolean numbered = false;
    if (tk.isPunct(k, '.')
        && tk.joined(k)
        && (tk.equalsIgnoreCase(k + 1, "no") || tk.equalsIgnoreCase(k + 1, "number"))) {
      k++; // "Bk. No. 26-07731"
    }
    if (tk.equalsIgnoreCase(k, "no")
        || tk.equalsIgnoreCase(k, "number")
        || tk.equalsIgnoreCase(k, "num")
        || (!loan && tk.equalsIgnoreCase(k, "id"))) {
      numbered = true;
      k++;
    }
    boolean field = false; // "Parcel Number: 27-0413-0092-00": a form's field, not the number's
    while (tk.isPunct(k, '.') || tk.isPunct(k, ':') || tk.isPunct(k, '#')) {
      numbered |= tk.isPunct(k, '#');
      field |= tk.isPunct(k, ':');
      k++;
    }
    if (tk.equalsIgnoreCase(k, "is") && numbered) {
      field = true;
      k++; // "loan number is 3300918427"
    }
    boolean lettersFirst = // "donor # wb-19-0442", "policy PSM-MS-300418877"
        tk.is(k, WORD)
            && tk.length(k) <= 3
            && sepIs(k + 1, '-')
            && (tk.is(k + 2, NUM)
                || (tk.is(k + 2, WORD)
                    && tk.length(k + 2) <= 3
                    && sepIs(k + 3, '-')
                    && tk.is(k + 4, NUM)));
    if (k >= tk.count
        || tk.newlineBefore(k)
        || !(tk.is(k, NUM) || (tk.is(k, ALNUM) && digitCount(k) >= 3) || lettersFirst)) {
      return;
    }
    int last = lastGroup(k, 4, 2);
    int digits = 0;
    for (int g = k; g <= last; g += 2) {
      digits += digitCount(g);
    }
    boolean grouped = last > k;
    while (loan
        && !grouped
        && numbered
        && last - k < 3
        && numberOneSpaceOn(last)
        && tk.length(last + 1) >= 4
        && tk.length(last + 1) <= 5) {
      last++; // "LOAN NUMBER: 00581 22047"
      digits += tk.length(last);
    }
    boolean longer = tk.equalsAnyIgnoreCase(t, LONG_HELD_NUMBER_LABELS);
    boolean valueOnly = longer || tk.equalsIgnoreCase(t, "docket");
    if (longer && (digits < 7 || !grouped || (tk.is(k, NUM) && year(tk.intValue(k))))) {
      return; // "policy #HR-104", "Policy #CP-2024-01": an agency's own papers
    }
    if ((!numbered && !(grouped && (loan || valueOnly || tk.equalsIgnoreCase(t, "parcel"))))
        || (tk.joined(last + 1) && !tk.is(last + 1, PUNCT))
        || digits < (tk.equalsIgnoreCase(t, "interpreter") ? 4 : 5)
        || tk.end[last] - tk.start[k] > 30
        || range(k, last)
        || (tk.is(k, NUM) && tk.length(k) == 4 && year(tk.intValue(k)) && !grouped)) {
      return; // "loan 5000", "Title 19", "parcel 2 of 3"
    }
    if (loan) {
      out.add(PhiType.ACCOUNT, tk.start[k], tk.end[last], 0.85, "account.loan", "a loan's number");
    } else if (tk.equalsIgnoreCase(t, "policy") || tk.equalsIgnoreCase(t, "pol")) {
      out.add(
          PhiType.HEALTH_PLAN_ID,
          tk.start[k],
          tk.end[last],
          0.85,
          "plan.policy",
          "an insurance policy's number");
    } else {
      out.add(
          PhiType.ID,
          tk.start[field || valueOnly ? k : t],
          tk.end[last],
          0.85,
          "id.held",
          "a number under a label only such numbers have");
    }
  }

  /**
   * "PSC 817 BOX 44, FPO AE 09622", "Unit 2050 Box 4190, APO AP 96278": a service member's military
   * mail address, and its ZIP after the military post office and its region.
   */
  private void militaryAddress(int t) {
    int k = t + 1;
    int box = tk.isPunct(k + 1, ',') ? k + 2 : k + 1; // "PSC 817, Box 44"
    if (!tk.is(k, NUM)
        || tk.length(k) > 5
        || tk.newlineBefore(k)
        || !tk.equalsIgnoreCase(box, "box")
        || !tk.is(box + 1, NUM)
        || tk.length(box + 1) > 5
        || (tk.joined(box + 2) && !tk.is(box + 2, PUNCT))) {
      return;
    }
    k = box - 1;
    int p = tk.isPunct(k + 3, ',') ? k + 4 : k + 3;
    boolean postOffice =
        tk.equalsAnyIgnoreCase(p, MILITARY_POST_OFFICES)
            && tk.equalsAnyIgnoreCase(p + 1, MILITARY_REGIONS)
            && !tk.newlineBefore(p);
    if (!postOffice && tk.equalsIgnoreCase(t, "unit")) {
      return; // "unit 4 box 12 of supplies"
    }
    out.add(PhiType.ADDRESS, tk.start[t], tk.end[k + 2], 0.85, "address.military", "military mail");
    if (postOffice && tk.is(p + 2, NUM) && tk.length(p + 2) == 5 && !tk.newlineBefore(p + 2)) {
      out.add(PhiType.ZIP, tk.start[p + 2], tk.end[p + 2], 0.85, "zip.military", "military ZIP");
    }
  }

  private static final WordList MILITARY_POST = WordList.of("psc", "cmr", "unit");
  private static final WordList MILITARY_POST_OFFICES = WordList.of("apo", "fpo", "dpo");
  private static final WordList MILITARY_REGIONS = WordList.of("ae", "aa", "ap");

  /** Labels of a driver's licence: "DL NO: S415-7720-3318-06", "CDL No. D4412-8871-22". */
  private static final WordList DRIVING_LICENCES = WordList.of("dl", "cdl");

  /**
   * "badge 412", "Officer (badge 3318)": a number of three to seven digits right after "badge" is
   * the number of the badge an officer or an employee wears; "badge #4471" and "badge no. 4471" are
   * {@link #label}'s.
   */
  private void badgeNumber(int t) {
    int k = t + 1;
    boolean numbered = false; // "Badge #412", "Badge No. 412": three digits, label() takes more
    if (tk.isPunct(k, '#') || tk.equalsIgnoreCase(k, "no") || tk.equalsIgnoreCase(k, "number")) {
      numbered = true;
      k++;
      while (tk.isPunct(k, '.') || tk.isPunct(k, ':')) {
        k++;
      }
    }
    if (!tk.is(k, NUM)
        || tk.newlineBefore(k)
        || tk.length(k) < 3
        || tk.length(k) > 7
        || (numbered && tk.length(k) != 3)
        || (tk.joined(k + 1) && !tk.is(k + 1, PUNCT))
        || (tk.isPunct(k + 1, '.') && tk.joined(k + 1) && tk.is(k + 2, NUM))
        || (tk.is(k + 1, NUM) && !tk.newlineBefore(k + 1))
        || (!tk.newlineBefore(k + 1) // "badge 100 pcs", "badge 2026 design": a count, a year
            && (tk.equalsAnyIgnoreCase(k + 1, BADGE_COUNTS)
                || tk.equalsIgnoreCase(k + 1, "of") // "Badge 412 of 500 printed"
                || tk.equalsIgnoreCase(k + 1, "reader")
                || (tk.length(k) == 4
                    && year(tk.intValue(k))
                    && tk.is(k + 1, WORD)
                    && tk.lowerCase(k + 1))))) {
      return;
    }
    out.add(PhiType.ID, tk.start[numbered ? t : k], tk.end[k], 0.8, "id.badge", "a badge's number");
  }

  /** Words after a number that count badges rather than name one: "badge 100 pcs". */
  private static final WordList BADGE_COUNTS =
      WordList.of(
          "pcs", "pieces", "units", "pack", "packs", "count", "ct", "qty", "holders", "reels",
          "each", "ea", "x", "per", "total");

  /** Words after a relation and before a phone that name a carrier or a line, not a person. */
  private static final WordList NOT_A_RELATIVE =
      WordList.of(
          "verizon",
          "tty",
          "tdd",
          "asap",
          "att",
          "sprint",
          "tracfone",
          "cricket",
          "lifeline",
          "cellphone",
          "whatsapp",
          "landline",
          "mobile",
          "phone",
          "line",
          "cell",
          "hm",
          "wk");

  /** Words before "age at death" that make it a statistic: "Mean age at death: 91.3". */
  private static final WordList STATISTICS =
      WordList.of("mean", "median", "average", "avg", "typical", "expected");

  /** Units after "age at death: 95" that make it no age in years. */
  private static final WordList SHORTER_THAN_YEARS =
      WordList.of("days", "day", "weeks", "wks", "months", "mos", "hours", "hrs", "minutes", "min");

  private static final WordList HELD_NUMBER_LABELS =
      WordList.of(
          "patron",
          "donor",
          "paratransit",
          "title",
          "parcel",
          "loan",
          "mortgage",
          "policy",
          "pol",
          "docket",
          "notice",
          "inmate",
          "booking",
          "bk",
          "offender",
          "individual",
          "interpreter");

  /** Labels of numbers an agency's own papers also carry ("Policy 7.3", "notice 2"). */
  private static final WordList LONG_HELD_NUMBER_LABELS = WordList.of("policy", "pol", "notice");

  /**
   * "ASK SON DAPO IF OK", "DAUGHTER IS TEMI": in a line typed in capitals, where capitals say
   * nothing, a word of no list after a relation is the relative's name; a word that any list knows
   * ("SON DRIVES", "DAUGHTER CNA") is left to the model.
   */
  private void relativeNamedInCapitals(int t) {
    if (lineCase == null
        || lineCase[t] != ContextFeatures.CASE_CAPS
        || tk.equalsIgnoreCase(t, "poa")) { // "POA AUTH BY PHONE"
      return;
    }
    int k = tk.equalsIgnoreCase(t + 1, "is") || tk.isPunct(t + 1, ':') ? t + 2 : t + 1;
    if (k >= tk.count
        || !tk.is(k, WORD)
        || tk.word[k] != 0
        || tk.length(k) < 3
        || tk.newlineBefore(k)
        || (tk.flags[k] & Tokens.ALL_CAPS) == 0
        || (tk.joined(k + 1)
            && !tk.isPunct(k + 1, '.')
            && !tk.isPunct(k + 1, ',')
            && !tk.isPunct(k + 1, '\''))
        || verbEnding(k)
        || !nameShaped(k)) { // "WIFE REVERBALIZED", "MOM I'M HER DAUGHTER"
      return;
    }
    out.add(
        PhiType.NAME,
        tk.start[k],
        tk.end[k],
        0.7,
        "name.relative",
        "a word of no list after a relation");
  }

  /**
   * "son Alastair 555-462-1180", "wife Sun-mi 555-462-8803": a relation, a capitalized word that is
   * a given name or no word, and a phone number: the relative's name and number. In lower case a
   * listed given name that is no word ("his niece ada 555-218-4093"; not "wife said 555-...").
   */
  private void relativeBeforePhone(int t) {
    int k = t + 1;
    if (k >= tk.count
        || tk.newlineBefore(k)
        || !(titleCase(k) || (tk.lowerCase(k) && tk.wordIs(k, FIRST) && !tk.wordIs(k, ORDINARY)))
        || tk.length(k) < 2) {
      return;
    }
    int last = k;
    if (sepIs(k + 1, '-') && tk.is(k + 2, WORD) && tk.lowerCase(k + 2) && tk.length(k + 2) <= 4) {
      last = k + 2; // "Sun-mi"
    }
    if ((last == k && tk.word[k] != 0 && !(tk.wordIs(k, FIRST) && !tk.wordIs(k, ORDINARY)))
        || tk.cue[k] != 0 // "wife Cell", "son Ph"
        || tk.equalsAnyIgnoreCase(k, NOT_A_RELATIVE)
        || tk.wordIs(k, TITLE | STOP)
        || (last == k && tk.wordIs(k, MONTH | WEEKDAY))) { // "Sun-mi" is a name, "Sun" a day
      return;
    }
    int p = last + 1;
    if (tk.isPunct(p, '(') && tk.is(p + 1, NUM) && tk.length(p + 1) == 3) {
      p++;
    }
    if (p >= tk.count
        || tk.newlineBefore(p)
        || tk.joined(p)
        || !tk.is(p, NUM)
        || !(tk.length(p) == 3 || tk.length(p) == 10)) {
      return;
    }
    out.add(
        PhiType.NAME,
        tk.start[k],
        tk.end[last],
        0.8,
        "name.relative-phone",
        "a relative's name before a phone");
  }

  /**
   * "(goes by Lei)", "aka Mary Ellen Smith", "prefers to be called \"Bear\"": the name someone goes
   * by, written with a capital (or on a line in lower case), of the name lists or in quotes; not
   * "goes by van" or "goes by ambulette", "called ASAP", nor "goes by the name".
   */
  private void nameGoneBy(int t) {
    boolean quoted = tk.isPunct(t + 1, '"') || tk.isPunct(t + 1, '\'');
    int k = quoted ? t + 2 : t + 1;
    if (k >= tk.count
        || tk.newlineBefore(k)
        || !tk.is(k, WORD)
        || tk.length(k) < 2
        || !capital(k)
        || tk.cue[k] != 0
        || tk.wordIs(k, STOP | TITLE | MONTH | WEEKDAY | ROLE)
        || !(quoted
            || (tk.wordIs(k, tk.lowerCase(k) ? FIRST : FIRST | LAST) // "goes by hoyer" a lift
                && !tk.equalsAnyIgnoreCase(k, NOT_GONE_BY))
            || unknownWordAlone(k))) { // "she goes by Lolo."
      return;
    }
    int last = k;
    while (!quoted
        && last < k + 3
        && last + 1 < tk.count
        && tk.is(last + 1, WORD)
        && !tk.joined(last + 1)
        && !tk.newlineBefore(last + 1)
        && capital(last + 1)
        && tk.wordIs(last + 1, FIRST | LAST)
        && !tk.wordIs(last + 1, STOP | ROLE | TITLE | MONTH | WEEKDAY)) {
      last++; // "aka Mary Ellen Smith", "went by jane doe": the whole name
    }
    out.add(
        PhiType.NAME, tk.start[k], tk.end[last], 0.85, "name.gone-by", "a name someone goes by");
  }

  private static final WordList GO = WordList.of("go", "goes", "went", "going", "gone");

  /**
   * "everybody calls me Will", "they call him Sonny.": a given name, or a capitalised word of no
   * list said alone, after someone is said to be called; not "call me ASAP", "CALL ME BACK", "call
   * her Monday", nor a word in quotes ("we call her \"Aama\" (mother)").
   */
  private void calledBy(int k) {
    if (k < tk.count
        && tk.is(k, WORD)
        && titleCase(k)
        && !tk.newlineBefore(k)
        && tk.cue[k] == 0
        && !tk.wordIs(k, STOP | TITLE | MONTH | WEEKDAY | ROLE)
        && (tk.wordIs(k, FIRST) || unknownWordAlone(k))) {
      out.add(
          PhiType.NAME, tk.start[k], tk.end[k], 0.85, "name.called", "the name someone is called");
    }
  }

  private static final WordList CALLS = WordList.of("call", "calls", "called");

  private static final WordList CALLED_PEOPLE = WordList.of("me", "him", "her", "them");

  /**
   * Whether token {@code k} is a capitalised word of no list, said alone before a stop or a comma:
   * "she goes by Lolo.".
   */
  private boolean unknownWordAlone(int k) {
    int n = k + 1;
    return tk.word[k] == 0
        && titleCase(k)
        && (n >= tk.count
            || tk.newlineBefore(n)
            || tk.isPunct(n, '.')
            || tk.isPunct(n, ',')
            || tk.isPunct(n, ')'));
  }

  /** Words of the name lists a client goes by that are no name: "GOES BY VAN TO DIALYSIS". */
  private static final WordList NOT_GONE_BY = WordList.of("van", "car", "bus", "walker", "hoyer");

  /**
   * Numbers that file a person's record under a label of their own, the label not part of them: a
   * veteran's service number in a text about military service ("SERVICE NO.: 14 297 338", "service
   * number RA 18 452 907"), a VA claim file ("c-file 22 781 604", "In reply refer to: 28 419 553"),
   * a study participant's ("Subject 207-011", "PARTICIPANT NO: 0342-0029", "pid 09-003") and a lab
   * requisition's ("Requisition 112-0047-W12"). Not a range ("Subject 18-65 years", "pid
   * 28841-28850"), a customer service line, a purchase requisition.
   */
  private void recordNumber(int t) {
    boolean service = tk.equalsIgnoreCase(t, "service") || tk.equalsIgnoreCase(t, "svc");
    boolean claimFile =
        (tk.equalsIgnoreCase(t, "file")
                && tk.isPunct(t - 1, '-')
                && tk.joined(t)
                && tk.equalsIgnoreCase(t - 2, "c"))
            || (tk.equalsIgnoreCase(t, "refer")
                && tk.equalsIgnoreCase(t + 1, "to")
                && (tk.equalsIgnoreCase(t - 1, "reply")
                    || (tk.isPunct(t - 1, ',') && tk.equalsIgnoreCase(t - 2, "reply"))));
    boolean requisition = tk.equalsIgnoreCase(t, "requisition");
    boolean study = !service && !claimFile && !requisition;
    if ((tk.equalsIgnoreCase(t, "file") || tk.equalsIgnoreCase(t, "refer")) && !claimFile) {
      return;
    }
    if ((service && (tk.equalsIgnoreCase(t - 1, "customer") || militaryWords.get() == 0))
        || (requisition && tk.equalsIgnoreCase(t - 1, "purchase"))) {
      return; // "Customer service number 0800 123 456"; an invoice's "Service No."
    }
    int k = t + 1;
    if (tk.equalsIgnoreCase(k, "to") && claimFile) {
      k++;
    }
    boolean numberWord =
        tk.equalsIgnoreCase(k, "no")
            || tk.equalsIgnoreCase(k, "number")
            || tk.equalsIgnoreCase(k, "num")
            || (study && tk.equalsIgnoreCase(k, "id"));
    if (numberWord) {
      k++;
    }
    if (service && !numberWord && !tk.isPunct(k, '#')) {
      return; // "service 3 times a week"
    }
    while (tk.isPunct(k, '.') || tk.isPunct(k, ':') || tk.isPunct(k, '#')) {
      if (tk.isPunct(k, ':') && tk.equalsIgnoreCase(t, "subject") && k == t + 1) {
        return; // an e-mail's "Subject:" header
      }
      k++;
    }
    if (tk.equalsIgnoreCase(k, "is") && !tk.newlineBefore(k)) {
      k++; // "Service Number is 14-297-338"
    }
    if (k >= tk.count || tk.newlineBefore(k)) {
      return;
    }
    int first = k;
    if (service
        && ((tk.is(k, WORD) && tk.length(k) <= 2 && codeLetters(k) && !tk.joined(k + 1))
            || (tk.is(k, WORD) && tk.length(k) == 1 && sepIs(k + 1, '-')))) {
      k = tk.isPunct(k + 1, '-') ? k + 2 : k + 1; // "RA 18 452 907", "O-1938562"
    }
    if (!tk.is(k, NUM) && !(tk.is(k, ALNUM) && digitCount(k) >= 3)) {
      return;
    }
    int last = k;
    int digits = digitCount(k);
    int groups = 1;
    while (groups < 4
        && sepIs(last + 1, '-')
        && (tk.is(last + 2, NUM)
            || tk.is(last + 2, ALNUM)
            || (tk.is(last + 2, WORD) && tk.length(last + 2) <= 2))) { // "05-118-A"
      last += 2;
      groups++;
      digits += digitCount(last);
    }
    boolean hyphens = groups > 1;
    while (!hyphens && groups < 4 && numberOneSpaceOn(last) && tk.length(last + 1) <= 4) {
      last++; // "14 297 338": a number read in groups
      groups++;
      digits += tk.length(last);
    }
    boolean hyphensOnly = study && !tk.equalsIgnoreCase(t, "participant");
    boolean pid = tk.equalsIgnoreCase(t, "pid") || tk.equalsIgnoreCase(t, "ptid");
    if ((tk.joined(last + 1) && !tk.is(last + 1, PUNCT))
        || (hyphensOnly && !hyphens) // "Subject 3", "PID 28841" (a process's id)
        || (pid && !leadingZero(k, last)) // "pid 09-003", not "(pid 28841-1)"
        || ((study || requisition)
            && (range(k, last)
                || (tk.equalsAnyIgnoreCase(last + 1, AFTER_A_RANGE) && !leadingZero(k, last))
                || (tk.length(k) == 4 && tk.is(k, NUM) && year(tk.intValue(k)) && hyphens)))
        || ((service || claimFile) && !fileNumberShape(k, last, groups, digits))
        || digits < (study ? 3 : 6)) {
      return; // ranges, years and months ("Requisition 2024-06"), shapes no file number has
    }
    out.add(
        PhiType.ID,
        tk.start[first],
        tk.end[last],
        0.8,
        "id.record",
        "a service, claim file, participant or requisition number");
  }

  /** Whether token {@code last + 1} is a number one space after {@code last}, on its line. */
  private boolean numberOneSpaceOn(int last) {
    return tk.is(last + 1, NUM)
        && !tk.joined(last + 1)
        && tk.start[last + 1] == tk.end[last] + 1
        && !tk.newlineBefore(last + 1);
  }

  /**
   * Whether tokens {@code [k, last]} are two numbers apart by a hyphen that count up, with no
   * leading zero: "18-65", "2023-2024", "28841-28850", "95-105", "0-100"; not "207-011", "05-118",
   * or "24-118302", whose end is too many digits longer than its start for a range.
   */
  private boolean range(int k, int last) {
    return last == k + 2
        && tk.is(k, NUM)
        && tk.is(last, NUM)
        && !leadingZero(k, last)
        && ((tk.length(k) < tk.length(last)
                && (tk.length(last) - tk.length(k) <= 1 || tk.intValue(k) <= 1))
            || (tk.length(k) == tk.length(last) && tk.intValue(k) < tk.intValue(last)));
  }

  /** Whether a group of two digits or more among tokens {@code k} to {@code last} opens with 0. */
  private boolean leadingZero(int k, int last) {
    for (int g = k; g <= last; g++) {
      if (tk.length(g) > 1 && s.charAt(tk.start[g]) == '0') {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether tokens {@code k} to {@code last} have the shape of a service or VA file number: seven
   * to nine digits in one run, or read in groups of 2, 3 and 3 ("14 297 338") or 3, 2 and 4.
   */
  private boolean fileNumberShape(int k, int last, int groups, int digits) {
    if (groups == 1) {
      return digits >= 7 && digits <= 9;
    }
    if (groups != 3 || !tk.is(k, NUM) || !tk.is(last, NUM)) {
      return false;
    }
    int a = tk.length(k);
    int b = tk.length(last - (tk.isPunct(last - 1, '-') ? 2 : 1));
    int c = tk.length(last);
    return (a == 2 && b == 3 && c == 3) || (a == 3 && b == 2 && c == 4);
  }

  /** Words after a range of numbers: "Subject 18-65 years", "participant 20-30 mg". */
  private static final WordList AFTER_A_RANGE =
      WordList.of(
          "years", "yrs", "yo", "year", "months", "weeks", "days", "mg", "mcg", "ml", "kg", "lbs",
          "cohort", "percent", "minutes", "min", "hours", "hrs");

  private static final WordList RECORD_NUMBER_LABELS =
      WordList.of(
          "service",
          "svc",
          "file",
          "refer",
          "participant",
          "subject",
          "pid",
          "ptid",
          "requisition");

  /** How many words of a text speak of military service: a service number needs one. */
  private final PerText militaryWords = new PerText(this::countMilitaryWords);

  private int countMilitaryWords() {
    int n = 0;
    for (int t = 0; t < tk.count && n == 0; t++) {
      if (tk.is(t, WORD) && tk.equalsAnyIgnoreCase(t, MILITARY)) {
        n++;
      }
    }
    return n;
  }

  private static final WordList MILITARY =
      WordList.of(
          "army",
          "navy",
          "usmc",
          "marines",
          "marine",
          "usaf",
          "uscg",
          "veteran",
          "veterans",
          "dd214",
          "enlisted",
          "enlistment",
          "military",
          "branch",
          "discharge",
          "va",
          "vfw",
          "wwii",
          "korea",
          "vietnam",
          "burial",
          "headstone");

  private static final WordList RELATIONS =
      WordList.of(
          "son",
          "daughter",
          "dtr",
          "wife",
          "husband",
          "spouse",
          "niece",
          "nephew",
          "sister",
          "brother",
          "mother",
          "father",
          "mom",
          "dad",
          "granddaughter",
          "grandson",
          "aunt",
          "uncle",
          "cousin",
          "neighbor",
          "friend",
          "poa",
          "guardian");

  /** "59.45 left - oksana": a given name after a dash that closes a line signs it, in any case. */
  private void signedName(int t) {
    if (!tk.isPunct(t - 1, '-')
        || tk.joined(t)
        || tk.joined(t - 1)
        || !endOfLine(t)
        || tk.joined(t + 1)
        || tk.length(t) < 3
        || !tk.wordIs(t, FIRST)
        || tk.wordIs(
            t, COMMON | STOP | ROLE | TITLE | CLINICAL | MONTH | WEEKDAY | KEYWORD | STATE_NAME)) {
      return;
    }
    out.add(PhiType.NAME, tk.start[t], tk.end[t], 0.65, "name.signed", "a name signing a line");
  }

  /**
   * "TM = Tatiana Morozova", "OK = Obinna Kalu": a ledger's or a log's key to the initials it is
   * signed with, each letter the first of a word of the name after it.
   */
  private void initialsLegend(int t) {
    int n = tk.length(t);
    if (n < 2 || n > 3 || !tk.is(t, WORD)) {
      return;
    }
    // In lower case ("tm = tatiana morozova"), only before words no lexicon calls ordinary.
    boolean lower = tk.lowerCase(t);
    for (int i = 0; lower && i < n; i++) {
      if (tk.wordIs(t + 2 + i, ORDINARY)) {
        return;
      }
    }
    int k = t + 2;
    for (int i = 0; i < n; i++, k++) {
      if (k >= tk.count
          || !tk.is(k, WORD)
          || ((tk.flags[k] & Tokens.CAPITALIZED) == 0 && !(lower && tk.lowerCase(k)))
          || WordTable.lower(s.charAt(tk.start[k])) != WordTable.lower(s.charAt(tk.start[t] + i))
          || (i > 0 && tk.start[k] != tk.end[k - 1] + 1)
          || !nameWordOfAKey(k)) {
        return; // not "HHA = Home Health Aide"
      }
    }
    if (tk.is(k, WORD)
        && !tk.newlineBefore(k)
        && (tk.flags[k] & Tokens.CAPITALIZED) != 0
        && tk.start[k] == tk.end[k - 1] + 1) {
      return; // a longer name than the initials say
    }
    out.add(
        PhiType.NAME,
        tk.start[t],
        tk.end[t],
        0.8,
        "name.initials-key",
        "initials of the name after them");
  }

  /**
   * Whether word {@code k} can be part of the name a key to initials gives: a listed name or none.
   */
  private boolean nameWordOfAKey(int k) {
    return tk.wordIs(k, FIRST | LAST) || (tk.word[k] & (ORDINARY | ORG | STATE_NAME)) == 0;
  }

  /** "Tatiana Morozova (TM)": initials in brackets after the name they abbreviate. */
  private void initialsAfterName(int t) {
    int n = tk.length(t);
    if (n < 2 || n > 3 || !tk.is(t, WORD) || t - 1 - n < 0) {
      return;
    }
    for (int i = 0; i < n; i++) {
      int k = t - 1 - n + i;
      if (!tk.is(k, WORD)
          || (tk.flags[k] & Tokens.CAPITALIZED) == 0
          || s.charAt(tk.start[k]) != s.charAt(tk.start[t] + i)
          || (i > 0 && tk.start[k] != tk.end[k - 1] + 1)
          || !nameWordOfAKey(k)) {
        return; // not "Advance Beneficiary Notice (ABN)": an acronym's words
      }
    }
    out.add(
        PhiType.NAME,
        tk.start[t],
        tk.end[t],
        0.8,
        "name.initials-key",
        "initials of the name before them");
  }

  /**
   * "e. marsh, pa-c", "m. begay, crt", "RT B. NAKAMURA-HOLT": a signature line, an initial and a
   * surname with the signer's credential after them (after a comma) or before them, and nothing
   * else on the line, whatever the surname is.
   */
  private void initialAndSurnameSigning(int t) {
    boolean lineStart = t == 0 || tk.newlineBefore(t);
    boolean afterCredential =
        !lineStart
            && (t == 1 || tk.newlineBefore(t - 1))
            && (tk.equalsAnyIgnoreCase(t - 1, CREDENTIALS) || tk.equalsIgnoreCase(t - 1, "rt"));
    int k = t + 2;
    if (!(lineStart || afterCredential)
        || !tk.is(t, WORD)
        || !tk.joined(t + 1)
        || !tk.is(k, WORD)
        || tk.joined(k)
        || tk.newlineBefore(k)
        || tk.length(k) < 2
        || tk.wordIs(k, CLINICAL | STOP | ROLE | TITLE)) {
      return;
    }
    int last = k;
    while (tk.isPunct(last + 1, '-') && tk.joined(last + 1) && tk.is(last + 2, WORD)) {
      last += 2; // "NAKAMURA-HOLT"
    }
    boolean signed;
    if (afterCredential) {
      signed = endOfLine(last);
    } else {
      int c = last + 2;
      signed =
          tk.isPunct(last + 1, ',')
              && tk.joined(last + 1)
              && (tk.equalsAnyIgnoreCase(c, CREDENTIALS) || tk.equalsIgnoreCase(c, "pa"))
              && (endOfLine(c)
                  || (tk.isPunct(c + 1, '-') // "pa-c"
                      && tk.joined(c + 1)
                      && tk.is(c + 2, WORD)
                      && tk.length(c + 2) == 1
                      && endOfLine(c + 2)));
    }
    if (signed) {
      out.add(
          PhiType.NAME,
          tk.start[t],
          tk.end[last],
          0.9,
          "name.signature",
          "an initial and a surname signing a line with a credential");
    }
  }

  /**
   * "pt tran thi thu", "Nguyen Thi Mai Anh": the middle name "Thi" of a Vietnamese woman between a
   * family name and a given name the lists hold, in any case; a given name of a second word goes
   * with them.
   */
  private void vietnameseName(int t) {
    if (!listedNamePart(t - 1) || !listedNamePart(t + 1) || tk.joined(t) || tk.joined(t + 1)) {
      return;
    }
    int last = t + 1;
    if (listedNamePart(last + 1) && !tk.joined(last + 1) && !tk.wordIs(last + 1, ORDINARY)) {
      last++; // "Tran Thi Thu Ha"
    }
    out.add(
        PhiType.NAME,
        tk.start[t - 1],
        tk.end[last],
        0.9,
        "name.vietnamese",
        "a family name, Thi and a given name");
  }

  /**
   * "report given to Young RN", "W/ BANKS RN", "per brown lpn": a word the name lists hold, between
   * a word that hands something to a person and a nurse's or aide's credential, is the nurse's or
   * aide's name even when it is also a word; not the shift, unit or kind of nurse the credential
   * often follows ("to Day RN", "per Diem LPN", "to ER RN").
   */
  private void nameBeforeCredential(int t) {
    int c = t + 1;
    if (!tk.is(t, WORD)
        || tk.length(t) < 2
        || !tk.is(c, WORD)
        || tk.joined(c)
        || tk.newlineBefore(c)
        || !tk.equalsAnyIgnoreCase(c, NURSING_CREDENTIALS)
        || (tk.is(c + 1, WORD) && tk.joined(c + 1))
        || tk.wordIs(
            t, STOP | ROLE | TITLE | CLINICAL | ORG | MONTH | WEEKDAY | STATE | UNIT | DIRECTION)
        || tk.equalsAnyIgnoreCase(t, KINDS_OF_NURSE)
        || !(tk.lowerCase(t) ? tk.lowerCase(c) : caps(c))
        || !(handedTo(t - 1) || toldOfIt(t, c))) {
      return;
    }
    out.add(
        PhiType.NAME,
        tk.start[t],
        tk.end[t],
        0.8,
        "name.before-credential",
        "a listed name between a hand-over word and a credential");
  }

  /**
   * "KIM RN AWARE", ". rose lpn notified": a word the name lists hold opening a line or sentence,
   * then its credential, then a word saying the nurse was told or came.
   */
  private boolean toldOfIt(int t, int c) {
    return tk.wordIs(t, FIRST | LAST)
        && !(tk.equalsIgnoreCase(c, "np") && tk.wordIs(t, COMMON)) // "HELD NP AWARE", "DONE NP"
        && (opensLine(t) || (tk.isPunct(t - 1, '.') && !tk.joined(t)))
        && !tk.newlineBefore(c + 1)
        && tk.equalsAnyIgnoreCase(c + 1, TOLD_OF_IT);
  }

  /** Whether token {@code k} ends "to", "with", "w/", "per", "by", "from", "notified"... */
  private boolean handedTo(int k) {
    if (tk.isPunct(k, '/')) {
      return tk.equalsIgnoreCase(k - 1, "w") && tk.joined(k) && !tk.joined(k - 1);
    }
    return tk.is(k, WORD) && !tk.newlineBefore(k + 1) && tk.equalsAnyIgnoreCase(k, HANDED_TO);
  }

  private static final WordList NURSING_CREDENTIALS = WordList.of("rn", "lpn", "lvn", "cna", "np");

  private static final WordList KINDS_OF_NURSE =
      WordList.of(
          ("day er floor hall ward endo sole pool diem long hem well parish geri brain per prior last hand"
                  + " former eve eves evening junior senior major marine camp star travel")
              .split(" "));

  /** Words after a nurse's name and credential saying the nurse was told or came. */
  private static final WordList TOLD_OF_IT =
      WordList.of("aware", "notified", "updated", "informed", "paged", "here", "present");

  private static final WordList HANDED_TO =
      WordList.of(
          "to with per by from notified called paged informed updated told asked cc via and"
              .split(" "));

  /** Whether token {@code k} is a word on its line that the name lists hold. */
  private boolean listedNamePart(int k) {
    return tk.is(k, WORD) && !tk.newlineBefore(k) && tk.wordIs(k, FIRST | LAST);
  }

  /**
   * "-AB", "- kr", "reviewed 1/30/2026 SB", "-mt OTR": initials that sign a note at the end of its
   * line (or before the signer's credential there), two or three letters all in capitals or all in
   * lower case that are no word, abbreviation or state. After a sentence's end, a dash and the
   * text's or line's last letters are a signature whatever else they spell ("visit 10/16. -ak",
   * "patient with her. -B").
   */
  private void signedInitials(int t) {
    int len = tk.length(t);
    if (len > 3 || !(caps(t) || tk.lowerCase(t)) || tk.equalsAnyIgnoreCase(t, NOT_INITIALS)) {
      return;
    }
    int c = tk.isPunct(t + 1, ',') && tk.joined(t + 1) ? t + 2 : t + 1; // "- RTM, NP"
    boolean credential = // "-mt OTR", "-kp RN": initials, then the signer's credential
        tk.is(c, WORD)
            && !tk.joined(c)
            && tk.equalsAnyIgnoreCase(c, CREDENTIALS)
            && endOfLine(c)
            && !tk.joined(c + 1);
    boolean afterDash =
        tk.isPunct(t - 1, '-') || tk.isPunct(t - 1, '\u2014') || tk.isPunct(t - 1, '\u2013');
    boolean afterSentence =
        afterDash
            && (tk.isPunct(t - 2, '.')
                || tk.isPunct(t - 2, '!')
                || tk.isPunct(t - 2, '?')
                || tk.isPunct(t - 2, ')'));
    // "SUBMITTED 03/30/2026 \u2013 NS", "(updated 3/20/26 \u2013 NS)": a dash after a date and
    // capitals that are no word, the last on their line, sign what was done that day
    boolean afterDatedDash =
        afterDash
            && caps(t)
            && len > 1
            && tk.is(t - 2, NUM)
            && tk.isPunct(t - 3, '/')
            && tk.joined(t - 2)
            && !tk.wordIs(t, ~(FIRST | LAST))
            && !tk.equalsAnyIgnoreCase(t, OFFICES)
            && !tk.equalsAnyIgnoreCase(t, MERIDIEMS);
    boolean ends =
        (endOfLine(t) && !tk.joined(t + 1))
            || credential
            || ((tk.isPunct(t + 1, ']') || tk.isPunct(t + 1, ')')) && endOfLine(t + 1))
            || (afterDatedDash && tk.isPunct(t + 1, '.') && endOfLine(t + 1));
    // "EMAILED POA. -DM", "to 9 Quail Run Ct. -MS": capitals joined to the dash sign whatever
    // abbreviation or title they also spell, but a role or credential is no one's initials
    boolean joinedCapitals =
        len > 1
            && caps(t)
            && tk.joined(t)
            && !tk.equalsAnyIgnoreCase(t, NOT_INITIALS)
            && !tk.equalsAnyIgnoreCase(t, OFFICES)
            && !(len > 2 && tk.equalsAnyIgnoreCase(t, DEGREES_AND_UNITS))
            && !bulleted(t);
    if ((afterSentence || afterDatedDash)
        && ends
        && !bulleted(t)
        && !tk.equalsAnyIgnoreCase(t, CREDENTIALS)
        && (len > 1 || caps(t))
        && !tk.wordIs(t, joinedCapitals ? ROLE : ROLE | CLINICAL | TITLE)
        && !(joinedCapitals && tk.equalsAnyIgnoreCase(t, CREDENTIALS))) {
      out.add(
          PhiType.NAME, tk.start[t], tk.end[t], 0.6, "name.initials", "initials signing a line");
      return;
    }
    // "ks rn", "kc RN": two letters in lower case before a credential are initials even when they
    // spell a word or a state's code, which lower case does not write
    boolean lowerPair = len == 2 && tk.lowerCase(t);
    boolean lineStart = t == 0 || tk.newlineBefore(t);
    int d = t - 1;
    while (tk.isPunct(d, '-') && d > t - 3) {
      d--; // "-- lm rn": a dash or two open the line
    }
    boolean dashedLineStart = d < t - 1 && (d < 0 || tk.newlineBefore(d + 1));
    if (credential
        && len > 1
        && (lineStart || dashedLineStart)
        && !tk.wordIs( // "-- an RN", "my RN": a stop word only in "is rn" on its own line
            t,
            ~(FIRST
                | LAST
                | (lowerPair
                    ? (COMMON | ORDINARY | STATE | PLACE_PART)
                        & ~(lineStart && tk.lowerCase(c) ? 0 : STOP)
                    : 0)))
        && !tk.equalsAnyIgnoreCase(t, CREDENTIALS)
        && !tk.equalsAnyIgnoreCase(t, DEGREES_AND_UNITS)) {
      out.add( // "mh rn", "KS RN": a line of its own, initials and the signer's credential
          PhiType.NAME, tk.start[t], tk.end[t], 0.6, "name.initials", "initials signing a line");
      return;
    }
    if (len < 2 || tk.wordIs(t, ~(FIRST | LAST))) {
      return;
    }
    int by = tk.isPunct(t - 1, ':') ? t - 2 : t - 1; // "GROSSED BY: DT (PA)"
    if (caps(t)
        && tk.equalsIgnoreCase(by, "by")
        && (tk.equalsAnyIgnoreCase(by - 1, SIGNING) || tk.equalsIgnoreCase(by - 1, "closed"))
        && !tk.equalsAnyIgnoreCase(t, CREDENTIALS)
        && !tk.equalsAnyIgnoreCase(t, OFFICES)
        && (!tk.joined(t + 1) || tk.is(t + 1, PUNCT))) {
      out.add( // "Checked by CJ 2/20.", "reviewed by KW"
          PhiType.NAME, tk.start[t], tk.end[t], 0.6, "name.initials", "initials signing a line");
      return;
    }
    boolean stop = tk.isPunct(t + 1, '.') && tk.joined(t + 1) && endOfLine(t + 1); // "JMW."
    if (!(endOfLine(t) || credential || stop) || (tk.joined(t + 1) && !credential && !stop)) {
      return;
    }
    // After a sentence's end or alone on its line: "by phone. -AB", not "Intake - SOC".
    boolean dash = afterSentence || (tk.isPunct(t - 1, '-') && (tk.newlineBefore(t - 1) || t == 1));
    int k = t - 1;
    while (k > t - 6 && (tk.is(k, NUM) || tk.isPunct(k, '/'))) {
      k--; // "reviewed 1/30/2026 SB"
    }
    boolean afterDate = k < t - 2 && tk.equalsAnyIgnoreCase(k, SIGNING);
    int signer = tk.isPunct(t - 1, ':') ? t - 2 : t - 1; // "Coordinator initials: DH"
    boolean afterSigner = // "Approved MK", "Clerk RB", "INIT RMG", "CSR: DLM": who signed
        caps(t)
            && (tk.equalsAnyIgnoreCase(t - 1, SIGNING)
                || tk.equalsAnyIgnoreCase(signer, CLERKS)
                || (tk.equalsIgnoreCase(t - 1, "entered") // "| MCKESSON | ENTERED TLB"
                    && (tk.is(t - 2, PUNCT) || tk.newlineBefore(t - 1))
                    && !tk.equalsAnyIgnoreCase(t, SYSTEMS)
                    && !tk.equalsAnyIgnoreCase(t, DEGREES_AND_UNITS)));
    if (dash || afterDate || afterSigner) {
      out.add(
          PhiType.NAME, tk.start[t], tk.end[t], 0.6, "name.initials", "initials signing a line");
    }
  }

  /**
   * Whether the dash before token {@code t} opens its line as an item of a list: the next line
   * opens with one too ("Bring these.\n-ID\n-Insurance card").
   */
  private boolean bulleted(int t) {
    if (!tk.newlineBefore(t - 1)) {
      return false;
    }
    int k = t + 1;
    while (k < tk.count && !tk.newlineBefore(k)) {
      k++;
    }
    char dash = s.charAt(tk.start[t - 1]);
    return k < tk.count
        && tk.isPunct(k, dash)
        && tk.length(k) == 1
        && !tk.isPunct(k + 1, dash); // not a rule of dashes under a signature
  }

  /**
   * "02/11 10:14 KLR: CUST CALLED": two or three capitals that no list knows, labelling a line of a
   * log after the stamp of its date and time, are the initials of who wrote it.
   */
  private void initialsAfterAStamp(int t) {
    if (tk.length(t) < 2
        || tk.length(t) > 3
        || tk.word[t] != 0
        || tk.cue[t] != 0
        || tk.equalsAnyIgnoreCase(t, NOT_INITIALS)
        || tk.equalsAnyIgnoreCase(t, OFFICES)
        || tk.equalsAnyIgnoreCase(t, LOG_CODES)) {
      return;
    }
    int k = t - 1;
    boolean time = false;
    while (k >= 0
        && !tk.newlineBefore(k + 1)
        && (tk.is(k, NUM)
            || tk.is(k, PUNCT)
            || tk.equalsAnyIgnoreCase(k, MERIDIEMS)
            || tk.wordIs(k, MONTH))) { // "02/11/2024 10:14 AM JT:", "Feb 11 10:14 KLR:"
      time |= tk.isPunct(k, ':') && tk.is(k + 1, NUM) && tk.length(k + 1) == 2;
      k--;
    }
    if (time && (k < 0 || tk.newlineBefore(k + 1))) {
      out.add(
          PhiType.NAME,
          tk.start[t],
          tk.end[t],
          0.6,
          "name.initials",
          "initials labelling a log's line");
    }
  }

  /**
   * "A# 221-508-774", "A220 917 341", "A204551878": an immigrant's alien registration number (an A
   * and eight or nine digits, in groups of three or not), which names one person; and a USCIS
   * receipt's number ("IOE0923385110": a service center's three letters and ten digits).
   */
  private void alienNumber(int t) {
    int a = tk.start[t];
    int n = s.length();
    if (!boundaryBefore(t)) {
      return;
    }
    int i = a + 1;
    if (tk.length(t) == 1) {
      if (!tk.isPunct(t + 1, '#')) {
        return;
      }
      i = tk.end[t + 1];
      while (i < n && s.charAt(i) == ' ') {
        i++;
      }
    } else if (!tk.is(t, ALNUM)) {
      return;
    }
    int digits = 0;
    int e = i;
    while (e < n && digits <= 9) {
      char c = s.charAt(e);
      if (Tokens.isDigit(c)) {
        digits++;
        e++;
      } else if ((c == '-' || c == ' ')
          && digits % 3 == 0
          && digits > 0
          && e + 1 < n
          && Tokens.isDigit(s.charAt(e + 1))) {
        e++;
      } else {
        break;
      }
    }
    if ((digits == 8 || digits == 9) && (e >= n || !Character.isLetterOrDigit(s.charAt(e)))) {
      out.add(PhiType.ID, a, e, 0.85, "id.alien-number", "an alien registration number");
    }
  }

  /** A USCIS receipt's number: a service center's code and ten digits ("IOE0923385110"). */
  private void uscisReceipt(int t) {
    int a = tk.start[t];
    if (tk.length(t) == 13
        && tk.text.regionIsAny(a, a + 3, USCIS_CENTERS)
        && tk.text.allDigits(a + 3, tk.end[t])) {
      out.add(PhiType.ID, a, tk.end[t], 0.85, "id.uscis-receipt", "a USCIS receipt number");
    }
  }

  private static final String[] USCIS_CENTERS = {
    "ioe", "eac", "wac", "lin", "src", "msc", "nbc", "ysc"
  };

  /** Office shorthand that ends a line as initials do ("-FYI", "reviewed 1/30/2026 QA"). */
  private static final WordList MERIDIEMS = WordList.of("am", "pm");

  /** A log's levels, systems and time zones, which label its lines as initials would. */
  private static final WordList LOG_CODES =
      WordList.of(
          ("sys wrn war err dbg inf trc ftl crt msg mgr sla ppe cxl pst est cst mst utc gmt edt cdt"
                  + " mdt pdt api app svc srv job ack nak ui db sql etl ftp vpn sms ivr tts")
              .split(" "));

  private static final WordList NOT_INITIALS =
      WordList.of(
          "fyi", "qa", "qi", "asap", "eod", "eow", "nb", "ps", "pto", "ooo", "cc", "bcc", "na",
          "tba", "tbc", "wip", "nvm", "lol", "thx", "ty", "pls", "plz", "np", "ok", "kk", "btw",
          "imo", "hr", "it", "ops", "dme", "soc", "roc", "poc", "evv", "adl", "mar", "tar", "ua",
          "ur", "ach", "eob", "cms", "pos", "csr", "atm", "adp", "eft", "gl", "ap", "ar", "snv",
          "qb", "irs", "ssa", "usps", "ups", "hr", "pt", "ot", "st", "rn", "na", "n/a", "vr", "dc",
          "tbd", "est", "id", "lvm", "lmom", "cx", "cxl", "snf", "alf", "ltc", "idt", "mco", "hmo",
          "ppo", "oon", "doh", "vns", "wfh", "esc", "ncns");

  /** Offices and units that approve or check things, written as initials: "approved by CEO". */
  private static final WordList OFFICES =
      WordList.of(
          "ceo", "cfo", "coo", "cto", "cmo", "cno", "cio", "ciso", "vp", "svp", "evp", "avp", "gm",
          "adon", "pcp", "er", "ed", "icu", "qa", "qi", "it", "ops", "dsp", "apn", "aprn", "pa",
          "cm", "sw", "ma");

  private static final WordList SIGNING =
      WordList.of(
          "reviewed",
          "checked",
          "signed",
          "verified",
          "approved",
          "grossed",
          "dictated",
          "transcribed",
          "done", // "done 3/11 NS": what was done, the day, and who did it
          "completed",
          "updated",
          "submitted");

  /** Systems an order is entered in, and "unknown": no one's initials ("| ENTERED EHR"). */
  private static final WordList SYSTEMS =
      WordList.of(
          "ehr", "emr", "sys", "api", "edi", "web", "fax", "erx", "epic", "pcc", "cpoe", "unk");

  /**
   * What names a body or a payment "commission", whose numbers are no notary's: "Joint Commission
   * #", "Public Utilities Commission No.", "referral commission #1045".
   */
  private static final WordList BODIES_NAMED_COMMISSIONS =
      WordList.of(
          "joint",
          "utilities",
          "utility",
          "public",
          "referral",
          "sales",
          "service",
          "state",
          "county",
          "city",
          "planning",
          "gaming",
          "trade",
          "federal",
          "communications",
          "rights",
          "human",
          "civil",
          "housing",
          "commerce",
          "election",
          "elections",
          "workforce",
          "paid");

  /**
   * Whether token {@code k} is "commission" naming a body or a payment: "Joint Commission",
   * "Commission on Aging", "paid Commission".
   */
  private boolean bodyNamedCommission(int k) {
    return tk.equalsIgnoreCase(k, "commission")
        && (tk.equalsAnyIgnoreCase(k - 1, BODIES_NAMED_COMMISSIONS)
            || tk.equalsIgnoreCase(k + 1, "on")
            || tk.equalsIgnoreCase(k + 1, "for"));
  }

  /** Who issues or files a form and signs it with initials: "Clerk RB". */
  private static final WordList CLERKS =
      WordList.of(
          "clerk",
          "tech",
          "cashier",
          "issuer",
          "csr",
          "reviewer",
          "init",
          "inits",
          "initials",
          "initialed");

  /**
   * Degrees and units that stand before a credential on a line of their own without naming anyone:
   * "BSN, RN" under a signature, "ER RN", "SNF RN", "BLS RN" in a list of certifications.
   */
  private static final WordList DEGREES_AND_UNITS =
      WordList.of(
          ("bsn msn dnp adn asn bs ba ms ma mba mha mph phd edd er ed or hh snf vad icu ccu pacu"
                  + " picu nicu ltc alf hha ltach irf tcu pcu cvicu sicu micu bls acls pals nrp"
                  + " tncc")
              .split(" "));

  /** Credentials a signer writes after initials. */
  private static final WordList CREDENTIALS =
      WordList.of(
          ("rn lpn lvn otr ot pt pta slp cota msw lcsw lmsw hha cna np md don ccm crt rrt rd rdn"
                  + " ibclc cnm aprn fnp crna rph rpsgt pa do dds dmd dvm od dpm pharmd psyd")
              .split(" "));

  /**
   * "Hi Yaw,", "Dear Comfort,": the word a greeting addresses before its comma is a name, even one
   * that is also a word, unless it addresses a group ("Hi all,", "Hello team,").
   */
  private void greeted(int t) {
    int n = t + 1;
    if (!tk.is(n, WORD)
        || !titleCase(n)
        || !tk.isPunct(n + 1, ',')
        || tk.newlineBefore(n)
        || tk.wordIs(n, STOP | ROLE | TITLE | MONTH | WEEKDAY | ORG)
        || tk.equalsAnyIgnoreCase(n, GROUPS)) {
      return;
    }
    out.add(PhiType.NAME, tk.start[n], tk.end[n], 0.6, "name.greeted", "addressed by a greeting");
  }

  /**
   * "Hi, Mr. Fenwick? It's Dapo from BrightPath Care": a caller naming themself after "it's" or
   * "this is", before "from" and where they call from; not "It's Billing from the agency".
   */
  private void introducedFrom(int t) {
    int n = t - 1;
    boolean introduced =
        itIs(n - 1)
            && (!tk.equalsIgnoreCase(n - 1, "is")
                || tk.equalsIgnoreCase(n - 2, "this")
                || tk.equalsIgnoreCase(n - 2, "name"));
    if (!introduced
        || !tk.is(n, WORD)
        || !titleCase(n)
        || tk.length(n) < 3
        || !capital(t + 1)
        || tk.newlineBefore(t + 1)
        || tk.wordIs(n, STOP | ROLE | TITLE | MONTH | WEEKDAY | ORG | PLACE | COUNTRY | CLINICAL)
        || (tk.wordIs(n, COMMON) && !tk.wordIs(n, FIRST)) // "It's Radiology from Mercy"
        || tk.equalsAnyIgnoreCase(n, GROUPS)) {
      return;
    }
    out.add(PhiType.NAME, tk.start[n], tk.end[n], 0.6, "name.introduced", "a caller's own name");
  }

  private static final WordList GREETINGS =
      WordList.of("hi", "hello", "hey", "dear", "morning", "thanks");

  private static final WordList GROUPS =
      WordList.of(
          "all",
          "everyone",
          "everybody",
          "team",
          "there",
          "guys",
          "folks",
          "friends",
          "both",
          "again",
          "sir",
          "madam",
          "colleagues",
          "counsel",
          "nurses",
          "caregivers",
          "y'all",
          "ya",
          "you",
          "doc",
          "docs",
          "scheduling",
          "billing",
          "payroll",
          "intake",
          "office",
          "support",
          "admin",
          "staff",
          "nursing",
          "management",
          "hr",
          "it",
          "ops",
          "compliance",
          "coordinators",
          "schedulers",
          "sweetie",
          "honey",
          "love",
          "boss",
          "ladies",
          "gentlemen",
          "mom",
          "dad",
          "mama",
          "papa",
          "sis",
          "bro");

  /**
   * "dre", "yoli", "tiff": a short word in lower case that is no ordinary word, as a chat's
   * speakers sign with nicknames no list knows.
   */
  private boolean nickname(int t) {
    return (tk.flags[t] & Tokens.CAPITALIZED) == 0
        && tk.length(t) <= 6
        && !tk.wordIs(t, COMMON | NUMBER_WORD | ORDINAL_WORD | UNIT | STATE | DIRECTION);
  }

  /** Roles a chat's sender types after a name in lower case: "deb rn:", "tom sw:". */
  private static final WordList SPEAKERS_ROLES =
      WordList.of("rn", "lpn", "lvn", "cna", "hha", "pca", "sw", "msw", "np", "cm", "sched");

  /** The last token of a speaker's name at line start {@code t} before its colon, or -1. */
  private int speakerEnd(int t) {
    if (!tk.is(t, WORD) || tk.length(t) < 2 || tk.length(t) > 12) {
      return -1;
    }
    int last = t;
    if (tk.is(t + 1, WORD) && tk.length(t + 1) == 1 && !tk.joined(t + 1)) {
      last = t + 1; // "sue b", "Grant M"
    } else if ((tk.isPunct(t + 1, '.') || tk.isPunct(t + 1, '_'))
        && tk.joined(t + 1)
        && tk.joined(t + 2)
        && tk.is(t + 2, WORD)
        && tk.length(t + 2) <= 12
        && (tk.wordIs(t, FIRST) || tk.word[t] == 0)) {
      last = t + 2; // a handle made of a name: "maria.p", "joe.oduya", "bea_nwosu"
    } else if (tk.lowerCase(t + 1)
        && tk.wordIs(t, FIRST) // "deb rn:", not "soc rn:" or "wknd rn:"
        && tk.equalsAnyIgnoreCase(t + 1, SPEAKERS_ROLES)
        && tk.isPunct(t + 2, ':')
        && tk.joined(t + 2)
        && !tk.joined(t + 3)) {
      return t; // "deb rn: pink cap first": the name, then the role a chat's sender types
    }
    return tk.isPunct(last + 1, ':') && tk.joined(last + 1) && !tk.joined(last + 2) ? last : -1;
  }

  /**
   * "K4ZPL", "KJ4WWE", "AC4HB": an amateur radio operator's call sign, the licence the FCC issues
   * to one person, in a text about amateur radio (a repeater, a radiogram, ARES): a US prefix (K,
   * N, W, or AA to AL) of one or two letters, one digit, and two or three letters; not "N2O",
   * "W2G", "A1C" or a unit's "NW4B".
   */
  private void callSign(int t) {
    int a = tk.start[t];
    int e = tk.end[t];
    int d = a;
    while (d < e && Character.isLetter(s.charAt(d))) {
      d++;
    }
    int prefix = d - a;
    int suffix = e - d - 1;
    char first = s.charAt(a);
    boolean shaped =
        d < e
            && Tokens.isDigit(s.charAt(d))
            && (prefix == 1 || prefix == 2)
            && suffix >= 2
            && suffix <= 3
            && (first == 'K'
                || first == 'N'
                || first == 'W'
                || (first == 'A' && prefix == 2 && s.charAt(a + 1) <= 'L'));
    for (int i = d + 1; shaped && i < e; i++) {
      shaped = Character.isLetter(s.charAt(i));
    }
    if (shaped
        && (!tk.joined(t + 1) || tk.is(t + 1, PUNCT))
        && !tk.joined(t)
        && radioWords.get() > 0) {
      out.add(PhiType.LICENSE, a, e, 0.85, "license.call-sign", "a radio operator's call sign");
    }
  }

  /**
   * How much of amateur radio the text speaks: one for each word only it uses ("repeater",
   * "radiogram", "NTS"), one for every two it shares ("radio", "traffic", "operator").
   */
  private final PerText radioWords = new PerText(this::countRadioWords);

  private int countRadioWords() {
    int n = 0;
    for (int t = 0; t < tk.count; t++) {
      if (!tk.is(t, WORD)) {
        continue;
      }
      if (tk.equalsAnyIgnoreCase(t, RADIO_WORDS)
          || (tk.equalsIgnoreCase(t, "sign") && tk.equalsIgnoreCase(t - 1, "call"))) {
        n += 2;
      } else if (tk.equalsAnyIgnoreCase(t, WORDS_OF_RADIO_TOO)) {
        n++;
      }
    }
    return n / 2;
  }

  /** Words only amateur radio uses: "repeater", "radiogram", "NTS", "NCS", "call sign". */
  private static final WordList RADIO_WORDS =
      WordList.of(
          "repeater",
          "rptr",
          "radiogram",
          "radiograms",
          "ares",
          "races",
          "callsign",
          "qsl",
          "simplex",
          "arrl",
          "skywarn",
          "winlink",
          "nts",
          "ncs");

  /** Words of radio that other things share, two of which make a text about radio. */
  private static final WordList WORDS_OF_RADIO_TOO =
      WordList.of("radio", "ham", "amateur", "opr", "operator", "traffic", "frequency", "net");

  /** How many lines of the text open with a speaker's name and a colon. */
  private final PerText chatLines = new PerText(this::countChatLines);

  private int countChatLines() {
    int n = 0;
    for (int t = 0; t < tk.count; t++) {
      if ((t == 0 || tk.newlineBefore(t) || afterLineStamp(t)) && speakerEnd(t) >= 0) {
        n++;
      }
    }
    return n;
  }

  /**
   * A count over the whole text, made at its first use and kept until the next text: what a rule
   * asks of every token but only the text as a whole can answer ("is this a chat?").
   */
  private final class PerText {
    private final java.util.function.IntSupplier count;
    private int value;
    private int generation = -1;

    PerText(java.util.function.IntSupplier count) {
      this.count = count;
    }

    int get() {
      if (generation != tk.generation) {
        generation = tk.generation;
        value = count.getAsInt();
      }
      return value;
    }
  }

  /**
   * Whose number a school or a testing office gives, its label part of the identifier: "Student ID
   * 4481920", "candidate ID HSE-5520914".
   */
  private static final WordList LEARNERS = WordList.of("student", "learner", "candidate");

  /**
   * Labels that are part of the identifier: "MRN 123", "MR#123", "Client ID 517225", "SN 7K2Q",
   * "serial no. 1607", "NY-DL-6225212"; and labelled values written in groups, whose label is not
   * part of them: "driver's license D123-4567-8901", "account no. 55-0193-771".
   */
  private void label(int t) {
    if (tk.equalsIgnoreCase(t, "id")) {
      groupedAfterId(t);
    }
    if (tk.equalsIgnoreCase(t, "imei")) {
      spacedImei(t);
    }

    int k = t;
    boolean id =
        ((tk.cue[t] & C_ID) != 0 || tk.equalsAnyIgnoreCase(t, LEARNERS))
            && !tk.equalsIgnoreCase(t, "id")
            && (tk.equalsIgnoreCase(t + 1, "id")
                || tk.equalsIgnoreCase(t + 1, "no")
                || tk.equalsIgnoreCase(t + 1, "number")
                || tk.isPunct(t + 1, '#')
                || officeCode(t + 1)
                || (controlNumber(t) && tk.is(t + 1, NUM) && tk.length(t + 1) >= 10));
    boolean keyword = tk.wordIs(t, KEYWORD); // "client" and "employee" are only id labels
    if (!keyword && !id) {
      return;
    }
    boolean mrn = keyword && (tk.equalsIgnoreCase(t, "mrn") || tk.equalsIgnoreCase(t, "mr"));
    boolean serial =
        keyword
            && (tk.equalsIgnoreCase(t, "sn")
                || tk.equalsIgnoreCase(t, "fob") // "FOB 00418832": a building's key fob
                || tk.equalsIgnoreCase(t, "serial")
                || tk.equalsIgnoreCase(t, "imei")
                || tk.equalsIgnoreCase(t, "meid")
                || (tk.equalsIgnoreCase(t, "s")
                    && tk.isPunct(t + 1, '/')
                    && tk.equalsIgnoreCase(t + 2, "n")));
    boolean license =
        keyword
            && ((tk.equalsAnyIgnoreCase(t, DRIVING_LICENCES)
                    && !tk.isPunct(t - 1, '/') // "mg/dL no. 2 specimen": a unit
                    && (tk.isPunct(t + 1, '#')
                        || tk.isPunct(t + 1, ':')
                        || tk.equalsIgnoreCase(t + 1, "no") // "DL NO: S415-7720-3318-06"
                        || tk.equalsIgnoreCase(t + 1, "number")
                        || (tk.is(t + 1, ALNUM) && sepIs(t + 2, '-') && tk.joined(t + 2))))
                || ((tk.equalsIgnoreCase(t, "license")
                        || tk.equalsIgnoreCase(t, "licence")
                        || tk.equalsIgnoreCase(t, "cert")
                        || tk.equalsIgnoreCase(t, "certificate")
                        || tk.equalsIgnoreCase(t, "lic"))
                    && !tk.equalsIgnoreCase(t + 1, "plate"))
                || (tk.equalsIgnoreCase(t, "commission") // a notary's: "COMMISSION NO. 2024-1187"
                    && !bodyNamedCommission(t)
                    && (tk.equalsIgnoreCase(t + 1, "no")
                        || tk.equalsIgnoreCase(t + 1, "number")
                        || tk.isPunct(t + 1, '#'))));
    boolean account =
        keyword && (tk.equalsIgnoreCase(t, "account") || tk.equalsIgnoreCase(t, "acct"));
    boolean plan =
        keyword
            && (tk.equalsIgnoreCase(t, "medicaid")
                || tk.equalsIgnoreCase(t, "medicare")
                || tk.equalsIgnoreCase(t, "member")
                || tk.equalsIgnoreCase(t, "subscriber"));
    if (keyword && tk.equalsIgnoreCase(t, "asset")) {
      assetTag(t);
      return;
    }
    if (keyword && tk.equalsIgnoreCase(t, "tag") && tk.equalsIgnoreCase(t - 1, "asset")) {
      return; // the asset label's
    }
    if (keyword && (tk.equalsIgnoreCase(t, "plate") || tk.equalsIgnoreCase(t, "tag"))) {
      plate(t);
      return;
    }
    if (!mrn && !serial && !id && !license && !account && !plan) {
      return;
    }
    if (mrn && tk.equalsIgnoreCase(t, "mr") && !tk.isPunct(t + 1, '#')) {
      return;
    }
    if (serial && tk.equalsIgnoreCase(t, "s")) {
      k = t + 2;
    }
    k++;
    if (tk.isPunct(k, '.')
        && tk.joined(k)
        && (tk.equalsIgnoreCase(k + 1, "no") || tk.equalsIgnoreCase(k + 1, "number"))) {
      k++; // "Cert. No. 2026-HHA-00412"
    }
    // the label is a sentence's, not the id's: "number is 31177", "AUTH TA25-0064029"
    boolean spoken = id && (officeCode(t + 1) || controlNumber(t));
    if (serial || id || license || account || plan) {
      if (tk.equalsIgnoreCase(k, "id") && plan) {
        k++;
      }
      if (tk.equalsIgnoreCase(k, "no")
          || tk.equalsIgnoreCase(k, "number")
          || tk.equalsIgnoreCase(k, "num")
          || tk.equalsIgnoreCase(k, "id")) {
        k++;
        if ((license || account || plan || (id && tk.equalsAnyIgnoreCase(t - 1, POSSESSIVES)))
            && tk.equalsIgnoreCase(k, "is")) {
          k++; // "my account number is 100-44721", "my employee number is 31177"
          spoken = true;
        }
      }
    }
    boolean field = false; // "Client ID: 517225": a form's field, its label no part of the value
    while (tk.isPunct(k, '.') || tk.isPunct(k, ':') || tk.isPunct(k, '#')) {
      field |= tk.isPunct(k, ':');
      k++;
    }
    boolean bracketed = // "drivers license (9981-442-17)", "driver's license (K08-44-1937)"
        license
            && tk.isPunct(k, '(')
            && tk.joined(k + 1)
            && (tk.is(k + 1, NUM) || (tk.is(k + 1, ALNUM) && digitCount(k + 1) >= 2))
            && tk.length(k + 1) >= 3
            && lastGroup(k + 1, 4, 0) > k + 1;
    if (bracketed) {
      k++;
    }
    boolean numbered = false; // "Lic. No.", "License #": the label says a number follows
    for (int i = t + 1; i < k; i++) {
      numbered |=
          tk.equalsIgnoreCase(i, "no") || tk.equalsIgnoreCase(i, "number") || tk.isPunct(i, '#');
    }
    boolean groupedValue =
        (serial
                || license
                || id
                || plan
                || (mrn && !tk.isPunct(k - 1, ':') && digitCount(k + 2) >= 4)) // "MRN CH-77214"
            && tk.is(k, WORD)
            && tk.length(k) <= 4
            && tk.isPunct(k + 1, '-')
            && tk.joined(k + 1)
            && (tk.is(k + 2, NUM)
                || tk.is(k + 2, ALNUM)
                || (serial && lettersThenNumber(k))
                || (license // "AFH-GA-11092": a licence's kind, its state, then digits
                    && numbered
                    && tk.is(k + 2, WORD)
                    && tk.length(k + 2) <= 3
                    && sepIs(k + 3, '-')
                    && tk.is(k + 4, NUM)));
    boolean shortValueOk =
        license
            || account
            || plan
            || ((serial || mrn || id)
                && tk.isPunct(k + 1, '-')
                && tk.joined(k + 1)
                && tk.joined(k + 2)
                && (serial || tk.is(k + 2, NUM))); // GX4-77810, MRN 204-88-173
    if (!groupedValue
        && (!(tk.is(k, NUM) || tk.is(k, ALNUM)) || (tk.length(k) < 4 && !shortValueOk))) {
      return;
    }
    if (tk.equalsAnyIgnoreCase(t, LEARNERS)
        && tk.is(k, NUM)
        && tk.length(k) == 4
        && year(tk.intValue(k))) {
      return; // "Student ID 2025-26 renewal form", "Candidate No. 2026 cohort": a school year
    }
    int valueStart = tk.start[k];
    // Serials may be hyphenated groups: SN 7K2-QF9-D1X.
    int g =
        serial || license || account || plan || id || mrn ? lastGroup(k, 4, Integer.MAX_VALUE) : k;
    int end = tk.end[g];
    if (plan) {
      if (g > k) {
        out.add(
            PhiType.HEALTH_PLAN_ID,
            valueStart,
            end,
            0.9,
            "plan.grouped",
            "health plan label, grouped");
      }
    } else if (account) {
      int digitsEnd = lastGroup(k, 4, 0);
      int suffix = lastGroup(digitsEnd, 1, 2); // "000123-A"
      if (suffix > digitsEnd
          && suffix == g
          && tk.is(k, NUM)
          && allNumbers(k, digitsEnd)
          && tk.length(k) >= 5) {
        out.add(
            PhiType.ACCOUNT,
            valueStart,
            tk.end[suffix],
            0.88,
            "account.suffixed",
            "account label, digits and a letter suffix");
      } else if (g > k && tk.is(k, NUM) && allNumbers(k, g)) {
        out.add(
            PhiType.ACCOUNT,
            valueStart,
            end,
            0.9,
            "account.grouped",
            "account label, grouped digits");
      }
    } else if (license) {
      if (!tk.equalsAnyIgnoreCase(t, DRIVING_LICENCES) && g == k) {
        if (numbered
            && tk.is(k, NUM)
            && tk.length(k) == 4
            && (!tk.joined(k + 1) || tk.is(k + 1, PUNCT))) {
          out.add( // "LIC. NO. 2291": four digits, shorter than the number rules take
              PhiType.LICENSE, valueStart, end, 0.85, "license.labelled", "license label");
        }
        return; // a single token after "license" is the license recognizers' to judge
      }
      if (g == k && tk.length(k) < 6) {
        return; // "DL NO: 123 456 789", "DL No. 5": the number rules' to judge
      }
      out.add(PhiType.LICENSE, valueStart, end, 0.93, "license.dl", "license label");
    } else if (mrn) {
      out.add(PhiType.MRN, tk.start[t], end, 0.97, "mrn.label", "MRN label and number");
    } else if (serial) {
      out.add(PhiType.DEVICE_ID, tk.start[t], end, 0.93, "device.serial", "serial label and value");
    } else {
      out.add(
          PhiType.ID,
          spoken || field ? valueStart : tk.start[t],
          end,
          0.95,
          "id.label",
          "client or employee id label");
    }
  }

  /**
   * Whether an office's code starts at token {@code k}: capitals and digits, a hyphen, five digits
   * or more ("TA25-0071160", "DM25-0019934"), as an authorization or a referral is numbered.
   */
  private boolean officeCode(int k) {
    return tk.is(k, ALNUM)
        && codeLetters(k)
        && Character.isLetter(s.charAt(tk.start[k]))
        && tk.length(k) >= 3 // not "rx D3-50000 IU": a vitamin's dose
        && tk.length(k) <= 6
        && !publicCodeAt(k) // "NDC12-34567": a drug's code
        && tk.isPunct(k + 1, '-')
        && tk.joined(k + 1)
        && tk.joined(k + 2)
        && tk.is(k + 2, NUM)
        && tk.length(k + 2) >= 5;
  }

  /** Whether token {@code k} opens with a public code system's letters: "NDC12", "CPT99". */
  private boolean publicCodeAt(int k) {
    for (String code : PUBLIC_CODE_PREFIXES) {
      if (tk.length(k) > code.length()
          && s.regionIs(tk.start[k], tk.start[k] + code.length(), code)) {
        return true;
      }
    }
    return false;
  }

  private static final String[] PUBLIC_CODE_PREFIXES = {"ndc", "cpt", "icd", "hcpcs", "sku"};

  /** A claim's control number's label ("ICN", "TCN"), which a payer's long number follows. */
  private boolean controlNumber(int t) {
    return tk.equalsIgnoreCase(t, "icn") || tk.equalsIgnoreCase(t, "tcn");
  }

  /**
   * "the SIM is 8 9 0 1 4 1 0 4 ...", "ICCID: 8901 4104 2773 3091 552": a SIM card's nineteen or
   * twenty digits, which begin 89, printed or read out in groups after its name (not part of it).
   */
  private void simCard(int t) {
    int k = t + 1;
    while (k < t + 5
        && (tk.isPunct(k, ':') || tk.isPunct(k, '#') || tk.equalsAnyIgnoreCase(k, SIM_WORDS))) {
      k++;
    }
    if (!tk.is(k, NUM) || tk.newlineBefore(k) || tk.text.charAt(tk.start[k]) != '8') {
      return;
    }
    int second = tk.length(k) > 1 ? tk.start[k] + 1 : tk.is(k + 1, NUM) ? tk.start[k + 1] : -1;
    if (second < 0 || tk.text.charAt(second) != '9') {
      return;
    }
    int last = digitGroupsEnd(k, 20);
    int digits = tk.end[last] - tk.start[k] - (last - k); // one space between groups
    if (digits < 19 || digits > 20 || (tk.joined(last + 1) && !tk.is(last + 1, PUNCT))) {
      return;
    }
    out.add(
        PhiType.DEVICE_ID,
        tk.start[k],
        tk.end[last],
        0.85,
        "device.sim",
        "a SIM card's number after its name");
  }

  /**
   * The last of the numbers from {@code k} on, one space apart on one line, taken while they hold
   * fewer than {@code most} digits together: "35 489211 774902 1".
   */
  private int digitGroupsEnd(int k, int most) {
    int last = k;
    int digits = tk.length(k);
    while (digits < most && numberOneSpaceOn(last)) {
      last++;
      digits += tk.length(last);
    }
    return last;
  }

  /** Words between "SIM" and its number: "the SIM card number is". */
  private static final WordList SIM_WORDS = WordList.of("card", "number", "no", "is", "id");

  /**
   * "IMEI: 35 489211 774902 1": a handset's fifteen digits printed in its label's groups of 2, 6, 6
   * and 1 (any groups of one line), passing the Luhn check. The label is part of it.
   */
  private void spacedImei(int t) {
    int k = t + 1;
    while (tk.isPunct(k, ':') || tk.isPunct(k, '#')) {
      k++;
    }
    if (!tk.is(k, NUM) || tk.newlineBefore(k)) {
      return;
    }
    int last = digitGroupsEnd(k, 15);
    int digits = tk.end[last] - tk.start[k] - (last - k); // one space between groups
    if (last == k || digits != 15 || (tk.joined(last + 1) && !tk.is(last + 1, PUNCT))) {
      return;
    }
    out.add(PhiType.DEVICE_ID, tk.start[t], tk.end[last], 0.9, "device.imei", "an IMEI in groups");
  }

  /**
   * "bracelet ID 1148-220", "ID: 55-0193-7": digits in hyphenated groups after "ID" (a run of
   * digits alone is the bare-number rule's). Five digits at least; the label is not part of it.
   */
  private void groupedAfterId(int t) {
    int k = t + 1;
    while (tk.isPunct(k, ':') || tk.isPunct(k, '#')) {
      k++;
    }
    if (!tk.is(k, NUM) || tk.newlineBefore(k)) {
      return;
    }
    int g = lastGroup(k, 4, 0);
    if (g == k
        || !allNumbers(k, g)
        || (tk.joined(g + 1) && !tk.is(g + 1, PUNCT))
        || yearsOrPhone(k)) {
      return; // "ID 100-200", "ID 2026-01", "caller ID 867-5309"
    }
    int digits = 0;
    for (int i = k; i <= g; i += 2) {
      digits += tk.length(i);
    }
    if (digits >= 5) {
      out.add(PhiType.ID, tk.start[k], tk.end[g], 0.8, "id.grouped", "digits in groups after ID");
    }
  }

  /**
   * Immigration and identity document numbers in a caregiver's employment papers, after "USCIS",
   * "EAD", "A-Number", "Document Number" or "Doc no." ("A208-114-907", "SRC2290417763",
   * "P1873340"): six digits at least; the label is not part of the value. An employer's tax id
   * (EIN) is an organisation's, not a person's.
   */
  private void documentNumber(int t) {
    int k = t + 1;
    if (tk.equalsIgnoreCase(t, "a") && tk.isPunct(k, '-') && tk.joined(k)) {
      k++; // "A-Number"
    }
    if (tk.isPunct(k, '.') && tk.joined(k)) {
      k++; // "Doc. No."
    }
    if (tk.equalsIgnoreCase(t, "uscis") || tk.equalsIgnoreCase(t, "ead")) {
      if (tk.equalsAnyIgnoreCase(k, NUMBER_WORDS)) {
        k++;
      }
    } else if (tk.equalsAnyIgnoreCase(k, NUMBER_WORDS)) {
      k++;
    } else {
      return; // "document" or "A" alone labels nothing
    }
    while (tk.isPunct(k, ':') || tk.isPunct(k, '#') || tk.isPunct(k, '.') || tk.isPunct(k, ')')) {
      k++;
    }
    if (!(tk.is(k, NUM) || tk.is(k, ALNUM)) || tk.newlineBefore(k)) {
      return;
    }
    int g = lastGroup(k, 3, 0);
    if (tk.joined(g + 1) && !tk.is(g + 1, PUNCT)) {
      return;
    }
    int digits = 0;
    for (int i = k; i <= g; i += 2) {
      for (int c = tk.start[i]; c < tk.end[i]; c++) {
        digits += s.charAt(c) >= '0' && s.charAt(c) <= '9' ? 1 : 0;
      }
    }
    boolean letters = false;
    for (int i = k; i <= g; i += 2) {
      letters |= tk.is(i, ALNUM);
    }
    boolean document = tk.equalsIgnoreCase(t, "document") || tk.equalsIgnoreCase(t, "doc");
    if (digits >= 6 && (!document || letters || digits >= 8)) {
      // "Document Number 202401 of the handbook" is a publication's number, not a person's
      out.add(PhiType.ID, tk.start[k], tk.end[g], 0.85, "id.document", "document number label");
    }
  }

  private static final WordList DOCUMENT_LABELS =
      WordList.of("uscis", "ead", "a", "document", "doc");
  private static final WordList NUMBER_WORDS = WordList.of("number", "no", "num");

  /**
   * A form's name fields ("First Name: THI HOA", "Other Last Names Used: TRAN", "MI: K", "First
   * name/MI: WILLIAM T", "Last: FROST" in a row of fields): up to three words on the line before
   * the next column. A field left empty or answered "N/A" is no name.
   */
  private void nameField(int t) {
    boolean label;
    boolean initial = false;
    if (tk.equalsIgnoreCase(t, "name")) {
      label = tk.equalsAnyIgnoreCase(t - 1, NAME_KINDS);
    } else if (tk.equalsIgnoreCase(t, "used")) {
      label = tk.equalsIgnoreCase(t - 1, "names") || tk.equalsIgnoreCase(t - 1, "name");
    } else if (tk.equalsIgnoreCase(t, "initial")) {
      label = tk.equalsIgnoreCase(t - 1, "middle");
      initial = !tk.equalsIgnoreCase(t - 3, "name"); // "First name and middle initial:"
    } else if (personKey(t)) {
      label = true; // "LastName:", "firstName=" of an export or a log
      initial = tk.equalsIgnoreCase(t, "middleinitial");
    } else if (tk.equalsIgnoreCase(t, "mi")) {
      label = !tk.is(t - 1, NUM); // not "2.1 mi:" of a mileage log
      initial = !tk.isPunct(t - 1, '/'); // "First name/MI:" holds both
    } else {
      label = fieldStart(t); // "First:", "Last:" only where a field starts
    }
    boolean value = tk.isPunct(t + 1, '='); // "firstName=An": a program's value, never a hint
    int k = t + 2;
    if (!label || k >= tk.count || tk.newlineBefore(k) || !tk.is(k, WORD)) {
      return;
    }
    if (initial) {
      if (tk.length(k) == 1 && (!tk.joined(k + 1) || tk.isPunct(k + 1, '.'))) {
        out.add(PhiType.NAME, tk.start[k], tk.end[k], 0.8, "name.field", "a form's initial field");
      }
      return; // "MI: Myocardial infarction" is no initial
    }
    int last = -1;
    for (int words = 0; words < 3 && k < tk.count && tk.is(k, WORD); words++) {
      if (words > 0
          && (tk.newlineBefore(k)
              || columnGap(k)
              || tk.isPunct(k + 1, ':')
              || tk.isPunct(k + 1, '='))) {
        break; // the next column, or the next field's label
      }
      if (tk.joined(k + 1)
          && (tk.isPunct(k + 1, '_') || tk.isPunct(k + 1, '.'))
          && tk.joined(k + 2)
          && !tk.is(k + 2, PUNCT)) {
        return; // "fname=clients_2026-11-24.csv": a file's name
      }
      if (tk.wordIs(k, STOP) && !value) {
        return; // "First Name: as it appears on the card" is an instruction
      }
      last = k;
      k++;
      while (k + 1 < tk.count
          && (tk.isPunct(k, '-') || tk.isPunct(k, '\''))
          && tk.joined(k)
          && tk.joined(k + 1)
          && tk.is(k + 1, WORD)) {
        last = k + 1; // "AL-RASHID", "O'NEIL"
        k += 2;
      }
    }
    int first = tk.word[t + 2];
    if (last < 0
        || tk.equalsAnyIgnoreCase(t + 2, NOT_AN_ANSWER)
        || ((first & ORDINARY) != 0 && (first & (FIRST | LAST)) == 0 && !value)
        || systemAccount(s, tk.start[t + 2], tk.end[last])) {
      return; // "First: call the office" is an instruction; "username=SYSTEM" a system's
    }
    out.add(PhiType.NAME, tk.start[t + 2], tk.end[last], 0.85, "name.field", "a form's name field");
  }

  /**
   * "D0B: O4 / 1l / 1 9 3 7", "Date: 2 -l6 - 2 6": a date a form's label announces, as OCR reads
   * handwriting: month, day and year apart by "/" or "-", each written in digits that OCR spaced
   * ("1 9 3 7"); its letters for digits are already folded. The month and day must be real, the
   * year two or four digits.
   */
  private void spacedDate(int t) {
    int k = t + 1;
    if (tk.isPunct(k, ':')) {
      k++;
    }
    int first = k;
    int[] parts = new int[3];
    int real = 0;
    for (int part = 0; part < 3; part++) {
      int digits = 0;
      int value = 0;
      int most = part == 2 ? 4 : 2;
      while (ocrDigits(k)
          && digits + tk.length(k) <= most
          && (digits == 0 || tk.start[k] - tk.end[k - 1] == 1)
          && !tk.newlineBefore(k)) {
        for (int i = tk.start[k]; i < tk.end[k]; i++) {
          char ch = s.charAt(i);
          real += ch >= '0' && ch <= '9' ? 1 : 0;
          value = value * 10 + (ch == 'O' || ch == 'o' ? 0 : ch == 'l' || ch == 'I' ? 1 : ch - '0');
        }
        digits += tk.length(k);
        k++;
      }
      if (digits == 0 || (part == 2 && digits != 2 && digits != 4)) {
        return;
      }
      parts[part] = value;
      if (part < 2) {
        if (!(tk.isPunct(k, '/') || tk.isPunct(k, '-'))
            || tk.newlineBefore(k)
            || tk.start[k] - tk.end[k - 1] > 2) {
          return;
        }
        k++;
        if (!ocrDigits(k) || tk.start[k] - tk.end[k - 1] > 2) {
          return;
        }
      }
    }
    if (real < 3) {
      return;
    }
    boolean monthFirst = parts[0] >= 1 && parts[0] <= 12 && parts[1] >= 1 && parts[1] <= 31;
    boolean dayFirst = parts[1] >= 1 && parts[1] <= 12 && parts[0] >= 1 && parts[0] <= 31;
    if (monthFirst || dayFirst) {
      out.add(
          PhiType.DATE,
          tk.start[first],
          tk.end[k - 1],
          0.85,
          "date.spaced",
          "a labelled date whose digits OCR spaced");
    }
  }

  /**
   * Whether token {@code k} is written in digits and the letters OCR reads for them ("1l", "O").
   */
  private boolean ocrDigits(int k) {
    if (k >= tk.count || tk.is(k, PUNCT) || tk.length(k) > 4) {
      return false;
    }
    for (int i = tk.start[k]; i < tk.end[k]; i++) {
      char ch = s.charAt(i);
      if (!(ch >= '0' && ch <= '9') && ch != 'O' && ch != 'o' && ch != 'l' && ch != 'I') {
        return false;
      }
    }
    return true;
  }

  /**
   * "01 05 26", "10 31 1944": a date whose month, day and year stand apart with spaces, as claim
   * forms print dates of service and OCR reads a form's boxes. The month and day must be real. A
   * two-digit year needs more: a claim form, a date's label before it, or a second such date beside
   * it ("01 05 26 - 01 09 26").
   */
  private void spaceSeparatedDate(int t) {
    int year = spaceSeparatedDateEnd(t);
    if (year < 0 || !firstOfItsRun(t)) {
      return;
    }
    // A second date beside it: after "-" or "to", or run on in a run of exactly the two dates.
    boolean apartAfter = periodWord(year + 1);
    boolean apartBefore = periodWord(t - 1);
    int after = apartAfter ? year + 2 : year + 1;
    int before = apartBefore ? t - 2 : t - 1;
    boolean pair =
        (spaceSeparatedDateEnd(after) >= 0 && fromAndTo(t, after))
            || (before >= 2
                && spaceSeparatedDateEnd(before - 2) == before
                && fromAndTo(before - 2, t));
    if (tk.length(year) == 4 || claimForm.get() > 0 || dateLabelBefore(t) || pair) {
      out.add(
          PhiType.DATE,
          tk.start[t],
          tk.end[year],
          0.9,
          "date.space-separated",
          "month, day and year apart by spaces");
    }
  }

  /**
   * "DOB 1942 05 19": a year, a month and a day apart by spaces after a date's label (a form's
   * boxes read in ISO order). The label is needed: "2026 10 12" alone is as often a count.
   */
  private void yearFirstSpacedDate(int t) {
    if (t + 2 >= tk.count
        || !tk.is(t + 1, NUM)
        || tk.length(t + 1) != 2
        || !tk.is(t + 2, NUM)
        || tk.length(t + 2) != 2
        || (tk.joined(t + 3) && !endsAValue(t + 3))
        || tk.newlineBefore(t + 1)
        || tk.newlineBefore(t + 2)
        || !dateLabelBefore(t)) {
      return;
    }
    int year = tk.intValue(t);
    int month = tk.intValue(t + 1);
    int day = tk.intValue(t + 2);
    if (year < 1900 || year > 2039 || month < 1 || month > 12 || day < 1) {
      return;
    }
    if (day > DAYS_IN_MONTH[month]) {
      return;
    }
    out.add(
        PhiType.DATE,
        tk.start[t],
        tk.end[t + 2],
        0.9,
        "date.space-separated",
        "year, month and day apart by spaces");
  }

  /**
   * Whether the mark at {@code k}, joined to the value before it, ends that value: ",", ";", ")",
   * or a point ending a sentence ("on 01 09 26."), not one that goes on ("26.5").
   */
  private boolean endsAValue(int k) {
    return tk.isPunct(k, ',')
        || tk.isPunct(k, ';')
        || tk.isPunct(k, ')')
        || (tk.isPunct(k, '.') && !tk.joined(k + 1));
  }

  /**
   * Whether the spaced dates at {@code from} and {@code to} read as a period's first and last day,
   * the second on or after the first and within a year of it ("02 17 26 02 17 26", "03 01 26 thru
   * 03 31 26"), which a bingo card's, a playlist's or a series of readings' numbers do not ("01 12
   * 27 09 14 22", "10 12 24 10 12 25").
   */
  private boolean fromAndTo(int from, int to) {
    int days = days(to) - days(from);
    return days >= 0 && days < 366;
  }

  /** Whether token {@code k} joins a period's two dates: a dash, "to", "thru", "and"... */
  private boolean periodWord(int k) {
    return tk.isPunct(k, '-')
        || tk.isPunct(k, '\u2013')
        || tk.isPunct(k, '\u2014')
        || tk.isPunct(k, '~')
        || tk.isPunct(k, '&')
        || tk.equalsAnyIgnoreCase(k, PERIOD_WORDS);
  }

  private static final WordList PERIOD_WORDS =
      WordList.of("to", "thru", "through", "until", "till", "and");

  /** A day count that orders spaced dates: 372 a year, 31 a month. */
  private int days(int t) {
    int year = tk.intValue(t + 2);
    return (year < 100 ? 2000 + year : year) * 372 + tk.intValue(t) * 31 + tk.intValue(t + 1);
  }

  /**
   * Whether a date's label comes before {@code t}: a date cue, or an abbreviation home care and
   * claims use ("SOC", "DOD", "Admit").
   */
  private boolean dateLabelBefore(int t) {
    int k = t - 1;
    while (k > 0 && (tk.isPunct(k, ':') || tk.isPunct(k, '-') || tk.isPunct(k, '.'))) {
      k--;
    }
    boolean dotted = // "D.O.B.", "d/c", "F/U"
        (tk.equalsIgnoreCase(k, "b") && tk.isPunct(k - 1, '.') && tk.equalsIgnoreCase(k - 2, "o"))
            || (tk.isPunct(k - 1, '/')
                && tk.length(k) == 1
                && (tk.equalsIgnoreCase(k - 2, "d") || tk.equalsIgnoreCase(k - 2, "f")));
    return (nearestCue(t) & C_DATE) != 0 || dotted || tk.equalsAnyIgnoreCase(k, MORE_DATE_LABELS);
  }

  private static final WordList MORE_DATE_LABELS =
      WordList.of(
          "soc", "roc", "dod", "admit", "expired", "bday", "dob", "eoc", "recert", "appt", "hosp",
          "dc");

  /** The most days each month has (February's in a leap year), from index 1. */
  private static final int[] DAYS_IN_MONTH = {0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

  /**
   * Whether a date read from the left of its run of spaced two-digit numbers starts at {@code t}:
   * "24 03 02 26 03 06 26" holds "03 02 26" and "03 06 26", not "02 26 03". A run of more than
   * twelve numbers is no date's.
   */
  private boolean firstOfItsRun(int t) {
    int first = t;
    while (first > 0 && spacedNumber(first)) {
      if (t - --first > 12) {
        return false;
      }
    }
    for (int last = t; spacedNumber(last + 1); last++) {
      if (last - first >= 12) {
        return false;
      }
    }
    int i = first;
    while (i < t) {
      i += spaceSeparatedDateEnd(i) >= 0 ? 3 : 1;
    }
    return i == t;
  }

  /**
   * Whether token {@code k} and the one before are numbers of two digits with a space or three
   * between.
   */
  private boolean spacedNumber(int k) {
    return k > 0
        && k < tk.count
        && tk.is(k, NUM)
        && tk.length(k) == 2
        && tk.is(k - 1, NUM)
        && tk.length(k - 1) == 2
        && !tk.newlineBefore(k)
        && tk.start[k] - tk.end[k - 1] >= 1
        && tk.start[k] - tk.end[k - 1] <= 3;
  }

  /**
   * The year's token of a date written "MM DD YY" or "MM DD YYYY" from token {@code t}, on one line
   * with one to three spaces between its parts; -1 if there is none.
   */
  private int spaceSeparatedDateEnd(int t) {
    if (t < 0
        || t + 2 >= tk.count
        || !tk.is(t, NUM)
        || tk.length(t) != 2
        || !tk.is(t + 1, NUM)
        || tk.length(t + 1) != 2
        || !tk.is(t + 2, NUM)
        || (tk.length(t + 2) != 2 && tk.length(t + 2) != 4)
        || (t > 0 && tk.joined(t))
        || (tk.joined(t + 3) && !endsAValue(t + 3))
        || (tk.equalsIgnoreCase(t, "04") && tk.equalsAnyIgnoreCase(t - 1, FORM_NAMES))) { // UB 04
      return -1;
    }
    for (int k = t + 1; k <= t + 2; k++) {
      int gap = tk.start[k] - tk.end[k - 1];
      if (gap < 1 || gap > 3 || tk.newlineBefore(k)) {
        return -1;
      }
    }
    int month = tk.intValue(t);
    int day = tk.intValue(t + 1);
    int year = tk.intValue(t + 2);
    boolean real =
        month >= 1
            && month <= 12
            && day >= 1
            && day <= DAYS_IN_MONTH[month]
            && (tk.length(t + 2) == 2 || (year >= 1900 && year <= 2039));
    return real ? t + 2 : -1;
  }

  /**
   * "FROM 020126 THROUGH 022826", "FL45 021226": six digits that are a real month, day and year
   * (MMDDYY), as claim forms print dates, after a date's label or in a claim form.
   */
  private void claimFormDate(int t) {
    int v = tk.intValue(t);
    int month = v / 10000;
    int day = v / 100 % 100;
    if (month >= 1
        && month <= 12
        && day >= 1
        && day <= DAYS_IN_MONTH[month]
        && (claimForm.get() > 0 || dateLabelBefore(t))) {
      out.add(PhiType.DATE, tk.start[t], tk.end[t], 0.8, "date.compact", "MMDDYY in a claim form");
    }
  }

  /**
   * "2026:03:11 14:22:07": the date and time a photo was taken as EXIF writes it (DateTimeOriginal,
   * Create Date), the date's parts apart by colons and a time after it.
   */
  private void exifDate(int t) {
    int year = tk.intValue(t);
    if (year < 1900
        || year > 2039
        || !tk.is(t + 2, NUM)
        || tk.length(t + 2) != 2
        || !tk.isPunct(t + 3, ':')
        || !tk.joined(t + 3)
        || !tk.joined(t + 4)
        || !tk.is(t + 4, NUM)
        || tk.length(t + 4) != 2
        || tk.joined(t + 5)
        || tk.newlineBefore(t + 5)
        || !tk.is(t + 5, NUM)
        || !tk.isPunct(t + 6, ':')) {
      return;
    }
    int month = tk.intValue(t + 2);
    int day = tk.intValue(t + 4);
    if (month >= 1 && month <= 12 && day >= 1 && day <= DAYS_IN_MONTH[month]) {
      out.add(PhiType.DATE, tk.start[t], tk.end[t + 4], 0.9, "date.exif", "EXIF date and time");
    }
  }

  /** Whether the text is a claim form (CMS-1500, UB-04), whose dates may be bare digits. */
  private final PerText claimForm = new PerText(this::countClaimFormMarks);

  private int countClaimFormMarks() {
    for (int t = 0; t < tk.count; t++) {
      int n = tk.isPunct(t + 1, '-') ? t + 2 : t + 1; // "UB-04", "UB 04"
      if (tk.equalsAnyIgnoreCase(t, CLAIM_FORM_WORDS)
          || (tk.equalsAnyIgnoreCase(t, FORM_NAMES)
              && (tk.equalsIgnoreCase(n, "1500")
                  || tk.equalsIgnoreCase(n, "1450")
                  || tk.equalsIgnoreCase(n, "04")))) {
        return 1;
      }
    }
    return 0;
  }

  /** Claim forms' names, before their numbers: "CMS-1500", "UB-04". */
  private static final WordList FORM_NAMES = WordList.of("cms", "hcfa", "ub");

  /** Agencies that number their forms so: "SSA-1199", "IRS-8821", "HUD-9886". */
  private static final WordList FORM_AGENCIES = WordList.of("ssa", "irs", "hhs", "hud");

  /** Words that only claim forms print. */
  private static final WordList CLAIM_FORM_WORDS =
      WordList.of("nucc", "hcfa", "ub04", "cms1500", "cms1450");

  private static final WordList DATE_LABELS =
      WordList.of("dob", "date", "birth", "birthdate", "born", "dated", "signed");

  /**
   * "Augusta Fenn - 94!", "Hiroshi Tanabe, 95 on April 11": a birthday list's age after a name, a
   * dash or comma between, the line or a sentence ending after it or a date following.
   */
  private void ageAfterAName(int t) {
    int v = tk.intValue(t);
    int before = t - 2;
    if (appositiveAge(t, v)) {
      out.add(
          PhiType.AGE_OVER_89,
          tk.start[t],
          tk.end[t],
          0.75,
          "age.after-name",
          "an age over 89 set off by commas after a full name");
      out.add(
          PhiType.NAME,
          tk.start[t - 3],
          tk.end[t - 2],
          0.75,
          "name.before-age",
          "a full name set off by an age over 89");
      return;
    }
    if (!Checks.ageOver89(v)
        || !(tk.isPunct(t - 1, '-')
            || tk.isPunct(t - 1, '\u2013')
            || tk.isPunct(t - 1, '\u2014')
            || tk.isPunct(t - 1, ','))
        || birthdays.get() == 0
        || tk.joined(t)
        || !tk.is(before, WORD)
        || (tk.isPunct(t - 1, '-') && tk.joined(t - 1)) // "Fenn - 94", not "Fenn-94"
        || tk.length(before) < 3
        || (tk.flags[before] & Tokens.CAPITALIZED) == 0
        || (tk.flags[before] & Tokens.ALL_CAPS) != 0
        || (tk.word[before] & NOT_BEFORE_AN_AGE) != 0
        || !(tk.is(t - 3, WORD) || tk.isPunct(t - 3, ')'))) {
      return;
    }
    int k = t + 1;
    boolean ends =
        k >= tk.count
            || tk.newlineBefore(k)
            || tk.isPunct(k, '!')
            || (tk.equalsIgnoreCase(k, "on") && tk.wordIs(k + 1, MONTH))
            || tk.equalsIgnoreCase(k, "today");
    if (ends) {
      out.add(
          PhiType.AGE_OVER_89,
          tk.start[t],
          tk.end[t],
          0.7,
          "age.after-name",
          "an age over 89 after a name, ending the line or the sentence");
    }
  }

  /**
   * "Re: Orvald Sundquist, 93, and wife Berit", "Stanislaw Nowicki, 94 | 8/29": an age over 89 set
   * off after a given name and a surname, before a comma or a column's bar.
   */
  private boolean appositiveAge(int t, int v) {
    int surname = t - 2;
    int given = t - 3;
    return Checks.ageOver89(v)
        && tk.isPunct(t - 1, ',')
        && !tk.joined(t)
        && (tk.isPunct(t + 1, ',') || tk.isPunct(t + 1, '|'))
        && !(tk.joined(t + 2) && tk.is(t + 2, NUM)) // "93,5": a decimal
        && !tk.newlineBefore(surname + 1)
        && tk.is(surname, WORD)
        && tk.is(given, WORD)
        && !tk.newlineBefore(surname)
        && capital(surname)
        && capital(given)
        && (tk.wordIs(given, FIRST) || tk.word[given] == 0)
        && !tk.wordIs(given, ORDINARY | PLACE | STATE | ORG)
        && !tk.wordIs(surname, ORDINARY | PLACE | STATE | ORG)
        && (tk.wordIs(surname, LAST) || tk.word[surname] == 0);
  }

  /**
   * "- GRISWOLD sat 8a-8p", "salgado - 1045 w 3rd - box 0728", "PEG -> WALSH 8-12": a line of a
   * board or list that opens with a listed given name or surname and goes on with a dash, an arrow,
   * a weekday or a time, as whiteboards, key lists and schedules write whom each line is about; and
   * the name an arrow points to. Only in a text of two such lines at least; words that are also
   * ordinary ("Brown", "Rose", "Will") are left to the model.
   */
  private void listItemName(int t) {
    if (!listName(t)
        || !(opensLine(t) || arrowBefore(t))
        || !listGoesOn(t + 1)
        || listLines.get() < 2) {
      return;
    }
    out.add(
        PhiType.NAME,
        tk.start[t],
        tk.end[t],
        0.6, // below the model's: "Sam - Gordon called out" is the model's to cut
        "name.list-item",
        "a name opening a list's line");
  }

  private boolean listName(int t) {
    return tk.is(t, WORD)
        && tk.length(t) >= 3
        && (tk.word[t] & (FIRST | LAST)) != 0
        && (tk.word[t]
                & (COMMON
                    | CLINICAL
                    | STOP
                    | ROLE
                    | TITLE
                    | WEAK_CUE
                    | MONTH
                    | WEEKDAY
                    | ORG
                    | STREET_SUFFIX
                    | STATE
                    | STATE_NAME
                    | PLACE
                    | UNIT
                    | NUMBER_WORD))
            == 0
        && !tk.joined(t + 1);
  }

  /** Whether token {@code t} opens its line, after a bullet ("-", "*", "•", "★", "1)") if any. */
  private boolean opensLine(int t) {
    int k = t;
    if (k > 0 && !tk.newlineBefore(k) && (tk.is(k - 1, PUNCT) || listNumber(k - 1))) {
      k--; // "- GRISWOLD", "★ Sparrow", "3) Lucho"
      if (k > 0 && !tk.newlineBefore(k) && tk.isPunct(k, ')') && tk.is(k - 1, NUM)) {
        k--;
      }
    }
    return k == 0 || tk.newlineBefore(k) || afterLineStamp(k);
  }

  private boolean listNumber(int k) {
    return tk.is(k, NUM) && tk.length(k) <= 2 && tk.joined(k + 1) && tk.is(k + 1, PUNCT);
  }

  /** "PEG -> WALSH": an arrow right before {@code t}, a listed name opening the line before it. */
  private boolean arrowBefore(int t) {
    return tk.isPunct(t - 1, '>')
        && tk.isPunct(t - 2, '-')
        && tk.joined(t - 1)
        && !tk.joined(t)
        && t >= 3
        && listName(t - 3)
        && opensLine(t - 3);
  }

  /** What follows a list's name: a spaced dash or arrow, a weekday, a time or a range of hours. */
  private boolean listGoesOn(int k) {
    if (k >= tk.count || tk.newlineBefore(k) || !(tk.start[k] > tk.end[k - 1])) {
      return false;
    }
    if (tk.is(k, PUNCT)) {
      char c = tk.symbol[k];
      return ((c == '-' || c == '\u2014' || c == '\u2013') && !tk.joined(k + 1))
          || (c == '-' && tk.isPunct(k + 1, '>') && tk.joined(k + 1));
    }
    return tk.wordIs(k, WEEKDAY)
        || (tk.is(k, NUM) && tk.length(k) <= 2 && tk.isPunct(k + 1, '-') && tk.joined(k + 1))
        || (tk.is(k, ALNUM) && tk.length(k) <= 4 && timeOfDay(k));
  }

  /** "8a", "11p", "10A": an hour with its half of the day. */
  private boolean timeOfDay(int k) {
    char last = Character.toLowerCase(s.charAt(tk.end[k] - 1));
    return (last == 'a' || last == 'p') && Tokens.isDigit(s.charAt(tk.start[k]));
  }

  /** How many lines open with a bullet, or with a word and a spaced dash (two at most). */
  private final PerText listLines = new PerText(this::countListLines);

  private int countListLines() {
    int n = 0;
    for (int t = 0; t < tk.count && n < 2; t++) {
      if (t == 0 || tk.newlineBefore(t)) {
        boolean bullet = tk.is(t, PUNCT) && !tk.joined(t + 1) && tk.symbol[t] != '(';
        boolean dashed = tk.is(t, WORD) && tk.is(t + 1, PUNCT) && listGoesOn(t + 1);
        n += bullet || dashed ? 1 : 0;
      }
    }
    return n;
  }

  /** Whether the text speaks of birthdays: a list of ages is theirs. */
  private final PerText birthdays = new PerText(this::countBirthdayWords);

  private int countBirthdayWords() {
    for (int t = 0; t < tk.count; t++) {
      if (tk.is(t, WORD) && tk.equalsAnyIgnoreCase(t, BIRTHDAY_WORDS)) {
        return 1;
      }
    }
    return 0;
  }

  private static final WordList BIRTHDAY_WORDS =
      WordList.of(
          "birthday",
          "birthdays",
          "bday",
          "bdays",
          "turns",
          "turning",
          "celebrates",
          "celebrating",
          "cumpleanos"); // and "cumpleaños": tokens are compared without their diacritics

  private static final int NOT_BEFORE_AN_AGE =
      ORDINARY | ORG | MONTH | WEEKDAY | STATE | STATE_NAME | PLACE | STREET_SUFFIX | UNIT;

  /**
   * "Name: Zorblat Quennex", "Client name: ...", "Patient: Mr. Quince", "Patient: "Ann Lee", DOB":
   * a label for a person that opens a line, then one to three capitalized words, quoted or not, to
   * the line's end (or the closing quote), none of which a list knows as anything but a name; one
   * word no list knows ("Client: Microsoft") is left to the model. The label names the value
   * whatever the next line holds (a street, a date of birth), and whatever case the rest of the
   * text is typed in.
   */
  private void labelledName(int t) {
    boolean label =
        tk.equalsIgnoreCase(t, "name")
            ? fieldStart(t) || (tk.equalsAnyIgnoreCase(t - 1, PERSON_LABELS) && fieldStart(t - 1))
            : fieldStart(t);
    int k = t + 2;
    if (!label || k >= tk.count || tk.newlineBefore(k)) {
      return;
    }
    char quote = 0;
    if (tk.isPunct(k, '"') || tk.isPunct(k, '\'') || tk.isPunct(k, '*')) {
      quote = tk.symbol[k]; // "Patient: "Zorblat Quennex", DOB", "Name: **Zorblat Quennex**"
      while (tk.isPunct(k, quote)) {
        k++;
      }
    }
    if (tk.wordIs(k, TITLE)) {
      k += tk.isPunct(k + 1, '.') && tk.joined(k + 1) ? 2 : 1; // "Client: Mr. Quince"
    }
    int first = k;
    int last = -1;
    boolean listed = false;
    for (int words = 0; words < 3 && k < tk.count && tk.is(k, WORD); words++) {
      if (words > 0 && (tk.newlineBefore(k) || columnGap(k))) {
        break;
      }
      int w = tk.word[k];
      if ((tk.flags[k] & Tokens.CAPITALIZED) == 0
          || ((w & NOT_IN_A_LABELLED_NAME) != 0 && (w & (FIRST | LAST)) == 0)) {
        return;
      }
      listed |= (w & (FIRST | LAST)) != 0;
      last = k++;
    }
    boolean closed = quote != 0 && tk.isPunct(k, quote) && tk.joined(k);
    while (closed && tk.isPunct(k, quote)) {
      k++;
    }
    boolean lineEnds =
        k >= tk.count
            || tk.newlineBefore(k)
            || columnGap(k)
            || (closed && (tk.isPunct(k, ',') || tk.isPunct(k, ';')));
    // One word no list knows is as often a product, a drug or a firm ("Client: Microsoft")
    boolean oneUnknown = last == first && !listed;
    if (last >= 0
        && lineEnds
        && (quote == 0 || closed)
        && !oneUnknown
        && !tk.equalsAnyIgnoreCase(first, NOT_AN_ANSWER)) {
      out.add(
          PhiType.NAME,
          tk.start[first],
          tk.end[last],
          0.8,
          "name.label",
          "a person's label opening the line, then a name to its end");
    }
  }

  private static final WordList PERSON_LABELS =
      WordList.of(
          "client",
          "patient",
          "resident",
          "member",
          "caregiver",
          "employee",
          "aide",
          "guardian",
          "insured",
          "subscriber",
          "applicant",
          "veteran");

  private static final int NOT_IN_A_LABELLED_NAME =
      ORDINARY | ORG | PLACE | MONTH | WEEKDAY | STATE | STATE_NAME | STREET_SUFFIX | COUNTRY;

  /**
   * A form's city, town or county field ("CITY: BRENTHAM", "County: Harris County", "City: Hays,
   * KS"): up to three words on the line, each capitalized (or any, in a line typed in lower case),
   * before a comma, a state, the next column or the next field's label. A field left empty,
   * answered "N/A" or "same" is no place.
   */
  private void cityField(int t) {
    int k = t + 2;
    int last = -1;
    for (int words = 0; words < 3 && k < tk.count && tk.is(k, WORD); words++) {
      if ((words > 0 && (tk.newlineBefore(k) || columnGap(k) || tk.isPunct(k + 1, ':')))
          || tk.wordIs(k, STATE)) {
        break; // the next column or field, or the state after the city
      }
      if (tk.wordIs(k, STOP) || !(capital(k) || (tk.flags[k] & Tokens.ALL_CAPS) != 0)) {
        return; // "City: see above", "Town: where she grew up"
      }
      last = k++;
    }
    if (last < 0 || tk.equalsAnyIgnoreCase(t + 2, NOT_AN_ANSWER)) {
      return;
    }
    out.add(PhiType.CITY, tk.start[t + 2], tk.end[last], 0.85, "city.field", "a form's city field");
  }

  private static final WordList CITY_FIELDS = WordList.of("city", "town", "county", "municipality");

  /** Whether more than one space or a tab comes before token {@code k}. */
  private boolean columnGap(int k) {
    return tk.start[k] - tk.end[k - 1] > 1 || s.charAt(tk.start[k] - 1) == '\t';
  }

  /** Whether {@code t} starts a line or follows a column gap. */
  private boolean fieldStart(int t) {
    return t == 0
        || tk.newlineBefore(t)
        || tk.start[t] - tk.end[t - 1] >= 3
        || s.charAt(tk.start[t] - 1) == '\t';
  }

  private static final WordList NAME_FIELD_ENDS =
      WordList.of("name", "used", "initial", "mi", "first", "last", "surname");

  /**
   * Whether word {@code t} is a name field's key written as one word, as exports and logs write it
   * ("LastName", "firstName", "fname", "patientLastName", "MiddleInitial").
   */
  private boolean personKey(int t) {
    if (tk.length(t) < 5 || tk.length(t) > 24) {
      return false;
    }
    String key = FieldNames.normalize(s.subSequence(tk.start[t], tk.end[t]));
    return FieldNames.namesAPerson(key) || key.equals("middleinitial");
  }

  private static final WordList NAME_KINDS =
      WordList.of("first", "last", "middle", "given", "family", "maiden", "legal");
  private static final WordList NOT_AN_ANSWER =
      WordList.of(
          "none",
          "n",
          "na",
          "unknown",
          "same",
          "see",
          "refused",
          "pending",
          "blank",
          "tbd",
          "yes",
          "no",
          "null",
          "nil",
          "undefined");

  /**
   * "asset tag SHC-LT-0442", "Asset #TAB-0419", "asset BH-0512": the inventory number of a laptop,
   * a pump or a loaned walker, with its label as a serial's is.
   */
  /**
   * A date built by a formula or a program from its year, month and day: "DATE(2026,3,2)",
   * "datetime.date(2026, 2, 1)", "datetime.datetime(1936, 4, 2, 0, 0)", "LocalDate.of(1941, 3,
   * 14)".
   */
  private void dateCall(int t) {
    if (!(tk.joined(t)
        && tk.is(t + 1, NUM)
        && tk.length(t + 1) == 4
        && tk.isPunct(t + 2, ',')
        && tk.is(t + 3, NUM)
        && tk.isPunct(t + 4, ',')
        && tk.is(t + 5, NUM))) {
      return;
    }
    int year = tk.intValue(t + 1);
    int month = tk.intValue(t + 3);
    int day = tk.intValue(t + 5);
    if (year >= 1880 && year <= 2100 && month >= 1 && month <= 12 && day >= 1 && day <= 31) {
      out.add(PhiType.DATE, tk.start[t + 1], tk.end[t + 5], 0.85, "date.call", "year, month, day");
    }
  }

  /**
   * A workbook's sheet named after its client ("='Abernathy R'!B4", "'Eze C'!B1"): a surname and an
   * initial, or a name on the lists.
   */
  private void sheetReference(int t) {
    if (!(tk.is(t + 1, ALNUM) || tk.is(t + 1, WORD) || tk.isPunct(t + 1, '$'))
        || !tk.joined(t + 1)) {
      return;
    }
    int open = t - 2;
    while (open >= 0
        && t - open <= 16
        && !(tk.isPunct(open, '\'') && !tk.isPunct(open - 1, '\'') && !tk.isPunct(open + 1, '\''))
        && !tk.isPunct(open, ']')
        && !tk.newlineBefore(open + 1)) {
      open--; // "'O''Brien K'!B4": a doubled quote is the name's
    }
    if (open < 0 || !(tk.isPunct(open, '\'') || tk.isPunct(open, ']'))) {
      return;
    }
    int first = open + 1;
    for (int k = first; k < t - 1; k++) {
      if (tk.isPunct(k, ':')) { // "'Finch H:Vance E'!C2": a range of sheets, a name each
        sheetName(first, k - 1);
        first = k + 1;
      }
    }
    sheetName(first, t - 2);
  }

  /** Tokens {@code first} to {@code last} as a sheet's name, when a person's. */
  private void sheetName(int first, int last) {
    if (last < first || !tk.is(first, WORD)) {
      return;
    }
    if ((tk.flags[first] & (Tokens.CAPITALIZED | Tokens.ALL_CAPS)) == 0) {
      return;
    }
    boolean listed = false;
    for (int k = first; k <= last; k++) {
      if (tk.is(k, WORD)) {
        listed |= tk.wordIs(k, FIRST | LAST);
        if (tk.wordIs(k, COMMON | CLINICAL | STOP | MONTH | WEEKDAY)
            && !tk.wordIs(k, FIRST | LAST)) {
          return; // 'Visits'!C:C, 'Feb 2026'!A1
        }
      } else if (!tk.isPunct(k, ',') && !tk.isPunct(k, '.') && !tk.isPunct(k, '\'')) {
        return;
      }
    }
    boolean initial = last > first && tk.length(last) == 1 && tk.is(last, WORD);
    if (listed || initial) {
      out.add(
          PhiType.NAME,
          tk.start[first],
          tk.end[last],
          0.8,
          "name.sheet",
          "a sheet named after a person");
    }
  }

  /**
   * Whether {@code s[a, e)} is an account of a system, not a person's login: "administrator",
   * "SYSTEM", "NT AUTHORITY", a computer's "DC01$".
   */
  static boolean systemAccount(Text s, int a, int e) {
    return s.regionIsAny(a, e, SYSTEM_USERS)
        || (e > a && s.charAt(e - 1) == '$')
        || (e - a > 4 && s.regionIs(a, a + 3, "svc")) // "svc_backup", "svcScan"
        || (e - a > 4 && (s.regionIs(a, a + 4, "dwm-") || s.regionIs(a, a + 5, "umfd-")))
        || s.regionIs(a, Math.min(e, a + 9), "anonymous"); // "ANONYMOUS LOGON"
  }

  private static final String[] SYSTEM_USERS = {
    "system",
    "nt",
    "billing",
    "frontdesk",
    "intake",
    "office",
    "payroll",
    "scheduling",
    "scheduler",
    "helpdesk",
    "null",
    "nobody",
    "www-data",
    "iusr",
    "null sid",
    "local service",
    "network service",
    "anonymous logon",
    "nt authority",
    "krbtgt",
    "scanner",
    "reception",
    "admin",
    "administrator",
    "public",
    "default",
    "ubuntu",
    "deploy",
    "runner",
    "jenkins",
    "docker",
    "root",
    "guest",
    "user",
    "app",
    "apps",
    "node",
    "www",
    "shared",
    "service",
    "appdata",
    "desktop",
    "documents",
    "downloads",
    "ec2-user",
    "centos",
    "vagrant",
    "ansible",
    "git",
    "postgres",
    "oracle",
    "nagios",
    "backup"
  };

  /** "nurse03", "office", "Scheduler2": a role's or a place's account, shared, no one's login. */
  private boolean sharedAccount(int a, int e) {
    int b = e;
    while (b > a && Tokens.isDigit(s.charAt(b - 1))) {
      b--;
    }
    return (Lexicon.get().word(s.chars, a, b) & (COMMON | ROLE | CLINICAL | STOP)) != 0;
  }

  /**
   * A login as a home folder's name: "/home/wzhang/", "C:\\Users\\mary.finch\\Desktop",
   * "\\\\fs01\\home$\\jbird", "C:\\\\Users\\\\mfinch" in JSON, "C:\\Users\\admin.rmenon>" (the
   * login after an admin prefix).
   */
  private void homeDirectory(int t) {
    int k = t - 1;
    if (tk.isPunct(k, '$') && tk.joined(t) && tk.joined(k)) {
      k--; // a share: "home$", "profiles$"
    }
    if (!(tk.equalsIgnoreCase(k, "home")
            || tk.equalsIgnoreCase(k, "users")
            || tk.equalsIgnoreCase(k, "homes")
            || tk.equalsIgnoreCase(k, "profiles"))
        || !tk.joined(k + 1)
        || !(tk.isPunct(k - 1, '/') || tk.isPunct(k - 1, '\\'))) {
      return;
    }
    int n = s.length();
    int a = tk.end[t];
    while (a < n && a - tk.end[t] < 2 && s.charAt(a) == '\\') {
      a++; // "C:\\\\Users\\\\mfinch": escaped in a string
    }
    int e = a;
    int letters = 0;
    while (e < n
        && e - a <= 32
        && (Text.isAsciiAlnum(s.charAt(e)) || s.charAt(e) == '.' || s.charAt(e) == '_')) {
      letters += Character.isLetter(s.charAt(e)) ? 1 : 0;
      e++;
    }
    if (e < n
        && !(s.charAt(e) == '/'
            || s.charAt(e) == '\\'
            || s.charAt(e) == '>'
            || s.charAt(e) == '"'
            || Character.isWhitespace(s.charAt(e)))) {
      return;
    }
    for (int i = a; i < e; i++) {
      if (s.charAt(i) == '.' && s.regionIs(a, i, "admin")) {
        a = i + 1; // "admin.rmenon": the admin account of rmenon
      }
    }
    if (e - a >= 4
        && letters >= e - a - 4
        && Character.isLetter(s.charAt(a))
        && s.charAt(e - 1) != '.'
        && !s.regionIsAny(a, e, SYSTEM_USERS)
        && !sharedAccount(a, e)) {
      out.add(PhiType.NAME, a, e, 0.75, "name.home", "a login as a home folder's name");
    }
  }

  /**
   * A database's report of a key ("Key (client_id, start_at)=(10482, 2026-03-09 08:00:00-05)
   * already exists"): each value typed by its column's name, as a table's header types its cells.
   */
  private void keyDetail(int t) {
    int open = t - 2;
    while (open >= 0 && t - open < 24 && !tk.isPunct(open, '(') && !tk.newlineBefore(open + 1)) {
      open--;
    }
    if (open < 0 || !tk.isPunct(open, '(')) {
      return;
    }
    int n = s.length();
    int at = tk.end[t + 1];
    int column = tk.start[open + 1];
    int columnsEnd = tk.start[t - 1];
    while (column < columnsEnd && at < n) {
      int columnEnd = column;
      while (columnEnd < columnsEnd && s.charAt(columnEnd) != ',') {
        columnEnd++;
      }
      int valueEnd = at;
      int depth = 0;
      while (valueEnd < n && s.charAt(valueEnd) != '\n' && valueEnd - at <= MAX_VALUE) {
        char ch = s.charAt(valueEnd);
        depth += ch == '(' ? 1 : ch == ')' ? -1 : 0;
        if (depth < 0 || (depth == 0 && ch == ',' && columnEnd < columnsEnd)) {
          break;
        }
        valueEnd++;
      }
      PhiType type = FieldNames.typeOf(s.subSequence(column, columnEnd));
      if (type != null && valueEnd > at && Columns.plausible(s, at, valueEnd, type)) {
        out.add(type, at, valueEnd, 0.85, "field.key-detail", "a key's value typed by its column");
      }
      column = columnEnd + 1;
      while (column < columnsEnd && s.charAt(column) == ' ') {
        column++;
      }
      at = valueEnd + 1;
      while (at < n && s.charAt(at) == ' ') {
        at++;
      }
    }
  }

  /**
   * A telephone system's caller id, the name in quotes and the number in angle brackets: {@code
   * "BIRD HAROLD" <5552208391>}, as Asterisk and SIP headers write it.
   */
  private void callerId(int t) {
    int v = tk.isPunct(t + 1, '+') && tk.joined(t + 1) ? t + 2 : t + 1;
    if (tk.is(v, NUM)
        && tk.joined(v)
        && tk.length(v) >= 7
        && tk.length(v) <= 15
        && tk.isPunct(v + 1, '>')
        && tk.joined(v + 1)) {
      out.add(PhiType.PHONE, tk.start[t + 1], tk.end[v], 0.85, "phone.caller-id", "a caller id's");
    }
  }

  /**
   * "Caller ID: DUBOIS M 555-448-1206": an answering service's log, the name the caller id showed,
   * two or three words in capitals straight before the number, each on a list of names or an
   * initial; not a line's generic display ("WIRELESS CALLER", "SPRINGFIELD MA", "PRIVATE") nor a
   * firm's ("MERCY HOSPITAL", "WILL CALL").
   */
  private void callerIdShown(int t) {
    int first = t + 1;
    int k = first;
    boolean named = false;
    int words = 0;
    while (k < first + 3
        && tk.is(k, WORD)
        && !tk.newlineBefore(k)
        && (tk.flags[k] & Tokens.ALL_CAPS) != 0) {
      if (tk.length(k) > 1
          && (tk.wordIs(k, STATE | STOP | ORG | CLINICAL)
              || !tk.wordIs(k, FIRST | LAST)
              || tk.equalsAnyIgnoreCase(k, NO_CALLER_NAMES))) {
        return; // "MERCY HOSPITAL", "WILL CALL", "SPRINGFIELD MA": a firm, a line, a town
      }
      named |= tk.length(k) >= 2;
      words += tk.wordIs(k, COMMON) && !tk.wordIs(k, FIRST) ? 1 : 0;
      k++;
    }
    if (words > 1) {
      return; // "WEST END", "PAGE BOX": words, though lists of surnames hold them
    }
    int number = tk.isPunct(k, ',') ? k + 1 : k; // "DUBOIS M, 555-448-1206"
    if (named
        && k - first >= 2 // a surname and a given name or its initial, not a town or a firm
        && !tk.newlineBefore(number)
        && (tk.is(number, NUM) || tk.isPunct(number, '(') || tk.isPunct(number, '+'))) {
      out.add(
          PhiType.NAME,
          tk.start[first],
          tk.end[k - 1],
          0.85,
          "name.caller-id",
          "the name a caller id showed before the number");
    }
  }

  /**
   * "10/27 2:20 pm evergreen billing (liz): done": a texting service's log, the line's stamp, the
   * office that sent it and, in brackets before the colon, who typed it: a listed given name that
   * is no ordinary word, after a stamp with a time and one to three words.
   */
  private void senderInBrackets(int t) {
    int name = t + 1;
    if (!tk.is(name, WORD)
        || !(tk.lowerCase(name) || titleCase(name))
        || tk.length(name) < 3
        || !tk.wordIs(name, FIRST)
        || tk.wordIs(
            name,
            COMMON | STOP | KEYWORD | GENERIC_LABEL | CLINICAL | ROLE | TITLE | MONTH | WEEKDAY)
        || tk.cue[name] != 0
        || tk.newlineBefore(name)) {
      return;
    }
    int words = 0;
    int k = t - 1;
    while (k >= 0 && !tk.newlineBefore(k + 1) && tk.is(k, WORD) && words < 4) {
      words++;
      k--;
    }
    if (words < 1 || words > 3 || tk.newlineBefore(k + 1)) {
      return;
    }
    boolean time = false;
    for (int j = k; j >= 0 && k - j < 8; j--) {
      time |=
          tk.isPunct(j, ':')
              && tk.is(j - 1, NUM)
              && (tk.is(j + 1, NUM) || tk.is(j + 1, ALNUM)) // "2:20 pm", "2:20pm"
              && tk.joined(j + 1);
      if (j == 0 || tk.newlineBefore(j)) {
        if (time && (tk.is(j, NUM) || tk.isPunct(j, '[') || tk.wordIs(j, MONTH | WEEKDAY))) {
          out.add(
              PhiType.NAME,
              tk.start[name],
              tk.end[name],
              0.8,
              "name.speaker",
              "who typed a line, in brackets after its sender and time");
        }
        return;
      }
      if (!(tk.is(j, NUM)
          || tk.is(j, ALNUM)
          || tk.is(j, PUNCT)
          || tk.length(j) <= 2
          || tk.wordIs(j, MONTH | WEEKDAY))) {
        return;
      }
    }
  }

  /** What a caller id shows when it has no one's name. */
  private static final WordList NO_CALLER_NAMES =
      WordList.of(
          "wireless",
          "caller",
          "private",
          "unknown",
          "unavailable",
          "restricted",
          "anonymous",
          "blocked",
          "toll",
          "free",
          "cell",
          "phone");

  /**
   * The plate after a car's make and model, as ride receipts and drivers' files write it: "Toyota
   * Camry 8KXM217", "a black Toyota Sienna KZT 9920". A code of letters and digits in capitals, or
   * two or three capitals and three or four digits, within two words of the make.
   */
  private void plateAfterCar(int t) {
    for (int k = t + 1; k <= t + 3 && k < tk.count && !tk.newlineBefore(k); k++) {
      int a = tk.start[k];
      if (plateShaped(k)) {
        out.add(PhiType.VEHICLE_ID, a, tk.end[k], 0.75, "plate.after-car", "a plate after a car");
        return;
      }
      if (tk.is(k, WORD)
          && caps(k)
          && tk.length(k) >= 2
          && tk.length(k) <= 3
          && tk.is(k + 1, NUM)
          && !tk.joined(k + 1)
          && tk.length(k + 1) >= 3
          && tk.length(k + 1) <= 4
          && !(tk.intValue(k + 1) >= 1950 && tk.intValue(k + 1) <= 2040) // "RAV4 LE 2020"
          && endsHere(k + 1)) {
        out.add(
            PhiType.VEHICLE_ID, a, tk.end[k + 1], 0.75, "plate.after-car", "a plate after a car");
        return;
      }
      if (!(tk.is(k, WORD) || tk.is(k, ALNUM)) || tk.lowerCase(k)) {
        return; // the make's model is a capitalized word or code ("Camry", "RAV4")
      }
    }
  }

  /**
   * "White minivan, 7RKL392", "silver sedan 8KXM217": a plate straight after the kind of vehicle, a
   * comma between them at most; letters and digits in capitals, five to eight of them.
   */
  private void plateAfterBody(int t) {
    int k = t + 1;
    if (tk.isPunct(k, ',') || tk.isPunct(k, ':') || tk.isPunct(k, '(')) {
      k++; // "White minivan, 7RKL392", "minivan: 7RKL392", "minivan (7RKL392)"
    }
    if (plateShaped(k)
        && !tk.newlineBefore(k)
        && digitCount(k) >= 2
        && digitCount(k) <= tk.length(k) - 2
        && !tk.joined(k)) {
      out.add(
          PhiType.VEHICLE_ID,
          tk.start[k],
          tk.end[k],
          0.75,
          "plate.after-car",
          "a plate after a car");
    }
  }

  /** A code of five to eight letters and digits in capitals, ending its phrase: "7RKL392". */
  private boolean plateShaped(int k) {
    return tk.is(k, ALNUM)
        && noLowerCase(k)
        && tk.length(k) >= 5
        && tk.length(k) <= 8
        && endsHere(k);
  }

  private static final WordList VEHICLE_BODIES =
      WordList.of(
          "minivan",
          "van",
          "vans",
          "sedan",
          "suv",
          "truck",
          "hatchback",
          "coupe",
          "jeep",
          "bus",
          "rv");

  private boolean noLowerCase(int k) {
    for (int i = tk.start[k]; i < tk.end[k]; i++) {
      if (Character.isLowerCase(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a value ends at token {@code k}: a space, or a sentence's or a list's mark, follows.
   */
  private boolean endsHere(int k) {
    return !tk.joined(k + 1)
        || ((tk.isPunct(k + 1, '.') || tk.isPunct(k + 1, ',') || tk.isPunct(k + 1, ';'))
            && !tk.joined(k + 2));
  }

  /**
   * MySQL's report of a duplicate ("Duplicate entry 'maria.ruiz@example.com' for key
   * 'users.email_unique'"): the entry typed by the name of the key it broke.
   */
  private void duplicateEntry(int t) {
    int open = tk.end[t] + 1;
    int n = s.length();
    if (open >= n || s.charAt(open - 1) != ' ' || s.charAt(open) != '\'') {
      return;
    }
    int a = open + 1;
    int e = a;
    while (e < n && e - a <= MAX_VALUE && s.charAt(e) != '\n' && !keyFollows(e)) {
      e++;
    }
    if (e >= n || !keyFollows(e)) {
      return;
    }
    int name = e + KEY_FOLLOWS.length();
    int nameEnd = name;
    while (nameEnd < n && nameEnd - name <= MAX_VALUE && s.charAt(nameEnd) != '\'') {
      nameEnd++;
    }
    if (nameEnd < n && s.charAt(nameEnd) == '\'') {
      typedByKey(name, nameEnd, a, e, "field.duplicate-entry");
    }
  }

  private static final String KEY_FOLLOWS = "' for key '";

  private boolean keyFollows(int i) {
    return i + KEY_FOLLOWS.length() <= s.length()
        && s.regionIs(i, i + KEY_FOLLOWS.length(), KEY_FOLLOWS);
  }

  /**
   * SQL Server's report of a duplicate ("Violation of UNIQUE KEY constraint 'UQ_Clients_MRN'. ...
   * The duplicate key value is (MR4521337)."): the value typed by the constraint's or the index's
   * name earlier on its line. A key of several columns is left alone.
   */
  private void duplicateKeyValue(int t) {
    int a = tk.end[t + 1];
    int n = s.length();
    int e = a;
    while (e < n && e - a <= MAX_VALUE && s.charAt(e) != ')' && s.charAt(e) != '\n') {
      if (s.charAt(e) == ',') {
        return;
      }
      e++;
    }
    if (e >= n || s.charAt(e) != ')') {
      return;
    }
    for (int k = t - 3; k >= 0 && t - k < 40 && !tk.newlineBefore(k + 1); k--) {
      if (tk.isPunct(k, '\'')
          && (tk.equalsIgnoreCase(k - 1, "constraint") || tk.equalsIgnoreCase(k - 1, "index"))) {
        int name = tk.end[k];
        int nameEnd = name;
        while (nameEnd < a && s.charAt(nameEnd) != '\'') {
          nameEnd++;
        }
        typedByKey(name, nameEnd, a, e, "field.duplicate-key");
        return;
      }
    }
  }

  /**
   * {@code [a, e)} typed by the name of the key or index {@code [name, nameEnd)} it broke:
   * "clients.uq_ssn", "UQ_Clients_MRN", "IX_Members_MedicaidId", the words that say it is a key
   * left out.
   */
  private void typedByKey(int name, int nameEnd, int a, int e, String recognizer) {
    java.util.List<String> words = new java.util.ArrayList<>();
    int part = nameEnd;
    for (int i = nameEnd - 1; i >= name - 1; i--) {
      if (i >= name && Character.isLetterOrDigit(s.charAt(i))) {
        continue;
      }
      String word = FieldNames.normalize(s.subSequence(i + 1, part));
      part = i;
      if (!word.isEmpty() && !INDEX_WORDS.contains(word)) {
        words.add(0, word);
      }
    }
    // The longest run of the key's last words that names a field: "uq_last_name" is "lastname".
    PhiType type = null;
    String field = "";
    int from = words.size();
    for (int i = words.size() - 1; i >= 0; i--) {
      String joined = String.join("", words.subList(i, words.size()));
      PhiType t = FieldNames.typeOfNormalized(joined);
      if (t != null) {
        type = t;
        field = joined;
        from = i;
      }
    }
    if (type == null
        || (type == PhiType.NAME && !FieldNames.namesAPerson(field))) { // not "uq_dept_name"
      return;
    }
    for (int i = 0; i < from; i++) {
      String word = words.get(i);
      if (!KEY_TABLES.contains(word) && FieldNames.typeOfNormalized(word) != null) {
        return; // "uq_client_name_dob": a key of several fields, its values run together
      }
    }
    if (e > a && Columns.plausible(s, a, e, type)) {
      out.add(type, a, e, 0.85, recognizer, "a duplicate typed by its key's name");
    }
  }

  /** Whose records a key's name says it indexes ("uq_patient_mrn"): a table, not a field. */
  private static final java.util.Set<String> KEY_TABLES =
      java.util.Set.of(
          "client",
          "clients",
          "patient",
          "patients",
          "member",
          "members",
          "employee",
          "employees",
          "caregiver",
          "caregivers",
          "user",
          "users",
          "resident",
          "residents");

  /** What names a key as one, not what it holds: "uq", "ix", "unique", "pk". */
  private static final java.util.Set<String> INDEX_WORDS =
      java.util.Set.of(
          "uq", "uk", "ux", "ix", "idx", "unq", "uniq", "unique", "key", "pk", "ak", "index", "un",
          "u", "dbo");

  /**
   * A client's record number in a web address's path, after the people it is one of:
   * "/api/v2/clients/55731/visits", "/patients/88120".
   */
  private void pathId(int t) {
    int k = t - 1;
    if (!tk.is(k, WORD) || !tk.isPunct(k - 1, '/') || !tk.joined(k)) {
      return;
    }
    if (!tk.text.regionIsAny(tk.start[k], tk.end[k], PEOPLE_IN_PATHS)) {
      return;
    }
    int v = t + 1;
    if (tk.joined(v + 1)
        && !(tk.isPunct(v + 1, '/')
            || tk.isPunct(v + 1, '?')
            || tk.isPunct(v + 1, '"')
            || tk.isPunct(v + 1, '#'))) {
      return;
    }
    int n = tk.intValue(v);
    if (tk.length(v) == 4 && n >= 1900 && n <= 2100) {
      return; // "/clients/2026/report": a year's
    }
    out.add(PhiType.ID, tk.start[v], tk.end[v], 0.8, "id.path", "a person's record in a path");
  }

  /**
   * The people care is given to, as a path names them. A worker's record ("/caregivers/70518/") is
   * the service's own, as the service-log corpus keeps it.
   */
  private static final String[] PEOPLE_IN_PATHS = {
    "clients",
    "client",
    "patients",
    "patient",
    "members",
    "member",
    "residents",
    "resident",
    "consumers",
    "participants",
    "families"
  };

  private static final WordList ATTENDANCE =
      WordList.of(
          "present", "attendees", "attending", "participants", "absent", "attendance", "excused");

  /**
   * A meeting's list of who came ("Present: RM, KO, LB (PT), Sunny"): its initials are people; full
   * names are the model's. Roles and titles in capitals ("RN", "PT", "DON") are not.
   */
  private void attendees(int t) {
    int open = markupBefore(t - 1, -1);
    if (open >= 0
        && !tk.newlineBefore(open + 1)
        && !tk.isPunct(open, '.')
        && !tk.isPunct(open, ';')) {
      return; // "Comorbidities present: CHF, DM": a finding, not who came
    }
    for (int k = t + 2; k < tk.count && k < t + 60 && !tk.newlineBefore(k); k++) {
      if (!initials(k)) {
        if (tk.isPunct(k, '(')) {
          while (k + 1 < tk.count && !tk.isPunct(k, ')') && !tk.newlineBefore(k + 1)) {
            k++; // "LB (PT)": an aside
          }
        }
        continue;
      }
      int before = markupBefore(k - 1, t);
      boolean opens =
          before == t + 1
              || tk.isPunct(before, ',')
              || tk.isPunct(before, '/')
              || tk.isPunct(before, ';')
              || tk.equalsIgnoreCase(before, "and");
      boolean ends =
          k + 1 >= tk.count
              || tk.newlineBefore(k + 1)
              || tk.isPunct(k + 1, ',')
              || tk.isPunct(k + 1, '(')
              || tk.isPunct(k + 1, '/')
              || tk.isPunct(k + 1, ';')
              || tk.isPunct(k + 1, '.')
              || tk.isPunct(k + 1, '!')
              || tk.isPunct(k + 1, '<')
              || tk.equalsIgnoreCase(k + 1, "and");
      // "Dana Whitmore, PT, DPT": letters after a surname or a credential are credentials
      boolean credential =
          tk.isPunct(before, ',')
              && tk.is(before - 1, WORD)
              && ((tk.flags[before - 1] & Tokens.ALL_CAPS) == 0
                  || tk.equalsAnyIgnoreCase(before - 1, ROLE_ABBREVIATIONS)
                  || tk.wordIs(before - 1, ROLE | TITLE));
      if (opens && ends && !credential && !abbreviatesItsAside(k)) {
        out.add(
            PhiType.NAME, tk.start[k], tk.end[k], 0.75, "name.attendee", "initials of who came");
      }
    }
  }

  /**
   * Whether the letters of token {@code k} open the word in lower case in brackets after it, which
   * they abbreviate: "SCH (scheduler)", "COORD (coordinator)"; not "LB (PT)", "KO (Kwabena Owusu)".
   */
  private boolean abbreviatesItsAside(int k) {
    int w = k + 2;
    if (!tk.isPunct(k + 1, '(')
        || !tk.is(w, WORD)
        || !tk.lowerCase(w)
        || tk.length(w) <= tk.length(k)) {
      return false;
    }
    for (int i = 0; i < tk.length(k); i++) {
      if (WordTable.lower(s.charAt(tk.start[k] + i)) != s.charAt(tk.start[w] + i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The token at or before {@code k}, above {@code floor}, that is no markup's: past "**", "#" and
   * whole tags ("</b>").
   */
  private int markupBefore(int k, int floor) {
    while (k > floor) {
      if (tk.isPunct(k, '*') || tk.isPunct(k, '#')) {
        k--;
      } else if (tk.isPunct(k, '>')) {
        int lt = k - 1;
        while (lt > floor && k - lt < 8 && !tk.isPunct(lt, '<')) {
          lt--;
        }
        if (lt <= floor || !tk.isPunct(lt, '<')) {
          return k;
        }
        k = lt - 1;
      } else {
        return k;
      }
    }
    return k;
  }

  /**
   * Two or three capitals that are no role, title, state or month, where a person is expected:
   * someone's initials ("RM", "DM" and "LB" too, which are also abbreviations).
   */
  private boolean initials(int k) {
    return tk.is(k, WORD)
        && tk.length(k) >= 2
        && tk.length(k) <= 3
        && (tk.flags[k] & Tokens.ALL_CAPS) != 0
        && !tk.wordIs(k, ROLE | TITLE | STOP | STATE | MONTH | WEEKDAY)
        && !tk.equalsAnyIgnoreCase(k, ROLE_ABBREVIATIONS);
  }

  /** Findings, places and orders a note dates in brackets: "(ER 3/1)", "(CBC 3/1)". */
  private static final WordList CLINICAL_ABBREVIATIONS =
      WordList.of(
          "er", "ed", "icu", "cbc", "bmp", "cmp", "uti", "dm", "po", "bid", "tid", "qid", "prn",
          "iv", "im", "sq", "ua", "ct", "mri", "ekg", "ecg", "cxr", "inr", "pt", "ptt", "hgb",
          "snf", "alf", "ltc", "rehab", "or", "pacu", "mar", "tar", "poc", "soc", "roc", "dc");

  /** Care and office roles written in capitals in place of a name: "PT", "MSW", "DON". */
  private static final WordList ROLE_ABBREVIATIONS =
      WordList.of(
          "rn", "lpn", "lvn", "cna", "hha", "pca", "pt", "pta", "ot", "ota", "cota", "slp", "st",
          "msw", "sw", "lcsw", "don", "adon", "md", "do", "np", "pa", "aprn", "cm", "rd", "rt",
          "qa", "hr", "it", "ceo", "coo", "cfo", "cno", "all", "bod", "ops", "aide", "fam", "pcp",
          "ed", "vp", "tbd", "na");

  /** "(DM 3/1)", "(ML 3/13)": initials and a date in brackets, who did a task and when. */
  private void initialsAndDate(int t) {
    int k = t + 1;
    if (initials(k)
        && !tk.wordIs(k, CLINICAL | COMMON) // "(ER 3/1)", "(UTI 3/1)": where, or what
        && !tk.equalsAnyIgnoreCase(k, CLINICAL_ABBREVIATIONS)
        && tk.is(k + 1, NUM)
        && !tk.joined(k + 1)
        && tk.isPunct(k + 2, '/')
        && tk.joined(k + 2)
        && tk.is(k + 3, NUM)
        && tk.joined(k + 3)
        && tk.isPunct(k + 4, ')')) {
      out.add(PhiType.NAME, tk.start[k], tk.end[k], 0.7, "name.initials-date", "who, and when");
    }
  }

  /**
   * A word processor's comment anchor: "Comment [KM1]:" is the author's initials and the comment's
   * number, as Word exports tracked comments to text.
   */
  private void commentAuthor(int t) {
    int a = tk.start[t];
    int len = tk.length(t);
    int letters = 0;
    while (letters < len && Tokens.isLetter(s.charAt(a + letters))) {
      letters++;
    }
    if (letters == 0 || letters > 3 || len - letters > 7) {
      return;
    }
    for (int i = a + letters; i < a + len; i++) {
      char c = s.charAt(i);
      if (!Tokens.isDigit(c) && !(c == 'R' && i > a + letters && i + 1 < a + len)) {
        return; // "JB2R1": the first reply to comment 2
      }
    }
    if (tk.isPunct(t - 1, '[')
        && tk.joined(t)
        && tk.isPunct(t + 1, ']')
        && tk.joined(t + 1)
        && (tk.equalsIgnoreCase(t - 2, "comment") || tk.equalsIgnoreCase(t - 2, "commented"))
        && (t - 2 == 0 || tk.newlineBefore(t - 2))) {
      out.add(PhiType.NAME, a, a + letters, 0.8, "name.comment-author", "a comment's initials");
    }
  }

  private void assetTag(int t) {
    int k = t + 1;
    if (tk.equalsIgnoreCase(k, "tag")
        || tk.equalsIgnoreCase(k, "no")
        || tk.equalsIgnoreCase(k, "number")
        || tk.equalsIgnoreCase(k, "id")) {
      k++;
    }
    boolean bare = k == t + 1;
    while (tk.isPunct(k, '#') || tk.isPunct(k, ':') || tk.isPunct(k, '.')) {
      k++;
    }
    boolean capitals = (tk.flags[k] & Tokens.ALL_CAPS) != 0 || lowerCaseLine(k);
    if (!(tk.is(k, NUM) || tk.is(k, ALNUM) || (tk.is(k, WORD) && capitals && tk.length(k) <= 6))) {
      return;
    }
    int g = lastGroup(k, 4, 6);
    boolean value =
        g > k
            || tk.is(k, ALNUM)
            || (tk.is(k, NUM)
                && (!bare
                    || (tk.length(k) >= 5 || (tk.length(k) == 4 && s.charAt(tk.start[k]) == '0'))));
    int digitCount = 0;
    for (int i = tk.start[k]; i < tk.end[g]; i++) {
      digitCount += Tokens.isDigit(s.charAt(i)) ? 1 : 0;
    }
    if (digitCount < 3 || (g > k && tk.is(g, WORD))) {
      return; // "asset W-2", "Asset COVID-19", "asset 1099-MISC": forms and policies
    }
    if (g > k
        && tk.is(g, NUM)
        && tk.length(g) == 4
        && tk.intValue(g) >= 1900
        && tk.intValue(g) <= 2099) {
      return; // "Asset Q1-2026 report", "asset HIPAA-2026 training": a period, a year's plan
    }
    if (g == k
        && tk.is(k, ALNUM)
        && tk.length(k) == 4
        && !Tokens.isDigit(s.charAt(tk.end[k] - 1))) {
      return; // "Asset 401k", "403b": a retirement plan's line on a paystub
    }
    if (value) {
      out.add(
          PhiType.DEVICE_ID,
          tk.start[t],
          tk.end[g],
          0.95,
          "device.asset-tag",
          "asset tag label and value");
    }
  }

  /** "plate MA 4XK-729", "tag #: 7ABC-123": a plate after its label, with or without the state. */
  private void plate(int t) {
    int k = t + 1;
    while (tk.isPunct(k, '#')
        || tk.isPunct(k, ':')
        || tk.equalsIgnoreCase(k, "no")
        || tk.equalsIgnoreCase(k, "number")
        || tk.isPunct(k, '.')) {
      k++;
    }
    if (tk.wordIs(k, STATE)
        && tk.length(k) == 2
        && (tk.flags[k] & Tokens.ALL_CAPS) != 0
        && !tk.joined(k + 1)) {
      k++;
    }
    boolean lettersThenDigits = // "plate KHT 4821", "plate 7HRK 392", "MN plate 7KX 219"
        (tk.is(k, WORD)
                || (tk.is(k, ALNUM) // "Plate 7KX 219 screws", "plate 7B 12": an atlas's
                    && tk.length(k) >= 3
                    && !(tk.is(k + 2, WORD) && tk.lowerCase(k + 2) && !tk.newlineBefore(k + 2))))
            && ((tk.flags[k] & Tokens.ALL_CAPS) != 0 || noLowerCase(k) || lowerCaseLine(k))
            && tk.length(k) <= 4
            && tk.is(k + 1, NUM)
            && tk.length(k + 1) <= 4
            && !(tk.joined(k + 2) && tk.is(k + 3, NUM));
    boolean digitsThenLetters = // "plate 482 KJT", "Ohio tag 482 KJT", not "tag 412 MB"
        (tk.equalsIgnoreCase(t, "plate") || tk.wordIs(t - 1, STATE | STATE_NAME))
            && !tk.equalsAnyIgnoreCase(t - 1, NOT_A_CAR_PLATE)
            && tk.is(k, NUM)
            && tk.length(k) >= 2
            && tk.length(k) <= 4
            && tk.is(k + 1, WORD)
            && (tk.flags[k + 1] & Tokens.ALL_CAPS) != 0
            && tk.length(k + 1) == 3
            && tk.word[k + 1] == 0
            && !tk.equalsAnyIgnoreCase(k + 1, UNIT_CODES)
            && !(tk.joined(k + 2) && !tk.is(k + 2, PUNCT));
    if ((lettersThenDigits || digitsThenLetters) && tk.start[k + 1] == tk.end[k] + 1) {
      out.add(
          PhiType.VEHICLE_ID,
          tk.start[k],
          tk.end[k + 1],
          0.85,
          "plate.labelled",
          "plate label, letters and digits"); // "Plate: ABC 1234"
      return;
    }
    int g = lastGroup(k, 2, 4);
    boolean digit = false;
    for (int i = k; i <= g; i += 2) {
      digit |= !tk.is(i, WORD);
    }
    if (g == k
        || !digit
        || !(tk.is(k, NUM) || tk.is(k, ALNUM) || (tk.is(k, WORD) && tk.length(k) <= 4))) {
      return; // single tokens are the code recognizers' to judge
    }
    int len = tk.end[g] - tk.start[k];
    if (len >= 5 && len <= 10) {
      out.add(
          PhiType.VEHICLE_ID,
          tk.start[k],
          tk.end[g],
          0.9,
          "plate.labelled",
          "plate label, grouped");
    }
  }

  /**
   * Whether groups of letters from {@code k} end in digits: "VAC-ULTA-20417", "RN-JSM-0448120",
   * "CD-HB-77120-X", a serial's maker and model codes before its number.
   */
  private boolean lettersThenNumber(int k) {
    int last = lastGroup(k, 4, 5);
    for (int g = k + 2; g <= last; g += 2) {
      if (tk.is(g, NUM) && tk.length(g) >= 3) {
        return true;
      }
    }
    return false;
  }

  /** Plates that are no car's: "hot plate 120 VAC", "name plate", "dinner plate". */
  private static final WordList NOT_A_CAR_PLATE =
      WordList.of("hot", "name", "dinner", "paper", "base", "bone", "cold", "wall", "foot");

  /** Three capitals that name a unit after a number, not a plate's letters: "120 VAC", "12 USD". */
  private static final WordList UNIT_CODES =
      WordList.of(
          "vac", "vdc", "usd", "cad", "eur", "mcg", "mhz", "ghz", "khz", "rpm", "psi", "kpa", "mah",
          "obx", "pid", "rel", "lbs", "kgs", "ozs", "mgs", "cfm", "btu");

  /**
   * The last token of the value at {@code k} written in hyphen-joined groups ("7K2-QF9-D1X"), at
   * most {@code maxJoins} hyphens and words of at most {@code maxWordLength} letters; {@code k}
   * itself when it stands alone.
   */
  private int lastGroup(int k, int maxJoins, int maxWordLength) {
    int g = k;
    while (g - k < 2 * maxJoins
        && tk.isPunct(g + 1, '-')
        && tk.joined(g + 1)
        && tk.joined(g + 2)
        && (tk.is(g + 2, NUM)
            || tk.is(g + 2, ALNUM)
            || (tk.is(g + 2, WORD) && tk.length(g + 2) <= maxWordLength))) {
      g += 2;
    }
    return g;
  }

  private boolean startsWithIgnoreCase(int at, String lower) {
    for (int i = 0; i < lower.length(); i++) {
      if (WordTable.lower(s.charAt(at + i)) != lower.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private boolean allNumbers(int from, int to) {
    for (int i = from; i <= to; i += 2) {
      if (!tk.is(i, NUM)) {
        return false;
      }
    }
    return true;
  }

  /**
   * "IR-2025-0147", "WC-77104-22", "APS-HC-0219-6643", "CLM-2025-448120": a code of capitals then
   * two or more groups of digits, six digits at least, the way agencies, insurers and agencies'
   * partners number a person's report, claim or case. Not a code a label calls no identifier
   * (invoice, order, ticket), nor the shape of a date.
   */
  private static final WordList BUSINESS_CODE_PREFIXES =
      WordList.of(
          "inv", "po", "so", "ord", "sku", "bt", "tkt", "req", "chg", "job", "ref", "ver", "rev",
          "cpt", "icd", "ndc", "cms", "dsm", "iso", "rfc", "sop", "fy");

  private boolean groupedCode(int t) {
    int k = t + 2;
    if (tk.is(k, WORD)
        && ((tk.flags[k] & Tokens.ALL_CAPS) != 0 || lowerCaseLine(k))
        && tk.length(k) <= 4
        && sepIs(k + 1, '-')) {
      k += 2; // a second group of capitals: APS-HC-
    }
    int groups = 0;
    int digits = 0;
    int last = -1;
    while (tk.is(k, NUM) && (groups == 0 || tk.joined(k)) && groups < 5) {
      digits += tk.length(k);
      groups++;
      last = k;
      if (!sepIs(k + 1, '-') || !tk.joined(k + 1)) {
        break;
      }
      k += 2;
    }
    if (groups < 2 || digits < 6 || (tk.joined(last + 1) && tk.is(last + 1, WORD))) {
      return false;
    }
    if ((tk.word[t] & (STOP | MONTH)) != 0
        || (nearestCue(t) & C_NOT_PHI) != 0
        || tk.equalsAnyIgnoreCase(t, BUSINESS_CODE_PREFIXES)) {
      return true; // a code, but not a person's
    }
    out.add(
        PhiType.ID,
        tk.start[t],
        tk.end[last],
        0.6,
        "id.grouped-code",
        "capitals and grouped digits");
    return true;
  }

  /**
   * Whether "code" stands before token {@code t}: "agency code NHH-014", "Agency code: NHH-014".
   */
  private boolean codeBefore(int t) {
    int k = tk.isPunct(t - 1, ':') || tk.equalsIgnoreCase(t - 1, "is") ? t - 2 : t - 1;
    return tk.equalsIgnoreCase(k, "code");
  }

  /** Whether token {@code t} opens its line, or follows the row's number ("3 UPD-3036"). */
  private boolean rowStart(int t) {
    return t == 0
        || tk.newlineBefore(t)
        || (tk.is(t - 1, NUM) && (t == 1 || tk.newlineBefore(t - 1)));
  }

  /** Whether the line of {@code [a, b)} writes a price ("$41.25"), within 200 characters. */
  private boolean priceOnLine(int a, int b) {
    for (int i = a - 1; i >= 0 && a - i < 200 && s.charAt(i) != '\n'; i--) {
      if (s.charAt(i) == '$' && i + 1 < s.length() && Tokens.isDigit(s.charAt(i + 1))) {
        return true;
      }
    }
    for (int i = b; i + 1 < s.length() && i - b < 200 && s.charAt(i) != '\n'; i++) {
      if (s.charAt(i) == '$' && Tokens.isDigit(s.charAt(i + 1))) {
        return true;
      }
    }
    return false;
  }

  private void hyphenCode(int t) {
    boolean lower = (tk.flags[t] & Tokens.ALL_CAPS) == 0;
    if ((lower && !lowerCaseLine(t)) || tk.length(t) > 4 || !sepIs(t + 1, '-')) {
      return;
    }
    if (!boundaryBefore(t)) {
      return;
    }
    int w = tk.word[t];
    if ((w & STATE) != 0
        && tk.length(t) == 2
        && tk.wordIs(t + 2, LICENSE_PREFIX)
        && sepIs(t + 3, '-')
        && tk.is(t + 4, NUM)) {
      out.add(
          PhiType.LICENSE,
          tk.start[t],
          tk.end[t + 4],
          0.95,
          "license.state-prefix",
          "state and license kind: NY-DL-6225212, PA-CNA-558210");
      return;
    }
    if (groupedCode(t)) {
      return;
    }
    if (!tk.is(t + 2, NUM) && !tk.is(t + 2, ALNUM)) {
      return;
    }
    int digits = tk.length(t + 2);
    if (digits < 3
        || (tk.joined(t + 3) && tk.isPunct(t + 3, '-') && tk.is(t + 4, NUM))
        || (tk.joined(t + 3) && tk.isPunct(t + 3, '.') && tk.is(t + 4, NUM))) {
      return;
    }
    int a = tk.start[t];
    int b = tk.end[t + 2];
    int cue = nearestCue(t);
    if ((cue & (C_VEHICLE | C_VIN)) != 0) {
      out.add(PhiType.VEHICLE_ID, a, b, 0.94, "plate.labelled", "vehicle label");
    } else if ((w & LICENSE_PREFIX) != 0) {
      out.add(PhiType.LICENSE, a, b, 0.93, "license.prefix", "professional license prefix");
    } else if ((w & ID_PREFIX) != 0) {
      out.add(PhiType.ID, a, b, 0.92, "id.prefix", "client or employee id prefix");
    } else if ((cue & C_MRN) != 0 && tk.is(t + 2, NUM) && digits >= 4) {
      out.add(PhiType.MRN, a, b, 0.85, "mrn.labelled", "medical record label"); // Chart #A-44120
    } else if ((cue & C_NOT_PHI) != 0
        || (w & STOP) != 0
        || tk.equalsAnyIgnoreCase(t, FORM_NAMES)
        || tk.equalsAnyIgnoreCase(t, FORM_AGENCIES)) {
      return; // "CMS-1500", "HCFA-1500": a claim form's own name
    } else if ((cue & C_PLAN) != 0) {
      out.add(PhiType.HEALTH_PLAN_ID, a, b, 0.8, "plan.labelled", "health plan label");
    } else if ((cue & C_LICENSE) != 0) {
      out.add(PhiType.LICENSE, a, b, 0.85, "license.labelled", "license label");
    } else if (lower) {
      if (tk.is(t + 2, NUM) && digits >= 4 && (cue & (C_ACCOUNT | C_ROUTING)) != 0) {
        out.add(PhiType.ACCOUNT, a, b, 0.7, "account.labelled", "account label"); // acct bh-00931
      } else if (tk.is(t + 2, NUM) && digits >= 4 && (cue & C_ID) != 0) {
        out.add(
            PhiType.ID, a, b, 0.7, "id.labelled", "client or employee label"); // client ck-30988
      } else if (tk.is(t + 2, NUM) && digits >= 6) { // "conf trp-558120", "id bck-7730219"
        out.add(PhiType.ID, a, b, 0.55, "id.shape", "letter prefix and six digits or more");
      }
      // Shorter, the shapes below are no evidence in lower case: "pre-2020", "pod-58694".
    } else if (tk.length(t) == 3 && tk.is(t + 2, NUM) && (digits == 3 || digits == 4)) {
      if (!(tk.joined(t + 3) && tk.isPunct(t + 3, '-'))
          && !(rowStart(t) && priceOnLine(a, b))
          && !codeBefore(t)) {
        // "RLT-408-BL", "NSM-1627  Non-slip bath mat  $41.25": an item's or invoice's code;
        // "agency code NHH-014": an organisation's
        out.add(PhiType.VEHICLE_ID, a, b, 0.55, "plate.shape", "three letters and digits");
      }
    } else if (tk.is(t + 2, NUM) && digits >= 5) {
      out.add(PhiType.ID, a, b, 0.55, "id.shape", "letter prefix and digits");
    }
  }
}
