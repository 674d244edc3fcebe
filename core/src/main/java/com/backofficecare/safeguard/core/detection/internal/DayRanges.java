package com.backofficecare.safeguard.core.detection.internal;

import com.backofficecare.safeguard.core.PhiType;
import com.backofficecare.safeguard.core.detection.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * The other day of a range or a pair said aloud beside a day found: "the tenth through the
 * twelfth", "on the twenty-seventh and twenty-eighth of October", "the 3rd or the 4th". A day said
 * alone is weak evidence ("the second floor"); one joined by "and", "or", "to" or "through" to a
 * day found is the same kind of thing. One linear pass over the findings, a few tokens each side.
 */
final class DayRanges {

  static final double CONFIDENCE = 0.7;

  private DayRanges() {}

  /** {@code found} (sorted, disjoint) with the days said beside its days added. */
  static List<Finding> extend(List<Finding> found, Tokens tk) {
    List<Finding> days = new ArrayList<>();
    List<Finding> dates = found;
    for (int i = 0; i < found.size(); i++) {
      Finding f = found.get(i);
      if (f.type() != PhiType.DATE) {
        continue;
      }
      int first = NameEchoes.firstTokenAt(tk, f.start());
      int last = NameEchoes.firstTokenAt(tk, f.end()) - 1;
      int year = yearEnd(tk, first, last);
      int cut = year > last ? year : beforeAMeasure(tk, first, last);
      if (cut != last && (i + 1 == found.size() || found.get(i + 1).start() >= tk.end[cut])) {
        if (dates == found) {
          dates = new ArrayList<>(found);
        }
        last = cut; // "July nineteenth, ninety-two"; "March third," of "March third, forty mg"
        dates.set(
            i,
            new Finding(
                PhiType.DATE, f.start(), tk.end[last], f.confidence(), f.recognizer(), f.reason()));
      }
      if (first >= tk.count || dayStart(tk, first) != first) {
        continue; // "March 4 and the 5th" is left to the rules that read months
      }
      int before = partnerBefore(tk, first);
      if (before >= 0 && (i == 0 || found.get(i - 1).end() <= tk.start[before])) {
        add(days, tk, before, dayEnd(tk, before));
      }
      int after = partnerAfter(tk, last);
      if (after >= 0) {
        int end = dayEnd(tk, after);
        if (tk.equalsIgnoreCase(end + 1, "of") && tk.wordIs(end + 2, Lexicon.MONTH)) {
          end += 2; // "the tenth through the twelfth of May"
        }
        boolean everyMonth =
            tk.equalsIgnoreCase(end + 1, "of")
                && (tk.equalsIgnoreCase(end + 2, "each") || tk.equalsIgnoreCase(end + 2, "every"));
        if (!everyMonth // "on the 1st and 15th of each month": a day that comes back, no date
            && (i + 1 == found.size() || found.get(i + 1).start() >= tk.end[end])) {
          add(days, tk, after, end);
        }
      }
    }
    return days.isEmpty() ? dates : NameEchoes.merge(dates, days);
  }

  private static void add(List<Finding> days, Tokens tk, int first, int last) {
    if (!days.isEmpty() && days.get(days.size() - 1).end() > tk.start[first]) {
      return;
    }
    days.add(
        new Finding(
            PhiType.DATE,
            tk.start[first],
            tk.end[last],
            CONFIDENCE,
            "date.day-beside",
            "a day said beside a day found"));
  }

  /**
   * The last token of the date from {@code first} to {@code last} with the rest of its year said
   * aloud: the unit the date stopped short of ("July nineteenth, ninety" of "ninety-two"), or a
   * year of two words after a day and a month ("the twelfth of June thirty-five"); else {@code
   * last}.
   */
  private static int yearEnd(Tokens tk, int first, int last) {
    boolean day = false;
    boolean month = false;
    for (int k = first; k < last; k++) {
      day |= dayEnd(tk, k) >= 0;
      month |= tk.wordIs(k, Lexicon.MONTH);
    }
    if (tens(tk, last) && unitAfter(tk, last) && (day || month)) {
      return last + 2; // not "eleven forty-five", a time
    }
    int k = tk.isPunct(last + 1, ',') ? last + 2 : last + 1;
    return day
            && tk.wordIs(last, Lexicon.MONTH)
            && !tk.newlineBefore(k)
            && tens(tk, k)
            && unitAfter(tk, k)
        ? k + 2
        : last;
  }

  /**
   * The last token of the date from {@code first} to {@code last} without the number after its last
   * comma when a measure follows that number ("March third, forty milligrams", "May fourth,
   * twenty-five dollars", "June fifth, two o'clock"): a dose, a sum or a time, no year; else {@code
   * last}.
   */
  private static int beforeAMeasure(Tokens tk, int first, int last) {
    int o =
        tk.equalsIgnoreCase(last, "clock") && tk.equalsIgnoreCase(last - 2, "o") ? last - 2 : -1;
    boolean clock = o >= 0 || tk.equalsIgnoreCase(last, "o'clock");
    int number = o >= 0 ? o - 1 : clock ? last - 1 : last; // "June fifth, two o'clock"
    if (!tk.wordIs(number, Lexicon.NUMBER_WORD)) {
      return last;
    }
    int after =
        clock ? last : unitAfter(tk, last) || tk.isPunct(last + 1, '-') ? last + 3 : last + 1;
    if (!clock && (!tk.equalsAnyIgnoreCase(after, MEASURES) || tk.newlineBefore(after))) {
      return last;
    }
    for (int k = number - 1; k > first; k--) {
      if (tk.isPunct(k, ',')) {
        return k - 1;
      }
      if (!tk.wordIs(k, Lexicon.NUMBER_WORD) && !tk.isPunct(k, '-')) {
        return last;
      }
    }
    return last;
  }

  /** What a number said after a date measures when it is no year. */
  private static final WordList MEASURES =
      WordList.of(
          "milligrams",
          "mg",
          "mcg",
          "micrograms",
          "ml",
          "cc",
          "units",
          "dollars",
          "bucks",
          "cents",
          "percent",
          "degrees",
          "minutes",
          "mins",
          "hours",
          "hrs",
          "seconds",
          "pounds",
          "lbs",
          "kilos",
          "kg",
          "people",
          "o",
          "reps",
          "pills",
          "tablets",
          "times",
          "miles",
          "feet");

  /** Whether token {@code k} says tens: "twenty" to "ninety". */
  private static boolean tens(Tokens tk, int k) {
    int v = tk.is(k, Tokens.WORD) ? tk.numberValue(k) : -1;
    return v >= 20 && v % 10 == 0;
  }

  /**
   * Whether a hyphen and a unit word ("-two") are joined to token {@code k}, ending a phrase (no
   * noun after it).
   */
  private static boolean unitAfter(Tokens tk, int k) {
    int v = tk.numberValue(k + 2);
    int next = k + 3;
    return tk.isPunct(k + 1, '-')
        && tk.joined(k + 1)
        && tk.joined(k + 2)
        && tk.is(k + 2, Tokens.WORD)
        && v >= 1
        && v <= 9
        && (next >= tk.count // not "the twelfth of June, twenty-four visits": a count
            || tk.newlineBefore(next)
            || tk.is(next, Tokens.PUNCT)
            || tk.wordIs(next, Lexicon.STOP)
            || tk.equalsAnyIgnoreCase(next, CONJUNCTIONS));
  }

  private static final WordList CONJUNCTIONS = WordList.of("and", "or", "but", "so", "when");

  /** The first token of a day said before the day opening at {@code k} and a link, or -1. */
  private static int partnerBefore(Tokens tk, int k) {
    int link = tk.equalsIgnoreCase(k - 1, "the") ? k - 2 : k - 1;
    if (!tk.equalsAnyIgnoreCase(link, LINKS)) {
      return -1;
    }
    int end = link - 1;
    if (tk.isPunct(end, ',')) {
      end--; // "the 2nd, and the 3rd"
    }
    int start = dayStartEndingAt(tk, end);
    return start >= 0 && dayEnd(tk, start) == end ? start : -1;
  }

  /** The first token of a day said after a link after token {@code k}, or -1. */
  private static int partnerAfter(Tokens tk, int k) {
    boolean comma = tk.isPunct(k + 1, ',');
    int link = comma ? k + 2 : k + 1;
    if (!tk.equalsAnyIgnoreCase(link, LINKS) || tk.newlineBefore(link)) {
      return -1;
    }
    boolean the = tk.equalsIgnoreCase(link + 1, "the");
    int day = the ? link + 2 : link + 1;
    int end = dayEnd(tk, day);
    return end >= day
            && (the || !comma) // "on the 12th, and third was the worst": a count, no day
            && !tk.equalsAnyIgnoreCase(end + 1, NOT_DAYS)
        ? day
        : -1;
  }

  /** {@code k} when a day of the month said opens there ("tenth", "twenty-eighth", "12th"). */
  private static int dayStart(Tokens tk, int k) {
    return dayEnd(tk, k) >= 0 ? k : -1;
  }

  /** The last token of the day said from {@code k}, or -1. */
  private static int dayEnd(Tokens tk, int k) {
    if (k < 0 || k >= tk.count) {
      return -1;
    }
    if (tk.equalsAnyIgnoreCase(k, DAY_ORDINALS) || (tk.ordinal(k) >= 1 && tk.ordinal(k) <= 31)) {
      return k;
    }
    boolean tens = tk.equalsIgnoreCase(k, "twenty") || tk.equalsIgnoreCase(k, "thirty");
    if (tens && tk.isPunct(k + 1, '-') && tk.joined(k + 1) && tk.joined(k + 2)) {
      boolean thirty = tk.equalsIgnoreCase(k, "thirty");
      boolean unit =
          thirty ? tk.equalsIgnoreCase(k + 2, "first") : tk.equalsAnyIgnoreCase(k + 2, UNITS);
      return unit ? k + 2 : -1;
    }
    return -1;
  }

  /** The first token of the day said that ends at {@code end}, or -1. */
  private static int dayStartEndingAt(Tokens tk, int end) {
    if (end >= 2 && tk.isPunct(end - 1, '-') && dayEnd(tk, end - 2) == end) {
      return end - 2; // "twenty-seventh"
    }
    return dayEnd(tk, end) == end ? end : -1;
  }

  /** What an ordinal counts when it is no day: "the 3rd and 4th floors", "2nd shifts". */
  private static final WordList NOT_DAYS =
      WordList.of(
          "floor", "floors", "shift", "shifts", "grade", "grades", "time", "times", "place", "dose",
          "doses", "week", "weeks", "visit", "visits", "tier", "tiers", "quarter", "one", "ones",
          "attempt", "round", "page", "line", "street", "st", "ave", "avenue");

  /** Words joining two days of a range or a pair. */
  private static final WordList LINKS = WordList.of("and", "or", "to", "through", "thru", "till");

  private static final WordList UNITS =
      WordList.of(
          "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth");

  private static final WordList DAY_ORDINALS =
      WordList.of(
          "first",
          "second",
          "third",
          "fourth",
          "fifth",
          "sixth",
          "seventh",
          "eighth",
          "ninth",
          "tenth",
          "eleventh",
          "twelfth",
          "thirteenth",
          "fourteenth",
          "fifteenth",
          "sixteenth",
          "seventeenth",
          "eighteenth",
          "nineteenth",
          "twentieth",
          "thirtieth");
}
