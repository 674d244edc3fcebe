package com.backofficecare.safeguard.core.detection.internal;

import com.backofficecare.safeguard.core.PhiType;
import java.util.Arrays;
import java.util.Map;

/**
 * An agency's roster, allow and deny values as keyed hashes only ({@link KeyedHash}): the words of
 * its people's names (how many people share each, whether one alone is distinctive), which two
 * words or initial and word belong to one person, and whole values (identifiers, phones, addresses,
 * allowed and denied values) by type. No plaintext is kept; blocked Bloom filters of seeded cheap
 * hashes (one of words, one of values) let most words of a text skip the HMAC.
 */
final class RosterIndex {

  /**
   * Word info: a word of some name; distinctive enough to be a name on its own (four letters or
   * more, not an ordinary word of the language, shared by few of the roster's people).
   */
  static final int NAME_WORD = 1;

  static final int ALONE = 2;

  /** Value info: a bit per type ({@code 1 << ordinal}), then where the value came from. */
  static final int TYPE_BITS = (1 << 24) - 1;

  static final int ROSTER = 1 << 24;
  static final int DENY = 1 << 25;
  static final int ALLOW = 1 << 26;

  /** A word's count of people in its info while the index is built, and its ordinary flag. */
  private static final int COUNT = (1 << 30) - 1;

  private static final int ORDINARY_WORD = 1 << 30;

  /** Values are recognized by their first {@code PREFIX} normalized characters first. */
  static final int PREFIX = 4;

  static final byte PREFIX_DOMAIN = 'p';

  /** Word classes that are never a name on their own, whatever the roster says. */
  static final int ORDINARY =
      Lexicon.COMMON
          | Lexicon.STOP
          | Lexicon.MONTH
          | Lexicon.WEEKDAY
          | Lexicon.TITLE
          | Lexicon.ROLE
          | Lexicon.STATE
          | Lexicon.STATE_NAME
          | Lexicon.CLINICAL
          | Lexicon.NUMBER_WORD
          | Lexicon.ORDINAL_WORD
          | Lexicon.ORG
          | Lexicon.STREET_SUFFIX
          | Lexicon.UNIT
          | Lexicon.DIRECTION;

  final KeyedHash hash;
  final KeyTable words;
  final KeyTable pairs;
  final KeyTable values;
  final long[] initials;

  /** Bit {@code n} set when some value has {@code n} normalized characters. */
  final long valueLengths;

  final int maxValueLength;

  /** Bloom filters of the words' cheap hashes, and of the values' and their prefixes'. */
  final Bloom wordFilter;

  final Bloom valueFilter;

  /** Whether some value starts with a letter (else a value's first token is a number). */
  final boolean valueStartsWithLetter;

  private RosterIndex(Builder b) {
    this.hash = b.hash;
    this.initials = b.initials;
    this.pairs = b.pairs.build();
    int limit = Math.max(3, b.people / 50);
    this.words =
        b.words.build(
            (x, y) -> ((x | y) & ORDINARY_WORD) | (x & COUNT) + (y & COUNT),
            v -> NAME_WORD | ((v & COUNT) <= limit && (v & ORDINARY_WORD) == 0 ? ALONE : 0));
    this.values = b.values.build();
    if (values.anyHas(ALLOW | DENY)) {
      throw new IllegalStateException("a value is both allowed and denied");
    }
    this.valueLengths = b.valueLengths;
    this.maxValueLength = 63 - Long.numberOfLeadingZeros(b.valueLengths);
    this.wordFilter = new Bloom(b.cheapWords);
    this.valueFilter = new Bloom(b.cheapValues);
    this.valueStartsWithLetter = b.valueStartsWithLetter;
  }

  /**
   * Collects an index as it is given, hashing at once: it never holds a value as text. The caller
   * checks that values are long enough ({@link #valueLength}).
   */
  static final class Builder {
    private final KeyedHash hash = KeyedHash.random();
    private final long[] initials = new long[26];
    private final KeyTable.Builder pairs = new KeyTable.Builder();
    private final KeyTable.Builder cheapWords = new KeyTable.Builder();
    private final KeyTable.Builder cheapValues = new KeyTable.Builder();
    private boolean valueStartsWithLetter;
    private final KeyTable.Builder words = new KeyTable.Builder();
    private final KeyTable.Builder values = new KeyTable.Builder();
    private long valueLengths;
    private int people;
    private final long[] personWords = new long[8];

    /** The first letter of each word of the person's names, one-letter words included. */
    private final char[] personInitials = new char[8];

    Builder() {
      char[] letter = new char[1];
      for (char c = 'a'; c <= 'z'; c++) {
        letter[0] = c;
        initials[c - 'a'] = hash.key(KeyedHash.INITIAL, letter, 0, 1);
      }
    }

    /**
     * Adds one person: the words of {@code names} (split at anything but letters and apostrophes; a
     * one-letter word is an initial: "J. Bird"), and their values by type.
     */
    void person(Iterable<String> names, Map<PhiType, ? extends Iterable<String>> byType) {
      people++;
      int words = 0;
      int letters = 0;
      for (String name : names) {
        char[] c = name.toCharArray();
        for (int i = 0; i < c.length; ) {
          while (i < c.length && !isNameChar(c[i])) {
            i++;
          }
          int j = i;
          while (j < c.length && isNameChar(c[j])) {
            j++;
          }
          int length = normalLength(c, i, j);
          if (length > 0 && letters < personInitials.length) {
            personInitials[letters++] = KeyedHash.normal(c[firstLetter(c, i)]);
            if (length >= 2 && words < personWords.length) {
              personWords[words++] = word(c, i, j);
            }
          }
          i = j;
        }
        Arrays.fill(c, '\0');
      }
      for (int i = 0; i < words; i++) {
        for (int j = i + 1; j < words; j++) {
          if (personWords[i] != personWords[j]) {
            pairs.add(KeyedHash.pair(personWords[i], personWords[j]), 1);
          }
        }
        for (int k = 0; k < letters; k++) {
          char initial = personInitials[k];
          if (initial >= 'a' && initial <= 'z') {
            pairs.add(KeyedHash.pair(initials[initial - 'a'], personWords[i]), 1);
          }
        }
      }
      Arrays.fill(personInitials, '\0');
      byType.forEach((type, list) -> list.forEach(v -> value(type, v, ROSTER)));
    }

    private long word(char[] c, int from, int to) {
      cheapWords.add(hash.cheap(RosterNames.cheapHash(c, from, to), KeyedHash.WORD), 0);
      long key = hash.key(KeyedHash.WORD, c, from, to);
      boolean ordinary =
          normalLength(c, from, to) < 4 || (Lexicon.get().word(c, from, to) & ORDINARY) != 0;
      words.add(key, 1 | (ordinary ? ORDINARY_WORD : 0));
      return key;
    }

    /** Adds a value of {@code type}: from the roster, or an allowed or denied one. */
    void value(PhiType type, String value, int source) {
      char[] c = normalizedValue(type, value);
      if (type == PhiType.PHONE && c.length == 10) {
        char[] withCountry = new char[11];
        withCountry[0] = '1';
        System.arraycopy(c, 0, withCountry, 1, 10);
        add(withCountry, 1 << type.ordinal() | source); // "1-614-555-0187" as written
      }
      add(c, 1 << type.ordinal() | source);
    }

    /** Adds one normalized value; zeroes it. */
    private void add(char[] c, int info) {
      long h = 0;
      for (int i = 0; i < c.length; i++) {
        h = KeyedHash.step(h, c[i]);
        if (i + 1 == PREFIX) {
          cheapValues.add(hash.cheap(h, PREFIX_DOMAIN), 0);
        }
      }
      cheapValues.add(hash.cheap(h, KeyedHash.VALUE), 0);
      valueStartsWithLetter |= c.length > 0 && Character.isLetter(c[0]);
      valueLengths |= 1L << c.length;
      long key = hash.key(KeyedHash.VALUE, c, 0, c.length);
      Arrays.fill(c, '\0');
      values.add(key, info);
    }

    /**
     * Builds the index.
     *
     * @throws IllegalStateException if a value was both allowed and denied
     */
    RosterIndex build() {
      return new RosterIndex(this);
    }
  }

  /**
   * The number of normalized characters {@code value} is matched by: letters and digits only, and a
   * phone's leading country code 1 dropped.
   */
  static int valueLength(PhiType type, String value) {
    char[] c = normalizedValue(type, value);
    Arrays.fill(c, '\0');
    return c.length;
  }

  private static char[] normalizedValue(PhiType type, String value) {
    char[] out = new char[value.length()];
    int n = 0;
    for (int i = 0; i < value.length(); i++) {
      char x = KeyedHash.normal(value.charAt(i));
      if (x != 0) {
        out[n++] = x;
      }
    }
    int from = type == PhiType.PHONE && n == 11 && out[0] == '1' ? 1 : 0;
    char[] v = Arrays.copyOfRange(out, from, n);
    Arrays.fill(out, '\0');
    return v;
  }

  private static boolean isNameChar(char c) {
    return c == '\'' || c == '\u2019' || Tokens.isLetter(c);
  }

  private static int firstLetter(char[] c, int i) {
    while (KeyedHash.normal(c[i]) == 0) {
      i++;
    }
    return i;
  }

  private static int normalLength(char[] c, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n += KeyedHash.normal(c[i]) != 0 ? 1 : 0;
    }
    return n;
  }
}
