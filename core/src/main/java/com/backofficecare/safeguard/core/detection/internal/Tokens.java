package com.backofficecare.safeguard.core.detection.internal;

/**
 * A text cut into tokens in one pass: words, digit runs, letter-digit mixes, single punctuation
 * marks, and whole e-mail addresses and URLs. Whitespace is not a token; each token records whether
 * whitespace (or a line break) precedes it.
 *
 * <p>Arrays instead of objects keep the hot path free of allocation. Word classes and context cues
 * are looked up once per word here, so that recognizers can look around cheaply.
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

  /**
   * A word or code with a character beyond ASCII or an apostrophe: its {@link #hash} is not that of
   * its letters and digits in lower case.
   */
  static final int NOT_PLAIN = 16;

  /** The "s" of a possessive written without its apostrophe, cut from the name before it. */
  static final int POSSESSIVE = 32;

  final Text text = new Text();
  int count;

  /** Changes with every text, so that recognizers can tell their memos are stale. */
  int generation;

  /** Line feeds in the text: none means no table to read. */
  int lines;

  /** Whether the text is a label printer's source: 0 not yet asked, 1 yes, -1 no. */
  private int label;

  int[] start;
  int[] end;
  byte[] kind;
  int[] flags;
  int[] word;
  int[] cue;

  /** A word's or code's case-folded {@link WordTable#hash}; 0 for every other kind. */
  int[] hash;

  /** A number's value (wrapping past nine digits); zeroed with the text. */
  private int[] value;

  /** A punctuation token's character; 0 for every other kind. */
  char[] symbol;

  private final Lexicon lexicon;

  Tokens(Lexicon lexicon) {
    this.lexicon = lexicon;
    allocate(64);
  }

  /** Cuts {@code source} into tokens, replacing the previous text's. */
  void reset(CharSequence source) {
    text.load(source);
    text.foldConfusedDigits();
    count = 0;
    lines = 0;
    generation++;
    tokenize();
  }

  /** Forgets the text: zeroes its copy and the hashes of its words; drops oversized arrays. */
  void clear() {
    text.clear();
    java.util.Arrays.fill(hash, 0, count, 0);
    java.util.Arrays.fill(value, 0, count, 0);
    if (start.length > 1 << 18) {
      allocate(64);
    }
    count = 0;
  }

  private void allocate(int capacity) {
    start = new int[capacity];
    end = new int[capacity];
    kind = new byte[capacity];
    flags = new int[capacity];
    word = new int[capacity];
    cue = new int[capacity];
    hash = new int[capacity];
    value = new int[capacity];
    symbol = new char[capacity];
  }

  char charAt(int i) {
    return text.charAt(i);
  }

  /** The length of token {@code t} in characters; 0 outside the text. */
  int length(int t) {
    return t >= 0 && t < count ? end[t] - start[t] : 0;
  }

  boolean is(int t, byte k) {
    return t >= 0 && t < count && kind[t] == k;
  }

  boolean isPunct(int t, char c) {
    return t >= 0 && t < count && symbol[t] == c;
  }

  /** Whether token {@code t} follows token {@code t - 1} with no whitespace between. */
  boolean joined(int t) {
    return t > 0 && t < count && (flags[t] & SPACE_BEFORE) == 0;
  }

  /**
   * Whether token {@code t} has no capital letter at its start or throughout; false for an index
   * outside the text, where the workspace's arrays may end or hold an earlier text's tokens.
   */
  boolean lowerCase(int t) {
    return t >= 0 && t < count && (flags[t] & (CAPITALIZED | ALL_CAPS)) == 0;
  }

  /** Whether token {@code t} opens with a capital and is not all in capitals ("Grace", "By"). */
  boolean capitalizedOnly(int t) {
    return t >= 0 && t < count && (flags[t] & (CAPITALIZED | ALL_CAPS)) == CAPITALIZED;
  }

  boolean newlineBefore(int t) {
    return t < count && (flags[t] & NEWLINE_BEFORE) != 0;
  }

  /** The value of "1st", "22nd", "125th", or 0. */
  int ordinal(int t) {
    int a = start[t];
    int e = end[t];
    if (e - a < 3 || e - a > 7) {
      return 0;
    }
    int digitsEnd = a;
    while (digitsEnd < e && Tokens.isDigit(text.charAt(digitsEnd))) {
      digitsEnd++;
    }
    if (e - digitsEnd != 2 || digitsEnd == a) {
      return 0;
    }
    int v = 0;
    for (int i = a; i < digitsEnd; i++) {
      v = v * 10 + text.charAt(i) - '0';
    }
    char x = WordTable.lower(text.charAt(digitsEnd));
    char y = WordTable.lower(text.charAt(digitsEnd + 1));
    boolean suffix =
        (x == 's' && y == 't')
            || (x == 'n' && y == 'd')
            || (x == 'r' && y == 'd')
            || (x == 't' && y == 'h');
    return suffix ? v : 0;
  }

  boolean wordIs(int t, int wordClass) {
    return t >= 0 && t < count && (word[t] & wordClass) != 0;
  }

  /**
   * Whether word {@code k} names a program that posts in a chat ("evvbot", "SchedBot"), not a
   * person: it ends in "bot" and no name list holds it ("Talbot").
   */
  boolean bot(int k) {
    int e = end[k];
    return kind[k] == WORD
        && e - start[k] > 3
        && WordTable.lower(text.charAt(e - 3)) == 'b'
        && WordTable.lower(text.charAt(e - 2)) == 'o'
        && WordTable.lower(text.charAt(e - 1)) == 't'
        && (word[k] & (Lexicon.FIRST | Lexicon.LAST)) == 0;
  }

  /** Whether token {@code t} is one of {@code lowerWords}, ignoring case. */
  boolean equalsAnyIgnoreCase(int t, WordList words) {
    return words.has(this, t);
  }

  /** Whether tokens {@code a} and {@code b} have the same text, ignoring case. */
  boolean sameText(int a, int b) {
    if (length(a) != length(b)) {
      return false;
    }
    for (int i = 0; i < length(a); i++) {
      if (WordTable.lower(text.charAt(start[a] + i))
          != WordTable.lower(text.charAt(start[b] + i))) {
        return false;
      }
    }
    return true;
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

  /**
   * The value of number word {@code t}: "zero" or "oh" 0 to "nineteen" 19, "twenty" to "ninety" 20
   * to 90; -1 for any other token. Every reader of numbers said in words asks this one table.
   */
  int numberValue(int t) {
    int i = NUMBER_VALUES.indexOf(this, t);
    return i < 0 ? -1 : i < 20 ? i : i < 28 ? (i - 18) * 10 : 0;
  }

  /** Number words in the order of their values, then "oh", a zero as digits are read. */
  private static final WordList NUMBER_VALUES =
      WordList.of(
          ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen"
                  + " fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty"
                  + " seventy eighty ninety oh")
              .split(" "));

  /** Numeric value of a digit token of at most 9 digits. */
  int intValue(int t) {
    return value[t];
  }

  /**
   * Cuts the text into tokens chunk by chunk (a chunk is a run without whitespace). A chunk is
   * first cut plainly; only when it holds an e-mail or URL trigger ('@', "://", a '.' before a
   * letter) is it cut again with {@link Specials} finding whole addresses in it.
   */
  private void tokenize() {
    char[] chars = text.chars;
    int n = text.length();
    int i = 0;
    int pendingFlags = 0;
    int chunkStart = -1;
    int chunkFirst = 0;
    int chunkFlags = 0;
    boolean trigger = false;
    boolean inTag = false;
    label = 0;
    while (i < n) {
      char c = chars[i];
      if (isSpace(c)) {
        if (trigger) {
          recut(chunkStart, i, chunkFirst, chunkFlags);
          trigger = false;
        }
        chunkStart = -1;
        pendingFlags |= SPACE_BEFORE;
        if (c == '\n' || c == '\r') {
          pendingFlags |= NEWLINE_BEFORE;
          lines += c == '\n' ? 1 : 0;
        }
        i++;
        continue;
      }
      int entity = c == '&' ? nonBreakingSpace(chars, i, n) : 0;
      if ((c == '^' || c == '~') && label >= 0 && labelCommandAt(chars, i, n)) {
        if (label == 0) {
          label = labelSource(chars, i, n) ? 1 : -1;
        }
        entity = label > 0 ? labelCommand(chars, i, n) : 0;
      }
      if (entity > 0) {
        i += entity; // "OH&nbsp;&nbsp;45220": an HTML space is a space
        if (trigger) {
          recut(chunkStart, i - entity, chunkFirst, chunkFlags);
          trigger = false;
        }
        chunkStart = -1;
        pendingFlags |= SPACE_BEFORE;
        continue;
      }
      boolean tagOpens = c == '<' && i + 1 < n && (isLetter(chars[i + 1]) || chars[i + 1] == '/');
      if (tagOpens) {
        pendingFlags |= SPACE_BEFORE; // "94</td>": a markup tag parts words as a space does
        inTag = true;
      }
      if (chunkStart < 0) {
        chunkStart = i;
        chunkFirst = count;
        chunkFlags = pendingFlags;
      }
      int j = cut(i, n, pendingFlags);
      if (j == i + 1 && kind[count - 1] == PUNCT && i + 1 < n) {
        char d = chars[i + 1];
        trigger |= c == '@' || (c == '.' && isLetter(d)) || (c == ':' && d == '/');
      }
      pendingFlags = 0;
      if (c == '>' && inTag) {
        pendingFlags = SPACE_BEFORE; // "<b>7714 Kessler Rd</b>"
        inTag = false;
      }
      i = j;
    }
    if (trigger) {
      recut(chunkStart, n, chunkFirst, chunkFlags);
    }
  }

  /**
   * The length of the "&nbsp;" or "&#160;" at {@code i}, or of an "&nbsp" whose semicolon was left
   * out before a capital, a space or a mark ("&nbspHarold", as browsers read it); else 0.
   */
  private static int nonBreakingSpace(char[] chars, int i, int n) {
    if (i + 5 > n) {
      return 0;
    }
    boolean nbsp =
        chars[i + 1] == 'n' && chars[i + 2] == 'b' && chars[i + 3] == 's' && chars[i + 4] == 'p';
    boolean numeric =
        chars[i + 1] == '#' && chars[i + 2] == '1' && chars[i + 3] == '6' && chars[i + 4] == '0';
    if (!nbsp && !numeric) {
      return 0;
    }
    if (i + 5 < n && chars[i + 5] == ';') {
      return 6;
    }
    char next = i + 5 < n ? chars[i + 5] : ' ';
    return nbsp && !Character.isLowerCase(next) && !isDigit(next) ? 5 : 0;
  }

  /** Whether the text is a label printer's ZPL source, whose commands part words. */
  boolean labelSource() {
    return label > 0;
  }

  /** Whether a ZPL command's caret or tilde and its two-character name stand at {@code i}. */
  private static boolean labelCommandAt(char[] chars, int i, int n) {
    return i + 2 < n
        && chars[i + 1] >= 'A'
        && chars[i + 1] <= 'Z'
        && ((chars[i + 2] >= 'A' && chars[i + 2] <= 'Z')
            || (chars[i + 2] >= '0' && chars[i + 2] <= '9')
            || chars[i + 2] == '@');
  }

  /**
   * Whether the text from {@code i} is a label printer's ZPL source: a format's start "^XA" before
   * a command or a line's end (not HL7's "^XAVIER"), and a field's end "^FS".
   */
  private static boolean labelSource(char[] chars, int i, int n) {
    boolean start = false;
    boolean fieldEnd = false;
    for (int j = i; j + 2 < n && !(start && fieldEnd); j++) {
      if (chars[j] != '^') {
        continue;
      }
      char a = chars[j + 1];
      char b = chars[j + 2];
      if (a == 'X' && b == 'A') {
        char after = j + 3 < n ? chars[j + 3] : '\n';
        start |= after == '^' || after == '~' || isSpace(after);
      }
      fieldEnd |= a == 'F' && b == 'S';
    }
    return start && fieldEnd;
  }

  /**
   * The length of the ZPL command at {@code i}, which parts words as a space does: "^FD" alone, the
   * field's data after it being text; any other command with its parameters ("^FO50,80",
   * "^BCN,80,Y,N,N"), which are the printer's.
   */
  private static int labelCommand(char[] chars, int i, int n) {
    if (chars[i] == '^' && chars[i + 1] == 'F' && (chars[i + 2] == 'D' || chars[i + 2] == 'V')) {
      return 3;
    }
    int j = i + 3;
    while (j < n && chars[j] != '^' && chars[j] != '~' && chars[j] != '\n' && chars[j] != '\r') {
      j++;
    }
    return j - i;
  }

  /** Cuts {@code [from, to)} again, into the e-mail and URL tokens {@link Specials} finds. */
  private void recut(int from, int to, int firstToken, int firstFlags) {
    count = firstToken;
    int flags = firstFlags;
    int i = from;
    int specialStart = -1;
    int specialEnd = -1;
    byte specialKind = 0;
    while (i < to) {
      if (specialEnd <= i) {
        long special = Specials.next(text, i, to);
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
        add(i, specialEnd, specialKind, flags, 0);
        i = specialEnd;
      } else {
        i = cut(i, Math.min(to, specialStart), flags);
      }
      flags = 0;
    }
  }

  /** Adds the word, number, code or punctuation mark at {@code i}, ending by {@code limit}. */
  private int cut(int i, int limit, int flags) {
    char[] chars = text.chars;
    char c = chars[i];
    if (!isLetter(c) && !isDigit(c)) {
      add(i, i + 1, PUNCT, flags, 0);
      return i + 1;
    }
    boolean letters = false;
    boolean digits = false;
    int hash = 0;
    int seen = 0; // every character OR-ed: 0x80 or more when one is not ASCII
    int j = i;
    while (j < limit) {
      char d = chars[j];
      if (isDigit(d)) {
        digits = true;
      } else if (isLetter(d)) {
        letters = true;
      } else if (d == '\''
          && letters
          && !digits
          && j + 1 < limit
          && isLetter(chars[j + 1])
          && j + 2 - i <= 4
          && !possessive(chars, j, limit)) {
        // O'Brien, D'Angelo: an apostrophe after one to two letters joins the name (not Ng's).
        letters = true;
        seen |= 0x80;
      } else {
        break;
      }
      seen |= d;
      hash = WordTable.step(hash, d);
      j++;
    }
    add(
        i,
        j,
        letters ? (digits ? ALNUM : WORD) : NUM,
        seen < 0x80 ? flags : flags | NOT_PLAIN,
        hash);
    if (letters && !digits && seen < 0x80 && j - i >= 5) {
      splitPossessive(count - 1);
    }
    return j;
  }

  /**
   * Cuts a possessive written without its apostrophe ("at mr kaplans", "darnells friend") into the
   * name and its "s": when the word is in no list, the word without its "s" is a given name or
   * surname that is no ordinary word, and a title comes before it or a relation or a home after it.
   * Words that are names or words themselves ("Jones", "Williams", "hills") stay whole, and so do
   * names that end in "s" elsewhere ("Mateus Oliveira").
   */
  private void splitPossessive(int t) {
    int s = start[t];
    int e = end[t];
    char[] chars = text.chars;
    if (word[t] != 0
        || cue[t] != 0
        || WordTable.lower(chars[e - 1]) != 's'
        || WordTable.lower(chars[e - 2]) == 's') {
      return;
    }
    int stemHash = WordTable.hash(chars, s, e - 1);
    int stem = Lexicon.wordClasses(lexicon.lookup(stemHash, chars, s, e - 1));
    if ((stem & (Lexicon.FIRST | Lexicon.LAST)) == 0
        || (stem & Lexicon.ORDINARY) != 0
        || !(ownedAfter(e) || (titleBefore(t) && !wordAfter(e)))) {
      return;
    }
    count--;
    add(s, e - 1, WORD, flags[t], stemHash);
    add(e - 1, e, WORD, POSSESSIVE, WordTable.hash(chars, e - 1, e));
  }

  private boolean titleBefore(int t) {
    int k = t > 0 && symbol[t - 1] == '.' ? t - 2 : t - 1;
    return k >= 0 && (word[k] & Lexicon.TITLE) != 0;
  }

  /** Whether a word follows {@code e} on its line, after spaces only. */
  private boolean wordAfter(int e) {
    int a = afterSpaces(e);
    return a < text.length() && isLetter(text.chars[a]);
  }

  /** Where the spaces and tabs from {@code e} end. */
  private int afterSpaces(int e) {
    int a = e;
    while (a < text.length() && (text.chars[a] == ' ' || text.chars[a] == '\t')) {
      a++;
    }
    return a;
  }

  /** Whether the word after {@code e} on its line is a relation or a home ("daughter", "house"). */
  private boolean ownedAfter(int e) {
    char[] chars = text.chars;
    int n = text.length();
    int a = afterSpaces(e);
    int b = a;
    while (b < n && b - a <= 16 && isLower(chars[b])) {
      b++;
    }
    if (a == e || b == a || (b < n && isLetter(chars[b]))) {
      return false;
    }
    return (lexicon.word(chars, a, b) & Lexicon.ROLE) != 0 || text.regionIsAny(a, b, HOMES);
  }

  private static final String[] HOMES = {
    "house",
    "home",
    "place",
    "apartment",
    "apt",
    "room",
    "door",
    "driveway",
    "yard",
    "porch",
    "kitchen",
    "car",
    "dog",
    "cat",
    "family",
    "mom",
    "dad",
    "kids",
    "meds",
    "shift",
    "visit"
  };

  /** Appends a token; {@code hash} is its {@link WordTable#hash} when it is a word or code. */
  private void add(int s, int e, byte k, int f, int hash) {
    if (count == start.length) {
      int cap = count * 2;
      start = java.util.Arrays.copyOf(start, cap);
      end = java.util.Arrays.copyOf(end, cap);
      kind = java.util.Arrays.copyOf(kind, cap);
      flags = java.util.Arrays.copyOf(flags, cap);
      word = java.util.Arrays.copyOf(word, cap);
      cue = java.util.Arrays.copyOf(cue, cap);
      this.hash = java.util.Arrays.copyOf(this.hash, cap);
      value = java.util.Arrays.copyOf(value, cap);
      symbol = java.util.Arrays.copyOf(symbol, cap);
    }
    int t = count++;
    start[t] = s;
    end[t] = e;
    kind[t] = k;
    symbol[t] = k == PUNCT ? text.chars[s] : 0;
    if (k == WORD || k == ALNUM) {
      char[] chars = text.chars;
      char first = chars[s];
      if (isUpper(first)) {
        f |= CAPITALIZED;
        boolean allCaps = true;
        for (int x = s + 1; x < e && allCaps; x++) {
          allCaps = !isLower(chars[x]);
        }
        if (allCaps) {
          f |= ALL_CAPS;
        }
      }
      long entry = lexicon.lookup(hash, chars, s, e);
      word[t] = k == WORD ? Lexicon.wordClasses(entry) : 0;
      if (k == WORD
          && entry == 0
          && (f & CAPITALIZED) != 0
          && e - s >= 6
          && surnameEnding(chars, s, e)) {
        word[t] = Lexicon.LAST; // "Kostopoulos", "Popescu": unlisted, but written as surnames are
      } else if (k == WORD
          && entry == 0
          && e - s >= 7
          && clinicalEnding(chars, s, e)
          && lexicon.lookup(WordTable.hash(chars, s + 1, e), chars, s + 1, e) == 0) {
        word[t] = Lexicon.CLINICAL; // "THROMBECTOMY", "apixaban": unlisted, but formed as such are
      }
      cue[t] = Lexicon.cues(entry);
      this.hash[t] = hash;
    } else {
      word[t] = 0;
      cue[t] = 0;
      this.hash[t] = 0;
    }
    if (k == NUM) {
      char[] chars = text.chars;
      int v = 0;
      for (int i = s; i < e; i++) {
        v = v * 10 + (chars[i] - '0');
      }
      value[t] = v; // read by several recognizers; wraps past nine digits
    }
    flags[t] = f;
  }

  private static final byte SPACE = 1;
  private static final byte LETTER = 2;
  private static final byte UPPER = 4;
  private static final byte LOWER = 8;
  private static final byte[] ASCII = new byte[128];

  static {
    for (char c : " \n\r\t\f\u000b".toCharArray()) {
      ASCII[c] = SPACE;
    }
    for (char c = 'a'; c <= 'z'; c++) {
      ASCII[c] = LETTER | LOWER;
      ASCII[c - 32] = LETTER | UPPER;
    }
  }

  /** Whether the apostrophe at {@code j} begins a possessive "'s" ("Ng's office", "Li's"). */
  private static boolean possessive(char[] chars, int j, int limit) {
    return (chars[j + 1] == 's' || chars[j + 1] == 'S')
        && (j + 2 >= limit || !isLetter(chars[j + 2]));
  }

  /**
   * Whether the word ends as surnames of one people do and words almost never: Greek "-opoulos" and
   * "-akis", Romanian "-escu", South Slavic "-ović", Ukrainian "-enko" and "-chuk", Polish "-czyk"
   * and "-owski", Lithuanian "-auskas", Georgian "-shvili", Turkish "-oğlu", Persian "-zadeh",
   * Swedish "-sson"; not Armenian "-yan", which Tagalog and Creole words end in too. Capitalized
   * words only: a login ("bkowalczyk") is no surname.
   */
  private static boolean surnameEnding(char[] chars, int s, int e) {
    return SURNAME_LAST_LETTERS.indexOf(WordTable.lower(chars[e - 1])) >= 0
        && endsWithAny(chars, s, e, SURNAME_ENDINGS);
  }

  /**
   * Whether the word ends as the names of procedures, conditions and drugs are formed, and names of
   * people never: "-ectomy", "-plegia", "-megaly", the USAN stems of drug classes ("-olol",
   * "-pril", "-statin", "-xaban", "-mycin"); not "-itis", "-pathy", "-osis", "-oma" or "-caine",
   * which Lithuanian, Tamil, Greek, Igbo and Irish surnames end in too (Petraitis, Ganapathy,
   * Theodosis, Okonoma, McCaine), nor "-emia" (Jeremia): clinical-words.txt lists such words one by
   * one. Read only for words of seven letters or more that no list knows, so a listed name is never
   * one, nor a login made of an initial and a listed surname.
   */
  private static boolean clinicalEnding(char[] chars, int s, int e) {
    return endsWithAny(chars, s, e, CLINICAL_ENDINGS);
  }

  /**
   * Whether {@code chars[s, e)} ends with one of {@code endings}, two letters or more before it.
   */
  private static boolean endsWithAny(char[] chars, int s, int e, String[] endings) {
    for (String ending : endings) {
      int n = ending.length();
      if (e - s > n + 1) {
        int i = 0;
        while (i < n && WordTable.lower(chars[e - n + i]) == ending.charAt(i)) {
          i++;
        }
        if (i == n) {
          return true;
        }
      }
    }
    return false;
  }

  private static final String[] CLINICAL_ENDINGS =
      ("ectomy otomy ostomy plasty scopy graphy plegia paresis algia cardia pnea"
              + " trophy penia megaly rcoma phoma olol pril sartan statin azole mycin micin cillin"
              + " floxacin tidine prazole dipine parin xaban gatran gliptin glitazone triptan"
              + " azepam azolam oxetine setron profen cycline semide thiazide dronate lukast sonide"
              + " tinib zumab ximab mumab vudine navir previr tegravir sporin platin rubicin penem"
              + " taxel tecan centesis")
          .split(" ");

  private static final String SURNAME_LAST_LETTERS = "sucohkiaezd";

  private static final String[] SURNAME_ENDINGS = {
    "opoulos", "akis", "idis", "escu", "eanu", "ovic", "evic", "ovich", "evich", "enko", "chuk",
    "czuk", "czyk", "czak", "owski", "ewski", "owska", "ewska", "auskas", "iene", "aite", "shvili",
    "adze", "oglu", "zadeh", "nejad", "ovitz", "owitz", "sson"
  };

  static boolean isSpace(char c) {
    return c < 128 ? ASCII[c] == SPACE : c == '\u00a0' || (c > 0x2000 && Character.isWhitespace(c));
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isLetter(char c) {
    return c < 128 ? (ASCII[c] & LETTER) != 0 : c >= 0xc0 && Character.isLetter(c);
  }

  private static boolean isUpper(char c) {
    return c < 128 ? (ASCII[c] & UPPER) != 0 : Character.isUpperCase(c);
  }

  static boolean isLower(char c) {
    return c < 128 ? (ASCII[c] & LOWER) != 0 : Character.isLowerCase(c);
  }
}
