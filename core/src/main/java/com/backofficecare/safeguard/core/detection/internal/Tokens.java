package com.backofficecare.safeguard.core.detection.internal;

/**
 * A text cut into tokens in one pass: words, digit runs, letter-digit mixes, single punctuation
 * marks, and whole e-mail addresses and URLs. Whitespace is not a token; each token records
 * whether whitespace (or a line break) precedes it.
 *
 * <p>Arrays instead of objects keep the hot path free of allocation. Word classes and context
 * cues are looked up once per word here, so that recognizers can look around cheaply.
 */
final class Tokens {

  static final byte WORD = 1;
  static final byte NUM = 2;
  static final byte ALNUM = 3;
  static final byte PUNCT = 4;
  static final byte EMAIL = 5;
  static final byte URL = 6;

  static final int SPACE_BEFORE = 1;
  static final int NEWLINE_BEFORE = 2;
  static final int CAPITALIZED = 4;
  static final int ALL_CAPS = 8;

  final CharSequence text;
  int count;
  int[] start;
  int[] end;
  byte[] kind;
  int[] flags;
  int[] word;
  int[] cue;

  private final Lexicon lexicon;

  Tokens(CharSequence text, Lexicon lexicon) {
    this.text = text;
    this.lexicon = lexicon;
    int capacity = Math.max(16, text.length() / 4);
    start = new int[capacity];
    end = new int[capacity];
    kind = new byte[capacity];
    flags = new int[capacity];
    word = new int[capacity];
    cue = new int[capacity];
    tokenize();
  }

  char charAt(int i) {
    return text.charAt(i);
  }

  int length(int t) {
    return end[t] - start[t];
  }

  boolean is(int t, byte k) {
    return t >= 0 && t < count && kind[t] == k;
  }

  boolean isPunct(int t, char c) {
    return t >= 0 && t < count && kind[t] == PUNCT && text.charAt(start[t]) == c;
  }

  /** Whether token {@code t} follows token {@code t - 1} with no whitespace between. */
  boolean joined(int t) {
    return t > 0 && t < count && (flags[t] & SPACE_BEFORE) == 0;
  }

  boolean newlineBefore(int t) {
    return t < count && (flags[t] & NEWLINE_BEFORE) != 0;
  }

  boolean wordIs(int t, int wordClass) {
    return t >= 0 && t < count && (word[t] & wordClass) != 0;
  }

  boolean equalsIgnoreCase(int t, String lower) {
    if (t < 0 || t >= count || length(t) != lower.length()) {
      return false;
    }
    for (int i = 0; i < lower.length(); i++) {
      if (WordTable.lower(text.charAt(start[t] + i)) != lower.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Numeric value of a digit token of at most 9 digits. */
  int intValue(int t) {
    int v = 0;
    for (int i = start[t]; i < end[t]; i++) {
      v = v * 10 + (text.charAt(i) - '0');
    }
    return v;
  }

  private void tokenize() {
    CharSequence s = text;
    int n = s.length();
    int i = 0;
    int pendingFlags = 0;
    int specialStart = -1;
    int specialEnd = -1;
    byte specialKind = 0;
    int chunkEnd = -1;
    while (i < n) {
      char c = s.charAt(i);
      if (isSpace(c)) {
        pendingFlags |= SPACE_BEFORE;
        if (c == '\n' || c == '\r') {
          pendingFlags |= NEWLINE_BEFORE;
        }
        i++;
        continue;
      }
      if (i > chunkEnd) {
        chunkEnd = chunkEnd(i);
        specialStart = -1;
        specialEnd = -1;
      }
      if (specialEnd <= i) {
        long special = Specials.next(s, i, chunkEnd);
        if (special >= 0) {
          specialStart = (int) (special >>> 32) & 0x1fffffff;
          specialEnd = (int) special & 0x7fffffff;
          specialKind = (special >>> 61) == 1 ? EMAIL : URL;
        } else {
          specialStart = Integer.MAX_VALUE;
          specialEnd = Integer.MAX_VALUE;
        }
      }
      if (i == specialStart) {
        add(i, specialEnd, specialKind, pendingFlags);
        pendingFlags = 0;
        i = specialEnd;
        continue;
      }
      int limit = Math.min(n, specialStart);
      int j = i;
      if (isLetter(c) || isDigit(c)) {
        boolean letters = false;
        boolean digits = false;
        while (j < limit) {
          char d = s.charAt(j);
          if (isDigit(d)) {
            digits = true;
          } else if (isLetter(d)) {
            letters = true;
          } else if (d == '\'' && letters && !digits && j + 1 < limit && isLetter(s.charAt(j + 1))
              && j + 2 - i <= 4) {
            // O'Brien, D'Angelo: an apostrophe after one to two letters joins the name.
            letters = true;
          } else {
            break;
          }
          j++;
        }
        byte k = letters ? (digits ? ALNUM : WORD) : NUM;
        add(i, j, k, pendingFlags);
      } else {
        add(i, i + 1, PUNCT, pendingFlags);
        j = i + 1;
      }
      pendingFlags = 0;
      i = j;
    }
  }

  private int chunkEnd(int i) {
    int n = text.length();
    int j = i;
    while (j < n && !isSpace(text.charAt(j))) {
      j++;
    }
    return j;
  }

  private void add(int s, int e, byte k, int f) {
    if (count == start.length) {
      int cap = count * 2;
      start = java.util.Arrays.copyOf(start, cap);
      end = java.util.Arrays.copyOf(end, cap);
      kind = java.util.Arrays.copyOf(kind, cap);
      flags = java.util.Arrays.copyOf(flags, cap);
      word = java.util.Arrays.copyOf(word, cap);
      cue = java.util.Arrays.copyOf(cue, cap);
    }
    int t = count++;
    start[t] = s;
    end[t] = e;
    kind[t] = k;
    if (k == WORD || k == ALNUM) {
      char first = text.charAt(s);
      if (Character.isUpperCase(first)) {
        f |= CAPITALIZED;
        boolean allCaps = true;
        for (int x = s + 1; x < e && allCaps; x++) {
          allCaps = !Character.isLowerCase(text.charAt(x));
        }
        if (allCaps) {
          f |= ALL_CAPS;
        }
      }
      if (k == WORD) {
        word[t] = lexicon.word(text, s, e);
      }
      cue[t] = lexicon.cue(text, s, e);
    }
    flags[t] = f;
  }

  static boolean isSpace(char c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\u00a0'
        || c == '\u000b' || (c > 0x2000 && Character.isWhitespace(c));
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 0xc0 && Character.isLetter(c));
  }
}
