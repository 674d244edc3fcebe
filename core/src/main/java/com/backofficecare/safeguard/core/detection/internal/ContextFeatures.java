package com.backofficecare.safeguard.core.detection.internal;

import static com.backofficecare.safeguard.core.detection.internal.Lexicon.*;

import org.jspecify.annotations.Nullable;

/**
 * The features the {@link ContextModel} weighs for each token, as hashed integers: the same code
 * serves training and tagging, so the two can never disagree. A feature is a template (what is
 * looked at) combined with a value (what was seen there); the words themselves are only ever
 * present as their case-folded hashes.
 *
 * <p>Templates: the word, its neighbours two either side, its affixes and shape, the word classes
 * of the lexicon (name lists, places, clinical vocabulary, titles, roles, cue words) around it, the
 * labels before it, and the case pattern of its line and of the whole document, so that a capital
 * letter counts as evidence only where the text uses capitals sparingly.
 */
final class ContextFeatures {

  /** Templates; their order is part of the model file format (append, never reorder). */
  static final int BIAS = 0;

  static final int WORD = 1;
  static final int PREV = 2;
  static final int NEXT = 3;
  static final int PREV2 = 4;
  static final int NEXT2 = 5;
  static final int SUFFIX3 = 6;
  static final int SUFFIX2 = 7;
  static final int PREFIX3 = 8;
  static final int SHAPE = 9;
  static final int PREV_SHAPE = 10;
  static final int NEXT_SHAPE = 11;
  static final int CLASSES = 12;
  static final int CLASS_BIT = 13;
  static final int PREV_CLASSES = 14;
  static final int NEXT_CLASSES = 15;
  static final int PREV2_CLASSES = 16;
  static final int NEXT2_CLASSES = 17;
  static final int DOC_CASE_SHAPE = 18;
  static final int DOC_CASE_CLASSES = 19;
  static final int LINE_CASE_SHAPE = 20;
  static final int PREV_CUE = 21;
  static final int LINE_START_SHAPE = 22;
  static final int PREV_WORD_CLASSES = 23;
  static final int DOC_CASE_PREV = 24;
  static final int TEMPLATES = 25;

  /** The most features one token can have. */
  static final int MAX = 40;

  /** Word classes the model looks at; the rest of the lexicon's bits are other recognizers'. */
  static final int CLASS_MASK =
      FIRST
          | LAST
          | COMMON
          | STOP
          | MONTH
          | WEEKDAY
          | STREET_SUFFIX
          | STATE
          | TITLE
          | ROLE
          | WEAK_CUE
          | ORG
          | STATE_NAME
          | PLACE
          | PLACE_PART
          | CLINICAL
          | PARTICLE
          | UNIT
          | DIRECTION
          | NUMBER_WORD
          | ORDINAL_WORD;

  static final int CASE_LOWER = 1;
  static final int CASE_MIXED = 2;
  static final int CASE_CAPS = 3;

  private ContextFeatures() {}

  /**
   * The case pattern of tokens {@code [from, to)}: capitals (most words of two letters or more are
   * all capitals), lower (hardly a word starts with a capital) or mixed.
   */
  static int casePattern(Tokens tk, int from, int to) {
    int words = 0;
    int caps = 0;
    int capitalized = 0;
    for (int t = from; t < to; t++) {
      if (tk.kind[t] == Tokens.WORD && tk.length(t) >= 2) {
        words++;
        int f = tk.flags[t];
        if ((f & Tokens.ALL_CAPS) != 0) {
          caps++;
        } else if ((f & Tokens.CAPITALIZED) != 0) {
          capitalized++;
        }
      }
    }
    return casePattern(words, caps, capitalized);
  }

  /**
   * The case pattern of tokens among which {@code words} words of two letters or more, {@code caps}
   * of them all in capitals and {@code capitalized} others capitalized.
   */
  static int casePattern(int words, int caps, int capitalized) {
    if (words == 0) {
      return CASE_MIXED;
    }
    if (caps * 10 >= words * 7) {
      return CASE_CAPS;
    }
    return (caps + capitalized) * 20 <= words ? CASE_LOWER : CASE_MIXED;
  }

  /** Roles a token plays for the tokens around it; {@link #roleFeatures} takes one. */
  static final int SELF = 0;

  static final int AS_PREV = 1;
  static final int AS_NEXT = 2;
  static final int AS_PREV2 = 3;
  static final int AS_NEXT2 = 4;
  static final int ROLES = 5;

  /**
   * Writes token {@code t}'s features into {@code out} and returns how many; where {@code
   * templates} is not null, the template of each feature goes there at the same index. The features
   * are those of the token itself and of its neighbours in their roles (the tagger sums them once
   * per word of a text), those of shapes (small domains the tagger reads from dense tables), and
   * pairs (hashed for each token).
   *
   * @param docCase the document's {@link #casePattern}
   * @param lineCase the case pattern of the token's line
   */
  static int extract(
      Tokens tk, int t, int docCase, int lineCase, int[] out, int @Nullable [] templates) {
    int n = roleFeatures(tk, t, SELF, docCase, out, templates, 0);
    n = roleFeatures(tk, t - 1, AS_PREV, docCase, out, templates, n);
    n = roleFeatures(tk, t + 1, AS_NEXT, docCase, out, templates, n);
    n = roleFeatures(tk, t - 2, AS_PREV2, docCase, out, templates, n);
    n = roleFeatures(tk, t + 2, AS_NEXT2, docCase, out, templates, n);
    int shape = shape(tk, t);
    n = put(out, templates, n, BIAS, 0);
    n = put(out, templates, n, SHAPE, shape);
    n = put(out, templates, n, PREV_SHAPE, shape(tk, t - 1));
    n = put(out, templates, n, NEXT_SHAPE, shape(tk, t + 1));
    n = put(out, templates, n, DOC_CASE_SHAPE, docCase * SHAPES + shape);
    n = put(out, templates, n, LINE_CASE_SHAPE, lineCase * SHAPES + shape);
    if (lineStart(tk, t)) {
      n = put(out, templates, n, LINE_START_SHAPE, shape);
    }
    return pairFeatures(tk, t, out, templates, n);
  }

  /** Shapes lie in {@code [0, SHAPES)}; the small-domain templates are indexed by them. */
  static final int SHAPES = 1024;

  static boolean lineStart(Tokens tk, int t) {
    return t == 0 || tk.newlineBefore(t);
  }

  /** The features of token {@code t} that pair it with its neighbours' cues and classes. */
  static int pairFeatures(Tokens tk, int t, int[] out, int @Nullable [] templates, int n) {
    n = put(out, templates, n, PREV_CUE, previousCue(tk, t));
    return put(
        out, templates, n, PREV_WORD_CLASSES, classes(tk, t - 1) * 31 + identity(tk, t) * 17);
  }

  /**
   * The features that depend only on token {@code k} (which may lie outside the text) and on the
   * role it plays: the same for every occurrence of the same word, so they can be cached.
   */
  static int roleFeatures(
      Tokens tk, int k, int role, int docCase, int[] out, int @Nullable [] templates, int n) {
    int identity = identity(tk, k);
    int classes = classes(tk, k);
    switch (role) {
      case SELF -> {
        n = put(out, templates, n, WORD, identity);
        if (tk.kind[k] == Tokens.WORD && tk.length(k) >= 4) {
          n = put(out, templates, n, SUFFIX3, affix(tk, tk.end[k] - 3, tk.end[k]));
          n = put(out, templates, n, SUFFIX2, affix(tk, tk.end[k] - 2, tk.end[k]));
          n = put(out, templates, n, PREFIX3, affix(tk, tk.start[k], tk.start[k] + 3));
        }
        n = put(out, templates, n, CLASSES, classes);
        for (int bits = classes; bits != 0; bits &= bits - 1) {
          n = put(out, templates, n, CLASS_BIT, Integer.numberOfTrailingZeros(bits));
        }
        return put(out, templates, n, DOC_CASE_CLASSES, classes * 4 + docCase);
      }
      case AS_PREV -> {
        n = put(out, templates, n, PREV, identity);
        n = put(out, templates, n, DOC_CASE_PREV, identity * 4 + docCase);
        return put(out, templates, n, PREV_CLASSES, classes);
      }
      case AS_NEXT -> {
        n = put(out, templates, n, NEXT, identity);
        return put(out, templates, n, NEXT_CLASSES, classes);
      }
      case AS_PREV2 -> {
        n = put(out, templates, n, PREV2, identity);
        return put(out, templates, n, PREV2_CLASSES, classes);
      }
      default -> {
        n = put(out, templates, n, NEXT2, identity);
        return put(out, templates, n, NEXT2_CLASSES, classes);
      }
    }
  }

  private static int put(int[] out, int @Nullable [] templates, int n, int template, int value) {
    out[n] = mix(template, value);
    if (templates != null) {
      templates[n] = template;
    }
    return n + 1;
  }

  /** Word classes that can be part of a name, a place, a spoken date or number. */
  private static final int MAY_BE_PHI =
      FIRST
          | LAST
          | PLACE
          | PLACE_PART
          | MONTH
          | NUMBER_WORD
          | ORDINAL_WORD
          | PARTICLE
          | STATE_NAME
          | DIRECTION;

  /** Word classes of the ordinary vocabulary. */
  private static final int VOCABULARY =
      COMMON | CLINICAL | STOP | ROLE | TITLE | WEAK_CUE | ORG | STREET_SUFFIX | UNIT | WEEKDAY;

  /**
   * Whether token {@code t} is outside every span for certain, so the model need not weigh it: an
   * ordinary word that no name, place or number list holds ("the", "with", "lasix"), unless it is
   * capitalized in a line that is not typed in capitals ("Bird", "Finch"); a punctuation mark that
   * never stands inside a name, place, date or phone, an e-mail or URL (the format recognizers'
   * own). Training applies the same gate.
   */
  static boolean gated(Tokens tk, int t, int lineCase) {
    switch (tk.kind[t]) {
      case Tokens.WORD -> {
        int w = tk.word[t];
        boolean capital = (tk.flags[t] & Tokens.CAPITALIZED) != 0;
        return (w & MAY_BE_PHI) == 0
            && (w & VOCABULARY) != 0
            && (!capital || lineCase == CASE_CAPS);
      }
      case Tokens.PUNCT -> {
        char c = tk.symbol[t];
        return !(c == '-'
            || c == '.'
            || c == ','
            || c == '\''
            || c == '/'
            || c == '('
            || c == ')'
            || c == '"'
            || c == '*'
            || c == ':'
            || c == '+'
            || c == '&'
            || c == '^'
            || c == '\u2019');
      }
      case Tokens.EMAIL, Tokens.URL -> {
        return true;
      }
      default -> {
        return false;
      }
    }
  }

  /**
   * Whether token {@code k} can never be part of an identifier, whatever its case: a word of the
   * ordinary vocabulary that no name, place or number list holds, a mark, a number (whose identity
   * is only its length), or a position outside the text. Such tokens' feature sums may be kept from
   * text to text without keeping anything of a person.
   */
  static boolean neverIdentifier(Tokens tk, int k) {
    if (k < 0 || k >= tk.count) {
      return true;
    }
    switch (tk.kind[k]) {
      case Tokens.WORD -> {
        int w = tk.word[k];
        return (w & MAY_BE_PHI) == 0 && (w & VOCABULARY) != 0;
      }
      case Tokens.PUNCT, Tokens.NUM -> {
        return true;
      }
      default -> {
        return false;
      }
    }
  }

  /** A token's identity: a word's case-folded hash, a number's length, a mark's character. */
  static int identity(Tokens tk, int t) {
    if (t < 0) {
      return 0x51a7; // before the text
    }
    if (t >= tk.count) {
      return 0xe2d0; // after it
    }
    return switch (tk.kind[t]) {
      case Tokens.WORD, Tokens.ALNUM -> tk.hash[t];
      case Tokens.NUM -> 0x1000 + Math.min(tk.length(t), 12);
      case Tokens.PUNCT -> 0x2000 + tk.symbol[t] + (tk.newlineBefore(t) ? 0x10000 : 0);
      default -> 0x3000 + tk.kind[t];
    };
  }

  /**
   * A token's shape: its kind, its case (lower, capitalized, capitals), its length in four bands,
   * whether a '.' follows joined (an initial, an abbreviation), whether it follows a line break.
   */
  static int shape(Tokens tk, int t) {
    if (t < 0 || t >= tk.count) {
      return 1023;
    }
    int f = tk.flags[t];
    int c = (f & Tokens.ALL_CAPS) != 0 ? 2 : (f & Tokens.CAPITALIZED) != 0 ? 1 : 0;
    int len = tk.length(t);
    int band = len == 1 ? 0 : len == 2 ? 1 : len <= 4 ? 2 : 3;
    int dot = tk.isPunct(t + 1, '.') && tk.joined(t + 1) ? 1 : 0;
    int line = (f & Tokens.NEWLINE_BEFORE) != 0 ? 1 : 0;
    return (((tk.kind[t] * 3 + c) * 4 + band) * 2 + dot) * 2 + line;
  }

  static int classes(Tokens tk, int t) {
    if (t < 0 || t >= tk.count) {
      return 0;
    }
    return tk.word[t] & CLASS_MASK;
  }

  /** The context cues of the word before {@code t}, skipping one punctuation mark. */
  private static int previousCue(Tokens tk, int t) {
    int k = t - 1;
    if (tk.is(k, Tokens.PUNCT)) {
      k--;
    }
    return k >= 0 ? tk.cue[k] : 0;
  }

  private static int affix(Tokens tk, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = WordTable.step(h, tk.text.chars[i]);
    }
    return h;
  }

  /** Template and value into one well-spread hash. */
  static int mix(int template, int value) {
    int h = value * 0x9e3779b9 + template * 0x85ebca6b;
    h ^= h >>> 16;
    h *= 0x7feb352d;
    h ^= h >>> 15;
    h *= 0x846ca68b;
    return h ^ (h >>> 16);
  }
}
