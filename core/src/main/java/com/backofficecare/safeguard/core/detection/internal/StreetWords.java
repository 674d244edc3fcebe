package com.backofficecare.safeguard.core.detection.internal;

import org.jspecify.annotations.Nullable;

/**
 * The USPS standard abbreviation of a street suffix or a directional (Publication 28, appendices B
 * and C1): "Street", "Str" and "St" are all {@code st}, "Avenue" and "Av" are {@code ave}, "North"
 * is {@code n}. A roster's addresses and the text around them are compared in these forms, so that
 * "4417 Quillmoor Lane" matches a roster's "4417 QUILLMOOR LN." Immutable.
 */
final class StreetWords {

  /** Each row: the standard abbreviation, then the other ways of writing the word. */
  private static final String[] ROWS = {
    "aly alley allee ally",
    "ave avenue av aven avenu avn avnue",
    "blvd boulevard boul boulv",
    "bnd bend",
    "cir circle circ circl crcl crcle",
    "cmns commons",
    "cres crescent crsent crsnt",
    "crk creek",
    "ct court",
    "ctr center centre cen cent centr cnter cntr",
    "cv cove",
    "dr drive driv drv",
    "ests estates",
    "expy expressway exp expr express expw",
    "fwy freeway freewy frway frwy",
    "gln glen",
    "grv grove grov",
    "holw hollow hllw",
    "hts heights ht",
    "hwy highway highwy hiway hiwy hway",
    "lndg landing lndng",
    "ln lane",
    "mnr manor",
    "pkwy parkway parkwy pkway pky",
    "pl place",
    "plz plaza plza",
    "pt point",
    "rd road",
    "rdg ridge rdge",
    "sq square sqr sqre squ",
    "st street strt str",
    "ter terrace terr",
    "tpke turnpike trnpk turnpk",
    "trl trail",
    "way wy",
    "xing crossing crssng",
    "n north",
    "s south",
    "e east",
    "w west",
    "ne northeast",
    "nw northwest",
    "se southeast",
    "sw southwest",
  };

  private static final int SLOTS = 256;

  /**
   * Open addressing by {@link WordTable#hash} (which the tokenizer has computed for every word):
   * each written form and its standard abbreviation.
   */
  private static final char[][] WRITTEN = new char[SLOTS][];

  private static final char[][] STANDARD = new char[SLOTS][];

  static {
    for (String row : ROWS) {
      String[] words = row.split(" ");
      char[] standard = words[0].toCharArray();
      for (String w : words) {
        char[] written = w.toCharArray();
        int slot = slot(WordTable.hash(written, 0, written.length));
        while (WRITTEN[slot] != null) {
          slot = (slot + 1) & (SLOTS - 1);
        }
        WRITTEN[slot] = written;
        STANDARD[slot] = standard;
      }
    }
  }

  private StreetWords() {}

  /**
   * The standard abbreviation of the word {@code c[from, to)} (ASCII letters, any case) whose
   * {@link WordTable#hash} is {@code hash}, or null when it is no street suffix or directional.
   */
  static char @Nullable [] standard(char[] c, int from, int to, int hash) {
    int len = to - from;
    if (len > 10) {
      return null;
    }
    for (int slot = slot(hash); ; slot = (slot + 1) & (SLOTS - 1)) {
      char[] w = WRITTEN[slot];
      if (w == null) {
        return null;
      }
      if (w.length == len && matches(w, c, from)) {
        return STANDARD[slot];
      }
    }
  }

  /** Whether {@code c[from, ...)} is {@code lower} in any case, ASCII letters only. */
  private static boolean matches(char[] lower, char[] c, int from) {
    for (int i = 0; i < lower.length; i++) {
      char x = c[from + i];
      if (((x < 'A' || x > 'Z') && (x < 'a' || x > 'z')) || (x | 0x20) != lower[i]) {
        return false;
      }
    }
    return true;
  }

  private static int slot(int hash) {
    return (hash ^ (hash >>> 8)) & (SLOTS - 1);
  }
}
