package com.backofficecare.safeguard.benchmarks;

import com.backofficecare.safeguard.core.detection.PhiDetector;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A made-up agency roster, the same for a given size and seed, and a profile file naming it:
 * columns first_name, last_name, mrn, phone and street; names drawn from the detector's own name
 * lists (so that a corpus's names are often on it, as an agency's are), streets with USPS suffixes
 * written in full or abbreviated. Written as bytes, with no text decoding, formatting or string
 * building, so that writing it warms none of the code a roster load runs.
 */
final class RosterFile {

  private static final byte[] HEADER =
      "first_name,last_name,mrn,phone,street\n".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] EXCHANGE = ") 555-".getBytes(StandardCharsets.US_ASCII);
  private static final byte[][] SUFFIXES =
      ascii(
          "Street",
          "St",
          "St.",
          "Avenue",
          "Ave",
          "Lane",
          "Ln",
          "Road",
          "Rd",
          "Drive",
          "Dr.",
          "Court",
          "Boulevard",
          "Blvd",
          "Way",
          "Place");
  private static final byte[][] DIRECTIONS = ascii("N", "S.", "East", "West");

  private RosterFile() {}

  /**
   * Writes {@code roster.csv} of {@code people} people and {@code profile.yaml} naming it into
   * {@code dir}; returns the profile file.
   */
  static Path write(Path dir, int people, long seed) throws IOException {
    List<byte[]> first = names("first-names.txt");
    List<byte[]> last = names("last-names.txt");
    SplittableRandom r = new SplittableRandom(seed);
    ByteArrayOutputStream out = new ByteArrayOutputStream(people * 64);
    out.writeBytes(HEADER);
    for (int i = 0; i < people; i++) {
      name(out, first.get(r.nextInt(first.size())));
      out.write(',');
      name(out, last.get(r.nextInt(last.size())));
      out.write(',');
      digits(out, r.nextInt(1000), 3);
      out.write('-');
      digits(out, r.nextInt(100), 2);
      out.write('-');
      digits(out, r.nextInt(1000), 3);
      out.write(',');
      out.write('(');
      digits(out, 200 + r.nextInt(800), 3);
      out.writeBytes(EXCHANGE);
      digits(out, r.nextInt(10_000), 4);
      out.write(',');
      digits(out, 1 + r.nextInt(9999), 1);
      out.write(' ');
      if (r.nextInt(8) == 0) {
        out.writeBytes(DIRECTIONS[r.nextInt(DIRECTIONS.length)]);
        out.write(' ');
      }
      name(out, last.get(r.nextInt(last.size())));
      out.write(' ');
      out.writeBytes(SUFFIXES[r.nextInt(SUFFIXES.length)]);
      out.write('\n');
    }
    Files.write(dir.resolve("roster.csv"), out.toByteArray());
    return Files.write(
        dir.resolve("profile.yaml"),
        ("agency: bench\nroster:\n  file: roster.csv\n"
                + "  columns: {first_name: NAME, last_name: NAME, mrn: MRN, phone: PHONE,"
                + " street: ADDRESS}\n")
            .getBytes(StandardCharsets.US_ASCII));
  }

  /** A name capitalized (the lists are in lower case, ASCII). */
  private static void name(ByteArrayOutputStream out, byte[] name) {
    out.write(name[0] >= 'a' && name[0] <= 'z' ? name[0] - 32 : name[0]);
    out.write(name, 1, name.length - 1);
  }

  private static void digits(ByteArrayOutputStream out, int value, int width) {
    byte[] d = new byte[10];
    int n = 0;
    for (int v = value; v > 0 || n < width; v /= 10) {
      d[n++] = (byte) ('0' + v % 10);
    }
    while (n > 0) {
      out.write(d[--n]);
    }
  }

  /** The lines of one of the detector's name lists, as bytes. */
  private static List<byte[]> names(String resource) throws IOException {
    byte[] all;
    try (InputStream in = PhiDetector.class.getResourceAsStream("internal/" + resource)) {
      if (in == null) {
        throw new IOException("no resource " + resource);
      }
      all = in.readAllBytes();
    }
    List<byte[]> out = new ArrayList<>();
    for (int i = 0, j; i < all.length; i = j + 1) {
      j = i;
      while (j < all.length && all[j] != '\n') {
        j++;
      }
      if (j > i && all[i] != '#') {
        byte[] line = new byte[j - i];
        System.arraycopy(all, i, line, 0, line.length);
        out.add(line);
      }
    }
    return out;
  }

  private static byte[][] ascii(String... words) {
    byte[][] out = new byte[words.length][];
    for (int i = 0; i < words.length; i++) {
      out[i] = words[i].getBytes(StandardCharsets.US_ASCII);
    }
    return out;
  }
}
