package com.backofficecare.safeguard.core.detection.internal;

import static com.backofficecare.safeguard.core.detection.internal.Lexicon.*;

import com.backofficecare.safeguard.core.PhiType;
import com.backofficecare.safeguard.core.detection.Finding;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Other mentions of a name already found in the same text: "Supervisor Brandy Cole called;
 * Brandy will call the family" names Brandy twice, though the second mention alone is weak
 * evidence. Two linear passes over the tokens; a small open-addressing table keyed by each name
 * word's case-folded hash, confirmed by comparing characters.
 */
final class NameEchoes {

  static final double CONFIDENCE = 0.6;
  private static final int NOT_NAMES = STOP | ROLE | TITLE | MONTH | WEEKDAY | ORG | STATE
      | STATE_NAME | STREET_SUFFIX;

  private NameEchoes() {}

  /** {@code found} (sorted, disjoint) with the further mentions of its names added. */
  static List<Finding> extend(List<Finding> found, Tokens tk) {
    int[] table = null;
    int mask = 0;
    int f = 0;
    for (int t = 0; t < tk.count; t++) {
      while (f < found.size() && found.get(f).end() <= tk.start[t]) {
        f++;
      }
      if (f == found.size()) {
        break;
      }
      Finding at = found.get(f);
      if (at.type() == PhiType.NAME && at.confidence() >= CONFIDENCE && at.start() <= tk.start[t]
          && echoable(tk, t)) {
        if (table == null) {
          table = new int[64];
          Arrays.fill(table, -1);
          mask = table.length - 1;
        }
        if (!put(table, mask, tk, t)) {
          break; // table full: enough names for one text
        }
      }
    }
    if (table == null) {
      return found;
    }
    List<Finding> echoes = new ArrayList<>();
    f = 0;
    for (int t = 0; t < tk.count; t++) {
      while (f < found.size() && found.get(f).end() <= tk.start[t]) {
        f++;
      }
      boolean covered = f < found.size() && found.get(f).start() < tk.end[t];
      if (covered || !echoable(tk, t) || !contains(table, mask, tk, t)) {
        continue;
      }
      int last = t;
      while (last + 1 < tk.count && (tk.flags[last + 1] & Tokens.NEWLINE_BEFORE) == 0
          && tk.start[last + 1] == tk.end[last] + 1 && echoable(tk, last + 1)
          && contains(table, mask, tk, last + 1)
          && !(f < found.size() && found.get(f).start() < tk.end[last + 1])) {
        last++;
      }
      echoes.add(new Finding(PhiType.NAME, tk.start[t], tk.end[last], CONFIDENCE, "name.echo",
          "the same name as found elsewhere in the text"));
      t = last;
    }
    if (echoes.isEmpty()) {
      return found;
    }
    List<Finding> merged = new ArrayList<>(found.size() + echoes.size());
    int i = 0;
    int j = 0;
    while (i < found.size() || j < echoes.size()) {
      if (j == echoes.size() || i < found.size() && found.get(i).start() < echoes.get(j).start()) {
        merged.add(found.get(i++));
      } else {
        merged.add(echoes.get(j++));
      }
    }
    return merged;
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
    int h = WordTable.hash(tk.text, tk.start[t], tk.end[t]) * 0x9e3779b9;
    return h ^ (h >>> 16);
  }

  /** Records token {@code t}; false when the table is full. */
  private static boolean put(int[] table, int mask, Tokens tk, int t) {
    int h = hash(tk, t);
    for (int probe = 0; probe <= mask; probe++) {
      int slot = (h + probe) & mask;
      if (table[slot] < 0) {
        if (probe > mask / 2) {
          return false;
        }
        table[slot] = t;
        return true;
      }
      if (same(tk, table[slot], t)) {
        return true;
      }
    }
    return false;
  }

  private static boolean contains(int[] table, int mask, Tokens tk, int t) {
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
  private static boolean same(Tokens tk, int a, int b) {
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
