package com.backofficecare.safeguard.core.detection.internal;

import com.backofficecare.safeguard.core.PhiType;
import java.util.Arrays;

/**
 * Finds a roster's names in a text, one thread's scratch. Each word is looked up once (a Bloom
 * probe, then an HMAC only for words that may be on the roster); then groups of name words and
 * initials joined by spaces, hyphens, "Last, First" commas and initials' periods are read:
 *
 * <ul>
 *   <li>words of one person together, or an initial and a word of one person: {@value
 *       ProfileRules#PAIR} ("Jun-ho Park", "Okafor, J.", "j okafor"); only these are joined
 *       by a comma;
 *   <li>a word after a cue (a title, a greeting, a role word before a capitalised name, or a
 *       speaker's label "name:" at a line's start): {@value ProfileRules#CUED};
 *   <li>a distinctive word alone ({@link RosterIndex#ALONE}), with a possessive "s" or not,
 *       unless after "St" (a saint, a street): {@value ProfileRules#ALONE};
 *   <li>a name spelled out letter by letter ("W-R-O-B-E-L"): {@value ProfileRules#CUED}.
 * </ul>
 */
final class RosterNames {

  private static final int ALONE = 1;
  private static final int CUED = 2;
  private static final int PAIRED = 4;
  private static final String[] GREETINGS = {"hi", "hello", "hey", "dear", "thanks", "thx"};

  private final RosterIndex index;
  private final KeyedHash hash;
  private long[] wordKey = new long[64];
  private int[] wordInfo = new int[64];
  /** Where a word's name ends: before a possessive "s" written without an apostrophe. */
  private int[] wordEnd = new int[64];
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
   * The words looked up lately, by cheap hash: three longs a word, its cheap hash, its keyed
   * hash and its info in the roster ({@link RosterIndex#words}, 0 when not on it), side by side
   * so that a look-up touches one cache line. A roster word met again costs no HMAC. Holds
   * hashes of roster words only (others never pass the Bloom filter, but for its rare false
   * positives), never text.
   */
  private final long[] cache = new long[3 * CACHE];
  private static final int CACHE = 1 << 12;

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
    }
    for (int t = 0; t < n; t++) {
      lookUp(tk, t);
    }
    found = 0;
    for (int t = 0; t < n; ) {
      if (tk.end[t] - tk.start[t] != 1) { // no initial, no letter spelled out: a word or not
        t = wordInfo[t] != 0 ? group(tk, t) : t + 1;
        continue;
      }
      int spelled = spelledOut(tk, t);
      t = spelled > t ? spelled
          : wordInfo[t] != 0 || initial(tk, t) >= 0 ? group(tk, t) : t + 1;
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
   * "Tyler" where the model read "Tyler Clark": the finding is "Tyler Clark"), and, but for
   * names of one person, none that overlaps a proposal of another type ("Claire" in "Eau
   * Claire", "Tran" in a street's name), so that a single roster word never takes characters
   * away from what was found otherwise. Only the proposals made before these count.
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
      out.add(PhiType.NAME, out.widenStart(PhiType.NAME, s, proposals),
          out.widenEnd(PhiType.NAME, e, proposals), foundConfidence[i], "roster.name",
          foundReason[i]);
    }
  }

  /** Looks token {@code t} up, and its stem before a final "s" when it is not a name itself. */
  private void lookUp(Tokens tk, int t) {
    wordInfo[t] = 0;
    wordEnd[t] = tk.end[t];
    byte kind = tk.kind[t];
    char[] c = tk.text.chars;
    int s = tk.start[t];
    int e = tk.end[t];
    if ((kind != Tokens.WORD && (kind != Tokens.ALNUM || !Tokens.isLetter(c[s]))) || e - s < 2) {
      return; // a code starting with a digit is no misread name
    }
    int at = cached(c, s, e);
    wordKey[t] = at < 0 ? 0 : cache[at + 1];
    wordInfo[t] = at < 0 ? 0 : (int) cache[at + 2];
    if (wordInfo[t] == 0 && e - s >= 5 && (tk.word[t] & RosterIndex.ORDINARY) == 0
        && KeyedHash.normal(c[e - 1]) == 's') {
      int stem = cached(c, s, e - 1);
      if (stem >= 0 && ((int) cache[stem + 2] & RosterIndex.ALONE) != 0) {
        wordKey[t] = cache[stem + 1];
        wordInfo[t] = (int) cache[stem + 2];
        wordEnd[t] = e - 1;
      }
    }
  }

  /**
   * Where in {@link #cache} the word {@code c[s, e)} is, filled in if need be; -1 when it
   * cannot be on the roster.
   */
  private int cached(char[] c, int s, int e) {
    long cheap = hash.cheap(cheapHash(c, s, e), KeyedHash.WORD);
    if (!index.wordFilter.mayHold(cheap)) {
      return -1;
    }
    int at = 3 * ((int) cheap & (CACHE - 1));
    if (cache[at] != cheap) {
      long key = hash.key(KeyedHash.WORD, c, s, e);
      cache[at] = cheap;
      cache[at + 1] = key;
      cache[at + 2] = index.words.get(key);
    }
    return at;
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
   * Reads a name spelled out from {@code t}, three letters or more joined by hyphens; returns
   * the token after it when it is a roster word, else {@code t}.
   */
  private int spelledOut(Tokens tk, int t) {
    int last = t;
    while (initial(tk, last) >= 0 && tk.isPunct(last + 1, '-') && tk.joined(last + 1)
        && tk.joined(last + 2) && initial(tk, last + 2) >= 0) {
      last += 2;
    }
    if (last - t < 4) {
      return t;
    }
    char[] c = tk.text.chars;
    int s = tk.start[t];
    int e = tk.end[last];
    int at = cached(c, s, e);
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
    boolean saint = tk.equalsIgnoreCase(before(tk, members[0]), "st")
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
        long ka = letter >= 0 ? index.initials[letter] : wordKey[a];
        long kb = other >= 0 ? index.initials[other] : wordKey[b];
        long pair = KeyedHash.pair(ka, kb);
        if (index.pairFilter.mayHold(pair) && index.pairs.get(pair) != 0) {
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

  /** The word before token {@code t}, past an abbreviation's period. */
  private static int before(Tokens tk, int t) {
    return tk.isPunct(t - 1, '.') ? t - 2 : t - 1;
  }

  /**
   * Whether the group from {@code first} to {@code last} follows a title or a greeting, or a
   * role word (not "from" or "to", which places follow as often) when capitalised in mixed
   * case, or is a speaker's label at a line's start.
   */
  private static boolean cued(Tokens tk, int first, int last) {
    int before = before(tk, first);
    if (tk.wordIs(before, Lexicon.TITLE)) {
      return true;
    }
    if (before >= 0 && tk.length(before) <= 6
        && "hdt".indexOf(WordTable.lower(tk.charAt(tk.start[before]))) >= 0) {
      for (String g : GREETINGS) { // each starts with h, d or t and has at most 6 letters
        if (tk.equalsIgnoreCase(before, g)) {
          return true;
        }
      }
    }
    int f = tk.flags[first];
    if (tk.wordIs(before, Lexicon.ROLE) && (f & Tokens.CAPITALIZED) != 0
        && (f & Tokens.ALL_CAPS) == 0
        && !tk.equalsIgnoreCase(before, "from") && !tk.equalsIgnoreCase(before, "to")) {
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
        propose(tk.start[members[i]], end,
            pair ? ProfileRules.PAIR : cue ? ProfileRules.CUED : ProfileRules.ALONE,
            pair ? "agency roster: names of one person"
                : cue ? "agency roster: a name after a cue" : "agency roster: a distinctive name");
      }
      i = j + 1;
    }
  }
}
