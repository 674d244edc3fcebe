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
 * An identifier found in a text and said again there in another form: read back ("five five five,
 * six one nine, four four zero two" after "555-619-4402", "tb47720q" after "t b 4 7 7 2 0 q"), or
 * its last digits read out one by one to confirm it ("four four seven one" after "555-238-4471").
 * Every form reduces to one key, the value's letters and digits in lower case with numbers said in
 * words turned into digits; a mention whose key is a found value's takes that value's type. The
 * same value written again the same way is {@link IdentifierEchoes}' to find, for the types whose
 * labels are a person's alone; said again the same way, it is read back. One pass over the findings
 * and one over the tokens, each token starting at most one bounded walk.
 */
final class ReadBacks {

  static final double CONFIDENCE = 0.7;

  /** The types a person reads back to confirm: numbers and codes, not names or places. */
  private static final EnumSet<PhiType> TYPES =
      EnumSet.of(
          PhiType.PHONE,
          PhiType.SSN,
          PhiType.ACCOUNT,
          PhiType.HEALTH_PLAN_ID,
          PhiType.MRN,
          PhiType.ID,
          PhiType.DEVICE_ID,
          PhiType.ZIP,
          PhiType.CARD,
          PhiType.LICENSE);

  /** The longest key compared: a card's or a device serial's. */
  private static final int MAX_KEY = 24;

  /** Enough values for one text. */
  private static final int MAX_VALUES = 64;

  private ReadBacks() {}

  /** {@code found} (sorted, disjoint) with the other forms of its identifiers added. */
  static List<Finding> extend(List<Finding> found, Tokens tk, EnumSet<PhiType> wanted) {
    Map<String, Value> values = null;
    int longest = 0;
    StringBuilder key = new StringBuilder();
    for (Finding f : found) {
      if (f.type() == PhiType.ADDRESS && wanted.contains(PhiType.ADDRESS)) {
        if (values == null) {
          values = new HashMap<>();
        }
        longest = Math.max(longest, houseNumber(tk, f, key, values));
        continue;
      }
      if (!TYPES.contains(f.type()) || !wanted.contains(f.type())) {
        continue;
      }
      String form = valueKey(tk, f, key);
      int digits = digits(key);
      if (digits == 4
          && key.length() == 4
          && (f.type() == PhiType.SSN || f.type() == PhiType.CARD || f.type() == PhiType.ACCOUNT)) {
        if (values == null) {
          values = new HashMap<>();
        }
        longest = Math.max(longest, 4); // a last four, read back near it as a tail is
        values.putIfAbsent(
            key.toString(), new Value(f.type(), form, f.start(), f.end(), false, f.confidence()));
        continue;
      }
      if (digits < 3 || key.length() < 5 || key.length() > MAX_KEY) {
        continue; // "E-V-G two two seven" read back as "EVG227": three digits and its letters
      }
      if (values == null) {
        values = new HashMap<>();
      } else if (values.size() >= MAX_VALUES) {
        continue;
      }
      String whole = key.toString();
      longest = Math.max(longest, whole.length());
      values.merge(
          whole,
          new Value(f.type(), form, -1, -1, false, f.confidence()),
          (a, b) -> a.isTail() ? b : a);
      for (int s = 1; whole.length() - s >= 4; s++) {
        String tail = whole.substring(s);
        if (digits(tail) == tail.length()) {
          values.putIfAbsent(
              tail, new Value(f.type(), form, f.start(), f.end(), false, f.confidence()));
        }
      }
    }
    if (values == null) {
      return found;
    }
    List<Finding> mentions = new ArrayList<>();
    List<Finding> retyped = null;
    int f = 0;
    int t = 0;
    while (t < tk.count) {
      if (!startsAMention(tk, t)) {
        t++;
        continue;
      }
      key.setLength(0);
      int matchEnd = -1;
      @Nullable Value match = null;
      int parts = 0;
      boolean oneByOne = true;
      boolean said = false;
      int k = t;
      while (k < tk.count && key.length() <= longest) {
        oneByOne &= oneDigit(tk, k);
        said |= tk.is(k, Tokens.WORD) && tk.length(k) > 1;
        int next = appendPart(tk, k, key);
        parts++;
        Value v = key.length() >= 3 ? values.get(key.toString()) : null;
        if (v != null
            && (v.house || key.length() >= 4)
            && (!v.isTail()
                || ((v.house
                        || (oneByOne && parts >= 4)
                        || key.length() >= 7
                        || (parts == 1 && tk.is(t, Tokens.NUM) && v.saidInWords()))
                    && v.near(tk.start[t], tk.end[next - 1])))
            && (said || !tk.text.regionIs(tk.start[t], tk.end[next - 1], v.form))) {
          match = v;
          matchEnd = next;
        }
        if (tk.is(next, Tokens.WORD) && tk.length(next) >= 3 && !tk.newlineBefore(next)) {
          Value street = values.get(key.toString() + STREET + word(tk, next));
          if (street != null) {
            match =
                street; // "902 Sycamore", "Sixty-seven Wexford": the address's number and street
            matchEnd = next + 1;
            break;
          }
        }
        int after = next;
        if (after < tk.count && separator(tk, after) && !tk.newlineBefore(after)) {
          after++;
        }
        if (after >= tk.count || tk.newlineBefore(after) || !part(tk, after)) {
          break;
        }
        k = after;
      }
      if (match == null
          || continues(tk, matchEnd)
          || tk.isPunct(t - 1, '$')
          || thousands(tk, t, matchEnd)
          || (match.isTail() && !confirming(tk, t, matchEnd))) {
        t++;
        continue;
      }
      while (f < found.size() && found.get(f).end() <= tk.start[t]) {
        f++;
      }
      int end = tk.end[matchEnd - 1];
      Finding there = f < found.size() ? found.get(f) : null;
      if (there != null
          && there.start() == tk.start[t]
          && there.end() == end
          && there.type() != match.type
          && TYPES.contains(there.type())
          && !match.isTail()
          && there.confidence() < match.confidence) {
        if (retyped == null) {
          retyped = new ArrayList<>(found);
        }
        retyped.set( // "MRN 4471902 ... four four seven one nine oh two", read as a phone's digits
            f,
            new Finding(
                match.type,
                there.start(),
                there.end(),
                there.confidence(),
                "id.read-back",
                "the same value as found, surer, elsewhere in the text, said in another form"));
      } else if (there != null
          && there.start() < end
          && covers(found, f, tk.start[t], end, match)) {
        if (retyped == null) {
          retyped = new ArrayList<>(found);
        }
        // "Sixty-seven Wexford": the street's name, not a town; "five five five, three nine zero,
        // seven seven one six": the whole number, not the model's piece of it
        retyped.set(f, mention(match, tk.start[t], end));
        for (int g = f + 1; g < found.size() && found.get(g).start() < end; g++) {
          retyped.set(g, null);
        }
      } else if (!(there != null && there.start() < end)) {
        mentions.add(mention(match, tk.start[t], end));
      }
      t = matchEnd;
    }
    List<Finding> typed = found;
    if (retyped != null) {
      retyped.removeIf(java.util.Objects::isNull);
      typed = retyped;
    }
    return mentions.isEmpty() ? typed : NameEchoes.merge(typed, mentions);
  }

  /** A mention of {@code value} said again in another form over {@code [start, end)}. */
  private static Finding mention(Value value, int start, int end) {
    return new Finding(
        value.type,
        start,
        end,
        CONFIDENCE,
        "id.read-back",
        "the same value as found elsewhere in the text, said in another form");
  }

  /**
   * Whether the findings from index {@code f} that overlap {@code [start, end)} all lie inside it
   * and are pieces a read-back of {@code match} replaces: a town inside an address's number and
   * street, or a number the model read in part ("five five five, three nine zero" of a phone), a
   * date or a code less sure than the value.
   */
  private static boolean covers(List<Finding> found, int f, int start, int end, Value match) {
    for (int g = f; g < found.size() && found.get(g).start() < end; g++) {
      Finding there = found.get(g);
      boolean piece =
          match.type == PhiType.ADDRESS
              ? there.type() == PhiType.CITY
              : (TYPES.contains(there.type()) || there.type() == PhiType.DATE)
                  && there.confidence() < match.confidence
                  && there.confidence() < 0.9;
      if (there.start() < start || there.end() > end || !piece) {
        return false;
      }
    }
    return true;
  }

  /**
   * A found value's type and how it was written ({@code form}: written so again, it is an echo, not
   * a read-back); when the key it is found under is only the value's tail, where the value is; and
   * how sure its finding was: a mention another recognizer typed less surely by its shape alone
   * takes the value's type.
   */
  private record Value(
      PhiType type, String form, int start, int end, boolean house, double confidence) {

    /** How far from a value its tail is said to confirm it: the turn before or the next ones. */
    private static final int CONFIRMED_WITHIN = 300;

    boolean isTail() {
      return start >= 0;
    }

    /** Whether the value was said in words ("six zero eight one"), so its digits read it back. */
    boolean saidInWords() {
      return form.chars().anyMatch(Character::isLetter)
          && form.chars().noneMatch(c -> c >= '0' && c <= '9');
    }

    /**
     * Whether a tail said in {@code [a, b)} is near enough the value to confirm it ("555-238-4471.
     * / Four four seven one"); farther, four digits said are as often a sum or a count.
     */
    boolean near(int a, int b) {
      return (a >= end && a - end <= CONFIRMED_WITHIN)
          || (b <= start && start - b <= CONFIRMED_WITHIN);
    }
  }

  /**
   * Fills {@code key} with the key of the value finding {@code f} holds, its last run of parts
   * ("Client ID 410233" gives "410233"), and returns that run as written, in lower case.
   */
  private static String valueKey(Tokens tk, Finding f, StringBuilder key) {
    key.setLength(0);
    int first = -1;
    int last = -1;
    int k = NameEchoes.firstTokenAt(tk, f.start());
    while (k < tk.count && tk.end[k] <= f.end()) {
      if (part(tk, k)) {
        first = first < 0 ? k : first;
        k = appendPart(tk, k, key);
        last = k - 1;
      } else {
        if (tk.kind[k] != Tokens.PUNCT) {
          key.setLength(0); // a label's word: the value follows it
          first = -1;
        }
        k++;
      }
    }
    StringBuilder form = new StringBuilder();
    for (int i = first < 0 ? 0 : tk.start[first]; first >= 0 && i < tk.end[last]; i++) {
      form.append(WordTable.lower(tk.text.charAt(i)));
    }
    return form.toString();
  }

  /**
   * Whether token {@code t} may open a mention: a part, and no part just before it (the mention
   * would be the middle of a longer value).
   */
  private static boolean startsAMention(Tokens tk, int t) {
    if (!part(tk, t)) {
      return false;
    }
    int before = t - 1;
    if (before >= 0 && separator(tk, before) && !tk.newlineBefore(t)) {
      before--;
    }
    return before < 0
        || tk.newlineBefore(before + 1)
        || !part(tk, before)
        || (tk.kind[t] == Tokens.WORD) != (tk.kind[before] == Tokens.WORD); // "2906, four three"
  }

  /** Whether another part follows the mention ending before token {@code e} on its line. */
  private static boolean continues(Tokens tk, int e) {
    int after = e;
    if (after < tk.count && separator(tk, after) && !tk.newlineBefore(after)) {
      after++;
    }
    return after < tk.count && !tk.newlineBefore(after) && part(tk, after);
  }

  /** Whether a thousands' comma joins the numbers in {@code [t, e)}: "$10,001" is no ZIP code. */
  private static boolean thousands(Tokens tk, int t, int e) {
    for (int k = t + 1; k + 1 < e; k++) {
      if (tk.isPunct(k, ',')
          && tk.joined(k)
          && tk.joined(k + 1)
          && tk.is(k - 1, Tokens.NUM)
          && tk.is(k + 1, Tokens.NUM)
          && tk.length(k + 1) == 3) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether digits said in {@code [t, e)} stand alone as a value's tail confirmed: the answer ends
   * there or goes on to say so ("Four four seven one, got it", "Oh one three seven is, um, that's
   * Gerald"); not a room's, a bus's or a line's number ("in room four four seven one", "the four
   * four seven one bus"), nor a count of things ("four, four, seven, one grandkids").
   */
  private static boolean confirming(Tokens tk, int t, int e) {
    if (tk.equalsAnyIgnoreCase(t - 1, NUMBERED)) {
      return false;
    }
    return e >= tk.count
        || tk.newlineBefore(e)
        || tk.is(e, Tokens.PUNCT)
        || tk.equalsAnyIgnoreCase(e, CONFIRMED);
  }

  /** Things numbered as a value's tail might be. */
  private static final WordList NUMBERED =
      WordList.of(
          "room",
          "suite",
          "unit",
          "apartment",
          "apt",
          "bus",
          "route",
          "line",
          "floor",
          "extension",
          "ext",
          "bed",
          "box",
          "lot",
          "gate",
          "door",
          "pin",
          "flight",
          "seat",
          "car",
          "van",
          "code");

  /** Words that go on from a tail read back to confirm it. */
  private static final WordList CONFIRMED =
      WordList.of("is", "yes", "yeah", "right", "correct", "ok", "okay", "got", "thats", "that");

  private static final char STREET = '|';

  private static String word(Tokens tk, int k) {
    StringBuilder w = new StringBuilder(tk.length(k));
    for (int i = tk.start[k]; i < tk.end[k]; i++) {
      w.append(WordTable.lower(tk.text.charAt(i)));
    }
    return w.toString();
  }

  /**
   * Keys the house number of address {@code f}, two digits or more, with its street's first word
   * ("902|sycamore" for "902 Sycamore Street", "67|wexford" for "sixty-seven Wexford Road"), and
   * the number alone, as a tail, when it has three digits or more ("forty two eighteen" after "4218
   * Calloway Drive"); returns the number's length.
   */
  private static int houseNumber(
      Tokens tk, Finding f, StringBuilder key, Map<String, Value> values) {
    key.setLength(0);
    int k = NameEchoes.firstTokenAt(tk, f.start());
    int first = k;
    while (k < tk.count && tk.end[k] <= f.end() && part(tk, k) && tk.kind[k] != Tokens.ALNUM) {
      k = appendPart(tk, k, key);
    }
    if (key.length() < 2
        || digits(key) != key.length()
        || key.length() > 6
        || !tk.is(k, Tokens.WORD)
        || tk.length(k) < 3
        || tk.wordIs(k, Lexicon.STOP | Lexicon.NUMBER_WORD)
        || tk.end[k] > f.end()
        || values.size() >= MAX_VALUES) {
      return 0;
    }
    String form = word(tk, first);
    String number = key.toString();
    values.putIfAbsent(
        number + STREET + word(tk, k),
        new Value(PhiType.ADDRESS, form, -1, -1, false, f.confidence()));
    if (number.length() >= 3) {
      values.putIfAbsent(
          number, new Value(PhiType.ADDRESS, form, f.start(), f.end(), true, f.confidence()));
    }
    return number.length();
  }

  /** A comma or hyphen between a value's groups, or "dash" said. */
  private static boolean separator(Tokens tk, int k) {
    return tk.isPunct(k, ',') || tk.isPunct(k, '-') || tk.equalsIgnoreCase(k, "dash");
  }

  /**
   * A number, a code, a letter alone, a number said in words, "double", "triple", "hundred"; not
   * the "four" of "the last four, six six one two".
   */
  static boolean part(Tokens tk, int k) {
    if (k < 0
        || k >= tk.count
        || (tk.equalsIgnoreCase(k, "four") && tk.equalsIgnoreCase(k - 1, "last"))) {
      return false;
    }
    byte kind = tk.kind[k];
    if (kind == Tokens.NUM || kind == Tokens.ALNUM) {
      return true;
    }
    return kind == Tokens.WORD
        && ((tk.length(k) == 1
                && Character.isLetter(tk.text.charAt(tk.start[k]))
                && !(tk.joined(k) && (tk.isPunct(k - 1, '\'') || tk.isPunct(k - 1, '\u2019'))))
            || tk.numberValue(k) >= 0
            || tk.equalsIgnoreCase(k, "hundred")
            || (repeat(tk, k) > 0 && oneDigit(tk, k + 1)));
  }

  /** Whether token {@code k} is one digit: "7", "seven", "oh". */
  private static boolean oneDigit(Tokens tk, int k) {
    if (tk.is(k, Tokens.NUM)) {
      return tk.length(k) == 1;
    }
    int v = tk.numberValue(k);
    return tk.is(k, Tokens.WORD) && v >= 0 && v <= 9;
  }

  /** 2 for "double", 3 for "triple", else 0. */
  private static int repeat(Tokens tk, int k) {
    return tk.equalsIgnoreCase(k, "double") ? 2 : tk.equalsIgnoreCase(k, "triple") ? 3 : 0;
  }

  /**
   * Appends part {@code k}'s letters and digits to {@code key}; returns the token after the part
   * ("forty-two", "double seven" are parts of two or three tokens).
   */
  static int appendPart(Tokens tk, int k, StringBuilder key) {
    if (tk.kind[k] != Tokens.WORD || tk.length(k) == 1) {
      for (int i = tk.start[k]; i < tk.end[k]; i++) {
        char c = tk.text.charAt(i);
        if (Character.isLetterOrDigit(c)) {
          key.append(Character.toLowerCase(c));
        }
      }
      return k + 1;
    }
    int times = repeat(tk, k);
    if (times > 0) {
      int d =
          tk.is(k + 1, Tokens.NUM) ? tk.text.charAt(tk.start[k + 1]) - '0' : tk.numberValue(k + 1);
      for (int i = 0; i < times; i++) {
        key.append((char) ('0' + d));
      }
      return k + 2;
    }
    if (tk.equalsIgnoreCase(k, "hundred")) {
      key.append("00");
      return k + 1;
    }
    int v = tk.numberValue(k);
    if (v >= 20 && v % 10 == 0) {
      int unit = tk.isPunct(k + 1, '-') && tk.joined(k + 1) && tk.joined(k + 2) ? k + 2 : k + 1;
      int u = tk.is(unit, Tokens.WORD) ? tk.numberValue(unit) : -1;
      if (u >= 1 && u <= 9 && !tk.newlineBefore(unit)) {
        key.append((char) ('0' + v / 10)).append((char) ('0' + u));
        return unit + 1;
      }
    }
    key.append(v);
    return k + 1;
  }

  private static int digits(CharSequence key) {
    int n = 0;
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      n += c >= '0' && c <= '9' ? 1 : 0;
    }
    return n;
  }
}
