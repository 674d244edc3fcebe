package com.backofficecare.safeguard.core.detection.internal;

/**
 * Finds e-mail addresses and URLs inside one whitespace-free chunk of text, before the text is cut
 * into words. Every character of a chunk is looked at a bounded number of times, so the cost is
 * linear even on adversarial chunks ({@code "a@a@a@..."}).
 */
final class Specials {

  private Specials() {}

  private static final String[] TLDS = {
    "com", "org", "net", "gov", "edu", "io", "us", "info", "biz", "health", "care", "mil", "ly",
    "me", "app", "co"
  };

  /**
   * The next e-mail or URL starting at or after {@code from} and ending at or before {@code to},
   * encoded as {@code kind << 61 | start << 32 | end} with kind 1 for e-mail and 2 for URL, or -1.
   */
  static long next(Text s, int from, int to) {
    int localStart = from;
    int domainStart = from;
    boolean domainHasLetter = false;
    for (int j = from; j < to; j++) {
      char c = s.charAt(j);
      if (c == '@') {
        long email = email(s, localStart, j, to);
        if (email >= 0) {
          return email;
        }
        localStart = j + 1;
        domainStart = j + 1;
        domainHasLetter = false;
        continue;
      } else if (c == ':' && j + 2 < to && s.charAt(j + 1) == '/' && s.charAt(j + 2) == '/') {
        int k = j;
        while (k - 1 >= from && Tokens.isLetter(s.charAt(k - 1)) && j - k < 6) {
          k--;
        }
        if (k < j) {
          return encode(2, k, urlEnd(s, j + 3, to));
        }
      } else if ((c == 'w' || c == 'W')
          && j + 4 < to
          && (j == from || !isWordChar(s.charAt(j - 1)))
          && regionMatches(s, j, "www.")) {
        return encode(2, j, urlEnd(s, j + 4, to));
      } else if (c == '.' && j > domainStart && isWordChar(s.charAt(j - 1))) {
        int tldEnd = tld(s, j + 1, to);
        if (tldEnd > 0
            && domainHasLetter
            && (tldEnd == to
                || (!isWordChar(s.charAt(tldEnd))
                    && s.charAt(tldEnd) != '@'
                    && s.charAt(tldEnd) != '.'))) {
          return encode(2, domainStart, urlEnd(s, tldEnd, to));
        }
      }
      if (!isLocalChar(c)) {
        localStart = j + 1;
      }
      if (!isDomainChar(c)) {
        domainStart = j + 1;
        domainHasLetter = false;
      } else if (Tokens.isLetter(c)) {
        domainHasLetter = true;
      }
    }
    return -1;
  }

  private static long email(Text s, int localStart, int at, int to) {
    int k = localStart;
    while (k < at && s.charAt(k) == '.') {
      k++;
    }
    if (k == at) {
      return -1;
    }
    int e = at + 1;
    int lastDot = -1;
    while (e < to && isDomainChar(s.charAt(e))) {
      if (s.charAt(e) == '.') {
        lastDot = e;
      }
      e++;
    }
    while (e > at + 1 && (s.charAt(e - 1) == '.' || s.charAt(e - 1) == '-')) {
      e--;
    }
    if (lastDot >= e - 1) {
      lastDot = -1;
      for (int x = at + 1; x < e; x++) {
        if (s.charAt(x) == '.') {
          lastDot = x;
        }
      }
    }
    if (lastDot <= at + 1 || e - lastDot - 1 < 2) {
      return -1;
    }
    for (int x = lastDot + 1; x < e; x++) {
      if (!Tokens.isLetter(s.charAt(x))) {
        return -1;
      }
    }
    return encode(1, k, e);
  }

  private static int tld(Text s, int from, int to) {
    for (String tld : TLDS) {
      if (from + tld.length() <= to && regionMatches(s, from, tld)) {
        return from + tld.length();
      }
    }
    return -1;
  }

  private static int urlEnd(Text s, int from, int to) {
    for (int x = from; x < to; x++) {
      char c = s.charAt(x);
      if (c == '"' || c == '<' || c == '>' || c == '`') {
        to = x; // never unescaped in a URL: JSON's closing quote, a tag ("...v3-ActCode","code")
        break;
      }
    }
    int e = to;
    boolean paren = false;
    for (int x = from; x < to; x++) {
      if (s.charAt(x) == '(') {
        paren = true;
      }
    }
    while (e > from) {
      char c = s.charAt(e - 1);
      if (c == '.'
          || c == ','
          || c == ';'
          || c == ':'
          || c == '!'
          || c == '?'
          || c == ']'
          || c == '}'
          || c == '\''
          || c == '"'
          || c == '>'
          || (c == ')' && !paren)) {
        e--;
      } else {
        break;
      }
    }
    return e;
  }

  private static boolean regionMatches(Text s, int at, String lower) {
    for (int i = 0; i < lower.length(); i++) {
      if (WordTable.lower(s.charAt(at + i)) != lower.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isWordChar(char c) {
    return Tokens.isLetter(c) || Tokens.isDigit(c);
  }

  private static boolean isDomainChar(char c) {
    return isWordChar(c) || c == '.' || c == '-';
  }

  private static boolean isLocalChar(char c) {
    return isWordChar(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
  }

  private static long encode(long kind, int start, int end) {
    return kind << 61 | (long) start << 32 | end;
  }
}
