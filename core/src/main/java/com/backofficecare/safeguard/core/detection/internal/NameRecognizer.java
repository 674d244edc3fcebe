package com.backofficecare.safeguard.core.detection.internal;

import static com.backofficecare.safeguard.core.detection.internal.Lexicon.*;
import static com.backofficecare.safeguard.core.detection.internal.Tokens.NUM;
import static com.backofficecare.safeguard.core.detection.internal.Tokens.WORD;

import com.backofficecare.safeguard.core.PhiType;

/**
 * Finds person names from three kinds of evidence added together: the name lists (first and last
 * names of many languages), the shape of the words (capitalised runs, initials, particles,
 * hyphenated and inverted "Last, First" forms), and the words around them (titles, roles and
 * labels before; "DOB", "age" after). No list alone decides: a name no list contains is found
 * when shape and context agree, and a listed name that is also a common word needs support.
 */
final class NameRecognizer {

  private static final int MAX_PARTS = 5;
  private static final double ACCEPT = 0.5;

  private final Tokens tk;
  private final Text s;
  private final Candidates out;
  private final int[] partStart = new int[MAX_PARTS];
  private final int[] partEnd = new int[MAX_PARTS];
  private final int[] part2Start = new int[MAX_PARTS];
  private final int[] part2End = new int[MAX_PARTS];
  /** The last token of the last name accepted in this text (with its text's generation). */
  private int lastNameEnd = -1;
  private int lastNameGeneration = -1;

  NameRecognizer(Tokens tokens, Candidates out) {
    this.tk = tokens;
    this.s = tokens.text;
    this.out = out;
  }

  void at(int t) {
    if (!startsPart(t) || continuesRun(t)) {
      return;
    }
    if ((isCommonWordOnly(t) || tk.wordIs(t, WEAK_CUE)) && (isPart(t + 1) || isInitial(t + 1))
        && !tk.newlineBefore(t + 1) && !(tk.wordIs(t, FIRST) && contextBefore(t) >= 0.35)) {
      return; // a capitalised common or cue word ("Reschedule", "Per") is context, not the name
    }
    int n = collect(t, partStart, partEnd);
    if (n == 0) {
      return;
    }
    int after = partEnd[n - 1] + 1;
    if (tk.is(t - 1, NUM) && !tk.joined(t) && !tk.isPunct(t - 2, '#')
        || tk.wordIs(after, STREET_SUFFIX)
        && (tk.flags[after] & Tokens.CAPITALIZED) != 0) {
      return; // "4417 Kedzie" is a street; "EE# 20417 Okafor, Chiamaka" an employee
    }
    double context = Math.max(Math.max(contextBefore(t), coordinated(t)), household(t, after));
    double post = contextAfter(after);

    // Inverted form: "Stewart, Virginia", "PARKER, JESSICA A."
    // HL7 (LAST^FIRST) and X12 (NM1*IL*1*LAST*FIRST) separate name components the same way.
    boolean hl7 = (tk.isPunct(after, '^') || tk.isPunct(after, '*')) && tk.joined(after)
        && tk.joined(after + 1);
    if (n <= 2 && (tk.isPunct(after, ',') || hl7) && startsPart(after + 1)
        && !tk.newlineBefore(after + 1)) {
      int m = collect(after + 1, part2Start, part2End);
      if (m > 0 && possessive(part2End[m - 1] + 1)) {
        m = 0; // "Darnell Fitzgerald, Lorraine's son": two people
      }
      if (m > 0 && (tk.flags[part2Start[0]] & Tokens.ALL_CAPS) != 0 && tk.length(part2Start[0]) > 1
          && (tk.flags[partStart[0]] & Tokens.ALL_CAPS) == 0) {
        m = 0; // "Sven Ekdahl, TIN 912-70-1234": a label in capitals, not a given name
      }
      int given = part2Start[0];
      // After a label ("Patient name: OKONJO, CHIDI E.") the given name need not be listed.
      boolean givenIsFirst = !isInitial(given) && (tk.wordIs(given, FIRST)
          || context >= 0.35 && (tk.word[given] & COMMON) == 0);
      double postInverted = contextAfter(part2End[Math.max(0, m - 1)] + 1);
      boolean stateLike = tk.wordIs(given, STATE_NAME) && context < 0.3 && postInverted == 0 && !hl7
          && (tk.is(part2End[Math.max(0, m - 1)] + 1, NUM) || !tk.wordIs(partStart[0], LAST));
      boolean commonAfterGiven = false; // "Ada Obi, Lakeside Family Practice": a place
      for (int i = 1; i < m; i++) {
        commonAfterGiven |= isCommonWordOnly(part2Start[i]);
      }
      if (m > 0 && m <= 3 && givenIsFirst && !stateLike && !commonAfterGiven
          && !isInitial(partStart[0])) {
        double score = lastScore(partStart[0]) + firstScore(given) + 0.1 + context
            + postInverted;
        for (int i = 1; i < n; i++) {
          score += middleScore(partStart[i]);
        }
        if (score >= ACCEPT) {
          out.add(PhiType.NAME, tk.start[leadingParticles(t)], tk.end[part2End[m - 1]],
              Math.min(0.97, score), "name.inverted", reason(context, INVERTED));
          accepted(part2End[m - 1]);
          return;
        }
      }
    }
    if (tk.isPunct(after, ',') && tk.wordIs(after + 1, STATE)
        && (tk.flags[after + 1] & Tokens.ALL_CAPS) != 0 && context < 0.5
        && !(credential(after + 1) && !tk.is(after + 2, NUM))) {
      return; // a city before its state: "Dayton, OH 45402" ("Dr. Ada Obi, MD" is a physician)
    }
    double score;
    int shape;
    if (n == 1) {
      boolean listed = (tk.word[t] & (FIRST | LAST)) != 0 && (tk.word[t] & COMMON) == 0;
      double cue = Math.max(context, post); // "— Dani, scheduler" names her after
      if (isInitial(partStart[0]) || cue < 0.3 && !(cue >= 0.2 && listed)
          || (tk.flags[t] & Tokens.ALL_CAPS) != 0 && tk.length(t) <= 2) {
        return; // one word needs a title, role or label; or a cue word and a name no word shares
      }
      if (context < 0.5 && (tk.flags[after] & Tokens.CAPITALIZED) != 0
          && tk.wordIs(after, ORG | STOP) && !tk.wordIs(after, ROLE | TITLE)
          && !tk.newlineBefore(after)) {
        return; // "to Back Office Care": the first word of an organisation's name
      }
      score = context + soloScore(partStart[0]) + post;
      shape = SOLO;
    } else {
      score = firstScore(partStart[0]) + lastScore(partStart[n - 1]) + context + post
          + wholeCell(t, after);
      for (int i = 1; i < n - 1; i++) {
        score += middleScore(partStart[i]);
      }
      if (isInitial(partStart[n - 1])) {
        score -= 0.2;
      }
      shape = RUN;
    }
    if (score >= ACCEPT) {
      int end = tk.end[partEnd[n - 1]];
      out.add(PhiType.NAME, tk.start[t], end, Math.min(0.97, score), "name.run",
          reason(context, shape));
      accepted(partEnd[n - 1]);
    }
  }

  private boolean possessive(int k) {
    return tk.isPunct(k, '\'') && tk.joined(k) && tk.equalsIgnoreCase(k + 1, "s")
        && tk.joined(k + 1);
  }

  /** 0.35 for a family named by its home: "the Goldberg home", "the Nguyen residence". */
  private double household(int t, int after) {
    if (!tk.equalsIgnoreCase(t - 1, "the")) {
      return 0;
    }
    return tk.equalsIgnoreCase(after, "home") || tk.equalsIgnoreCase(after, "house")
        || tk.equalsIgnoreCase(after, "residence") || tk.equalsIgnoreCase(after, "family")
        || tk.equalsIgnoreCase(after, "household") ? 0.35 : 0;
  }

  /** Whether the last name accepted in this text ends at token {@code k}. */
  boolean nameEndsAt(int k) {
    return lastNameGeneration == tk.generation && lastNameEnd == k;
  }

  private void accepted(int lastToken) {
    lastNameEnd = lastToken;
    lastNameGeneration = tk.generation;
  }

  /**
   * 0.2 when the name is listed with one found just before: "Deandre Whitlock first, then Ngozi
   * Eze", "Ana Ruiz, Bo Li and Kemi Ade".
   */
  private double coordinated(int t) {
    if (lastNameGeneration != tk.generation || lastNameEnd >= t || t - lastNameEnd > 5) {
      return 0;
    }
    boolean joiner = false;
    for (int k = t - 1; k > lastNameEnd; k--) {
      if (tk.isPunct(k, ',') || tk.isPunct(k, '&') || tk.isPunct(k, '/') || tk.isPunct(k, ';')) {
        joiner = true;
      } else if (tk.equalsIgnoreCase(k, "and") || tk.equalsIgnoreCase(k, "or")
          || tk.equalsIgnoreCase(k, "then") || tk.equalsIgnoreCase(k, "nor")
          || tk.equalsIgnoreCase(k, "plus")) {
        joiner = true;
      } else if (!(tk.equalsIgnoreCase(k, "first") || tk.equalsIgnoreCase(k, "also")
          || tk.equalsIgnoreCase(k, "too"))) {
        return 0;
      }
    }
    return joiner && !tk.newlineBefore(t) ? 0.2 : 0;
  }

  /**
   * The speaker of a transcript or chat line, in any case: "jess: on my way", "[10:42] Omar:
   * yes". Only a listed name that is no common word, so "Note:" and "Will:" stay words.
   */
  void speaker(int t) {
    int w = tk.word[t];
    if (!tk.isPunct(t + 1, ':') || !tk.joined(t + 1) || tk.length(t) < 2
        || (w & (FIRST | LAST)) == 0 || (w & (COMMON | STOP | MONTH)) != 0) {
      return;
    }
    int k = t;
    while (k > 0 && !tk.newlineBefore(k) && t - k < 6 && (tk.is(k - 1, NUM)
        || tk.isPunct(k - 1, ':') || tk.isPunct(k - 1, '[') || tk.isPunct(k - 1, ']')
        || tk.equalsIgnoreCase(k - 1, "am") || tk.equalsIgnoreCase(k - 1, "pm"))) {
      k--;
    }
    if (k == 0 || tk.newlineBefore(k)) {
      out.add(PhiType.NAME, tk.start[t], tk.end[t], 0.7, "name.speaker",
          "listed name speaking a transcript line");
    }
  }

  /**
   * A name typed in lower case after a title ("mrs. garcia", "dr. anita patel") or a role ("aide
   * josephine"). After a title each part must be in a name list or be no common word, so
   * "Dr. visit" stays a visit; after a role ({@code strict}) each must be a listed name that is
   * no common word.
   */
  void lowercase(int t, boolean strict) {
    int k = t;
    while (k - t < 3 && k < tk.count && tk.is(k, WORD) && (tk.flags[k] & Tokens.CAPITALIZED) == 0
        && tk.length(k) >= 2 && (k == t || !tk.newlineBefore(k)) && lowercasePart(k, strict)) {
      k++;
    }
    if (k > t) {
      out.add(PhiType.NAME, tk.start[t], tk.end[k - 1], strict ? 0.65 : 0.75, "name.lowercase",
          strict ? "lower-case listed name after a role" : "lower-case name after a title");
    }
  }

  private boolean lowercasePart(int k, boolean strict) {
    int w = tk.word[k];
    if ((w & (STOP | ORG | WEEKDAY | MONTH)) != 0) {
      return false;
    }
    boolean listed = (w & (FIRST | LAST)) != 0;
    boolean common = (w & COMMON) != 0;
    return strict ? listed && !common : listed || !common;
  }

  /** 0.15 when the run fills a whole cell of a delimited line (CSV, pipes, tabs). */
  private double wholeCell(int t, int after) {
    boolean startsCell = t == 0 || tk.newlineBefore(t) || isDelimiter(t - 1);
    boolean endsCell = after >= tk.count || tk.newlineBefore(after) || isDelimiter(after);
    return startsCell && endsCell && (isDelimiter(after) || isDelimiter(t - 1)) ? 0.15 : 0;
  }

  private boolean isDelimiter(int k) {
    return tk.isPunct(k, ',') || tk.isPunct(k, '|') || tk.isPunct(k, ';') || tk.isPunct(k, '\t');
  }

  private static final int INVERTED = 0;
  private static final int SOLO = 1;
  private static final int RUN = 2;
  /** Reasons by shape, then by the strength of the context before the name. */
  private static final String[][] REASONS = reasons(
      "Last, First", "one name after a title or role", "capitalised name run");

  private static String[][] reasons(String... shapes) {
    String[][] r = new String[shapes.length][];
    for (int i = 0; i < shapes.length; i++) {
      r[i] = new String[] {shapes[i] + ", name lists", shapes[i] + ", after a cue word",
          shapes[i] + ", after a role or label", shapes[i] + ", after a title"};
    }
    return r;
  }

  private static String reason(double context, int shape) {
    int strength = context >= 0.5 ? 3 : context >= 0.3 ? 2 : context > 0 ? 1 : 0;
    return REASONS[shape][strength];
  }

  /** Collects the parts of a name starting at {@code t}; returns how many. */
  private int collect(int t, int[] starts, int[] ends) {
    int n = 0;
    int k = t;
    while (n < MAX_PARTS && k < tk.count) {
      if (n > 0 && (tk.newlineBefore(k) || columnGapBefore(k))) {
        break;
      }
      if (isInitial(k)) {
        starts[n] = k;
        ends[n] = tk.isPunct(k + 1, '.') && tk.joined(k + 1) ? k + 1 : k;
        k = ends[n++] + 1;
      } else if (n > 0 && (tk.flags[k] & Tokens.ALL_CAPS) != 0 && isCommonWordOnly(k)) {
        break; // "AIDE TERESA KOVAC CALLED 911": in capitals, a common word ends the name
      } else if (isPart(k)) {
        starts[n] = k;
        int e = k;
        while (tk.isPunct(e + 1, '-') && tk.joined(e + 1) && tk.joined(e + 2)
            && (isPart(e + 2) || syllable(e + 2) && nameLike(k)) && e - k < 4) {
          e += 2;
        }
        ends[n++] = e;
        k = e + 1;
      } else if (n > 0 && quote(k) && isPart(k + 1) && tk.isPunct(k + 2, tk.symbol[k])
          && isPart(k + 3) && n + 1 < MAX_PARTS) {
        starts[n] = k; // a nickname in quotes: Reginald 'Reggie' Fairweather-Osei
        ends[n++] = k + 2;
        k += 3;
      } else if (n > 0 && n + 1 < MAX_PARTS && tk.wordIs(k, WEEKDAY) && tk.wordIs(starts[0], FIRST)
          && (tk.flags[k] & Tokens.CAPITALIZED) != 0 && !tk.joined(k + 1) && isPart(k + 1)
          && tk.wordIs(k + 1, LAST)) {
        starts[n] = k; // "Anh Thu Pham": a given name that is also a weekday's abbreviation
        ends[n++] = k;
        k++;
      } else if (n > 0 && lowercaseParticle(k) && isPart(k + 1)) {
        k++;
      } else if (n > 0 && lowercaseParticle(k) && lowercaseParticle(k + 1) && isPart(k + 2)) {
        k += 2; // "de la", "van der", "de los"
      } else {
        break;
      }
    }
    return n;
  }

  /** Where a surname begins when lower-case particles lead it: "van Houten, Pieter". */
  private int leadingParticles(int t) {
    int k = t;
    while (t - k < 2 && lowercaseParticle(k - 1) && tk.joined(k) == false) {
      k--;
    }
    return k == t || k == 0 || !tk.is(k - 1, WORD) ? k : t;
  }

  /** Two or more blanks before token {@code k}: a column boundary in tabular text. */
  private boolean columnGapBefore(int k) {
    int a = tk.start[k];
    return a >= 2 && Tokens.isSpace(s.charAt(a - 1)) && Tokens.isSpace(s.charAt(a - 2))
        || a >= 1 && s.charAt(a - 1) == '\t';
  }

  private boolean credential(int k) {
    return tk.equalsIgnoreCase(k, "md") || tk.equalsIgnoreCase(k, "pa");
  }

  /** The lower-case syllable of a hyphenated given name: Jun-ho, Seo-yeon. */
  private boolean syllable(int k) {
    return tk.is(k, WORD) && (tk.flags[k] & Tokens.CAPITALIZED) == 0 && tk.length(k) >= 2
        && tk.length(k) <= 4 && (tk.word[k] & STOP) == 0;
  }

  /** In a name list, or no common word: "Jun" in "Jun-ho", not "Check" in "Check-in". */
  private boolean nameLike(int k) {
    int w = tk.word[k];
    return (w & (FIRST | LAST)) != 0 || (w & COMMON) == 0;
  }

  private boolean quote(int k) {
    return tk.isPunct(k, '\'') || tk.isPunct(k, '"');
  }

  private boolean lowercaseParticle(int k) {
    return tk.is(k, WORD) && tk.wordIs(k, PARTICLE) && (tk.flags[k] & Tokens.CAPITALIZED) == 0;
  }

  /** A name part, or up to three initials before one: "J.R. Thompson", "M. Catherine". */
  private boolean startsPart(int k) {
    if (isPart(k)) {
      return true;
    }
    for (int i = 0; i < 3 && isInitial(k); i++) {
      k += tk.isPunct(k + 1, '.') ? 2 : 1;
      if (isPart(k)) {
        return true;
      }
    }
    return false;
  }

  private boolean isCommonWordOnly(int k) {
    return tk.is(k, WORD) && (tk.word[k] & COMMON) != 0 && (tk.word[k] & (FIRST | LAST)) == 0;
  }

  private boolean continuesRun(int t) {
    int p = t - 1;
    if ((isCommonWordOnly(p) || tk.wordIs(p, WEAK_CUE)) && !isPart(p - 1) && !isInitial(p - 1)) {
      return false; // the run's first word was context
    }
    if (tk.isPunct(p, '.') && isInitial(p - 1)) {
      return true;
    }
    return (isPart(p) || isInitial(p) || (tk.wordIs(p, PARTICLE) && isPart(p - 1))
        || (tk.wordIs(p, PARTICLE) && tk.wordIs(p - 1, PARTICLE) && isPart(p - 2)))
        && !tk.newlineBefore(t);
  }

  private boolean isInitial(int k) {
    return tk.is(k, WORD) && tk.length(k) == 1 && (tk.flags[k] & Tokens.CAPITALIZED) != 0
        && !(tk.isPunct(k + 1, '/') || tk.isPunct(k + 1, '&'));
  }

  /** A word that can be part of a name: capitalised, and not a label, month or organisation. */
  private boolean isPart(int k) {
    if (!tk.is(k, WORD) || (tk.flags[k] & Tokens.CAPITALIZED) == 0 || tk.length(k) < 2) {
      return false;
    }
    int w = tk.word[k];
    if ((w & (STOP | ORG | WEEKDAY)) != 0) {
      return false;
    }
    if ((w & PARTICLE) != 0 && tk.length(k) == 2 && tk.isPunct(k + 1, '.') && tk.joined(k + 1)) {
      return false; // "St. Mary's": a place prefix
    }
    if ((w & MONTH) != 0 && (tk.is(k + 1, NUM) || tk.isPunct(k + 1, '.') || (w & FIRST) == 0)) {
      return false;
    }
    boolean allCaps = (tk.flags[k] & Tokens.ALL_CAPS) != 0;
    if (allCaps && (w & (FIRST | LAST)) == 0 && tk.length(k) <= 3) {
      return false;
    }
    if (allCaps && (w & STATE) != 0 && tk.length(k) == 2) {
      return false;
    }
    return true;
  }

  private double firstScore(int k) {
    if (isInitial(k)) {
      return 0.15;
    }
    int w = tk.word[k];
    boolean common = (w & COMMON) != 0;
    if ((w & FIRST) != 0) {
      return common ? 0.25 : 0.45;
    }
    if ((w & LAST) != 0) {
      return common ? 0.1 : 0.2;
    }
    return common ? -0.3 : 0.2;
  }

  private double lastScore(int k) {
    if (isInitial(k)) {
      return 0.1;
    }
    int w = tk.word[k];
    boolean common = (w & COMMON) != 0;
    if ((w & (FIRST | LAST | COMMON)) == 0 && doubleBarrelled(k)) {
      return 0.3; // "Obi-Anyanwu": two capitalised names joined, no common word
    }
    if ((w & LAST) != 0) {
      return common ? 0.25 : 0.45;
    }
    if ((w & FIRST) != 0) {
      return common ? 0.15 : 0.25;
    }
    return common ? -0.3 : 0.2;
  }

  private boolean doubleBarrelled(int k) {
    return tk.isPunct(k + 1, '-') && tk.joined(k + 1) && tk.joined(k + 2) && isPart(k + 2)
        && (tk.word[k + 2] & COMMON) == 0 && (tk.flags[k + 2] & Tokens.ALL_CAPS) == 0;
  }

  private double middleScore(int k) {
    if (isInitial(k)) {
      return 0.05;
    }
    int w = tk.word[k];
    if ((w & (FIRST | LAST)) != 0) {
      return 0.05;
    }
    return (w & COMMON) != 0 ? -0.2 : 0;
  }

  private double soloScore(int k) {
    int w = tk.word[k];
    if ((w & (FIRST | LAST)) != 0) {
      return (w & COMMON) != 0 ? 0.15 : 0.3;
    }
    return (w & COMMON) != 0 ? -0.2 : 0.2;
  }

  /** 0.5 after a title, 0.35 to 0.4 after a role or label, 0.2 after a cue word, else 0. */
  private double contextBefore(int t) {
    int k = t - 1;
    boolean colon = false;
    boolean title = false;
    boolean comma = false;
    int aside = 0;
    while (k >= 0 && tk.kind[k] == Tokens.PUNCT) {
      char c = tk.symbol[k];
      if (c == ')' && colon && aside == 0) { // "Name (last, first): Achebe, Nnamdi"
        int open = k - 1;
        while (open >= 0 && k - open < 6 && !tk.isPunct(open, '(')) {
          open--;
        }
        if (open < 0 || !tk.isPunct(open, '(')) {
          return 0;
        }
        aside = k - open;
        k = open;
      } else if (c == ':' || c == '-' || c == '#') {
        colon = true;
      } else if (c == '.') {
        title = true;
      } else if (c == ',') {
        comma = true;
      } else if (c != '(') {
        return 0;
      }
      k--;
      if (t - k - aside > 3) {
        return 0;
      }
    }
    if (k < 0 || !tk.is(k, WORD)) {
      return 0;
    }
    int w = tk.word[k];
    if ((w & TITLE) != 0) {
      return comma ? 0 : 0.5; // "Pine Dr, Ashland": a street, not a doctor
    }
    if ((w & ROLE) != 0 || (tk.equalsIgnoreCase(k, "by") && colon)) {
      return colon ? 0.4 : 0.35;
    }
    if ((w & LICENSE_PREFIX) != 0 && (tk.flags[k] & Tokens.ALL_CAPS) != 0) {
      return 0.35;
    }
    if ((w & WEAK_CUE) != 0 && !title) {
      return 0.2;
    }
    if (!colon && !comma && introduces(k)) {
      return 0.35; // "This is Marisol", "my name is Rosa Delgado", "I am Sipho"
    }
    return colon ? 0.1 : 0; // "Exit interview: Consolata Mwangi"
  }

  private boolean introduces(int k) {
    return tk.equalsIgnoreCase(k, "is") && (tk.equalsIgnoreCase(k - 1, "this")
        || tk.equalsIgnoreCase(k - 1, "name")) || tk.equalsIgnoreCase(k, "am")
        && tk.equalsIgnoreCase(k - 1, "i");
  }

  /** 0.2 when the name is followed by its date of birth, age or record number. */
  private double contextAfter(int k) {
    if (tk.isPunct(k, ',') && tk.wordIs(k + 1, ROLE) && !tk.wordIs(k + 1, TITLE)
        && (tk.flags[k + 1] & Tokens.CAPITALIZED) == 0 && (tk.isPunct(k + 2, '.')
        || tk.isPunct(k + 2, ',') || k + 2 >= tk.count || tk.newlineBefore(k + 2))) {
      return 0.2; // "Dani, scheduler." ends a message with its writer's role
    }
    if (tk.isPunct(k, ',') && (tk.wordIs(k + 1, LICENSE_PREFIX)
        && (tk.flags[k + 1] & Tokens.ALL_CAPS) != 0 && !tk.is(k + 2, NUM)
        || tk.equalsIgnoreCase(k + 1, "registered") && tk.equalsIgnoreCase(k + 2, "nurse"))) {
      return 0.2; // "Ngozi Obi-Anyanwu, RN"
    }
    if (tk.isPunct(k, ',') || tk.isPunct(k, '(')) {
      k++;
    }
    if (tk.equalsIgnoreCase(k, "dob") || tk.equalsIgnoreCase(k, "age")
        || tk.equalsIgnoreCase(k, "born") || tk.equalsIgnoreCase(k, "mrn")
        || tk.equalsIgnoreCase(k, "ssn")) {
      return 0.2;
    }
    return 0;
  }
}
