package com.backofficecare.safeguard.core.redaction;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A date as it was written, parsed so that it can be shifted or generalized and written back in the
 * same form. Patterns here run on one short finding, never on whole documents.
 */
final class DateText {

  private static final Pattern NUMERIC_MDY =
      Pattern.compile("(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})");
  private static final Pattern NUMERIC_YMD =
      Pattern.compile("(\\d{4})([/-])(\\d{1,2})\\2(\\d{1,2})");
  private static final Pattern WRITTEN_MDY =
      Pattern.compile("([A-Za-z]{3,9})(\\.?) (\\d{1,2})(st|nd|rd|th)?(,?) (\\d{4})");
  private static final Pattern WRITTEN_DMY =
      Pattern.compile("(\\d{1,2})(st|nd|rd|th)? (?:of )?([A-Za-z]{3,9})(\\.?)(,?) (\\d{4})");
  private static final Pattern WRITTEN_MY = Pattern.compile("([A-Za-z]{3,9})(,?) (\\d{4})");
  private static final Pattern NUMERIC_MY = Pattern.compile("(\\d{1,2})([/-])(\\d{4})");

  private enum Form {
    MDY,
    YMD,
    WRITTEN_MDY,
    WRITTEN_DMY,
    MONTH_YEAR,
    NUMERIC_MONTH_YEAR
  }

  private final Form form;
  private final LocalDate date;
  private final String separator;
  private final boolean twoDigitYear;
  private final boolean abbreviated;

  private DateText(
      Form form, LocalDate date, String separator, boolean twoDigitYear, boolean abbreviated) {
    this.form = form;
    this.date = date;
    this.separator = separator;
    this.twoDigitYear = twoDigitYear;
    this.abbreviated = abbreviated;
  }

  static @Nullable DateText parse(String text) {
    String s = text.strip();
    try {
      Matcher m = NUMERIC_YMD.matcher(s);
      if (m.matches()) {
        return new DateText(
            Form.YMD, LocalDate.of(i(m, 1), i(m, 3), i(m, 4)), m.group(2), false, false);
      }
      m = NUMERIC_MDY.matcher(s);
      if (m.matches()) {
        boolean two = m.group(4).length() == 2;
        int year = two ? 2000 + i(m, 4) : i(m, 4);
        if (two && year > LocalDate.now(java.time.ZoneOffset.UTC).getYear()) {
          year -= 100;
        }
        return new DateText(Form.MDY, LocalDate.of(year, i(m, 1), i(m, 3)), m.group(2), two, false);
      }
      m = WRITTEN_MDY.matcher(s);
      if (m.matches() && month(m.group(1)) > 0) {
        return new DateText(
            Form.WRITTEN_MDY,
            LocalDate.of(i(m, 6), month(m.group(1)), i(m, 3)),
            "",
            false,
            m.group(1).length() <= 4);
      }
      m = WRITTEN_DMY.matcher(s);
      if (m.matches() && month(m.group(3)) > 0) {
        return new DateText(
            Form.WRITTEN_DMY,
            LocalDate.of(i(m, 6), month(m.group(3)), i(m, 1)),
            "",
            false,
            m.group(3).length() <= 4);
      }
      m = NUMERIC_MY.matcher(s);
      if (m.matches()) { // "TTE 10/2025"
        return new DateText(
            Form.NUMERIC_MONTH_YEAR, LocalDate.of(i(m, 3), i(m, 1), 1), m.group(2), false, false);
      }
      m = WRITTEN_MY.matcher(s);
      if (m.matches() && month(m.group(1)) > 0) {
        return new DateText(
            Form.MONTH_YEAR,
            LocalDate.of(i(m, 3), month(m.group(1)), 1),
            "",
            false,
            m.group(1).length() <= 4);
      }
    } catch (DateTimeException e) {
      return null;
    }
    return null;
  }

  LocalDate date() {
    return date;
  }

  /** The same form of writing, for another date. */
  String render(LocalDate d) {
    String monthName =
        d.getMonth().getDisplayName(abbreviated ? TextStyle.SHORT : TextStyle.FULL, Locale.US);
    return switch (form) {
      case YMD ->
          String.format(
              "%04d%s%02d%s%02d",
              d.getYear(), separator, d.getMonthValue(), separator, d.getDayOfMonth());
      case MDY ->
          String.format(
              "%02d%s%02d%s%s",
              d.getMonthValue(),
              separator,
              d.getDayOfMonth(),
              separator,
              twoDigitYear
                  ? String.format("%02d", d.getYear() % 100)
                  : String.valueOf(d.getYear()));
      case WRITTEN_MDY -> monthName + " " + d.getDayOfMonth() + ", " + d.getYear();
      case WRITTEN_DMY -> d.getDayOfMonth() + " " + monthName + " " + d.getYear();
      case NUMERIC_MONTH_YEAR ->
          String.format("%02d%s%04d", d.getMonthValue(), separator, d.getYear());
      default -> monthName + " " + d.getYear();
    };
  }

  private static int i(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }

  private static int month(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    for (Month month : Month.values()) {
      String full = month.getDisplayName(TextStyle.FULL, Locale.US).toLowerCase(Locale.ROOT);
      if (full.equals(n) || (n.length() >= 3 && full.startsWith(n))) {
        return month.getValue();
      }
    }
    return 0;
  }
}
