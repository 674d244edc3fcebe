package com.backofficecare.safeguard.core.detection.internal;

import static com.backofficecare.safeguard.core.detection.internal.Lexicon.*;

import com.backofficecare.safeguard.core.PhiType;
import com.backofficecare.safeguard.core.detection.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * What a name found leaves off: a generation after it ("Albert Fontaine Sr."), a nickname in quotes
 * after it ("Ignatius Moreau ("Iggy")"), a client's number in brackets after it ("grace wilson
 * (10442)"), and a surname ("Dr. Theo Abramson" found as "Theo").
 *
 * <p>A surname: a name found whole to a listed name, then one space and one word written the same
 * way (capitalized, or in capitals after capitals) that is a listed surname and no other word, or
 * that no list holds after a given name alone behind a title or a role (not "Maria Walgreens"), and
 * then the line's end, a punctuation mark, a second space or a word in lower case: that word is the
 * name's too. One linear pass over the findings.
 */
final class NameTails {

  /** How sure a client's number in brackets after a name is. */
  static final double NUMBER_CONFIDENCE = 0.7;

  private NameTails() {}

  /**
   * {@code found} (sorted, disjoint) with the surnames and generations after its names joined to
   * them, and the nicknames after them found, and their numbers in brackets when {@code numbers}.
   */
  static List<Finding> extend(List<Finding> found, Tokens tk, boolean numbers) {
    found = joinParts(found, tk);
    List<Finding> out = null;
    for (int i = 0; i < found.size(); i++) {
      Finding f = found.get(i);
      boolean name = f.type() == PhiType.NAME;
      int tail = name ? tail(found, i, tk) : -1;
      int end = tail >= 0 ? tk.end[tail] : f.end();
      int generation = name ? generation(found, i, end, tk) : -1;
      if (generation >= 0) {
        end = generation;
      }
      int initial = name ? middleInitial(found, i, end, tk) : -1;
      if (initial >= 0) {
        end = initial;
      }
      int nickname = name ? nickname(found, i, end, tk) : -1;
      int number = numbers && name && nickname < 0 ? number(found, i, end, tk) : -1;
      if ((end != f.end() || nickname >= 0 || number >= 0) && out == null) {
        out = new ArrayList<>(found.subList(0, i));
      }
      if (out != null) {
        out.add(
            end == f.end()
                ? f
                : new Finding(
                    PhiType.NAME, f.start(), end, f.confidence(), f.recognizer(), f.reason()));
        if (nickname >= 0) {
          out.add(
              new Finding(
                  PhiType.NAME,
                  tk.start[nickname],
                  tk.end[nickname],
                  f.confidence(),
                  "name.nickname",
                  "a nickname in quotes after a name"));
        }
        if (number >= 0) {
          out.add(
              new Finding(
                  PhiType.ID,
                  tk.start[number],
                  tk.end[number],
                  NUMBER_CONFIDENCE,
                  "id.after-name",
                  "a number in brackets after a name"));
        }
      }
    }
    return surnamesAfterNicknames(out == null ? found : out, tk);
  }

  /**
   * {@code found} with the surname after a name and its nickname in brackets found too, as forms
   * and journals write a person ("MARGARETHE (GRETE) VOSSBERG", "Concepcion (Conchi) Reyes"): one
   * word, one space after the bracket, written as the given name is (capitals after capitals,
   * capitalized after capitalized), a listed surname or a word of five letters or more that no list
   * holds, and then the line's end, a punctuation mark or a second space.
   */
  private static List<Finding> surnamesAfterNicknames(List<Finding> found, Tokens tk) {
    List<Finding> out = null;
    for (int i = 0; i < found.size(); i++) {
      Finding f = found.get(i);
      int surname = i + 1 < found.size() ? surnameAfterNickname(f, found, i + 1, tk) : -1;
      if (surname >= 0 && out == null) {
        out = new ArrayList<>(found.subList(0, i));
      }
      if (out != null) {
        out.add(f);
        if (surname >= 0) {
          out.add(found.get(++i));
          out.add(
              new Finding(
                  PhiType.NAME,
                  tk.start[surname],
                  tk.end[surname],
                  f.confidence(),
                  f.recognizer(),
                  "a surname after a name and its nickname in brackets"));
        }
      }
    }
    return out == null ? found : out;
  }

  /** The token of the surname after name {@code f} and nickname {@code found[j]}, or -1. */
  private static int surnameAfterNickname(Finding f, List<Finding> found, int j, Tokens tk) {
    Finding g = found.get(j);
    if (f.type() != PhiType.NAME || g.type() != PhiType.NAME) {
      return -1;
    }
    int open = NameEchoes.firstTokenAt(tk, f.end());
    int last = open - 1;
    int close = NameEchoes.firstTokenAt(tk, g.end());
    int t = close + 1;
    if (last < 0
        || t >= tk.count
        || !tk.isPunct(open, '(')
        || tk.start[open] != f.end() + 1
        || tk.start[open + 1] != g.start()
        || !tk.isPunct(close, ')')
        || tk.start[close] != g.end()
        || tk.kind[t] != Tokens.WORD
        || tk.start[t] != tk.end[close] + 1
        || (tk.flags[t] & Tokens.NEWLINE_BEFORE) != 0
        || (j + 1 < found.size() && found.get(j + 1).start() < tk.end[t])) {
      return -1;
    }
    boolean capitals = (tk.flags[last] & Tokens.ALL_CAPS) != 0 && tk.length(last) > 1;
    int word = tk.word[t];
    if (capitals != ((tk.flags[t] & Tokens.ALL_CAPS) != 0)
        || (tk.flags[t] & Tokens.CAPITALIZED) == 0
        || (word & (ORDINARY | TITLE | ROLE | STOP | MONTH | WEEKDAY | ORG | STATE | PLACE)) != 0
        || !((word & LAST) != 0 || (word == 0 && tk.length(t) >= 5))) {
      return -1;
    }
    int n = t + 1;
    return n >= tk.count
            || (tk.flags[n] & Tokens.NEWLINE_BEFORE) != 0
            || tk.kind[n] == Tokens.PUNCT
            || tk.start[n] > tk.end[t] + 1
            || tk.equalsAnyIgnoreCase(n, GENERATIONS) // "Theodore (Ted) Vanderwaal Sr."
        ? t
        : -1;
  }

  /**
   * {@code found} with the parts of one name found as two joined: two names one space apart ("DR
   * ESTEBAN ROSE" found as "ESTEBAN" and "ROSE"), and a surname, comma and given name, as a roster
   * writes a person ("WOJCIK, HENRYK", "Young, Frank"): a surname of one word that is no given name
   * alone, then a comma and one space, then a name opening with a listed given name, of one word or
   * two, in the same case; not a list ("Peg, Lottie and June", "Hill, Rose, Ann") or a title's
   * surname and someone else ("la Sra. Loaiza, Fernanda, me dijo"), or the people of a relation in
   * brackets ("family (Thuy, Binh)").
   */
  private static List<Finding> joinParts(List<Finding> found, Tokens tk) {
    List<Finding> out = null;
    for (int i = 0; i < found.size(); i++) {
      Finding f = found.get(i);
      if (i + 1 < found.size()
          && (oneSpaceApart(f, found.get(i + 1), tk) || lastCommaFirst(f, found.get(i + 1), tk))) {
        if (out == null) {
          out = new ArrayList<>(found.subList(0, i));
        }
        Finding g = found.get(i + 1);
        out.add(
            new Finding(
                PhiType.NAME,
                f.start(),
                g.end(),
                Math.max(f.confidence(), g.confidence()),
                f.recognizer(),
                f.reason()));
        i++;
      } else if (out != null) {
        out.add(f);
      }
    }
    return out == null ? found : out;
  }

  private static boolean oneSpaceApart(Finding f, Finding g, Tokens tk) {
    if (f.type() != PhiType.NAME
        || g.type() != PhiType.NAME
        || g.start() != f.end() + 1
        || tk.text.charAt(f.end()) != ' ') {
      return false;
    }
    int first = NameEchoes.firstTokenAt(tk, f.start());
    int next = NameEchoes.firstTokenAt(tk, g.start());
    boolean spelled = tk.length(next) == 1 && next + 1 < tk.count && tk.length(next + 1) == 1;
    boolean twoGivenNames = // "thank Jasmine Marisol and Big Mike": two people
        tk.end[first] == f.end()
            && (tk.word[first] & (FIRST | LAST)) == FIRST
            && (tk.word[next] & (FIRST | LAST)) == FIRST;
    return !spelled && !twoGivenNames; // not "hollis h o l l i s": the name spelled after it
  }

  private static boolean lastCommaFirst(Finding f, Finding g, Tokens tk) {
    if (f.type() != PhiType.NAME || g.type() != PhiType.NAME) {
      return false;
    }
    int last = NameEchoes.firstTokenAt(tk, f.start());
    int comma = last + 1;
    int given = comma + 1;
    if (given >= tk.count
        || tk.end[last] != f.end()
        || tk.kind[last] != Tokens.WORD
        || !tk.isPunct(comma, ',')
        || !tk.joined(comma)
        || tk.start[given] != g.start()
        || tk.start[given] != tk.end[comma] + 1
        || (tk.flags[given] & Tokens.NEWLINE_BEFORE) != 0
        || (tk.word[given] & FIRST) == 0
        || (tk.word[last] & (FIRST | LAST)) == FIRST
        || ((tk.flags[last] ^ tk.flags[given]) & (Tokens.ALL_CAPS | Tokens.CAPITALIZED)) != 0) {
      return false;
    }
    int end = NameEchoes.firstTokenAt(tk, g.end());
    int initial = given + 1;
    if (end > initial
        && !(tk.kind[initial] == Tokens.WORD
            && tk.length(initial) == 1
            && (end == initial + 1 || (end == initial + 2 && tk.isPunct(initial + 1, '.'))))) {
      return false; // a given name, and an initial if any: not "Rosario, Felix Rosario"
    }
    int before = last - 1;
    int title = tk.isPunct(before, '.') ? before - 1 : before;
    boolean listBefore =
        before >= 0
            && (tk.flags[last] & Tokens.NEWLINE_BEFORE) == 0
            && (tk.isPunct(before, ',')
                || tk.equalsAnyIgnoreCase(before, LIST_WORDS)
                || (title >= 0 && (tk.word[title] & TITLE) != 0) // "Sra. Loaiza, Fernanda,"
                || (tk.isPunct(before, '(') && before > 0 && (tk.word[before - 1] & ROLE) != 0));
    boolean listAfter =
        end < tk.count
            && (tk.flags[end] & Tokens.NEWLINE_BEFORE) == 0
            && (tk.equalsAnyIgnoreCase(end, LIST_WORDS)
                || (tk.isPunct(end, ',')
                    && end + 1 < tk.count
                    && (tk.word[end + 1] & (FIRST | LAST)) != 0
                    && (tk.flags[end + 1] & Tokens.NEWLINE_BEFORE) == 0));
    return !listBefore && !listAfter;
  }

  private static final WordList LIST_WORDS = WordList.of("and", "or", "&", "nor");

  /** The token one space after offset {@code end} ("Okafor III", "Agnes M"), or -1. */
  private static int oneSpaceAfter(Tokens tk, int end) {
    int t = NameEchoes.firstTokenAt(tk, end);
    return t < tk.count && tk.start[t] == end + 1 && tk.text.charAt(end) == ' ' ? t : -1;
  }

  /**
   * Where a generation after a name of two words or more ending at {@code end} ends: "Albert
   * Fontaine Sr.", "John Okafor III called" ("II" and "IV" only before a punctuation mark or the
   * line's end, not "Tom Reyes IV antibiotics"); or -1.
   */
  private static int generation(List<Finding> found, int i, int end, Tokens tk) {
    Finding f = found.get(i);
    int t = oneSpaceAfter(tk, end);
    if (t < 0
        || (tk.flags[t] & Tokens.NEWLINE_BEFORE) != 0
        || NameEchoes.firstTokenAt(tk, f.start()) + 1 >= t
        || !tk.equalsAnyIgnoreCase(t, GENERATIONS)
        || (tk.flags[t] & (Tokens.CAPITALIZED | Tokens.ALL_CAPS)) == 0) {
      return -1;
    }
    int e = tk.end[t];
    int n = t + 1;
    if (tk.isPunct(n, '.') && tk.joined(n) && tk.length(t) == 2) {
      e = tk.end[n]; // "Sr.", "Jr."
    } else if (n < tk.count && tk.joined(n) && (tk.kind[n] != Tokens.PUNCT || tk.isPunct(n, '/'))) {
      return -1; // "II/VI murmur"
    } else if (!tk.equalsIgnoreCase(t, "jr")
        && !tk.equalsIgnoreCase(t, "sr")
        && !tk.equalsIgnoreCase(t, "iii")
        && n < tk.count
        && !tk.joined(n)
        && (tk.flags[n] & Tokens.NEWLINE_BEFORE) == 0
        && tk.kind[n] != Tokens.PUNCT) {
      return -1; // "Tom Reyes IV antibiotics", "type II diabetes": a numeral ends the name
    }
    return i + 1 < found.size() && found.get(i + 1).start() < e ? -1 : e;
  }

  /**
   * The end of a middle initial after "Last, First" ({@code found[i]} ending at {@code end}), or
   * -1: "LINDGREN, AGNES M CL-20931", "Lindgren, Agnes M., 81 Wexford Dr": one capital letter one
   * space after the given name, then the line's end, a mark or a column's gap, as rosters and forms
   * write a person. Not "Hill, Rose A B", nor a letter that goes on ("Agnes M-2").
   */
  private static int middleInitial(List<Finding> found, int i, int end, Tokens tk) {
    Finding f = found.get(i);
    int t = oneSpaceAfter(tk, end);
    if (t < 0
        || tk.kind[t] != Tokens.WORD
        || tk.length(t) != 1
        || !Character.isUpperCase(tk.text.charAt(tk.start[t]))
        || !surnameCommaGiven(f, tk)) {
      return -1;
    }
    int e = tk.end[t];
    int n = t + 1;
    if (tk.isPunct(n, '.') && tk.joined(n)) {
      e = tk.end[n];
      n++;
    }
    boolean ends =
        n >= tk.count
            || tk.newlineBefore(n)
            || (tk.kind[n] == Tokens.PUNCT && !tk.isPunct(n, '-') && !tk.isPunct(n, '.'))
            || tk.start[n] > e + 1;
    return ends && (i + 1 >= found.size() || found.get(i + 1).start() >= e) ? e : -1;
  }

  /** Whether name {@code f} is a surname, a comma and given names, all words: "Lindgren, Agnes". */
  private static boolean surnameCommaGiven(Finding f, Tokens tk) {
    int first = NameEchoes.firstTokenAt(tk, f.start());
    int commas = 0;
    int words = 0;
    for (int k = first; k < tk.count && tk.start[k] < f.end(); k++) {
      if (tk.isPunct(k, ',') && k > first) {
        commas++;
      } else if (tk.kind[k] == Tokens.WORD && tk.length(k) > 1) {
        words++;
      } else {
        return false;
      }
    }
    return commas == 1 && words >= 2;
  }

  private static final WordList GENERATIONS = WordList.of("jr", "sr", "ii", "iii", "iv");

  /**
   * The token of a nickname in quotes right after the name ending at {@code end}: "Ignatius Moreau
   * ("Iggy")", "Terrence Mabry "TJ""; or -1. One word of letters, written with a capital, not a
   * contract's {@link #definedTerm term}.
   */
  private static int nickname(List<Finding> found, int i, int end, Tokens tk) {
    int t = NameEchoes.firstTokenAt(tk, end);
    if (t >= tk.count || tk.start[t] != end + 1 || tk.text.charAt(end) != ' ') {
      return -1;
    }
    if (tk.isPunct(t, '(') && tk.joined(t + 1)) {
      t++;
    }
    int word = t + 1;
    if (!(tk.isPunct(t, '"') || tk.isPunct(t, '\u201c'))
        || word >= tk.count
        || !tk.joined(word)
        || tk.kind[word] != Tokens.WORD
        || (tk.flags[word] & (Tokens.CAPITALIZED | Tokens.ALL_CAPS)) == 0
        || tk.length(word) < 2
        || tk.length(word) > 12
        || !tk.joined(word + 1)
        || !(tk.isPunct(word + 1, '"') || tk.isPunct(word + 1, '\u201d'))
        || (i + 1 < found.size() && found.get(i + 1).start() < tk.end[word])
        || definedTerm(tk, word)) {
      return -1;
    }
    return word;
  }

  /**
   * The token of a client's or member's number in brackets right after the name ending at {@code
   * end}, as a dosing log or roster writes it ("grace wilson (10442) 60mg", "Ana Ruiz (0048812)"):
   * five to eight digits alone in the brackets; or -1.
   */
  private static int number(List<Finding> found, int i, int end, Tokens tk) {
    int t = NameEchoes.firstTokenAt(tk, end);
    int n = t + 1;
    if (n + 1 >= tk.count
        || tk.start[t] != end + 1
        || tk.text.charAt(end) != ' '
        || !tk.isPunct(t, '(')
        || tk.kind[n] != Tokens.NUM
        || !tk.joined(n)
        || tk.length(n) < 5
        || tk.length(n) > 8
        || !tk.isPunct(n + 1, ')')
        || !tk.joined(n + 1)
        || (i + 1 < found.size() && found.get(i + 1).start() < tk.end[n + 1])) {
      return -1;
    }
    return n;
  }

  /**
   * Whether word {@code t} in quotes after a name is a contract's term for that party ("Margaret
   * Thorsby ("Client")", "Will Ochieng ("Grievant")"): a word of the lexicon that is no given name,
   * or a party's ending ("-ant", "-ee", "-er", "-or").
   */
  private static boolean definedTerm(Tokens tk, int t) {
    if ((tk.word[t] & FIRST) != 0) {
      return false;
    }
    if (tk.word[t] != 0) {
      return true;
    }
    for (String ending : PARTY_ENDINGS) {
      if (tk.length(t) > ending.length() + 2
          && tk.text.regionIs(tk.end[t] - ending.length(), tk.end[t], ending)) {
        return true;
      }
    }
    return false;
  }

  private static final String[] PARTY_ENDINGS = {"ant", "ent", "ee", "er", "or"};

  /** The token of the surname after name {@code found[i]}, or -1. */
  private static int tail(List<Finding> found, int i, Tokens tk) {
    Finding f = found.get(i);
    int t = NameEchoes.firstTokenAt(tk, f.end());
    int last = t - 1;
    if (t >= tk.count
        || last < 0
        || tk.end[last] != f.end()
        || tk.kind[last] != Tokens.WORD
        || tk.kind[t] != Tokens.WORD
        || (tk.word[last] & (FIRST | LAST)) == 0
        || (tk.flags[t] & Tokens.NEWLINE_BEFORE) != 0
        || tk.start[t] != f.end() + 1
        || tk.text.charAt(f.end()) != ' '
        || tk.length(t) < 3
        || (i + 1 < found.size() && found.get(i + 1).start() < tk.end[t])) {
      return -1;
    }
    boolean capitals = (tk.flags[last] & Tokens.ALL_CAPS) != 0 && tk.length(last) > 1;
    int word = tk.word[t];
    if ((tk.flags[t] & Tokens.CAPITALIZED) != 0
        && (word & (COMMON | LAST)) != 0
        && (word & (ROLE | TITLE | STOP)) == 0
        && titledBy(tk, last, TITLE)
        && (tk.word[last] & FIRST) != 0
        && (tk.word[last] & ORDINARY) == 0
        && last == NameEchoes.firstTokenAt(tk, f.start())
        && credentialAfter(tk, t + 1)) {
      return t; // "Dr Amos Kettle DVM": a surname that is also a word, before the credential
    }
    if (capitals != ((tk.flags[t] & Tokens.ALL_CAPS) != 0)
        || (tk.flags[t] & Tokens.CAPITALIZED) == 0
        || (word & (ORDINARY | TITLE | MONTH | WEEKDAY | ORG | STATE | STATE_NAME | PLACE)) != 0
        || (capitals
            ? (word & LAST) == 0 && !(word == 0 && titled(tk, last) && plainGivenName(tk, last))
            : !(word == 0 || (word & LAST) != 0))
        || (word == 0
            && ((tk.length(t) < 5 && !(tk.length(t) == 4 && titledBy(tk, last, TITLE))) // "Conf"
                || pluralOfAWord(tk, t) // "Sundays"
                || last != NameEchoes.firstTokenAt(tk, f.start()) // "Maria Lopez Aetna"
                || !(titled(tk, last) || (plainGivenName(tk, last) && !affiliate(tk, t + 1)))))
        || (!capitals && !lowerAfterFirst(tk, t))) {
      return -1; // in capitals only a listed surname: "PHARMD", "TELEHEALTH" are no names
    }
    int n = t + 1;
    if (n >= tk.count || (tk.flags[n] & Tokens.NEWLINE_BEFORE) != 0) {
      return t;
    }
    if (tk.joined(n)) {
      char c = tk.kind[n] == Tokens.PUNCT ? tk.text.charAt(tk.start[n]) : 0;
      return c == ',' || c == '.' || c == ';' || c == ':' || c == ')' || c == '\'' ? t : -1;
    }
    return tk.kind[n] == Tokens.PUNCT
            || tk.start[n] > tk.end[t] + 1
            || (tk.kind[n] == Tokens.WORD && (tk.flags[n] & Tokens.CAPITALIZED) == 0)
            || (!capitals // "Mary Apolinario I'm": the speaker's "I" after the name
                && (tk.equalsIgnoreCase(n, "i")
                    || tk.equalsAnyIgnoreCase(n, ContextModel.PRONOUN_I)))
            || (capitals // "RT LATISHA MOBLEY MANAGED": a word, no name, goes on in capitals
                && tk.kind[n] == Tokens.WORD
                && (tk.word[n] & ORDINARY) != 0
                && (tk.word[n] & (FIRST | LAST)) == 0)
        ? t
        : -1;
  }

  /** Whether a credential follows at {@code k}, after a comma or not: "DVM", ", MD". */
  private static boolean credentialAfter(Tokens tk, int k) {
    int c =
        k < tk.count && tk.kind[k] == Tokens.PUNCT && tk.text.charAt(tk.start[k]) == ','
            ? k + 1
            : k;
    return c < tk.count
        && (tk.flags[c] & Tokens.NEWLINE_BEFORE) == 0
        && (tk.flags[c] & Tokens.ALL_CAPS) != 0
        && (tk.word[c] & ROLE) != 0;
  }

  /** Whether a title or a role stands before token {@code k}: "Dr. Theo", "Nurse Ana". */
  private static boolean titled(Tokens tk, int k) {
    return titledBy(tk, k, TITLE | ROLE);
  }

  /** Whether a word of {@code classes} stands before token {@code k}, past dots and colons. */
  private static boolean titledBy(Tokens tk, int k, int classes) {
    int p = k - 1;
    while (p >= 0 && tk.kind[p] == Tokens.PUNCT && (tk.isPunct(p, '.') || tk.isPunct(p, ':'))) {
      p--;
    }
    return p >= 0 && (tk.flags[p + 1] & Tokens.NEWLINE_BEFORE) == 0 && (tk.word[p] & classes) != 0;
  }

  /**
   * Whether token {@code k} is a given name and no other word ("Latisha", "Viktor"; not "Will",
   * "Hope"), after which a word no list holds is more often a surname than a business.
   */
  private static boolean plainGivenName(Tokens tk, int k) {
    return (tk.word[k] & FIRST) != 0 && (tk.word[k] & (ORDINARY | COMMON | PLACE)) == 0;
  }

  /**
   * Whether token {@code k} after an unlisted word says the word was a business the person is of:
   * "Lisa Medtronic rep", "Ana Xfinity support".
   */
  private static boolean affiliate(Tokens tk, int k) {
    return k < tk.count
        && (tk.flags[k] & Tokens.NEWLINE_BEFORE) == 0
        && ((tk.word[k] & (ROLE | ORG)) != 0 || tk.equalsAnyIgnoreCase(k, AFFILIATES));
  }

  private static final WordList AFFILIATES =
      WordList.of("team", "office", "store", "support", "account", "customer", "desk", "line");

  /** "Sundays", "Visits": a word's plural, which the lists do not hold. */
  private static boolean pluralOfAWord(Tokens tk, int t) {
    int e = tk.end[t];
    return WordTable.lower(tk.text.charAt(e - 1)) == 's'
        && Lexicon.get().word(tk.text.chars, tk.start[t], e - 1) != 0;
  }

  private static boolean lowerAfterFirst(Tokens tk, int t) {
    for (int i = tk.start[t] + 1; i < tk.end[t]; i++) {
      if (!Tokens.isLower(tk.text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
