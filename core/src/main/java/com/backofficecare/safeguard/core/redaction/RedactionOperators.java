package com.backofficecare.safeguard.core.redaction;

import static java.util.Objects.requireNonNull;

import com.backofficecare.safeguard.core.PhiType;
import java.security.SecureRandom;
import java.util.Set;

/** The built-in redaction operators. */
public final class RedactionOperators {

  /**
   * Three-digit ZIP prefixes whose area held 20,000 people or fewer in the 2000 Census: Safe Harbor
   * requires them to become 000 (HHS de-identification guidance).
   */
  private static final Set<String> SPARSE_ZIP3 =
      Set.of(
          "036", "059", "063", "102", "203", "556", "692", "790", "821", "823", "830", "831", "878",
          "879", "884", "890", "893");

  private static final String[] SURROGATE_FIRST = {
    "Alex", "Jordan", "Casey", "Riley", "Morgan", "Taylor", "Avery", "Quinn", "Rowan", "Emerson",
    "Hayden", "Parker", "Sage", "Reese"
  };
  private static final String[] SURROGATE_LAST = {
    "Ashford",
    "Bramley",
    "Calloway",
    "Dunmore",
    "Everly",
    "Fairbank",
    "Glenwood",
    "Hartwell",
    "Ingram",
    "Kestrel",
    "Larkspur",
    "Merriam"
  };
  private static final String[] SURROGATE_CITY = {
    "Alderbrook",
    "Brackenridge",
    "Cold Harbor",
    "Dunmore Falls",
    "Elmstead",
    "Fernwood",
    "Glen Ashby",
    "Hollis Mill"
  };

  private RedactionOperators() {}

  /** Replaces the value with its type in brackets: {@code [NAME]}. */
  public static RedactionOperator typeTag() {
    return (type, value, scope) -> TAGS[type.ordinal()];
  }

  private static final String[] TAGS =
      java.util.Arrays.stream(PhiType.values())
          .map(t -> "[" + t.name() + "]")
          .toArray(String[]::new);

  /**
   * Masks every letter and digit but the last {@code keep} digits, keeping separators: {@code
   * ***-**-6789}. Values with fewer than {@code 2 * keep} digits are masked whole.
   */
  public static RedactionOperator partialMask(int keep) {
    if (keep < 0 || keep > 8) {
      throw new IllegalArgumentException("keep must be 0 to 8: " + keep);
    }
    return (type, value, scope) -> {
      int digits = 0;
      for (int i = 0; i < value.length(); i++) {
        digits += Character.isDigit(value.charAt(i)) ? 1 : 0;
      }
      int shown = digits >= 2 * keep ? keep : 0;
      StringBuilder out = new StringBuilder(value.length());
      int seen = 0;
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (Character.isDigit(c)) {
          seen++;
          out.append(seen > digits - shown ? c : '*');
        } else {
          out.append(Character.isLetter(c) ? '*' : c);
        }
      }
      return out.toString();
    };
  }

  /**
   * A stable keyed token, {@code NAME_5f2c9a1e04b7}: HMAC-SHA256 of the normalized value under the
   * agency's key, so the same person gets the same token in every file of that agency.
   */
  public static RedactionOperator pseudonym(PseudonymKey key) {
    requireNonNull(key, "key");
    return (type, value, scope) -> {
      byte[] mac = key.mac("pseudonym/" + type.name(), normalize(value));
      StringBuilder out = new StringBuilder(type.name()).append('_');
      for (int i = 0; i < 6; i++) {
        out.append(Character.forDigit((mac[i] >> 4) & 0xf, 16))
            .append(Character.forDigit(mac[i] & 0xf, 16));
      }
      return out.toString();
    };
  }

  /**
   * Realistic fake values of the same shape (digits for digits, letters for letters, fake names for
   * names), the same surrogate for the same value throughout a document. Surrogate SSNs use the
   * never-issued 9xx area outside the ITIN groups; surrogate cards keep a valid Luhn digit.
   */
  public static RedactionOperator surrogate() {
    SecureRandom random = new SecureRandom();
    return (type, value, scope) ->
        scope.remember(type, normalize(value), () -> surrogateFor(type, value, random));
  }

  /**
   * Shifts dates by a number of days in [-maxDays, maxDays] (never 0) that is fixed per subject
   * (the client a document is about), so intervals between a client's dates are preserved. Dates
   * that cannot be parsed are tagged. Without a subject, the document id is not known, so the shift
   * is per key.
   */
  public static RedactionOperator dateShift(PseudonymKey key, int maxDays) {
    requireNonNull(key, "key");
    if (maxDays < 1 || maxDays > 3650) {
      throw new IllegalArgumentException("maxDays must be 1 to 3650: " + maxDays);
    }
    return (type, value, scope) -> {
      DateText date = DateText.parse(value);
      if (type != PhiType.DATE || date == null) {
        return "[" + type.name() + "]";
      }
      String subject = scope.subject() == null ? "" : scope.subject();
      byte[] mac = key.mac("date-shift", subject);
      int r = ((mac[0] & 0xff) << 8 | (mac[1] & 0xff)) % (2 * maxDays);
      int shift = r < maxDays ? r - maxDays : r - maxDays + 1;
      return date.render(date.date().plusDays(shift));
    };
  }

  /**
   * Safe Harbor generalization (45 CFR 164.514(b)(2)): ages over 89 become {@code 90+}, ZIP codes
   * their first three digits ({@code 000} for sparsely populated areas), dates their year; every
   * other type is tagged, since Safe Harbor requires its removal: a city, town or county becomes
   * {@code [CITY]}, while the state beside it, which is not an identifier, stays.
   */
  public static RedactionOperator safeHarbor() {
    return (type, value, scope) -> {
      switch (type) {
        case AGE_OVER_89 -> {
          return "90+";
        }
        case ZIP -> {
          String zip3 = value.length() >= 3 ? value.substring(0, 3) : "000";
          return SPARSE_ZIP3.contains(zip3) ? "000" : zip3;
        }
        case DATE -> {
          DateText date = DateText.parse(value);
          return date == null ? "[DATE]" : String.valueOf(date.date().getYear());
        }
        default -> {
          return "[" + type.name() + "]";
        }
      }
    };
  }

  private static String normalize(String value) {
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isLetterOrDigit(c) || c == '@' || c == '.') {
        out.append(Character.toLowerCase(c));
      }
    }
    return out.toString();
  }

  private static String surrogateFor(PhiType type, String value, SecureRandom random) {
    switch (type) {
      case NAME -> {
        String first = SURROGATE_FIRST[random.nextInt(SURROGATE_FIRST.length)];
        String last = SURROGATE_LAST[random.nextInt(SURROGATE_LAST.length)];
        return value.contains(",")
            ? last + ", " + first
            : value.strip().contains(" ") ? first + " " + last : last;
      }
      case CITY -> {
        return SURROGATE_CITY[random.nextInt(SURROGATE_CITY.length)];
      }
      case EMAIL -> {
        return "user" + (1000 + random.nextInt(9000)) + "@example.org";
      }
      case URL -> {
        return "https://example.org/r/" + (1000 + random.nextInt(9000));
      }
      case DATE -> {
        DateText date = DateText.parse(value);
        return date == null
            ? "[DATE]"
            : date.render(date.date().plusDays(random.nextInt(365) - 182));
      }
      case SSN -> {
        return "9"
            + reshape(value.substring(1), random).replaceFirst("^(\\d\\d\\D?)\\d", "$1" + "4");
      }
      case CARD -> {
        return withLuhn(reshape(value, random));
      }
      default -> {
        return reshape(value, random);
      }
    }
  }

  /** Same shape: each digit and letter replaced at random, case and separators kept. */
  private static String reshape(String value, SecureRandom random) {
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isDigit(c)) {
        out.append((char) ('0' + random.nextInt(10)));
      } else if (c >= 'A' && c <= 'Z') {
        out.append((char) ('A' + random.nextInt(26)));
      } else if (c >= 'a' && c <= 'z') {
        out.append((char) ('a' + random.nextInt(26)));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Sets the last digit so that the Luhn check holds. */
  private static String withLuhn(String card) {
    int last = -1;
    int sum = 0;
    boolean dbl = true;
    for (int i = card.length() - 1; i >= 0; i--) {
      char c = card.charAt(i);
      if (!Character.isDigit(c)) {
        continue;
      }
      if (last < 0) {
        last = i;
        continue;
      }
      int d = c - '0';
      if (dbl) {
        d = d * 2 > 9 ? d * 2 - 9 : d * 2;
      }
      sum += d;
      dbl = !dbl;
    }
    if (last < 0) {
      return card;
    }
    char check = (char) ('0' + (10 - sum % 10) % 10);
    return card.substring(0, last) + check + card.substring(last + 1);
  }
}
