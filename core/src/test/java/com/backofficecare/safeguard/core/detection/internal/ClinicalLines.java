package com.backofficecare.safeguard.core.detection.internal;

import com.backofficecare.safeguard.core.PhiType;
import com.backofficecare.safeguard.core.detection.Corpus;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generated training lines in the shorthand of nursing and visit notes, chats and contact lists:
 * names after titles, relations and verbs of contact, given names alone, names in lists, places
 * where people live, month/day dates after clinical cues, pager numbers; and beside them the values
 * that look the same and are not identifiers (pressures, ventilator settings, pain scores,
 * fractions of a dose, years alone). Each document joins a few fragments; the trainer also sees
 * every one in capitals and in lower case.
 */
final class ClinicalLines {

  private final Random random;
  private final ContextModelTrainer.Substitutes names;

  ClinicalLines(Random random, ContextModelTrainer.Substitutes names) {
    this.random = random;
    this.names = names;
  }

  List<Corpus.Doc> make(int count) {
    List<Corpus.Doc> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Line b = new Line();
      int fragments = 2 + random.nextInt(4);
      for (int k = 0; k < fragments; k++) {
        if (k > 0) {
          b.text(pick(". ", ". ", "; ", ", ", "\n", " - ", ". "));
        }
        fragment(b);
      }
      out.add(new Corpus.Doc("gen-" + i, b.text.toString(), b.spans));
    }
    return out;
  }

  private static final String[] TITLES = {
    "Dr", "Dr.", "DR", "dr", "Mrs", "Mrs.", "Ms", "Mr", "Mr.", "nurse", "RN", "NP", "Pastor", "Fr",
    "missus", "miss"
  };
  private static final String[] RELATIONS = {
    "dtr",
    "daughter",
    "son",
    "wife",
    "husband",
    "niece",
    "nephew",
    "sister",
    "brother",
    "neighbor",
    "granddaughter",
    "grandson",
    "DIL",
    "SIL",
    "friend",
    "caregiver",
    "aide",
    "HHA",
    "CG",
    "mom",
    "dad",
    "hija",
    "hijo",
    "cousin",
    "roommate"
  };
  private static final String[] CONTACT = {
    "spoke w/",
    "spoke with",
    "called",
    "paged",
    "texted",
    "left vm for",
    "per",
    "f/u w/",
    "d/w",
    "discussed with",
    "notified",
    "updated",
    "met with",
    "reviewed w/",
    "per conversation with",
    "ask",
    "tell",
    "call",
    "covering for",
    "relieved by"
  };
  private static final String[] WORDY_SURNAMES = {
    "Fields", "Marsh", "Brown", "Young", "Hill", "Bird", "Clay", "Rose", "Love", "Frank", "Bishop",
    "Price", "Hope", "Wolf", "Long", "Short", "Black", "White", "Green", "King", "Knight", "Mills",
    "Waters", "Banks", "Parks", "Rivers", "Day", "Snow", "Stone", "Woods", "Lamb", "Finch", "Swan",
    "Fox", "Hunt", "Reed", "Bell"
  };
  private static final String[] WORDY_GIVEN = {
    "June",
    "Hope",
    "Faith",
    "Grace",
    "Joy",
    "Will",
    "Bill",
    "Rose",
    "Ruby",
    "Pearl",
    "May",
    "April",
    "Sky",
    "Dawn",
    "Iris",
    "Ivy",
    "Mercy",
    "Precious",
    "Sunny",
    "Chance",
    "Destiny",
    "Patience",
    "Autumn",
    "Summer",
    "Lily",
    "Angel"
  };
  private static final String[] DATE_CUES = {
    "last BM",
    "LBM",
    "cath",
    "s/p CABG",
    "f/u",
    "seen",
    "admitted",
    "d/c'd",
    "next visit",
    "appt",
    "on",
    "since",
    "started",
    "due",
    "recheck INR",
    "labs drawn",
    "fell on",
    "surgery",
    "echo",
    "MRI",
    "last fill",
    "refill due",
    "SOC",
    "ROC",
    "recert",
    "dressing changed",
    "PICC placed",
    "BM",
    "visit moved to",
    "discharged",
    "admit",
    "updated",
    "rev.",
    "eff",
    "back on",
    "out until",
    "in hosp since"
  };
  private static final String[] NOT_DATES = {
    "BP %d/%d",
    "PS %d/%d",
    "PEEP %d, PS %d/5",
    "pain %d/10",
    "%d/%d strength",
    "1/%d tab",
    "3/4 of meals",
    "scored %d/15",
    "%d/3 stairs",
    "A&O x%d",
    "RR %d/min",
    "O2 %dL NC",
    "vent AC %d/500/5/40%%",
    "BP %d/%d, HR %d",
    "EF %d%%",
    "grip %d/5",
    "MMSE %d/30",
    "sats %d%%",
    "wt %d lbs",
    "visit %d of %d",
    "BS %d",
    "temp 98.%d",
    "%d/%d cap refill",
    "L%d-%d fusion",
    "ratio %d:%d",
    "HOB %d",
    "since %d years",
    "room %d",
    "bed %d",
    "x%d days",
    "q%dh",
    "%d mg",
    "%d units"
  };
  private static final String[] PLACE_CUES = {
    "lives in",
    "from",
    "moved to",
    "back in",
    "staying in",
    "visiting from",
    "drove in from",
    "relocated to",
    "house in",
    "out in",
    "vive en",
    "transferred to home in",
    "sister's in"
  };
  private static final String[] STATES = {
    "OH", "NJ", "PA", "TX", "CA", "NY", "FL", "GA", "IL", "MI", "NC", "AZ", "WA", "MN", "Ohio",
    "Texas", "Georgia"
  };

  private void fragment(Line b) {
    switch (random.nextInt(16)) {
      case 0 -> b.text(pick(CONTACT) + " " + pick(TITLES) + " ").span(PhiType.NAME, surname());
      case 1 -> {
        b.text(pick(RELATIONS) + " ")
            .span(PhiType.NAME, given())
            .text(
                pick(
                    " at bedside",
                    " in to visit",
                    " aware",
                    " called",
                    " will bring meds",
                    "",
                    " here this am",
                    " at bedside"));
        if (random.nextBoolean()) {
          b.text(" (").span(PhiType.PHONE, phone()).text(")");
        }
      }
      case 2 ->
          b.span(PhiType.NAME, given())
              .text(
                  pick(
                      " in to visit this am",
                      " is out today",
                      " covering",
                      " aware",
                      " at 9",
                      " will call back",
                      " wants a call",
                      " here"));
      case 3 ->
          b.text(pick(RELATIONS) + "s ")
              .span(PhiType.NAME, given())
              .text(", ")
              .span(PhiType.NAME, given())
              .text(pick(" and ", " & "))
              .span(PhiType.NAME, given());
      case 4 -> b.text(pick(DATE_CUES) + " ").span(PhiType.DATE, monthDay());
      case 5, 6 -> b.text(String.format(pick(NOT_DATES), n(1, 200), n(1, 99), n(40, 140)));
      case 7 -> b.text(pick(PLACE_CUES) + " ").span(PhiType.CITY, names.place());
      case 8 -> b.span(PhiType.CITY, names.place()).text(pick(", ", " ") + pick(STATES));
      case 9 ->
          b.text(pick("pager ", "beeper ", "pgr "))
              .span(PhiType.PHONE, String.valueOf(n(10000, 99999)));
      case 10 -> b.text(pick(CONTACT) + " ").span(PhiType.NAME, given() + " " + surname());
      case 11 ->
          b.span(PhiType.NAME, surname() + ", " + given())
              .text(pick(" (" + pick(RELATIONS) + ")", " - " + pick(RELATIONS), ""));
      case 12 ->
          b.text(pick("since ", "in ", "back in ", "dx'd ")).text(String.valueOf(n(1950, 2026)));
      case 13 ->
          b.text(pick("PT", "pt", "client", "pt's"))
              .text(pick(" tolerating ", " denies ", " c/o ", " refused "))
              .text(
                  pick(
                      "LASIX",
                      "lasix",
                      "COUMADIN",
                      "pain",
                      "SOB",
                      "diet",
                      "PT/OT",
                      "meds",
                      "shower",
                      "walker",
                      "TRACH COLLAR",
                      "Foley care"));
      case 14 ->
          b.text(pick("hi ", "thx ", "ok ", "yes ", "tell ", "ask "))
              .span(PhiType.NAME, given())
              .text(pick(" at 9", " the aide is late", " pls call", "!", " see u at 2"));
      default ->
          b.text(
              pick(
                  "PLAN TO WEAN TO TRACH COLLAR",
                  "CONT TO DIURESE WITH LASIX",
                  "PT HAS HAD A RESTLESS NIGHT",
                  "NPO AFTER MN",
                  "TURNED Q2H",
                  "SKIN INTACT",
                  "no distress",
                  "VSS, afebrile",
                  "tol diet",
                  "A&O x3",
                  "amb w/ walker",
                  "PRN tylenol given",
                  "HOB 30",
                  "family updated"));
    }
  }

  private String given() {
    return random.nextInt(4) == 0 ? pick(WORDY_GIVEN) : names.first();
  }

  private String surname() {
    return random.nextInt(3) == 0 ? pick(WORDY_SURNAMES) : names.last();
  }

  private String monthDay() {
    int m = n(1, 12);
    int d = n(1, 28);
    return random.nextInt(5) == 0 ? m + "/" + n(70, 99) : m + "/" + d;
  }

  private String phone() {
    return "555-" + n(100, 999) + "-" + n(1000, 9999);
  }

  private int n(int from, int to) {
    return from + random.nextInt(to - from + 1);
  }

  private String pick(String... options) {
    return options[random.nextInt(options.length)];
  }

  /** A line under construction, with its spans. */
  private static final class Line {
    final StringBuilder text = new StringBuilder();
    final List<Corpus.Span> spans = new ArrayList<>();

    Line text(String s) {
      text.append(s);
      return this;
    }

    Line span(PhiType type, String value) {
      int start = text.length();
      text.append(value);
      spans.add(new Corpus.Span(start, text.length(), type));
      return this;
    }
  }
}
