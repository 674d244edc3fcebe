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
  private int[] depth = new int[64];
  private int[] otherDepth = new int[64];

  /**
   * The words looked up lately, by cheap hash: their keyed hash, so that a roster word met again
   * costs no HMAC. Holds hashes of roster words only (others never pass the Bloom filter, but for
   * its rare false positives), never text.
   */
  private final long[] cachedCheap = new long[CACHE];

  private final long[] cachedKey = new long[CACHE];
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
      int spelled = spelledOut(tk, t);
      t = spelled > t ? spelled : wordInfo[t] != 0 || initial(tk, t) >= 0 ? group(tk, t) : t + 1;
    }
    Arrays.fill(wordKey, 0, n, 0);
    if (found > 0) {
      widenAndAdd(tk.text.length(), out);
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
   * found otherwise.
   */
  private void widenAndAdd(int length, Candidates out) {
    if (depth.length < length + 1) {
      depth = new int[Math.max(length + 1, depth.length * 2)];
      otherDepth = new int[depth.length];
    }
    out.depth(PhiType.NAME, true, depth, length);
    out.depth(PhiType.NAME, false, otherDepth, length);
    next:
    for (int i = 0; i < found; i++) {
      int s = foundStart[i];
      int e = foundEnd[i];
      for (int x = s; x < e && foundConfidence[i] < ProfileRules.PAIR; x++) {
        if (otherDepth[x] > 0) {
          continue next;
        }
      }
      while (s > 0 && depth[s - 1] > 0 && depth[s] > 0) {
        s--;
      }
      while (e < length && depth[e] > 0 && depth[e - 1] > 0) {
        e++;
      }
      out.add(PhiType.NAME, s, e, foundConfidence[i], "roster.name", foundReason[i]);
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
    wordKey[t] = key(c, s, e);
    wordInfo[t] = wordKey[t] == 0 ? 0 : index.words.get(wordKey[t]);
    if (wordInfo[t] == 0
        && e - s >= 5
        && KeyedHash.normal(c[e - 1]) == 's'
        && (tk.word[t] & RosterIndex.ORDINARY) == 0) {
      long stem = key(c, s, e - 1);
      int info = stem == 0 ? 0 : index.words.get(stem);
      if ((info & RosterIndex.ALONE) != 0) {
        wordKey[t] = stem;
        wordInfo[t] = info;
        wordEnd[t] = e - 1;
      }
    }
  }

  /** The keyed hash of the word {@code c[s, e)}; 0 when it cannot be on the roster. */
  private long key(char[] c, int s, int e) {
    long cheap = hash.cheap(cheapHash(c, s, e), KeyedHash.WORD);
    if (!index.wordFilter.mayHold(cheap)) {
      return 0;
    }
    int slot = (int) cheap & (CACHE - 1);
    if (cachedCheap[slot] != cheap) {
      cachedCheap[slot] = cheap;
      cachedKey[slot] = hash.key(KeyedHash.WORD, c, s, e);
    }
    return cachedKey[slot];
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
    long key = key(c, s, e);
    if (key != 0 && index.words.get(key) != 0) {
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
        long ka = letter >= 0 ? index.initials[letter] : wordKey[a];
        long kb = other >= 0 ? index.initials[other] : wordKey[b];
        if (index.pairs.get(KeyedHash.pair(ka, kb)) != 0) {
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
   * Whether the group from {@code first} to {@code last} follows a title or a greeting, or a role
   * word (not "from" or "to", which places follow as often) when capitalised in mixed case, or is a
   * speaker's label at a line's start.
   */
  private static boolean cued(Tokens tk, int first, int last) {
    int before = before(tk, first);
    if (tk.wordIs(before, Lexicon.TITLE)) {
      return true;
    }
    for (String g : GREETINGS) {
      if (tk.equalsIgnoreCase(before, g)) {
        return true;
      }
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
