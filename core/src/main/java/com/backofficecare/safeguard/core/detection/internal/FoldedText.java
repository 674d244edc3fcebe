package com.backofficecare.safeguard.core.detection.internal;

import com.backofficecare.safeguard.core.detection.Finding;
import java.nio.CharBuffer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A text as the detector reads it when its letters are written in an unusual form: combining
 * accents composed with their letter (decomposed text, as macOS file names and some PDF extractors
 * write "José"), invisible characters inside words dropped (soft hyphens, zero-width spaces and
 * joiners, which a copy from a web page can leave inside a name), typographic hyphens and minus
 * signs read as "-", and fullwidth letters and digits read as ASCII ("Ｈｏｄａｎ"). Findings map back to
 * the text as given, covering whatever was folded.
 *
 * <p>Every folded character stands for one run of the original, so offsets map back exactly. The
 * folded copy is a char array, zeroed by {@link #clear()}.
 */
final class FoldedText {

  private char[] chars;
  private int length;
  private int[] from; // per folded character: where its run starts in the original
  private int[] to; // and where it ends

  private FoldedText(int capacity) {
    chars = new char[capacity];
    from = new int[capacity];
    to = new int[capacity];
  }

  /** The text folded, or null when nothing in it needs folding (nearly every text). */
  static @Nullable FoldedText of(CharSequence text) {
    int n = text.length();
    int first = 0;
    while (first < n && !folds(text.charAt(first))) {
      first++;
    }
    if (first == n) {
      return null;
    }
    FoldedText f = new FoldedText(n + 16);
    int p = 0;
    while (p < n) {
      char c = text.charAt(p);
      int q = p + 1;
      while (q < n && isMark(text.charAt(q))) {
        q++;
      }
      if (isInvisible(c)) {
        if (p > 0
            && q < n
            && Character.isLowerCase(text.charAt(p - 1))
            && Character.isUpperCase(text.charAt(q))) {
          f.append(' ', p, q); // "Margaret\u200bHodan": the only break between two words
        }
        p = q; // else dropped; a finding around it covers it
        continue;
      }
      if (q == p + 1) {
        boolean hyphen =
            isDash(c) && p > 0 && q < n && isDigit(text.charAt(p - 1)) && isDigit(text.charAt(q));
        f.append(c >= 0xff01 && c <= 0xff5e ? (char) (c - 0xfee0) : hyphen ? '-' : c, p, q);
      } else {
        String run = Normalizer.normalize(text.subSequence(p, q), Normalizer.Form.NFC);
        for (int i = 0; i < run.length(); i++) {
          f.append(run.charAt(i), p, q);
        }
      }
      p = q;
    }
    return f;
  }

  private static boolean folds(char c) {
    return c >= 0xad && (isMark(c) || isInvisible(c) || isDash(c) || (c >= 0xff01 && c <= 0xff5e));
  }

  /** Combining diacritical marks and their supplement: the accents of decomposed Latin text. */
  private static boolean isMark(char c) {
    return (c >= 0x300 && c < 0x370 && c != 0x34f) || (c >= 0x1dc0 && c < 0x1e00);
  }

  /**
   * Characters drawn as nothing: soft hyphen, combining grapheme joiner, Arabic letter mark,
   * Mongolian vowel separator, zero-width space, joiners and direction marks, bidirectional
   * embeddings and isolates, word joiner and invisible operators, variation selectors, zero-width
   * no-break space.
   */
  private static boolean isInvisible(char c) {
    return c == 0xad
        || c == 0x34f
        || c == 0x61c
        || c == 0x180e
        || (c >= 0x200b && c <= 0x200f)
        || (c >= 0x202a && c <= 0x202e)
        || (c >= 0x2060 && c <= 0x2069)
        || (c >= 0xfe00 && c <= 0xfe0f)
        || c == 0xfeff;
  }

  /**
   * Hyphens a word processor types for "-" ("123\u201345\u20136789"): hyphen, non-breaking hyphen,
   * figure dash, en dash, minus sign, small hyphen-minus; read as "-" between digits only, since
   * between words an en dash parts clauses ("Kofi Boateng – Virgil Oates"). Not the em dash.
   */
  private static boolean isDash(char c) {
    return (c >= 0x2010 && c <= 0x2013) || c == 0x2212 || c == 0xfe63;
  }

  private static boolean isDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= 0xff10 && c <= 0xff19);
  }

  private void append(char c, int start, int end) {
    if (length == chars.length) {
      int grown = length * 2;
      char[] old = chars;
      chars = Arrays.copyOf(chars, grown);
      Arrays.fill(old, '\0');
      from = Arrays.copyOf(from, grown);
      to = Arrays.copyOf(to, grown);
    }
    chars[length] = c;
    from[length] = start;
    to[length] = end;
    length++;
  }

  /** The folded text, valid until {@link #clear()}. */
  CharSequence text() {
    return CharBuffer.wrap(chars, 0, length);
  }

  /** The findings in the folded text, as offsets of the original. */
  List<Finding> mapBack(List<Finding> found) {
    List<Finding> out = new ArrayList<>(found.size());
    for (Finding f : found) {
      out.add(
          new Finding(
              f.type(),
              from[f.start()],
              to[f.end() - 1],
              f.confidence(),
              f.recognizer(),
              f.reason()));
    }
    return out;
  }

  void clear() {
    Arrays.fill(chars, '\0');
  }
}
