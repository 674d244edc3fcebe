package com.backofficecare.safeguard.core.detection.internal;

import static com.backofficecare.safeguard.core.detection.internal.Lexicon.*;

import com.backofficecare.safeguard.core.PhiType;
import com.backofficecare.safeguard.core.detection.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * A surname left off a name found: "Dr. Theo Abramson" found as "Theo". A name found whole to a
 * listed name, then one space and one word written the same way (capitalized, or in capitals after
 * capitals) that is a listed surname and no other word, or that no list holds after a given name
 * alone behind a title or a role (not "Maria Walgreens"), and then the line's end, a punctuation
 * mark, a second space or a word in lower case: that word is the name's too. One linear pass over
 * the findings.
 */
final class NameTails {

  private NameTails() {}

  /** {@code found} (sorted, disjoint) with the surnames after its names joined to them. */
  static List<Finding> extend(List<Finding> found, Tokens tk) {
    List<Finding> out = null;
    for (int i = 0; i < found.size(); i++) {
      Finding f = found.get(i);
      int tail = f.type() == PhiType.NAME ? tail(found, i, tk) : -1;
      if (tail >= 0 && out == null) {
        out = new ArrayList<>(found.subList(0, i));
      }
      if (out != null) {
        out.add(
            tail < 0
                ? f
                : new Finding(
                    PhiType.NAME,
                    f.start(),
                    tk.end[tail],
                    f.confidence(),
                    f.recognizer(),
                    f.reason()));
      }
    }
    return out == null ? found : out;
  }

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
    if (capitals != ((tk.flags[t] & Tokens.ALL_CAPS) != 0)
        || (tk.flags[t] & Tokens.CAPITALIZED) == 0
        || (word & (ORDINARY | TITLE | MONTH | WEEKDAY | ORG | STATE | STATE_NAME | PLACE)) != 0
        || (capitals ? (word & LAST) == 0 : !(word == 0 || (word & LAST) != 0))
        || (word == 0
            && (tk.length(t) < 5 // "Conf"
                || pluralOfAWord(tk, t) // "Sundays"
                || last != NameEchoes.firstTokenAt(tk, f.start()) // "Maria Lopez Aetna"
                || !titled(tk, last))) // "Maria Walgreens", not "Dr. Theo Abramson"
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
        ? t
        : -1;
  }

  /** Whether a title or a role stands before token {@code k}: "Dr. Theo", "Nurse Ana". */
  private static boolean titled(Tokens tk, int k) {
    int p = k - 1;
    while (p >= 0 && tk.kind[p] == Tokens.PUNCT && (tk.isPunct(p, '.') || tk.isPunct(p, ':'))) {
      p--;
    }
    return p >= 0
        && (tk.flags[p + 1] & Tokens.NEWLINE_BEFORE) == 0
        && (tk.word[p] & (TITLE | ROLE)) != 0;
  }

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
