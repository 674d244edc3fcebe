package com.backofficecare.safeguard.core.detection.internal;

import com.backofficecare.safeguard.core.PhiType;
import java.util.Arrays;
import java.util.Map;

/**
 * An agency's roster, allow and deny values as keyed hashes only ({@link KeyedHash}): the words
 * of its people's names (how many people share each, whether one alone is distinctive), which
 * two words or initial and word belong to one person, and whole values (identifiers, phones,
 * addresses, allowed and denied values) by type. No plaintext is kept; blocked Bloom filters of
 * seeded cheap hashes let most words of a text skip the HMAC, and gates on the values' shapes
 * (lengths, leading digits, first four and first eight characters) stop most runs of a text's
 * numbers before they touch a large table.
 */
final class RosterIndex {

  /**
   * Word info: a word of some name; distinctive enough to be a name on its own (four letters
   * or more, not an ordinary word of the language, shared by few of the roster's people).
   */
  static final int NAME_WORD = 1;
  static final int ALONE = 2;
  /**
   * Word info, bits 18 to 31: a bit for each person the word is a name of (a hash of them, 14
   * bits): two words with no bit in common are no one person's names, so no pair need be looked
   * up.
   */
  static final int PEOPLE = -1 << 18;
  /** Value info: a bit per type ({@code 1 << ordinal}), then where the value came from. */
  static final int TYPE_BITS = (1 << 24) - 1;
  static final int ROSTER = 1 << 24;
  static final int DENY = 1 << 25;
  static final int ALLOW = 1 << 26;
  /**
   * A word's count of people in its info while the index is built (it stops at the mask,
   * beyond any roster's limit of people sharing a distinctive word), and its ordinary flag.
   */
  private static final int COUNT = (1 << 17) - 1;
  private static final int ORDINARY_WORD = 1 << 17;
  /** Values are recognized by their first {@code PREFIX}, then {@code LONG_PREFIX}, characters. */
  static final int PREFIX = 4;
  static final int LONG_PREFIX = 8;
  static final byte PREFIX_DOMAIN = 'p';
  static final byte LONG_PREFIX_DOMAIN = 'q';
  /** The filter of words by the hash the tokenizer computes ({@link #plainWordFilter}). */
  static final byte PLAIN_DOMAIN = 'a';
  /** The memo of words met while building, by a hash of their characters as written. */
  private static final byte MEMO_DOMAIN = 'm';
  /** Word classes that are never a name on their own, whatever the roster says. */
  static final int ORDINARY = Lexicon.COMMON | Lexicon.STOP | Lexicon.MONTH
      | Lexicon.WEEKDAY | Lexicon.TITLE | Lexicon.ROLE | Lexicon.STATE | Lexicon.STATE_NAME
      | Lexicon.CLINICAL | Lexicon.NUMBER_WORD | Lexicon.ORDINAL_WORD | Lexicon.ORG
      | Lexicon.STREET_SUFFIX | Lexicon.UNIT | Lexicon.DIRECTION;

  final KeyedHash hash;
  final KeyTable words;
  final KeyTable pairs;
  final KeyTable values;
  final long[] initials;
  /** Bit {@code n} set when some value of {@code n} normalized characters is all digits. */
  final long digitLengths;
  /** Bit {@code n} set when some value of {@code n} normalized characters is not all digits. */
  final long otherLengths;
  /** Bit {@code d} set when some value not all digits has {@code d} digits before a letter. */
  final long leadingDigits;
  final int maxValueLength;
  /** Bit {@code n} set when some value starts with the four digits of {@code n} (0 to 9999). */
  private final long[] digitPrefixes;
  /**
   * Bloom filters of cheap hashes: the words'; the values' first four characters, when not
   * all digits; their first eight characters; the whole values.
   */
  final Bloom wordFilter;
  /**
   * A Bloom filter of the words' {@link WordTable#hash} as the tokenizer computes it for a
   * word of ASCII letters (their lower case): such a word of a text, most words, is looked
   * up with no hashing of its characters again.
   */
  final Bloom plainWordFilter;
  /** A Bloom filter of {@link #pairs}: most pairs of words in a text are of no one person. */
  final Bloom pairFilter;
  final Bloom prefixFilter;
  final Bloom longPrefixFilter;
  final Bloom valueFilter;
  /** Whether some value starts with a letter (else a value's first token is a number). */
  final boolean valueStartsWithLetter;

  private RosterIndex(Builder b) {
    this.hash = b.hash;
    this.initials = b.initials;
    this.pairs = b.pairs.build();
    this.pairFilter = new Bloom(b.pairs);
    int limit = Math.max(3, b.people / 50);
    this.words = b.words.build(
        (x, y) -> ((x | y) & (ORDINARY_WORD | PEOPLE)) | Math.min(COUNT, (x & COUNT) + (y & COUNT)),
        v -> NAME_WORD | (v & PEOPLE)
            | ((v & COUNT) <= limit && (v & ORDINARY_WORD) == 0 ? ALONE : 0));
    this.values = b.values.build();
    if (values.anyHas(ALLOW | DENY)) {
      throw new IllegalStateException("a value is both allowed and denied");
    }
    this.digitLengths = b.digitLengths;
    this.otherLengths = b.otherLengths;
    this.leadingDigits = b.leadingDigits;
    this.maxValueLength = 63 - Long.numberOfLeadingZeros(b.digitLengths | b.otherLengths);
    this.digitPrefixes = b.digitPrefixes;
    this.wordFilter = new Bloom(b.cheapWords);
    this.plainWordFilter = new Bloom(b.plainWords);
    this.prefixFilter = new Bloom(b.cheapPrefixes);
    this.longPrefixFilter = new Bloom(b.cheapLongPrefixes);
    this.valueFilter = new Bloom(b.cheapValues);
    this.valueStartsWithLetter = b.valueStartsWithLetter;
  }

  /** Whether some value starts with the four digits of {@code number}. */
  boolean mayStartWith(int number) {
    return (digitPrefixes[number >>> 6] & 1L << number) != 0;
  }

  /**
   * Collects an index as it is given, hashing at once: it never holds a value as text. The
   * caller checks that values are long enough ({@link #valueLength}).
   */
  static final class Builder {
    private final KeyedHash hash = KeyedHash.random();
    private final long[] initials = new long[26];
    private final KeyTable.Builder pairs = new KeyTable.Builder();
    private final KeyTable.Builder cheapWords = new KeyTable.Builder();
    private final KeyTable.Builder plainWords = new KeyTable.Builder();
    private final KeyTable.Builder cheapPrefixes = new KeyTable.Builder();
    private final KeyTable.Builder cheapLongPrefixes = new KeyTable.Builder();
    private final KeyTable.Builder cheapValues = new KeyTable.Builder();
    private final long[] digitPrefixes = new long[(10_000 + 63) / 64];
    private boolean valueStartsWithLetter;
    private final KeyTable.Builder words = new KeyTable.Builder();
    private final KeyTable.Builder values = new KeyTable.Builder();
    private long digitLengths;
    private long otherLengths;
    private long leadingDigits;
    private int people;
    /**
     * The words met so far, by a seeded hash of their characters as written: their keyed hash
     * and whether they are ordinary, so that a name many people share costs one HMAC and one
     * lexicon look-up. Hashes only; it is dropped with the builder.
     */
    private final Memo memo = new Memo();
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
     * Adds one person: the words of {@code names} (split at anything but letters and
     * apostrophes; a one-letter word is an initial: "J. Bird"), and their values by type.
     */
    void person(Iterable<String> names, Map<PhiType, ? extends Iterable<String>> byType) {
      people++;
      int person = 1 << (18 + Math.floorMod(people * 0x9e3779b9, 14));
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
              personWords[words++] = word(c, i, j, person);
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

    /** The keyed hash of a word of {@code person} (its {@link #PEOPLE} bit), counted. */
    private long word(char[] c, int from, int to, int person) {
      long written = 0;
      for (int i = from; i < to; i++) {
        written = KeyedHash.step(written, c[i]);
      }
      long id = hash.cheap(written, MEMO_DOMAIN);
      int slot = memo.slot(id);
      if (!memo.has(slot)) {
        cheapWords.add(hash.cheap(RosterNames.cheapHash(c, from, to), KeyedHash.WORD), 0);
        int plain = 0;
        for (int i = from; i < to; i++) {
          char x = KeyedHash.nameNormal(c[i]);
          plain = x == 0 ? plain : WordTable.step(plain, x);
        }
        plainWords.add(hash.cheap(plain, PLAIN_DOMAIN), 0);
        boolean ordinary = normalLength(c, from, to) < 4
            || (Lexicon.get().word(c, from, to) & ORDINARY) != 0;
        slot = memo.put(slot, id, hash.key(KeyedHash.WORD, c, from, to), ordinary);
      }
      long key = memo.key(slot);
      words.add(key, 1 | person | (memo.ordinary(slot) ? ORDINARY_WORD : 0));
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
      int lead = -1; // digits before the first letter; -1 while all are digits
      int number = 0;
      for (int i = 0; i < c.length; i++) {
        h = KeyedHash.step(h, c[i]);
        if (lead < 0 && !Tokens.isDigit(c[i])) {
          lead = i;
        }
        if (i < PREFIX && lead < 0) {
          number = number * 10 + (c[i] - '0');
        }
        if (i + 1 == PREFIX && lead < 0) {
          digitPrefixes[number >>> 6] |= 1L << number;
        } else if (i + 1 == PREFIX) {
          cheapPrefixes.add(hash.cheap(h, PREFIX_DOMAIN), 0);
        }
        if (i + 1 == LONG_PREFIX) {
          cheapLongPrefixes.add(hash.cheap(h, LONG_PREFIX_DOMAIN), 0);
        }
      }
      cheapValues.add(hash.cheap(h, KeyedHash.VALUE), 0);
      if (lead < 0) {
        digitLengths |= 1L << c.length;
      } else {
        otherLengths |= 1L << c.length;
        leadingDigits |= 1L << lead;
      }
      valueStartsWithLetter |= lead == 0;
      long key = hash.keyOfNormal(KeyedHash.VALUE, c, 0, c.length);
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
   * The number of normalized characters {@code value} is matched by: letters and digits only,
   * a street suffix or directional after the first word of a value that starts with a number
   * in its standard abbreviation, and a phone's leading country code 1 dropped.
   */
  static int valueLength(PhiType type, String value) {
    char[] c = normalizedValue(type, value);
    Arrays.fill(c, '\0');
    return c.length;
  }

  /**
   * {@code value} as matched ({@link #valueLength}): "4417 Quillmoor Lane" is {@code
   * 4417quillmoorln}, as are "4417 QUILLMOOR LN." and "4417 quillmoor ln".
   */
  private static char[] normalizedValue(PhiType type, String value) {
    char[] in = value.toCharArray();
    char[] out = new char[2 * in.length];
    int n = 0;
    for (int i = 0; i < in.length; ) {
      if (KeyedHash.normal(in[i]) == 0) {
        i++;
        continue;
      }
      int j = i;
      while (j < in.length && KeyedHash.normal(in[j]) != 0) {
        j++;
      }
      char[] standard = n > 0 && Tokens.isDigit(out[0])
          ? StreetWords.standard(in, i, j, WordTable.hash(in, i, j)) : null;
      if (standard != null) {
        System.arraycopy(standard, 0, out, n, standard.length);
        n += standard.length;
      } else {
        for (int k = i; k < j; k++) {
          out[n++] = KeyedHash.normal(in[k]);
        }
      }
      i = j;
    }
    Arrays.fill(in, '\0');
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

  /** An open-addressing map from non-zero 64-bit ids to a keyed hash and a flag; grows. */
  private static final class Memo {
    private long[] ids = new long[1 << 12];
    private long[] keys = new long[ids.length];
    private boolean[] ordinary = new boolean[ids.length];
    private int size;

    /** The slot of {@code id}: where it is, or where it would go. */
    int slot(long id) {
      long x = id == 0 ? 1 : id;
      int mask = ids.length - 1;
      int slot = (int) x & mask;
      while (ids[slot] != 0 && ids[slot] != x) {
        slot = (slot + 1) & mask;
      }
      return slot;
    }

    boolean has(int slot) {
      return ids[slot] != 0;
    }

    long key(int slot) {
      return keys[slot];
    }

    boolean ordinary(int slot) {
      return ordinary[slot];
    }

    /** Puts {@code id} at {@code slot} (from {@link #slot}); returns its slot after any growth. */
    int put(int slot, long id, long key, boolean isOrdinary) {
      ids[slot] = id == 0 ? 1 : id;
      keys[slot] = key;
      ordinary[slot] = isOrdinary;
      if (++size * 2 <= ids.length) {
        return slot;
      }
      long[] oldIds = ids;
      long[] oldKeys = keys;
      boolean[] oldOrdinary = ordinary;
      ids = new long[oldIds.length * 2];
      keys = new long[ids.length];
      ordinary = new boolean[ids.length];
      for (int i = 0; i < oldIds.length; i++) {
        if (oldIds[i] != 0) {
          int to = slot(oldIds[i]);
          ids[to] = oldIds[i];
          keys[to] = oldKeys[i];
          ordinary[to] = oldOrdinary[i];
        }
      }
      return slot(id);
    }
  }
}
