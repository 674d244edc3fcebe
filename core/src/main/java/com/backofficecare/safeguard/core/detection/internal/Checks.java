package com.backofficecare.safeguard.core.detection.internal;

/**
 * Validity rules of identifiers, each on a string of digits or characters already stripped of
 * separators. Pure functions with no allocation.
 */
final class Checks {

  private Checks() {}

  /** The Luhn (mod 10) check used by payment cards, IMEIs and NPIs. */
  /** An age Safe Harbor hides: over 89, and no more than a person has lived (125). */
  static boolean ageOver89(int years) {
    return years >= 90 && years <= 125;
  }

  /** ISO 13616: 15 to 34 letters and digits whose rearranged number is 1 modulo 97. */
  static boolean iban(CharSequence s) {
    int n = s.length();
    if (n < 15 || n > 34) {
      return false;
    }
    int r = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt((i + 4) % n); // the country code and check digits move to the end
      int v = c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'Z' ? c - 'A' + 10 : -1;
      if (v < 0) {
        return false;
      }
      r = (v < 10 ? r * 10 + v : r * 100 + v) % 97;
    }
    return r == 1;
  }

  static boolean luhn(CharSequence digits) {
    return luhnSum(digits, 0) % 10 == 0;
  }

  private static int luhnSum(CharSequence digits, int seed) {
    int sum = seed;
    boolean dbl = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (dbl) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      dbl = !dbl;
    }
    return sum;
  }

  /**
   * A National Provider Identifier: 10 digits starting with 1 or 2 whose Luhn check over the prefix
   * 80840 holds (CMS NPI check digit rule).
   */
  static boolean npi(CharSequence digits) {
    if (digits.length() != 10 || (digits.charAt(0) != '1' && digits.charAt(0) != '2')) {
      return false;
    }
    // The constant 24 is the Luhn contribution of the prefix 80840.
    return luhnSum(digits, 24) % 10 == 0;
  }

  /** An ABA routing transit number: 9 digits, 3-7-1 weighted sum divisible by 10. */
  static boolean abaRouting(CharSequence d) {
    if (d.length() != 9) {
      return false;
    }
    int sum = 0;
    int[] weights = {3, 7, 1};
    for (int i = 0; i < 9; i++) {
      sum += (d.charAt(i) - '0') * weights[i % 3];
    }
    int prefix = (d.charAt(0) - '0') * 10 + (d.charAt(1) - '0');
    boolean validPrefix =
        prefix <= 12
            || (prefix >= 21 && prefix <= 32)
            || (prefix >= 61 && prefix <= 72)
            || prefix == 80;
    return sum % 10 == 0 && sum > 0 && validPrefix;
  }

  /**
   * Social Security number rules since 2011: area not 000, 666 or 900-999; group not 00; serial not
   * 0000.
   */
  static boolean ssn(int area, int group, int serial) {
    return area != 0 && area != 666 && area < 900 && group != 0 && serial != 0;
  }

  /** An ITIN: area 900-999 and group 50-65, 70-88, 90-92 or 94-99. */
  static boolean itin(int area, int group) {
    return area >= 900
        && ((group >= 50 && group <= 65)
            || (group >= 70 && group <= 88)
            || (group >= 90 && group <= 92)
            || group >= 94);
  }

  /**
   * A Medicare Beneficiary Identifier (CMS format): 11 characters, position 1 a digit 1-9,
   * positions 2, 5, 8, 9 letters, 4, 7, 10, 11 digits, 3 and 6 letter or digit; letters exclude S,
   * L, O, I, B and Z.
   */
  static boolean mbi(CharSequence s) {
    if (s.length() != 11) {
      return false;
    }
    char first = s.charAt(0);
    if (first < '1' || first > '9') {
      return false;
    }
    for (int i = 1; i < 11; i++) {
      char c = Character.toUpperCase(s.charAt(i));
      switch (i) {
        case 1, 4, 7, 8 -> {
          if (!mbiLetter(c)) {
            return false;
          }
        }
        case 2, 5 -> {
          if (!mbiLetter(c) && !Tokens.isDigit(c)) {
            return false;
          }
        }
        default -> {
          if (!Tokens.isDigit(c)) {
            return false;
          }
        }
      }
    }
    return true;
  }

  private static boolean mbiLetter(char c) {
    return c >= 'A' && c <= 'Z' && c != 'S' && c != 'L' && c != 'O' && c != 'I' && c != 'B'
        && c != 'Z';
  }

  /** A DEA registration number: two letters and seven digits with the DEA check digit. */
  static boolean dea(CharSequence s) {
    if (s.length() != 9) {
      return false;
    }
    char a = Character.toUpperCase(s.charAt(0));
    if ("ABCDEFGHJKLMPRSTUX".indexOf(a) < 0 || !Tokens.isLetter(s.charAt(1))) {
      return false;
    }
    int[] d = new int[7];
    for (int i = 0; i < 7; i++) {
      char c = s.charAt(i + 2);
      if (!Tokens.isDigit(c)) {
        return false;
      }
      d[i] = c - '0';
    }
    int check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10;
    return check == d[6];
  }

  /** A 17-character VIN with a valid ISO 3779 / FMVSS 115 check digit at position 9. */
  static boolean vin(CharSequence s) {
    if (s.length() != 17) {
      return false;
    }
    int[] weights = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int v = vinValue(Character.toUpperCase(s.charAt(i)));
      if (v < 0) {
        return false;
      }
      sum += v * weights[i];
    }
    int check = sum % 11;
    char expected = check == 10 ? 'X' : (char) ('0' + check);
    return Character.toUpperCase(s.charAt(8)) == expected;
  }

  /** Whether the characters could be a VIN at all: 17 of digits and letters other than I, O, Q. */
  static boolean vinShape(CharSequence s) {
    if (s.length() != 17) {
      return false;
    }
    int digits = 0;
    for (int i = 0; i < 17; i++) {
      char c = Character.toUpperCase(s.charAt(i));
      if (vinValue(c) < 0) {
        return false;
      }
      if (Tokens.isDigit(c)) {
        digits++;
      }
    }
    return digits >= 5 && digits < 17;
  }

  private static int vinValue(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    return switch (c) {
      case 'A', 'J' -> 1;
      case 'B', 'K', 'S' -> 2;
      case 'C', 'L', 'T' -> 3;
      case 'D', 'M', 'U' -> 4;
      case 'E', 'N', 'V' -> 5;
      case 'F', 'W' -> 6;
      case 'G', 'P', 'X' -> 7;
      case 'H', 'Y' -> 8;
      case 'R', 'Z' -> 9;
      default -> -1;
    };
  }

  /** Whether a payment card number starts with a known issuer prefix and has a fitting length. */
  static boolean cardIssuer(CharSequence d) {
    int n = d.length();
    int p2 = (d.charAt(0) - '0') * 10 + (d.charAt(1) - '0');
    int p4 = p2 * 100 + (d.charAt(2) - '0') * 10 + (d.charAt(3) - '0');
    if (d.charAt(0) == '4') {
      return n == 13 || n == 16 || n == 19;
    }
    if ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) {
      return n == 16;
    }
    if (p2 == 34 || p2 == 37) {
      return n == 15;
    }
    if (p4 == 6011 || p2 == 65 || (p4 >= 6440 && p4 <= 6499) || (p4 >= 3528 && p4 <= 3589)) {
      return n >= 16 && n <= 19;
    }
    if (p2 == 36 || p2 == 38 || (p4 >= 3000 && p4 <= 3059)) {
      return n >= 14 && n <= 19;
    }
    return p2 == 62 && n >= 16 && n <= 19;
  }

  /** A NANP number: area code and exchange both start with 2-9, and neither is N11. */
  static boolean nanp(CharSequence d) {
    if (d.length() != 10) {
      return false;
    }
    char a = d.charAt(0);
    char e = d.charAt(3);
    boolean areaN11 = d.charAt(1) == '1' && d.charAt(2) == '1';
    boolean exchangeN11 = d.charAt(4) == '1' && d.charAt(5) == '1';
    return a >= '2' && e >= '2' && !areaN11 && !exchangeN11;
  }
}
