package com.backofficecare.safeguard.core.detection.internal;

import com.backofficecare.safeguard.core.PhiType;
import com.backofficecare.safeguard.core.detection.Finding;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Bare mentions of an identifier already found, labelled, in the same text: after "MRN 2201874",
 * "merge 2201875 into 2201874" names the same record though nothing labels it there; after "Account
 * Name: mokafor", a log's later "mokafor" is the same person's login. An echo is a whole token of
 * six characters or more, with four digits at least, written exactly as the labelled value; it
 * takes that value's type. One pass over the findings and one over the tokens.
 */
final class IdentifierEchoes {

  static final double CONFIDENCE = 0.7;

  /** A finding this sure of its type lends it to the value's other mentions. */
  private static final double LENDS = 0.85;

  /**
   * The types whose labels are a person's alone. Client ids, accounts and licences are not lent:
   * their labels also name a business's numbers (tickets, traces, item codes) that recur.
   */
  private static final EnumSet<PhiType> TYPES =
      EnumSet.of(PhiType.MRN, PhiType.SSN, PhiType.HEALTH_PLAN_ID);

  private IdentifierEchoes() {}

  /** {@code found} (sorted, disjoint) with the further mentions of its identifiers added. */
  static List<Finding> extend(List<Finding> found, Tokens tk, EnumSet<PhiType> wanted) {
    Map<String, PhiType> values = null;
    List<String> derived = null;
    List<String> initials = null;
    for (Finding f : found) {
      if (f.recognizer().equals("name.initials-key") && wanted.contains(PhiType.NAME)) {
        if (initials == null) {
          initials = new ArrayList<>();
        }
        if (initials.size() < MAX_DERIVED) {
          initials.add(new String(tk.text.chars, f.start(), f.end() - f.start()));
        }
        continue;
      }
      if (f.type() == PhiType.NAME && wanted.contains(PhiType.NAME) && login(f)) {
        int t = NameEchoes.firstTokenAt(tk, f.start());
        if (t < tk.count
            && tk.start[t] == f.start()
            && tk.end[t] == f.end()
            && tk.length(t) >= 4
            && tk.word[t] == 0 // "mark", "april", "sam": words and names, which recur as such
            && !partOfLonger(tk, t)) {
          if (values == null) {
            values = new HashMap<>();
          }
          values.putIfAbsent(login(tk, t), PhiType.NAME);
        }
      } else if (f.type() == PhiType.NAME && wanted.contains(PhiType.NAME)) {
        derived = loginsOf(f, tk, derived);
      } else if (f.confidence() >= LENDS && TYPES.contains(f.type()) && wanted.contains(f.type())) {
        int t = NameEchoes.firstTokenAt(tk, f.end()) - 1; // the value, after any label in it
        if (t >= 0
            && tk.end[t] == f.end()
            && echoable(tk, t)
            && (tk.start[t] == f.start() || !partOfLonger(tk, t))) {
          if (values == null) {
            values = new HashMap<>();
          }
          values.putIfAbsent(value(tk, t), f.type());
        }
      }
    }
    if (values == null && derived == null && initials == null) {
      return found;
    }
    List<Finding> echoes = new ArrayList<>();
    int f = 0;
    for (int t = 0; t < tk.count; t++) {
      boolean word = tk.is(t, Tokens.WORD) || tk.is(t, Tokens.ALNUM);
      if (initials != null && keyedInitials(tk, t, initials)) {
        while (f < found.size() && found.get(f).end() <= tk.start[t]) {
          f++;
        }
        if (!(f < found.size() && found.get(f).start() < tk.end[t])) {
          echoes.add(
              new Finding(
                  PhiType.NAME,
                  tk.start[t],
                  tk.end[t],
                  CONFIDENCE,
                  "name.initials-echo",
                  "initials a key in the text gives a name"));
        }
        continue;
      }
      if (values == null && !(word && tk.word[t] == 0 && tk.length(t) >= 4)) {
        continue; // only logins built from names to look for: unlisted words alone
      }
      if (!(echoable(tk, t) || (word && tk.length(t) >= 4))
          || partOfLonger(tk, t)
          || anAmountOrCode(tk, t)) {
        continue;
      }
      while (f < found.size() && found.get(f).end() <= tk.start[t]) {
        f++;
      }
      if (f < found.size() && found.get(f).start() < tk.end[t]) {
        continue;
      }
      PhiType type = null;
      if (values != null) {
        type = values.get(value(tk, t));
        if (type == null && word) {
          type = values.get(login(tk, t));
        }
      }
      if (type == null
          && derived != null
          && word
          && tk.word[t] == 0
          && derivedLogin(tk, t, derived)) {
        type = PhiType.NAME;
      }
      if (type != null) {
        boolean login = type == PhiType.NAME;
        echoes.add(
            new Finding(
                type,
                tk.start[t],
                tk.end[t],
                CONFIDENCE,
                login ? "name.login-echo" : "id.echo",
                login
                    ? "the same login as found elsewhere in the text"
                    : "the same identifier as found labelled elsewhere in the text"));
      }
    }
    return echoes.isEmpty() ? found : NameEchoes.merge(found, echoes);
  }

  /**
   * Adds the logins a system builds from the full name {@code f} ("Marvin Bird" or "Bird, Marvin":
   * "mbird", "marvinbird"): a word written so elsewhere in the text is that person's login ("two
   * real accounts: jsingh and mbird"), if it is no word of the lexicon.
   */
  private static @Nullable List<String> loginsOf(
      Finding f, Tokens tk, @Nullable List<String> derived) {
    int first = -1;
    int last = -1;
    boolean comma = false;
    for (int t = NameEchoes.firstTokenAt(tk, f.start());
        t < tk.count && tk.end[t] <= f.end();
        t++) {
      if (tk.is(t, Tokens.WORD) && tk.length(t) >= 2) {
        first = first < 0 ? t : first;
        last = t;
      } else if (tk.isPunct(t, ',')) {
        comma = true;
      } else if (!tk.isPunct(t, '.') && !tk.isPunct(t, '-')) {
        return derived;
      }
    }
    if (first < 0 || first == last || (derived != null && derived.size() >= MAX_DERIVED)) {
      return derived;
    }
    // Folded as the comparison folds: "José Núñez" gives "jnunez".
    String given =
        WordTable.fold(value(tk, comma ? last : first)).toLowerCase(java.util.Locale.ROOT);
    String family =
        WordTable.fold(value(tk, comma ? first : last)).toLowerCase(java.util.Locale.ROOT);
    List<String> out = derived == null ? new ArrayList<>() : derived;
    out.add(given.charAt(0) + family);
    out.add(given + family);
    out.add(family + given.charAt(0)); // "okaforn"
    return out;
  }

  /**
   * Whether token {@code t} is written exactly as initials a key gave ("TM"), in capitals, and is
   * no word or state.
   */
  private static boolean keyedInitials(Tokens tk, int t, List<String> initials) {
    int n = tk.length(t);
    if (n < 2
        || n > 3
        || !tk.is(t, Tokens.WORD)
        || (tk.flags[t] & Tokens.ALL_CAPS) == 0
        || (tk.word[t] & (Lexicon.ORDINARY | Lexicon.STATE)) != 0) {
      return false; // not "OK", which a key may give but a text writes for itself too
    }
    for (String key : initials) {
      if (key.length() == n && tk.text.regionMatches(tk.start[t], key)) {
        return true;
      }
    }
    return false;
  }

  /** Enough logins for the names of one text. */
  private static final int MAX_DERIVED = 64;

  /** Whether token {@code t} is written as one of the {@code derived} logins, in any case. */
  private static boolean derivedLogin(Tokens tk, int t, List<String> derived) {
    int e = tk.end[t];
    while (e > tk.start[t] + 4 && Tokens.isDigit(tk.text.charAt(e - 1))) {
      e--; // "mbird01"
    }
    int n = e - tk.start[t];
    for (String login : derived) {
      if (login.length() == n && tk.text.regionIs(tk.start[t], e, login)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code f} is a login built from a person's name ("mokafor", "rsantiago2"): its other
   * mentions in the text, in a log's later lines, are the same person's, though nothing labels
   * them.
   */
  private static boolean login(Finding f) {
    String r = f.recognizer();
    return r.equals("name.login") || r.equals("name.home");
  }

  /** "$100000", "CPT 992130", "total 250000": a sum or a code that happens to be written alike. */
  private static boolean anAmountOrCode(Tokens tk, int t) {
    int k = t - 1;
    while (tk.isPunct(k, ':') || tk.isPunct(k, '#')) {
      k--;
    }
    return tk.isPunct(t - 1, '$') || (k >= 0 && (tk.cue[k] & Lexicon.C_NOT_PHI) != 0);
  }

  /** Whether {@code t} is a part of a longer value ("A-2201874", "2201874-2", "2201874/3"). */
  private static boolean partOfLonger(Tokens tk, int t) {
    boolean before = tk.joined(t) && (!tk.is(t - 1, Tokens.PUNCT) || joining(tk, t - 1));
    boolean after = tk.joined(t + 1) && (!tk.is(t + 1, Tokens.PUNCT) || joining(tk, t + 1));
    return before || after;
  }

  /** A hyphen, slash or dot with values on both sides. */
  private static boolean joining(Tokens tk, int p) {
    return (tk.isPunct(p, '-') || tk.isPunct(p, '/') || tk.isPunct(p, '.') || tk.isPunct(p, '_'))
        && tk.joined(p)
        && tk.joined(p + 1)
        && !tk.is(p - 1, Tokens.PUNCT)
        && !tk.is(p + 1, Tokens.PUNCT)
        && p + 1 < tk.count;
  }

  /**
   * A login's key, in lower case and marked apart from identifiers' ("RSANTIAGO2" is "rsantiago2"'s
   * echo; a program does not care how its user typed it).
   */
  private static String login(Tokens tk, int t) {
    return "@" + value(tk, t).toLowerCase(java.util.Locale.ROOT);
  }

  /** Token {@code t}'s characters (a text's own {@code toString} hides them). */
  private static String value(Tokens tk, int t) {
    return new String(tk.text.chars, tk.start[t], tk.end[t] - tk.start[t]);
  }

  /**
   * A number or code of six characters or more with four digits at least: five digits are as often
   * a ZIP, a procedure code or a sum.
   */
  private static boolean echoable(Tokens tk, int t) {
    if (!(tk.is(t, Tokens.NUM) || tk.is(t, Tokens.ALNUM)) || tk.length(t) < 6) {
      return false;
    }
    int digits = 0;
    for (int i = tk.start[t]; i < tk.end[t]; i++) {
      char c = tk.text.charAt(i);
      digits += c >= '0' && c <= '9' ? 1 : 0;
    }
    return digits >= 4;
  }
}
