package com.backofficecare.safeguard.core.detection.internal;

import com.backofficecare.safeguard.core.PhiType;
import com.backofficecare.safeguard.core.detection.CustomRecognizer;
import com.backofficecare.safeguard.core.detection.Finding;
import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What an agency's detection profile adds to the detector: its roster and deny values (hashed,
 * {@link RosterIndex}), its own recognizers and its allowed values and patterns. Immutable; each
 * thread scans with its own {@link Scan}. Not API: use {@code DetectionProfile}.
 */
public final class ProfileRules {

  /**
   * Confidences: names of one person, a name after a cue (above the context model's ceiling, 0.97:
   * the agency's own roster is surer than a reading of the words around), a distinctive name, a
   * value.
   */
  static final double PAIR = 0.99;

  static final double CUED = 0.975;
  static final double ALONE = 0.95;
  static final double VALUE = 0.99;

  private final RosterIndex index;
  private final List<Rule> rules;
  private final List<Pattern> allowPatterns;
  private final ThreadLocal<Scan> scans;

  private ProfileRules(Builder b) {
    this.index = b.index.build();
    this.rules = List.copyOf(b.rules);
    this.allowPatterns = List.copyOf(b.allowPatterns);
    this.scans = ThreadLocal.withInitial(() -> new Scan(index, index.hash.copy()));
  }

  @SuppressWarnings("ArrayRecordComponent") // never compared or hashed
  private record Rule(
      String name,
      PhiType type,
      Pattern pattern,
      String[] context,
      double confidence,
      CustomRecognizer.Validator validator) {}

  /** Collects a profile's rules; values are hashed as they are added. */
  public static final class Builder {
    private final RosterIndex.Builder index = new RosterIndex.Builder();
    private final List<Rule> rules = new ArrayList<>();
    private final List<Pattern> allowPatterns = new ArrayList<>();

    /**
     * One person of the roster: the words of their names, and their values by type.
     *
     * @throws IllegalArgumentException if a value has fewer than {@code min} or more than {@code
     *     max} letters and digits as matched; nothing of the person is added then
     */
    public void person(
        Iterable<String> names,
        java.util.Map<PhiType, ? extends Iterable<String>> values,
        int min,
        int max) {
      index.person(names, values, min, max);
    }

    public void allow(String value) {
      index.value(PhiType.NAME, value, RosterIndex.ALLOW);
    }

    public void allowPattern(String regex) {
      allowPatterns.add(Pattern.compile(regex));
    }

    public void deny(PhiType type, String value) {
      index.value(type, value, RosterIndex.DENY);
    }

    public void recognizer(CustomRecognizer r) {
      String[] context =
          r.context().stream().map(w -> w.toLowerCase(Locale.ROOT)).toArray(String[]::new);
      rules.add(
          new Rule(
              r.name(),
              r.type(),
              Pattern.compile(r.pattern()),
              context,
              r.confidence(),
              r.validator()));
    }

    /**
     * Builds the rules.
     *
     * @throws IllegalStateException if a value was both allowed and denied
     */
    public ProfileRules build() {
      return new ProfileRules(this);
    }
  }

  /** Why a value of {@code type} with {@code n} letters and digits is refused. */
  public static String lengthProblem(PhiType type, int min, int max, int n) {
    return "a "
        + type
        + " value must have "
        + min
        + " to "
        + max
        + " letters and digits, this one has "
        + n;
  }

  /** The number of letters and digits {@code value} is matched by (see the roster's rules). */
  public static int matchedLength(PhiType type, String value) {
    return RosterIndex.valueLength(type, value);
  }

  /** Proposes this profile's findings in the text of {@code tokens}. */
  void propose(Tokens tokens, Candidates out) {
    Scan scan = scans.get();
    scan.allowed.clear();
    if (out.wants(PhiType.NAME)) {
      scan.names.find(tokens, out);
    }
    scan.values(tokens, out);
    for (Rule r : rules) {
      if (out.wants(r.type)) {
        recognize(r, tokens, out);
      }
    }
    for (Pattern p : allowPatterns) {
      Matcher m = p.matcher(tokens.text);
      while (m.find()) {
        scan.allow(m.start(), m.end());
      }
    }
  }

  /** {@code found} less the findings inside an allowed value of the text just proposed on. */
  List<Finding> keepAllowed(List<Finding> found, Tokens tokens) {
    Scan scan = scans.get();
    if (scan.allowed.isEmpty()) {
      return found;
    }
    List<Finding> kept = new ArrayList<>(found.size());
    for (Finding f : found) {
      if (!scan.allows(f, tokens.text)) {
        kept.add(f);
      }
    }
    scan.allowed.clear();
    return kept;
  }

  private static void recognize(Rule r, Tokens tk, Candidates out) {
    Matcher m = r.pattern.matcher(tk.text);
    while (m.find()) {
      int s = m.start();
      int e = m.end();
      if (e > s && valid(r.validator, tk.text, s, e)) {
        boolean cued = r.context.length == 0 || cued(r.context, tk, s);
        double c =
            cued && r.context.length > 0 ? r.confidence + (1 - r.confidence) / 2 : r.confidence;
        out.add(
            r.type,
            s,
            e,
            c,
            "profile." + r.name,
            cued && r.context.length > 0
                ? "agency recognizer, a context word before it"
                : "agency recognizer");
      }
    }
  }

  /** Whether one of {@code context} is among the five words before offset {@code s}. */
  private static boolean cued(String[] context, Tokens tk, int s) {
    for (int u = NameEchoes.firstTokenAt(tk, s) - 1, words = 0; u >= 0 && words < 5; u--) {
      if (tk.kind[u] == Tokens.WORD) {
        words++;
        for (String w : context) {
          if (tk.equalsIgnoreCase(u, w)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean valid(CustomRecognizer.Validator v, CharSequence text, int s, int e) {
    if (v == CustomRecognizer.Validator.NONE) {
      return true;
    }
    StringBuilder b = new StringBuilder(e - s);
    for (int i = s; i < e; i++) {
      char c = text.charAt(i);
      if (v == CustomRecognizer.Validator.LUHN
          ? Tokens.isDigit(c)
          : Tokens.isDigit(c) || Tokens.isLetter(c)) {
        b.append(Character.toUpperCase(c));
      }
    }
    boolean ok =
        v == CustomRecognizer.Validator.LUHN ? b.length() >= 2 && Checks.luhn(b) : Checks.iban(b);
    b.setLength(0);
    return ok;
  }

  /** One thread's scratch for scanning with the index. */
  private static final class Scan {
    private final RosterIndex index;
    private final KeyedHash hash;
    final RosterNames names;

    /** Allowed spans of the current text, as start and end pairs. */
    final IntList allowed = new IntList();

    /** The normalized characters of the run being read (at most 63); zeroed after each run. */
    private final char[] run = new char[64];

    Scan(RosterIndex index, KeyedHash hash) {
      this.index = index;
      this.hash = hash;
      this.names = new RosterNames(index, hash);
    }

    void allow(int start, int end) {
      allowed.add(start);
      allowed.add(end);
    }

    /** Whether the letters and digits of {@code f} all lie in one allowed span. */
    boolean allows(Finding f, CharSequence text) {
      int s = f.start();
      int e = f.end();
      while (s < e && KeyedHash.normal(text.charAt(s)) == 0) {
        s++;
      }
      while (e > s && KeyedHash.normal(text.charAt(e - 1)) == 0) {
        e--;
      }
      for (int i = 0; i < allowed.size(); i += 2) {
        if (allowed.get(i) <= s && e <= allowed.get(i + 1)) {
          return true;
        }
      }
      return false;
    }

    /**
     * Finds the roster's, the allowed and the denied values, with or without separators: from each
     * token that may start one, a run of tokens is read while some value may still match it (its
     * shape, then its first four and first eight characters, are checked as they come).
     */
    void values(Tokens tk, Candidates out) {
      if (index.maxValueLength < 0) {
        return;
      }
      char[] c = tk.text.chars;
      byte[] kind = tk.kind;
      int[] start = tk.start;
      boolean letters = index.valueStartsWithLetter;
      for (int s = 0; s < tk.count; s++) {
        byte k = kind[s];
        if ((k == Tokens.NUM
                || ((k == Tokens.WORD || k == Tokens.ALNUM)
                    && (letters || Tokens.isDigit(c[start[s]]))))
            && !continues(tk, s)) {
          long found = longestValue(tk, s);
          if (found >= 0) {
            emitValue(tk, s, (int) found, (int) (found >>> 32), out);
          }
        }
      }
    }

    /**
     * The longest value that starts at token {@code s}: its info in the high half and its last
     * token in the low half; -1 when none does.
     */
    private long longestValue(Tokens tk, int s) {
      char[] c = tk.text.chars;
      int max = index.maxValueLength;
      boolean street = Tokens.isDigit(c[tk.start[s]]);
      long h = 0;
      int len = 0;
      int lead = -1; // digits before the first letter; -1 while all are digits
      long best = -1;
      scan:
      for (int t = s; t < tk.count; t++) {
        if (t > s && (tk.newlineBefore(t) || tk.start[t] - tk.end[t - 1] > 2)) {
          break;
        }
        byte kind = tk.kind[t];
        if (kind != Tokens.WORD && kind != Tokens.NUM && kind != Tokens.ALNUM) {
          if (kind != Tokens.PUNCT || !isSeparator(tk.symbol[t])) {
            break;
          }
          continue;
        }
        if (lead < 0 && kind == Tokens.WORD) { // letters only: the first letter is the first
          lead = len;
          if ((index.leadingDigits >>> lead & 1) == 0) {
            break;
          }
        }
        char[] standard =
            street && t > s && kind == Tokens.WORD
                ? StreetWords.standard(c, tk.start[t], tk.end[t], tk.hash[t])
                : null;
        char[] from = standard == null ? c : standard;
        int end = standard == null ? tk.end[t] : standard.length;
        for (int i = standard == null ? tk.start[t] : 0; i < end; i++) {
          char x = KeyedHash.normal(from[i]);
          if (x == 0) {
            continue;
          }
          if (len == max) {
            break scan;
          }
          run[len++] = x;
          h = KeyedHash.step(h, x);
          if (lead < 0 && kind == Tokens.ALNUM && !Tokens.isDigit(x)) {
            lead = len - 1;
            if ((index.leadingDigits >>> lead & 1) == 0) {
              break scan;
            }
          }
          if ((len == RosterIndex.PREFIX || len == RosterIndex.LONG_PREFIX)
              && !mayStartWith(len, lead, h)) {
            break scan;
          }
        }
        long lengths = lead < 0 ? index.digitLengths : index.otherLengths;
        if ((lengths >>> len & 1) != 0
            && index.valueFilter.mayHold(hash.cheap(h, KeyedHash.VALUE))) {
          int info = index.values.get(hash.keyOfNormal(KeyedHash.VALUE, run, 0, len));
          if (info != 0) {
            best = (long) info << 32 | t;
          }
        }
      }
      Arrays.fill(run, 0, len, '\0');
      return best;
    }

    /**
     * Whether some value starts with the {@code len} characters of the run read so far (their cheap
     * hash {@code h}; {@code lead} digits before a letter, -1 if all are digits).
     */
    private boolean mayStartWith(int len, int lead, long h) {
      if (len == RosterIndex.LONG_PREFIX) {
        return index.longPrefixFilter.mayHold(hash.cheap(h, RosterIndex.LONG_PREFIX_DOMAIN));
      }
      return lead < 0
          ? index.mayStartWith(
              (run[0] - '0') * 1000 + (run[1] - '0') * 100 + (run[2] - '0') * 10 + run[3] - '0')
          : index.prefixFilter.mayHold(hash.cheap(h, RosterIndex.PREFIX_DOMAIN));
    }

    private void emitValue(Tokens tk, int s, int e, int info, Candidates out) {
      if ((info & RosterIndex.ALLOW) != 0) {
        allow(tk.start[s], tk.end[e]);
        return;
      }
      int typeBits = info & RosterIndex.TYPE_BITS;
      PhiType type = PhiType.values()[Integer.numberOfTrailingZeros(typeBits)];
      boolean roster = (info & RosterIndex.ROSTER) != 0;
      out.add(
          type,
          tk.start[s],
          tk.end[e],
          VALUE,
          roster ? "roster.value" : "profile.deny",
          roster
              ? "agency roster: " + type.name() + " on file"
              : "agency deny list: " + type.name());
    }

    /**
     * Whether token {@code t} continues a number ("04" in "05/04/2028", "88" in "204-88-173"): no
     * value starts there, the run from the number's start covers it.
     */
    private static boolean continues(Tokens tk, int t) {
      char sep = t >= 2 ? tk.symbol[t - 1] : 0;
      return (sep == '-' || sep == '.' || sep == '/')
          && tk.joined(t)
          && tk.joined(t - 1)
          && tk.kind[t - 2] == Tokens.NUM;
    }

    /** The separators a value's run reads past: {@code - . / ( ) # , '}. */
    private static boolean isSeparator(char c) {
      return c < 64 && (SEPARATORS >>> c & 1) != 0;
    }

    private static final long SEPARATORS =
        1L << '-'
            | 1L << '.'
            | 1L << '/'
            | 1L << '('
            | 1L << ')'
            | 1L << '#'
            | 1L << ','
            | 1L << '\'';
  }

  /** A growing list of ints. */
  private static final class IntList {
    private int[] items = new int[16];
    private int size;

    void add(int v) {
      if (size == items.length) {
        items = Arrays.copyOf(items, size * 2);
      }
      items[size++] = v;
    }

    int get(int i) {
      return items[i];
    }

    int size() {
      return size;
    }

    boolean isEmpty() {
      return size == 0;
    }

    void clear() {
      size = 0;
    }
  }
}
