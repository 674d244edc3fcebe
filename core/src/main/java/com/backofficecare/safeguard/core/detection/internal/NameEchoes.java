package com.backofficecare.safeguard.core.detection.internal;

import static com.backofficecare.safeguard.core.detection.internal.Lexicon.*;

import com.backofficecare.safeguard.core.PhiType;
import com.backofficecare.safeguard.core.detection.Finding;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Other mentions of a name already found in the same text: "Supervisor Brandy Cole called; Brandy
 * will call the family" names Brandy twice, though the second mention alone is weak evidence. Two
 * linear passes over the tokens; a small open-addressing table keyed by each name word's
 * case-folded hash, confirmed by comparing characters. One per workspace (not shared between
 * threads); the table is reused from text to text.
 */
final class NameEchoes {

  static final double CONFIDENCE = 0.6;
  private static final int NOT_NAMES =
      STOP | ROLE | TITLE | MONTH | WEEKDAY | ORG | STATE | STATE_NAME | STREET_SUFFIX;

  private final int[] table = new int[64];
  private final int mask = table.length - 1;
  private final int[] used = new int[table.length];
  private int usedCount;

  NameEchoes() {
    Arrays.fill(table, -1);
  }

  /** {@code found} (sorted, disjoint) with the further mentions of its names added. */
  List<Finding> extend(List<Finding> found, Tokens tk) {
    try {
      return speakerLabels(spelledOut(echo(found, tk), tk), tk);
    } finally {
      for (int i = 0; i < usedCount; i++) {
        table[used[i]] = -1;
      }
      usedCount = 0;
    }
  }

  private List<Finding> echo(List<Finding> found, Tokens tk) {
    long bloom = 0; // one bit per name word's hash: most words are rejected by it
    for (Finding at : found) {
      if (at.type() != PhiType.NAME || at.confidence() < CONFIDENCE) {
        continue;
      }
      boolean sure = at.confidence() >= SURE_IN_LOWER_CASE;
      for (int t = firstTokenAt(tk, at.start()); t < tk.count && tk.start[t] < at.end(); t++) {
        if ((echoable(tk, t) || (sure && lowerCaseName(tk, t))) && put(tk, t)) {
          bloom |= bit(tk, t);
        }
      }
    }
    if (usedCount == 0) {
      return found;
    }
    List<Finding> echoes = null;
    int f = 0;
    for (int t = 0; t < tk.count; t++) {
      if ((bloom & bit(tk, t)) == 0 || !(echoable(tk, t) || lowerCaseName(tk, t))) {
        continue;
      }
      while (f < found.size() && found.get(f).end() <= tk.start[t]) {
        f++;
      }
      if ((f < found.size() && found.get(f).start() < tk.end[t])
          || !contains(tk, t)
          || ContextModel.genusBeforeSpecies(tk, t)
          || ContextModel.clinicalAcronym(tk, t)
          || ContextModel.eponymousCondition(tk, t, t + 1)
          || ContextModel.wordOfItsPhrase(tk, t)) {
        continue; // "Candida auris" is a germ, whoever else is named Candida; "WILL BE" a verb;
        // "ANA positive" a test and "Barrett's esophagus" a disease, whoever else is so named
      }
      int last = t;
      while (last + 1 < tk.count
          && (tk.flags[last + 1] & Tokens.NEWLINE_BEFORE) == 0
          && tk.start[last + 1] == tk.end[last] + 1
          && (echoable(tk, last + 1) || lowerCaseName(tk, last + 1))
          && !(f < found.size() && found.get(f).start() < tk.end[last + 1])
          && contains(tk, last + 1)) {
        last++;
      }
      if (ContextModel.firm(tk, t, last + 1)) {
        t = last;
        continue; // "Adrian Whitlock ... Whitlock Injury Law": his firm, not him
      }
      if (echoes == null) {
        echoes = new ArrayList<>();
      }
      echoes.add(mention(tk, t, last, "the same name as found elsewhere in the text"));
      t = last;
    }
    return echoes == null ? found : joinParts(merge(found, echoes), tk);
  }

  /**
   * {@code found} with each name word found that the text also spells letter by letter: "Teodoro
   * Salas, that's T-E-O-D-O-R-O", "Lakshmi Iyer. I-Y-E-R." A spelling is letters alone, joined by
   * hyphens or spaced, three or more, in one line.
   */
  private static List<Finding> spelledOut(List<Finding> found, Tokens tk) {
    Set<String> words = null;
    for (Finding at : found) {
      if (at.type() == PhiType.NAME && at.confidence() >= CONFIDENCE) {
        for (int t = firstTokenAt(tk, at.start()); t < tk.count && tk.start[t] < at.end(); t++) {
          if (tk.kind[t] == Tokens.WORD && tk.length(t) >= 3) {
            if (words == null) {
              words = new HashSet<>();
            }
            words.add(word(tk, t));
          }
        }
      }
    }
    if (words == null) {
      return found;
    }
    List<Finding> spelled = new ArrayList<>();
    StringBuilder letters = new StringBuilder();
    int f = 0;
    for (int t = 0; t < tk.count; t++) {
      if (!aLetter(tk, t)) {
        continue;
      }
      letters.setLength(0);
      int last = t;
      letters.append(tk.text.charAt(tk.start[t]));
      for (int k = t + 1; k < tk.count && !tk.newlineBefore(k); ) {
        int next = tk.isPunct(k, '-') && tk.joined(k) && tk.joined(k + 1) ? k + 1 : k;
        if (!aLetter(tk, next) || tk.newlineBefore(next)) {
          break;
        }
        letters.append(tk.text.charAt(tk.start[next]));
        last = next;
        k = next + 1;
      }
      String spelling = letters.toString().toUpperCase(Locale.ROOT);
      while (f < found.size() && found.get(f).end() <= tk.start[t]) {
        f++;
      }
      if (letters.length() >= 3
          && words.contains(spelling)
          && !(f < found.size() && found.get(f).start() < tk.end[last])) {
        spelled.add(mention(tk, t, last, "a name found in the text, spelled out"));
      }
      t = last;
    }
    return spelled.isEmpty() ? found : merge(found, spelled);
  }

  /** A further mention of a name found, over tokens {@code first} to {@code last}. */
  private static Finding mention(Tokens tk, int first, int last, String why) {
    return new Finding(PhiType.NAME, tk.start[first], tk.end[last], CONFIDENCE, "name.echo", why);
  }

  /** Whether token {@code t} is one letter alone: "T" of "T-E-O", "f" of "f a h y". */
  private static boolean aLetter(Tokens tk, int t) {
    return t >= 0
        && t < tk.count
        && tk.kind[t] == Tokens.WORD
        && tk.length(t) == 1
        && Character.isLetter(tk.text.charAt(tk.start[t]))
        && !(tk.joined(t) && !tk.isPunct(t - 1, '-')); // not the "s" of "that's"
  }

  /**
   * {@code found} with each speaker's label in capitals that names someone found in the text: a
   * transcript names a speaker once in full ("this is Anca Popescu", "Trainer: Loretta Marsh") and
   * then only by a label opening each line ("ANCA:", "LM:"). The label alone is no evidence (a
   * role, a form's field); the name found is. Only in a dialogue (two labels or more, each opening
   * two lines or more) and only a label opening two lines: not "MILES: 42" after a driver named
   * Miles, nor "LM: no answer" (left a message) after a caller whose initials are L. M.
   */
  private static List<Finding> speakerLabels(List<Finding> found, Tokens tk) {
    Map<String, Integer> lines =
        null; // each label's text, in capitals, and how many lines it opens
    for (int t = 0; t < tk.count; t++) {
      if (lineLabel(tk, t)) {
        if (lines == null) {
          lines = new HashMap<>();
        }
        lines.merge(word(tk, t), 1, Integer::sum);
      }
    }
    if (lines == null || lines.values().stream().filter(n -> n >= 2).count() < 2) {
      return found; // no dialogue: "MILES: 42", "LM: no answer" (left a message), one voice
    }
    Set<String> words = new HashSet<>();
    Set<String> initials = new HashSet<>();
    for (Finding at : found) {
      if (at.type() == PhiType.NAME && at.confidence() >= CONFIDENCE) {
        namesWords(at, tk, words, initials);
      }
    }
    List<Finding> labels = labels(found, tk, lines, words, initials, false);
    if (labels.stream().anyMatch(at -> at.reason().contains("initials"))) {
      // One speaker labelled by initials names the rest so too: "SP:" beside "PR:", "MO:", "NE:".
      labels = labels(found, tk, lines, words, initials, true);
    }
    return labels.isEmpty() ? found : merge(found, labels);
  }

  /**
   * The labels of {@code lines} opening two lines or more that name someone found: a name's word or
   * its initials. With {@code byInitials}, a label that is also a word or an abbreviation ("PR:",
   * "MO:", "NE:") counts too when it is the initials of a name, a role's never.
   */
  private static List<Finding> labels(
      List<Finding> found,
      Tokens tk,
      Map<String, Integer> lines,
      Set<String> words,
      Set<String> initials,
      boolean byInitials) {
    List<Finding> labels = new ArrayList<>();
    int f = 0;
    for (int t = 0; t < tk.count; t++) {
      boolean strict = capitalsLabel(tk, t);
      boolean initialsOnly =
          !strict
              && byInitials
              && lineLabel(tk, t)
              && (tk.flags[t] & Tokens.ALL_CAPS) != 0
              && tk.length(t) <= 3
              && !tk.equalsAnyIgnoreCase(t, ROLE_INITIALS)
              && !tk.equalsAnyIgnoreCase(t, ROLE_LABELS);
      if (!strict && !initialsOnly) {
        continue;
      }
      while (f < found.size() && found.get(f).end() <= tk.start[t]) {
        f++;
      }
      if (f < found.size() && found.get(f).start() < tk.end[t]) {
        continue;
      }
      String label = word(tk, t);
      String why =
          lines.getOrDefault(label, 0) < 2
              ? null
              : label.length() <= 3 && initials.contains(label)
                  ? "a speaker's label, the initials of a name found in the text"
                  : strict && label.length() >= 3 && words.contains(label)
                      ? "a speaker's label, a name found in the text"
                      : null;
      if (why != null) {
        labels.add(mention(tk, t, t, why));
      }
    }
    return labels;
  }

  /** Word {@code t}, capitalized, opens its line and a colon follows it: "ANCA:", "Caller:". */
  private static boolean lineLabel(Tokens tk, int t) {
    return tk.kind[t] == Tokens.WORD
        && (t == 0 || tk.newlineBefore(t))
        && (tk.flags[t] & Tokens.CAPITALIZED) != 0
        && tk.length(t) >= 2
        && tk.isPunct(t + 1, ':')
        && tk.joined(t + 1);
  }

  /** A line's label that may be a person's: no role, field or clinical word ("RN:", "DOB:"). */
  private static boolean capitalsLabel(Tokens tk, int t) {
    return lineLabel(tk, t)
        && (tk.flags[t] & Tokens.ALL_CAPS) != 0
        && (tk.word[t] & (NOT_NAMES | GENERIC_LABEL | KEYWORD | CLINICAL)) == 0
        && !tk.equalsAnyIgnoreCase(t, ROLE_INITIALS);
  }

  /** A role's initials, which a transcript's labels use as much as a person's: "SW:", "CM:". */
  private static final WordList ROLE_INITIALS =
      WordList.of(
          "sw", "msw", "lcsw", "ot", "st", "slp", "md", "np", "pa", "cm", "don", "cg", "sc", "csr",
          "hr", "rt", "dc", "pta", "cota", "sn", "ma", "emt", "bc", "fm", "pcp", "ic", "qa", "dpt",
          "na", "tl", "cb", "er", "eob", "ai", "tc", "vm", "fu", "it", "ops", "dob", "mrn", "poa",
          "ed", "ems", "cna", "lpn", "hha");

  /** A clinical role's or a patient's label, never a speaker's initials: "PT:", "RN:". */
  private static final WordList ROLE_LABELS =
      WordList.of("pt", "rn", "dr", "pts", "lvn", "aprn", "crna", "do", "rph", "ptn", "cl", "fam");

  /**
   * Adds name {@code at}'s words of three letters or more to {@code words} and, when it is two or
   * three capitalised words, their initials to {@code initials} ("Loretta Marsh": "LM"); in
   * capitals.
   */
  private static void namesWords(Finding at, Tokens tk, Set<String> words, Set<String> initials) {
    StringBuilder initial = new StringBuilder(3);
    boolean initialled = true;
    int first = firstTokenAt(tk, at.start());
    if (first == 0 || tk.newlineBefore(first)) {
      return; // a label the model took for a name ("SCREENER:", "COORD (Imani):") names no one
    }
    for (int k = first; k < tk.count && tk.start[k] < at.end(); k++) {
      boolean word = tk.kind[k] == Tokens.WORD && tk.length(k) >= 2;
      if (word && tk.length(k) >= 3) {
        words.add(word(tk, k));
      }
      initialled &= word && (tk.flags[k] & Tokens.CAPITALIZED) != 0 && initial.length() < 3;
      if (initialled) {
        initial.append(tk.text.charAt(tk.start[k]));
      }
    }
    if (initialled && initial.length() >= 2) {
      initials.add(initial.toString().toUpperCase(Locale.ROOT));
    }
  }

  private static String word(Tokens tk, int t) {
    return new String(tk.text.chars, tk.start[t], tk.length(t)).toUpperCase(Locale.ROOT);
  }

  /**
   * The list with each echo that follows a name one space after it on the same line joined to it:
   * "OKAFOR JOY" is one name, its surname found by the model and "JOY" by echo.
   */
  private static List<Finding> joinParts(List<Finding> merged, Tokens tk) {
    List<Finding> out = new ArrayList<>(merged.size());
    for (Finding f : merged) {
      Finding prev = out.isEmpty() ? null : out.get(out.size() - 1);
      if (prev != null
          && f.recognizer().equals("name.echo")
          && prev.type() == PhiType.NAME
          && f.start() == prev.end() + 1
          && tk.text.charAt(prev.end()) == ' ') {
        out.set(
            out.size() - 1,
            new Finding(
                PhiType.NAME,
                prev.start(),
                f.end(),
                prev.confidence(),
                prev.recognizer(),
                prev.reason()));
      } else {
        out.add(f);
      }
    }
    return out;
  }

  /** The two sorted, disjoint lists as one. */
  static List<Finding> merge(List<Finding> found, List<Finding> echoes) {
    List<Finding> merged = new ArrayList<>(found.size() + echoes.size());
    int i = 0;
    int j = 0;
    while (i < found.size() || j < echoes.size()) {
      if (j == echoes.size()
          || (i < found.size() && found.get(i).start() < echoes.get(j).start())) {
        merged.add(found.get(i++));
      } else {
        merged.add(echoes.get(j++));
      }
    }
    return merged;
  }

  /** The first token starting at or after {@code offset} (binary search: starts are sorted). */
  static int firstTokenAt(Tokens tk, int offset) {
    int lo = 0;
    int hi = tk.count;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tk.start[mid] < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * A word in lower case of four letters or more that no list holds but the names' ("becca",
   * "tiana"), echoed in lower case only and only from a name found with this confidence: a chat's
   * poster named again in a post ("hi tiana it's becca").
   */
  private static boolean lowerCaseName(Tokens tk, int t) {
    return tk.kind[t] == Tokens.WORD
        && (tk.flags[t] & (Tokens.CAPITALIZED | Tokens.ALL_CAPS)) == 0
        && tk.length(t) >= 4
        && (tk.word[t] & (NOT_NAMES | COMMON | CLINICAL | WEAK_CUE)) == 0
        && Tokens.isLower(tk.text.charAt(tk.start[t]));
  }

  private static final double SURE_IN_LOWER_CASE = 0.8;

  private static long bit(Tokens tk, int t) {
    return 1L << (tk.hash[t] & 63);
  }

  /** A capitalised word of three letters or more that can be a name part. */
  private static boolean echoable(Tokens tk, int t) {
    if (tk.kind[t] != Tokens.WORD || (tk.flags[t] & Tokens.CAPITALIZED) == 0 || tk.length(t) < 3) {
      return false;
    }
    int w = tk.word[t];
    return (w & NOT_NAMES) == 0 && ((w & COMMON) == 0 || (w & (FIRST | LAST)) != 0);
  }

  private static int hash(Tokens tk, int t) {
    int h = tk.hash[t] * 0x9e3779b9;
    return h ^ (h >>> 16);
  }

  /** Records token {@code t}; false when the table is half full (enough names for one text). */
  private boolean put(Tokens tk, int t) {
    int h = hash(tk, t);
    for (int probe = 0; probe <= mask; probe++) {
      int slot = (h + probe) & mask;
      if (table[slot] < 0) {
        if (usedCount >= table.length / 2) {
          return false;
        }
        table[slot] = t;
        used[usedCount++] = slot;
        return true;
      }
      if (same(tk, table[slot], t)) {
        return true;
      }
    }
    return false;
  }

  private boolean contains(Tokens tk, int t) {
    int h = hash(tk, t);
    for (int probe = 0; probe <= mask; probe++) {
      int r = table[(h + probe) & mask];
      if (r < 0) {
        return false;
      }
      if (same(tk, r, t)) {
        return true;
      }
    }
    return false;
  }

  /** Same characters, case as written: "Brandy" echoes "Brandy", not "brandy". */
  static boolean same(Tokens tk, int a, int b) {
    int len = tk.length(a);
    if (len != tk.length(b)) {
      return false;
    }
    char[] c = tk.text.chars;
    for (int i = 0; i < len; i++) {
      if (c[tk.start[a] + i] != c[tk.start[b] + i]) {
        return false;
      }
    }
    return true;
  }
}
