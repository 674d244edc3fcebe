package com.backofficecare.safeguard.core.detection.internal;

import com.backofficecare.safeguard.core.PhiType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * An agency's roster, allow and deny values as keyed hashes only ({@link KeyedHash}): the words of
 * its people's names (how many people share each, whether one alone is distinctive, the initials of
 * the people each names), which two words belong to one person, and whole values (identifiers,
 * phones, addresses, allowed and denied values) by type. No plaintext is kept; blocked Bloom
 * filters of seeded cheap hashes let most words of a text skip the HMAC, and gates on the values'
 * shapes (lengths, leading digits, first four and first eight characters) stop most runs of a
 * text's numbers before they touch a large table.
 */
final class RosterIndex {

  /**
   * Word info: a word of some name; distinctive enough to be a name on its own (four letters or
   * more, not an ordinary word of the language, shared by few of the roster's people).
   */
  static final int NAME_WORD = 1;

  static final int ALONE = 2;

  /**
   * Word info, bits 18 to 31: a bit for each person the word is a name of (a hash of them, 14
   * bits): two words with no bit in common are no one person's names, so no pair need be looked up.
   */
  static final int PEOPLE = -1 << 18;

  /** Value info: a bit per type ({@code 1 << ordinal}), then where the value came from. */
  static final int TYPE_BITS = (1 << 24) - 1;

  static final int ROSTER = 1 << 24;
  static final int DENY = 1 << 25;
  static final int ALLOW = 1 << 26;

  /**
   * A word's count of people in its info while the index is built (it stops at the mask, beyond any
   * roster's limit of people sharing a distinctive word), and its ordinary flag.
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

  /**
   * For each word, the initials of all the names of the people it names, a bit per letter a to z:
   * "J. Okafor" is one person's when someone named Okafor has a name starting with J.
   */
  final KeyTable initialsOf;

  /** Pairs of two words of one person's names. */
  final KeyTable pairs;

  final KeyTable values;

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
   * Bloom filters of cheap hashes: the words'; the values' first four characters, when not all
   * digits; their first eight characters; the whole values.
   */
  final Bloom wordFilter;

  /**
   * A Bloom filter of the words' {@link WordTable#hash} as the tokenizer computes it for a word of
   * ASCII letters (their lower case): such a word of a text, most words, is looked up with no
   * hashing of its characters again.
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
    KeyTable.Builder words = new KeyTable.Builder();
    KeyTable.Builder initials = new KeyTable.Builder();
    b.memo.forEach(
        (key, count, person, ordinary, letters) -> {
          words.add(key, Math.min(count, COUNT) | person | (ordinary ? ORDINARY_WORD : 0));
          initials.add(key, letters);
        });
    this.initialsOf = initials.build();
    this.pairs = b.pairs.build();
    this.pairFilter = new Bloom(b.pairs);
    int limit = Math.max(3, b.people / 50);
    this.words =
        words.build(
            (x, y) ->
                ((x | y) & (ORDINARY_WORD | PEOPLE)) | Math.min(COUNT, (x & COUNT) + (y & COUNT)),
            v ->
                NAME_WORD
                    | (v & PEOPLE)
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
   * Collects an index as it is given, hashing at once: it never holds a value as text. The caller
   * checks that values are long enough ({@link #valueLength}).
   */
  static final class Builder {
    private final KeyedHash hash = KeyedHash.random();
    private final KeyTable.Builder pairs = new KeyTable.Builder();
    private final KeyTable.Builder cheapWords = new KeyTable.Builder();
    private final KeyTable.Builder plainWords = new KeyTable.Builder();
    private final KeyTable.Builder cheapPrefixes = new KeyTable.Builder();
    private final KeyTable.Builder cheapLongPrefixes = new KeyTable.Builder();
    private final KeyTable.Builder cheapValues = new KeyTable.Builder();
    private final long[] digitPrefixes = new long[(10_000 + 63) / 64];
    private boolean valueStartsWithLetter;
    private final KeyTable.Builder values = new KeyTable.Builder();
    private long digitLengths;
    private long otherLengths;
    private long leadingDigits;
    private int people;

    /**
     * The words met so far, by a seeded hash of their characters as written: their keyed hash and
     * whether they are ordinary, so that a name many people share costs one HMAC and one lexicon
     * look-up. Hashes only; it is dropped with the builder.
     */
    private final Memo memo = new Memo();

    /** A person's values, normalized and checked before anything of theirs is added. */
    private final List<Checked> checked = new ArrayList<>();

    private final long[] personWords = new long[8];

    /** The memo ids and slots of the person's words (slots move when the memo grows). */
    private final long[] personIds = new long[8];

    private final int[] personSlots = new int[8];

    /** The first letter of each word of the person's names, one-letter words included. */
    private final char[] personInitials = new char[8];

    /**
     * Adds one person: the words of {@code names} (split at anything but letters and apostrophes; a
     * one-letter word is an initial: "J. Bird"), and their values by type.
     */
    void person(
        Iterable<String> names, Map<PhiType, ? extends Iterable<String>> byType, int min, int max) {
      checked.clear();
      byType.forEach(
          (type, list) ->
              list.forEach(
                  v -> {
                    char[] c = normalizedValue(type, v);
                    checked.add(new Checked(type, c));
                    if (c.length < min || c.length > max) {
                      checked.forEach(k -> Arrays.fill(k.value, '\0'));
                      checked.clear();
                      throw new IllegalArgumentException(
                          ProfileRules.lengthProblem(type, min, max, c.length));
                    }
                  }));
      people++;
      int person = 1 << (18 + Math.floorMod(people * 0x9e3779b9, 14));
      int words = 0;
      int letters = 0;
      int grown = memo.grown;
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
              personWords[words] = word(c, i, j);
              personIds[words] = lastId;
              personSlots[words++] = lastSlot;
            }
          }
          i = j;
        }
        Arrays.fill(c, '\0');
      }
      int mask = 0;
      for (int k = 0; k < letters; k++) {
        char initial = personInitials[k];
        mask |= initial >= 'a' && initial <= 'z' ? 1 << (initial - 'a') : 0;
      }
      for (int i = 0; i < words; i++) {
        for (int j = i + 1; j < words; j++) {
          if (personWords[i] != personWords[j]) {
            pairs.add(KeyedHash.pair(personWords[i], personWords[j]), 1);
          }
        }
        memo.name(memo.grown == grown ? personSlots[i] : memo.slot(personIds[i]), person, mask);
      }
      Arrays.fill(personInitials, '\0');
      for (Checked k : checked) {
        add(k.type, k.value, ROSTER);
      }
      checked.clear();
    }

    /** The memo id and slot of the word {@link #word} read last. */
    private long lastId;

    private int lastSlot;

    /** The keyed hash of a word, memoized by its characters as written ({@link #lastId}). */
    private long word(char[] c, int from, int to) {
      long written = 0;
      for (int i = from; i < to; i++) {
        written = KeyedHash.step(written, c[i]);
      }
      lastId = hash.cheap(written, MEMO_DOMAIN);
      int slot = memo.slot(lastId);
      if (!memo.has(slot)) {
        cheapWords.add(hash.cheap(RosterNames.cheapHash(c, from, to), KeyedHash.WORD), 0);
        int plain = 0;
        for (int i = from; i < to; i++) {
          char x = KeyedHash.nameNormal(c[i]);
          plain = x == 0 ? plain : WordTable.step(plain, x);
        }
        plainWords.add(hash.cheap(plain, PLAIN_DOMAIN), 0);
        boolean ordinary =
            normalLength(c, from, to) < 4 || (Lexicon.get().word(c, from, to) & ORDINARY) != 0;
        slot = memo.put(slot, lastId, hash.key(KeyedHash.WORD, c, from, to), ordinary);
      }
      lastSlot = slot;
      return memo.key(slot);
    }

    /** Adds a value of {@code type}: from the roster, or an allowed or denied one. */
    void value(PhiType type, String value, int source) {
      add(type, normalizedValue(type, value), source);
    }

    /** Adds a value of {@code type} as normalized; zeroes it. */
    private void add(PhiType type, char[] c, int source) {
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
   * The number of normalized characters {@code value} is matched by: letters and digits only, a
   * street suffix or directional after the first word of a value that starts with a number in its
   * standard abbreviation, and a phone's leading country code 1 dropped.
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
    char[] out = new char[2 * in.length]; // "av" is "ave": a standard form may be longer
    int n = 0;
    for (int i = 0; i < in.length; ) {
      if (KeyedHash.normal(in[i]) == 0) {
        i++;
        continue;
      }
      int from = n;
      int j = i;
      for (char x; j < in.length && (x = KeyedHash.normal(in[j])) != 0; j++) {
        out[n++] = x;
      }
      char[] standard =
          from > 0 && Tokens.isDigit(out[0]) && j - i <= 10
              ? StreetWords.standard(in, i, j, WordTable.hash(in, i, j))
              : null;
      if (standard != null) {
        Arrays.fill(out, from, n, '\0');
        System.arraycopy(standard, 0, out, from, standard.length);
        n = from + standard.length;
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

  /** A value of a type, normalized. */
  @SuppressWarnings("ArrayRecordComponent") // zeroed once hashed, never compared
  private record Checked(PhiType type, char[] value) {}

  /**
   * The words met while building, by a seeded hash of their characters as written (an id): their
   * keyed hash, whether they are ordinary, how many of the people's names they are, those people's
   * {@link #PEOPLE} bits and initials. Open addressing; grows. Hashes and counts only.
   */
  private static final class Memo {
    private long[] ids = new long[1 << 12];
    private long[] keys = new long[ids.length];
    private boolean[] ordinary = new boolean[ids.length];
    private int[] counts = new int[ids.length];
    private int[] people = new int[ids.length];
    private int[] initials = new int[ids.length];
    private int size;

    /** How many times the memo grew, moving every slot. */
    int grown;

    /** What {@link #forEach} gives of each word. */
    interface Entry {
      void accept(long key, int count, int people, boolean ordinary, int initials);
    }

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

    /** Counts one more person the word at {@code slot} names, with their bit and initials. */
    void name(int slot, int person, int letters) {
      counts[slot]++;
      people[slot] |= person;
      initials[slot] |= letters;
    }

    /** Puts {@code id} at {@code slot} (from {@link #slot}); returns its slot after any growth. */
    int put(int slot, long id, long key, boolean isOrdinary) {
      ids[slot] = id == 0 ? 1 : id;
      keys[slot] = key;
      ordinary[slot] = isOrdinary;
      if (++size * 2 <= ids.length) {
        return slot;
      }
      Memo old = copy();
      grown++;
      ids = new long[ids.length * 2];
      keys = new long[ids.length];
      ordinary = new boolean[ids.length];
      counts = new int[ids.length];
      people = new int[ids.length];
      initials = new int[ids.length];
      for (int i = 0; i < old.ids.length; i++) {
        if (old.ids[i] != 0) {
          int to = slot(old.ids[i]);
          ids[to] = old.ids[i];
          keys[to] = old.keys[i];
          ordinary[to] = old.ordinary[i];
          counts[to] = old.counts[i];
          people[to] = old.people[i];
          initials[to] = old.initials[i];
        }
      }
      return slot(id);
    }

    private Memo copy() {
      Memo m = new Memo();
      m.ids = ids;
      m.keys = keys;
      m.ordinary = ordinary;
      m.counts = counts;
      m.people = people;
      m.initials = initials;
      return m;
    }

    void forEach(Entry sink) {
      for (int i = 0; i < ids.length; i++) {
        if (ids[i] != 0) {
          sink.accept(keys[i], counts[i], people[i], ordinary[i], initials[i]);
        }
      }
    }
  }
}
