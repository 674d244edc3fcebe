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
 * joiners, which a copy from a web page can leave inside a name), and fullwidth letters and digits
 * read as ASCII ("Ｈｏｄａｎ"). Findings map back to the text as given, covering whatever was folded.
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
        p = q; // dropped; a finding around it covers it
        continue;
      }
      if (q == p + 1) {
        f.append(c >= 0xff01 && c <= 0xff5e ? (char) (c - 0xfee0) : c, p, q);
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
    return c >= 0xad && (isMark(c) || isInvisible(c) || (c >= 0xff01 && c <= 0xff5e));
  }

  /** Combining diacritical marks and their supplement: the accents of decomposed Latin text. */
  private static boolean isMark(char c) {
    return (c >= 0x300 && c < 0x370) || (c >= 0x1dc0 && c < 0x1e00);
  }

  /** Soft hyphen, zero-width space, non-joiner and joiner, word joiner, zero-width no-break. */
  private static boolean isInvisible(char c) {
    return c == 0xad || (c >= 0x200b && c <= 0x200d) || c == 0x2060 || c == 0xfeff;
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
