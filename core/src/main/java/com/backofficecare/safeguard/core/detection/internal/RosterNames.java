package com.backofficecare.safeguard.core.detection.internal;

import com.backofficecare.safeguard.core.PhiType;
import java.util.Arrays;

/**
 * Finds a roster's names in a text, one thread's scratch. Each word is looked up once (a Bloom
 * probe by the hash the tokenizer computed, then a per-thread cache of keyed hashes, and an HMAC
 * only for a word that may be on the roster and was not met lately); then groups of name words and
 * initials joined by spaces, hyphens, "Last, First" commas and initials' periods are read:
 *
 * <ul>
 *   <li>words of one person together, or an initial and a word of one person: {@value
 *       ProfileRules#PAIR} ("Jun-ho Park", "Okafor, J.", "j okafor"); only these are joined by a
 *       comma;
 *   <li>a word after a cue (a title, a greeting, a role word before a capitalised name, or a
 *       speaker's label "name:" at a line's start): {@value ProfileRules#CUED};
 *   <li>a distinctive word alone ({@link RosterIndex#ALONE}), with a possessive "s" or not, unless
 *       after "St" (a saint, a street): {@value ProfileRules#ALONE};
 *   <li>a name spelled out letter by letter ("W-R-O-B-E-L"): {@value ProfileRules#CUED}.
 * </ul>
 */
final class RosterNames {

  private static final int ALONE = 1;
  private static final int CUED = 2;
  private static final int PAIRED = 4;
  private static final WordList GREETINGS =
      WordList.of("hi", "hello", "hey", "dear", "thanks", "thx");

  private final RosterIndex index;
  private final KeyedHash hash;
  private long[] wordKey = new long[64];
  private int[] wordInfo = new int[64];

  /** Where a word's name ends: before a possessive "s" written without an apostrophe. */
  private int[] wordEnd = new int[64];

  /** The initials of the people a roster word names ({@link RosterIndex#initialsOf}). */
  private int[] wordInitials = new int[64];

  private int[] starts = new int[64];
  private final int[] members = new int[8];
  private final int[] marks = new int[8];

  /** Whether a comma stands before the member at the same index. */
  private final boolean[] comma = new boolean[8];

  /** Whether the member at the same index and the next are names of one person. */
  private final boolean[] linked = new boolean[8];

  /** This text's name findings, held until they are widened to the names proposed around. */
  private int found;

  private int[] foundStart = new int[8];
  private int[] foundEnd = new int[8];
  private double[] foundConfidence = new double[8];
  private String[] foundReason = new String[8];

  /**
   * The words looked up lately, by cheap hash: three longs a word, its cheap hash, its keyed hash,
   * and its info in the roster ({@link RosterIndex#words}, 0 when not on it) with the initials of
   * the people it names ({@link RosterIndex#initialsOf}) above, side by side so that a look-up
   * touches one cache line. A roster word met again costs no HMAC. Holds hashes of roster words
   * only (others never pass the Bloom filter, but for its rare false positives), never text.
   */
  private final long[] cache = new long[3 * CACHE];

  private static final int CACHE = 1 << 12;

  /** The inverse of 31 modulo 2^32. */
  private static final int INVERSE_31 = 0xbdef7bdf;

  RosterNames(RosterIndex index, KeyedHash hash) {
    this.index = index;
    this.hash = hash;
  }

  /** The cheap hash of a name word's {@link KeyedHash#nameNormal} characters. */
  static long cheapHash(char[] c, int from, int to) {
    long h = 0;
    for (int i = from; i < to; i++) {
      char x = KeyedHash.nameNormal(c[i]);
      if (x != 0) {
        h = KeyedHash.step(h, x);
      }
    }
    return h;
  }

  void find(Tokens tk, Candidates out) {
    int n = tk.count;
    if (wordKey.length < n) {
      wordKey = new long[Math.max(n, wordKey.length * 2)];
      wordInfo = new int[wordKey.length];
      wordEnd = new int[wordKey.length];
      wordInitials = new int[wordKey.length];
      starts = new int[wordKey.length];
    }
    byte[] kind = tk.kind;
    int[] start = tk.start;
    int[] end = tk.end;
    int marked = 0; // the tokens a group may start at: roster words and one-letter words
    for (int t = 0; t < n; t++) {
      wordInfo[t] = 0;
      wordEnd[t] = end[t];
      byte k = kind[t];
      if (k == Tokens.WORD && end[t] - start[t] == 1) {
        starts[marked++] = t;
      } else if ((k == Tokens.WORD || k == Tokens.ALNUM) && end[t] - start[t] >= 2) {
        // A word of ASCII letters is first checked by the hash the tokenizer computed for it.
        boolean plain = k == Tokens.WORD && (tk.flags[t] & Tokens.NOT_PLAIN) == 0;
        boolean word = !plain || mayBeWord(tk.hash[t]);
        if (word || mayBeStem(tk, t)) {
          lookUp(tk, t, plain, word);
          if (wordInfo[t] != 0) {
            starts[marked++] = t;
          }
        }
      }
    }
    found = 0;
    for (int i = 0, t = 0; i < marked; i++) {
      int u = starts[i];
      if (u < t) {
        continue; // inside the group or name spelled out read last
      }
      if (end[u] - start[u] != 1) {
        t = group(tk, u);
        continue;
      }
      int spelled = spelledOut(tk, u);
      t = spelled > u ? spelled : initial(tk, u) >= 0 && wordAhead(tk, u) ? group(tk, u) : u + 1;
    }
    Arrays.fill(wordKey, 0, n, 0);
    if (found > 0) {
      widenAndAdd(out);
    }
  }

  private void propose(int start, int end, double confidence, String reason) {
    if (found == foundStart.length) {
      int m = found * 2;
      foundStart = Arrays.copyOf(foundStart, m);
      foundEnd = Arrays.copyOf(foundEnd, m);
      foundConfidence = Arrays.copyOf(foundConfidence, m);
      foundReason = Arrays.copyOf(foundReason, m);
    }
    foundStart[found] = start;
    foundEnd[found] = end;
    foundConfidence[found] = confidence;
    foundReason[found++] = reason;
  }

  /**
   * Adds this text's findings, each widened to the names proposed over it (the roster confirms
   * "Tyler" where the model read "Tyler Clark": the finding is "Tyler Clark"), and, but for names
   * of one person, none that overlaps a proposal of another type ("Claire" in "Eau Claire", "Tran"
   * in a street's name), so that a single roster word never takes characters away from what was
   * found otherwise. A finding is not widened over another of the roster's findings. Only the
   * proposals made before these count.
   */
  private void widenAndAdd(Candidates out) {
    int proposals = out.count();
    for (int i = 0; i < found; i++) {
      int s = foundStart[i];
      int e = foundEnd[i];
      if (foundConfidence[i] < ProfileRules.PAIR
          && out.overlaps(PhiType.NAME, false, s, e, proposals)) {
        continue;
      }
      int ws = out.widenStart(PhiType.NAME, s, proposals);
      int we = out.widenEnd(PhiType.NAME, e, proposals);
      for (int j = 0; j < found; j++) {
        if (j != i && foundStart[j] >= ws && foundEnd[j] <= we) {
          ws = s; // "Okonkwo-Reyes, Quenvolda": two of the roster's words, not one person's
          we = e;
          break;
        }
      }
      out.add(PhiType.NAME, ws, we, foundConfidence[i], "roster.name", foundReason[i]);
    }
  }

  /** Looks token {@code t} up, and its stem before a final "s" when it is not a name itself. */
  /**
   * Looks up the word or code of two letters or more {@code t}, and its stem before an "s": a
   * {@code plain} word (ASCII letters) only if its tokenizer hash says it may be a {@code word} of
   * the roster, or its stem.
   */
  private void lookUp(Tokens tk, int t, boolean plain, boolean word) {
    char[] c = tk.text.chars;
    int s = tk.start[t];
    int e = tk.end[t];
    if (!plain && tk.kind[t] != Tokens.WORD && !Tokens.isLetter(c[s])) {
      return; // a code starting with a digit is no misread name
    }
    int at = word ? cached(c, s, e, plain) : -1;
    if (at >= 0) {
      wordKey[t] = cache[at + 1];
      wordInfo[t] = (int) cache[at + 2];
      wordInitials[t] = (int) (cache[at + 2] >>> 32);
    }
    if (wordInfo[t] == 0 && stemmable(tk, t)) {
      int stem =
          !plain ? cached(c, s, e - 1, false) : mayBeStem(tk, t) ? cached(c, s, e - 1, true) : -1;
      if (stem >= 0 && ((int) cache[stem + 2] & RosterIndex.ALONE) != 0) {
        wordKey[t] = cache[stem + 1];
        wordInfo[t] = (int) cache[stem + 2];
        wordInitials[t] = (int) (cache[stem + 2] >>> 32);
        wordEnd[t] = e - 1;
      }
    }
  }

  /** Whether a word of ASCII letters whose {@link WordTable#hash} is {@code h} may be a name. */
  private boolean mayBeWord(int h) {
    return index.plainWordFilter.mayHold(hash.cheap(h, RosterIndex.PLAIN_DOMAIN));
  }

  /**
   * Whether the word of ASCII letters {@code t}, when it is no name itself, may be a distinctive
   * name and a possessive "s" ({@link #stemmable}) by its stem's hash: the word's is 31 times the
   * stem's plus 's' (modulo 2^32).
   */
  private boolean mayBeStem(Tokens tk, int t) {
    return stemmable(tk, t) && mayBeWord((tk.hash[t] - 's') * INVERSE_31);
  }

  /** Whether token {@code t} may be a name and a possessive "s": "the trabiszewskis". */
  private static boolean stemmable(Tokens tk, int t) {
    return tk.end[t] - tk.start[t] >= 5
        && (tk.word[t] & RosterIndex.ORDINARY) == 0
        && KeyedHash.normal(tk.text.chars[tk.end[t] - 1]) == 's';
  }

  /**
   * Where in {@link #cache} the word {@code c[s, e)} is, filled in if need be; -1 when it cannot be
   * on the roster (by its Bloom filter, unless already {@code filtered} by another).
   */
  private int cached(char[] c, int s, int e, boolean filtered) {
    long cheap = hash.cheap(cheapHash(c, s, e), KeyedHash.WORD);
    if (!filtered && !index.wordFilter.mayHold(cheap)) {
      return -1;
    }
    int at = 3 * ((int) cheap & (CACHE - 1));
    if (cache[at] != cheap) {
      long key = hash.key(KeyedHash.WORD, c, s, e);
      cache[at] = cheap;
      cache[at + 1] = key;
      cache[at + 2] = (index.words.get(key) & 0xffffffffL) | (long) index.initialsOf.get(key) << 32;
    }
    return at;
  }

  /**
   * Whether a roster word follows the one-letter token {@code t} past initials and their periods,
   * commas and hyphens: else no group from {@code t} holds a word ("a", "I").
   */
  private boolean wordAhead(Tokens tk, int t) {
    int u = t + 1;
    while (u < tk.count
        && (tk.kind[u] == Tokens.WORD
            ? tk.length(u) == 1
            : tk.isPunct(u, '.') || tk.isPunct(u, ',') || tk.isPunct(u, '-'))) {
      u++;
    }
    return u < tk.count && wordInfo[u] != 0;
  }

  /** The initial's letter index (0 for a) when token {@code t} is one letter; else -1. */
  private static int initial(Tokens tk, int t) {
    if (t >= tk.count || tk.kind[t] != Tokens.WORD || tk.length(t) != 1) {
      return -1;
    }
    char x = KeyedHash.normal(tk.charAt(tk.start[t]));
    return x >= 'a' && x <= 'z' ? x - 'a' : -1;
  }

  /** Whether token {@code t} is an initial, not the first letter of a name spelled out. */
  private static boolean initialAlone(Tokens tk, int t) {
    return initial(tk, t) >= 0 && !(tk.isPunct(t + 1, '-') && tk.joined(t + 1));
  }

  /**
   * Reads a name spelled out from {@code t}, three letters or more joined by hyphens; returns the
   * token after it when it is a roster word, else {@code t}.
   */
  private int spelledOut(Tokens tk, int t) {
    int last = t;
    while (initial(tk, last) >= 0
        && tk.isPunct(last + 1, '-')
        && tk.joined(last + 1)
        && tk.joined(last + 2)
        && initial(tk, last + 2) >= 0) {
      last += 2;
    }
    if (last - t < 4) {
      return t;
    }
    char[] c = tk.text.chars;
    int s = tk.start[t];
    int e = tk.end[last];
    int at = cached(c, s, e, false);
    if (at >= 0 && cache[at + 2] != 0) {
      propose(s, e, ProfileRules.CUED, "agency roster: a name spelled out");
      return last + 1;
    }
    return t;
  }

  /** Reads the group of name words and initials from {@code first}; returns the next token. */
  private int group(Tokens tk, int first) {
    int size = 0;
    int t = first;
    boolean commaBefore = false;
    while (true) {
      members[size] = t;
      marks[size] = 0;
      linked[size] = false;
      comma[size++] = commaBefore;
      int j = t + 1;
      if (initial(tk, t) >= 0 && tk.isPunct(j, '.') && tk.joined(j)) {
        j++; // the initial's period
      }
      boolean isComma = tk.isPunct(j, ',');
      boolean next;
      if (j >= tk.count || tk.newlineBefore(j) || wordEnd[t] != tk.end[t]) {
        next = false;
      } else if ((isComma || tk.isPunct(j, '-')) && tk.joined(j)) {
        j++; // "Last, First" after a space; "Jun-ho" joined
        next = j < tk.count && !tk.newlineBefore(j) && tk.joined(j) != isComma;
      } else {
        isComma = false;
        next = !tk.joined(j);
      }
      if (size == members.length || !next || (wordInfo[j] == 0 && !initialAlone(tk, j))) {
        mark(tk, size);
        emit(tk, size);
        return t + 1;
      }
      commaBefore = isComma;
      t = j;
    }
  }

  private void mark(Tokens tk, int size) {
    boolean saint =
        tk.equalsIgnoreCase(before(tk, members[0]), "st")
            || tk.equalsIgnoreCase(before(tk, members[0]), "saint");
    for (int i = 0; i < size; i++) {
      int a = members[i];
      int letter = initial(tk, a);
      if (letter < 0 && (wordInfo[a] & RosterIndex.ALONE) != 0 && !saint) {
        marks[i] |= ALONE;
      }
      for (int j = i + 1; j < size; j++) {
        int b = members[j];
        int other = initial(tk, b);
        if (letter >= 0 && other >= 0) {
          continue;
        }
        if (onePerson(a, letter, b, other)) {
          marks[i] |= PAIRED;
          marks[j] |= PAIRED;
          linked[i] |= j == i + 1;
        }
      }
    }
    if (initial(tk, members[0]) < 0 && cued(tk, members[0], members[size - 1])) {
      marks[0] |= CUED;
    }
  }

  /**
   * Whether members {@code a} and {@code b}, an initial (its letter's index, else -1) and a word or
   * two words, are names of one person of the roster.
   */
  private boolean onePerson(int a, int letter, int b, int other) {
    if (letter >= 0 || other >= 0) {
      return (wordInitials[letter >= 0 ? b : a] >>> (letter >= 0 ? letter : other) & 1) != 0;
    }
    if ((wordInfo[a] & wordInfo[b] & RosterIndex.PEOPLE) == 0) {
      return false; // no one has both words among their names
    }
    long pair = KeyedHash.pair(wordKey[a], wordKey[b]);
    return index.pairFilter.mayHold(pair) && index.pairs.get(pair) != 0;
  }

  /** The word before token {@code t}, past an abbreviation's period. */
  private static int before(Tokens tk, int t) {
    return tk.isPunct(t - 1, '.') ? t - 2 : t - 1;
  }

  /**
   * Whether the group from {@code first} to {@code last} follows a title or a greeting, or a role
   * word (not "from" or "to", which places follow as often) when capitalised in mixed case, or is a
   * speaker's label at a line's start.
   */
  private static boolean cued(Tokens tk, int first, int last) {
    int before = before(tk, first);
    if (tk.wordIs(before, Lexicon.TITLE)) {
      return true;
    }
    if (GREETINGS.has(tk, before)) {
      return true;
    }
    int f = tk.flags[first];
    if (tk.wordIs(before, Lexicon.ROLE)
        && (f & Tokens.CAPITALIZED) != 0
        && (f & Tokens.ALL_CAPS) == 0
        && !tk.equalsIgnoreCase(before, "from")
        && !tk.equalsIgnoreCase(before, "to")) {
      return true;
    }
    boolean lineStart = first == 0 || tk.newlineBefore(first) || tk.isPunct(first - 1, ']');
    return lineStart && tk.isPunct(last + 1, ':') && tk.joined(last + 1);
  }

  /** One finding per run of marked members (a comma joins only words of one person). */
  private void emit(Tokens tk, int size) {
    for (int i = 0; i < size; ) {
      if (marks[i] == 0) {
        i++;
        continue;
      }
      int j = i;
      int m = marks[i];
      boolean word = initial(tk, members[i]) < 0;
      while (j + 1 < size && marks[j + 1] != 0 && (!comma[j + 1] || linked[j])) {
        m |= marks[++j];
        word |= initial(tk, members[j]) < 0;
      }
      if (word) {
        int last = members[j];
        int end = wordEnd[last];
        if (tk.length(last) <= 2 && tk.isPunct(last + 1, '.') && tk.joined(last + 1)) {
          end = tk.end[last + 1]; // "Okafor, B." and "Bird, Wm." end with the period
        }
        boolean pair = (m & PAIRED) != 0;
        boolean cue = (m & CUED) != 0;
        propose(
            tk.start[members[i]],
            end,
            pair ? ProfileRules.PAIR : cue ? ProfileRules.CUED : ProfileRules.ALONE,
            pair
                ? "agency roster: names of one person"
                : cue ? "agency roster: a name after a cue" : "agency roster: a distinctive name");
      }
      i = j + 1;
    }
  }
}
