package com.backofficecare.safeguard.core.detection.internal;

import com.backofficecare.safeguard.core.PhiType;

/**
 * Contact cards (vCard 3 and 4, RFC 6350) exported from a phone, a mail client or a CRM: the
 * formatted name {@code FN:}, the structured name {@code N:Family;Given;Additional;Prefix;Suffix},
 * the address {@code ADR:Box;Extended;Street;Locality;Region;Code;Country} and the birthday are
 * read by position, which no recognizer could do from "Achebe-Lowry;Ifeoma;;;". Property names are
 * no names, and an organization's name and unit ({@code ORG:}) locate no one: places others found
 * in it are dropped, names kept. Only text inside {@code BEGIN:VCARD} ... {@code END:VCARD} is
 * read, a folded line with the next; one pass over it.
 */
final class VCards {

  static final double CONFIDENCE = 0.95;

  private static final int MAX_PARTS = 8;

  private final int[] partStart = new int[MAX_PARTS];
  private final int[] partEnd = new int[MAX_PARTS];
  private int[] organizations = new int[8];
  private int organizationCount;

  /** The property names and parameters ("item1.X-ABLabel;TYPE=HOME:"): no one's name or place. */
  private int[] properties = new int[16];

  private int propertyCount;

  void scan(Text s, Candidates out) {
    int n = s.length();
    int line = 0;
    boolean inCard = false;
    organizationCount = 0;
    propertyCount = 0;
    while (line < n) {
      int eol = line;
      while (eol < n && s.charAt(eol) != '\n') {
        eol++;
      }
      while (inCard && eol + 1 < n && (s.charAt(eol + 1) == ' ' || s.charAt(eol + 1) == '\t')) {
        eol++; // a folded line goes on in the next, which starts with a space (RFC 6350, 3.2)
        while (eol < n && s.charAt(eol) != '\n') {
          eol++;
        }
      }
      int end = eol > line && s.charAt(eol - 1) == '\r' ? eol - 1 : eol;
      if (s.regionIs(line, end, "begin:vcard")) {
        inCard = true;
        properties = Candidates.withRange(properties, propertyCount++, line, end);
      } else if (s.regionIs(line, end, "end:vcard")) {
        inCard = false;
        properties = Candidates.withRange(properties, propertyCount++, line, end);
      } else if (inCard) {
        property(s, line, end, out);
      }
      line = eol + 1;
    }
    if (propertyCount > 0) {
      out.dropWithin(properties, propertyCount);
    }
    if (organizationCount > 0) {
      out.dropWithin(organizations, organizationCount, PLACES);
    }
  }

  /** Reads one content line: its name, parameters after ';', value after the first ':'. */
  private void property(Text s, int from, int to, Candidates out) {
    int line = from;
    int nameEnd = from;
    while (nameEnd < to && s.charAt(nameEnd) != ';' && s.charAt(nameEnd) != ':') {
      if (s.charAt(nameEnd) == '.') {
        from = nameEnd + 1; // "item1.ADR": a group's name before the property's
      }
      nameEnd++;
    }
    int colon = nameEnd;
    boolean quoted = false;
    while (colon < to && (quoted || s.charAt(colon) != ':')) {
      quoted ^= s.charAt(colon) == '"'; // a parameter's quoted value ("geo:41.87,-87.62")
      colon++;
    }
    if (colon >= to) {
      return;
    }
    properties = Candidates.withRange(properties, propertyCount++, line, colon);
    int value = colon + 1;
    if (s.regionIs(from, nameEnd, "n")) {
      int parts = split(s, value, to);
      for (int p = 0; p < Math.min(parts, 3); p++) { // family, given, additional names
        add(s, PhiType.NAME, p, out, "vcard.name", "a contact card's structured name");
      }
    } else if (s.regionIs(from, nameEnd, "fn")) {
      int a = value;
      for (String title : TITLES) { // "FN:Dr. Marisol Etxeberria": the name after the title
        if (a + title.length() < to && s.regionIs(a, a + title.length(), title)) {
          a += title.length();
        }
      }
      int e = a;
      while (e < to && s.charAt(e) != ',') {
        e++; // "Ana Ruiz, RN": the name before the credentials
      }
      partStart[0] = a;
      partEnd[0] = e;
      add(s, PhiType.NAME, 0, out, "vcard.name", "a contact card's formatted name");
    } else if (s.regionIs(from, nameEnd, "adr")) {
      int parts = split(s, value, to);
      for (int p = 0; p < Math.min(parts, 3); p++) { // post office box, extended, street
        add(s, PhiType.ADDRESS, p, out, "vcard.address", "a contact card's street address");
      }
      if (parts > 3) {
        add(s, PhiType.CITY, 3, out, "vcard.city", "a contact card's locality");
      }
      if (parts > 5 && hasDigit(s, partStart[5], partEnd[5])) {
        add(s, PhiType.ZIP, 5, out, "vcard.zip", "a contact card's postal code");
      }
    } else if (s.regionIsAny(from, nameEnd, DATES) && hasDigit(s, value, to)) {
      partStart[0] = value;
      partEnd[0] = to;
      add(s, PhiType.DATE, 0, out, "vcard.date", "a contact card's birthday or anniversary");
    } else if (s.regionIs(from, nameEnd, "org")) {
      organizations = Candidates.withRange(organizations, organizationCount++, value, to);
    }
  }

  /** A branch or a department is named after a place ("Brightwater;North Branch"). */
  private static final java.util.EnumSet<PhiType> PLACES =
      java.util.EnumSet.of(PhiType.CITY, PhiType.ADDRESS);

  private static final String[] DATES = {"bday", "anniversary", "deathdate"};

  private static final String[] TITLES = {"dr. ", "mr. ", "mrs. ", "ms. ", "miss "};

  /** Splits a structured value at ';' (not "\;"); returns the number of parts, at most 8. */
  private int split(Text s, int from, int to) {
    int parts = 0;
    int a = from;
    for (int i = from; i <= to && parts < MAX_PARTS; i++) {
      if (i < to && s.charAt(i) == '\\') {
        i++; // an escaped character, "\;" or "\,"
      } else if (i == to || s.charAt(i) == ';') {
        partStart[parts] = a;
        partEnd[parts] = Math.min(i, to);
        parts++;
        a = i + 1;
      }
    }
    return parts;
  }

  /** Proposes part {@code p}, trimmed, when it holds a letter or a digit. */
  private void add(Text s, PhiType type, int p, Candidates out, String name, String why) {
    int a = partStart[p];
    int e = partEnd[p];
    while (a < e && Character.isWhitespace(s.charAt(a))) {
      a++;
    }
    while (e > a && Character.isWhitespace(s.charAt(e - 1))) {
      e--;
    }
    for (int i = a; i < e; i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        out.add(type, a, e, CONFIDENCE, name, why);
        return;
      }
    }
  }

  private static boolean hasDigit(Text s, int a, int e) {
    for (int i = a; i < e; i++) {
      if (Tokens.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
