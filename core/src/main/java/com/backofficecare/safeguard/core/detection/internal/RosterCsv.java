package com.backofficecare.safeguard.core.detection.internal;

import com.backofficecare.safeguard.core.PhiType;
import com.backofficecare.safeguard.core.detection.DetectionProfileException.Problem;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Reads a roster CSV (RFC 4180: commas, double quotes, quoted line breaks; UTF-8) row by row into a
 * sink, without keeping it: a problem names the file, the line and the column, never a value. Not
 * API: use {@code DetectionProfile.Builder#rosterCsv}.
 */
public final class RosterCsv {

  /** More rows of the wrong width than this are counted, not listed. */
  private static final int MAX_PROBLEMS = 50;

  private final BufferedReader in;
  private final char[] buffer = new char[1 << 16];
  private int position;
  private int limit;
  private int line = 1;
  private final StringBuilder field = new StringBuilder();

  private RosterCsv(BufferedReader in) {
    this.in = in;
  }

  /**
   * Gives each row of {@code file} to {@code sink} as one person's names and values by type, and
   * adds a problem for each bad row, column or read.
   */
  public static void read(
      Path file,
      Map<String, PhiType> columns,
      BiConsumer<List<String>, Map<PhiType, List<String>>> sink,
      List<Problem> problems) {
    String name = file.toString();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      RosterCsv csv = new RosterCsv(reader);
      List<String> header = csv.row();
      if (header == null) {
        problems.add(new Problem(name, 1, "", "no header row"));
        return;
      }
      if (!header.isEmpty() && header.get(0).startsWith("\ufeff")) {
        header.set(0, header.get(0).substring(1));
      }
      PhiType[] typeOf = csv.types(name, header, columns, problems);
      int badRows = 0;
      for (int at = csv.line; ; at = csv.line) {
        List<String> row = csv.row();
        if (row == null) {
          break;
        }
        if (row.size() == 1 && row.get(0).isEmpty()) {
          continue; // a blank line
        }
        if (row.size() != header.size()) {
          if (++badRows <= MAX_PROBLEMS) {
            problems.add(
                new Problem(
                    name,
                    at,
                    "",
                    row.size() + " fields where the header row has " + header.size()));
          }
        } else if (problems.isEmpty()) {
          give(row, typeOf, sink, name, at, problems);
        }
      }
      if (badRows > MAX_PROBLEMS) {
        problems.add(
            new Problem(name, 0, "", (badRows - MAX_PROBLEMS) + " more row(s) of the wrong width"));
      }
    } catch (NoSuchFileException e) {
      problems.add(new Problem(name, 0, "", "no such roster file"));
    } catch (IOException e) {
      problems.add(
          new Problem(name, 0, "", "cannot read the roster file: " + e.getClass().getSimpleName()));
    } catch (UnterminatedQuote e) {
      problems.add(new Problem(name, e.line, "", "a quoted field is never closed"));
    }
  }

  private PhiType[] types(
      String name, List<String> header, Map<String, PhiType> columns, List<Problem> problems) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      if (index.put(header.get(i).trim(), i) != null) {
        problems.add(new Problem(name, 1, header.get(i).trim(), "column named twice"));
      }
    }
    PhiType[] typeOf = new PhiType[header.size()];
    columns.forEach(
        (column, type) -> {
          Integer i = index.get(column);
          if (i == null) {
            problems.add(new Problem(name, 1, column, "no such column in the header row"));
          } else {
            typeOf[i] = type;
          }
        });
    return typeOf;
  }

  private static void give(
      List<String> row,
      PhiType[] typeOf,
      BiConsumer<List<String>, Map<PhiType, List<String>>> sink,
      String name,
      int at,
      List<Problem> problems) {
    List<String> names = new ArrayList<>(4);
    Map<PhiType, List<String>> values = new EnumMap<>(PhiType.class);
    for (int i = 0; i < row.size(); i++) {
      PhiType type = typeOf[i];
      String v = row.get(i).trim();
      if (type == null || v.isEmpty()) {
        continue;
      }
      if (type == PhiType.NAME) {
        names.add(v);
      } else {
        values.computeIfAbsent(type, t -> new ArrayList<>(1)).add(v);
      }
    }
    try {
      sink.accept(names, values);
    } catch (IllegalArgumentException e) {
      problems.add(new Problem(name, at, "", String.valueOf(e.getMessage())));
    }
  }

  /** The next character, or -1 at the end of the file. */
  private int read() throws IOException {
    if (position == limit) {
      limit = in.read(buffer, 0, buffer.length);
      position = 0;
      if (limit <= 0) {
        limit = 0;
        return -1;
      }
    }
    return buffer[position++];
  }

  /** The next row's fields, or null at the end of the file. */
  private @Nullable List<String> row() throws IOException {
    int c = read();
    if (c < 0) {
      return null;
    }
    List<String> row = new ArrayList<>();
    int startLine = line;
    boolean quoted = false;
    while (true) {
      if (quoted) {
        if (c < 0) {
          throw new UnterminatedQuote(startLine);
        }
        if (c == '"') {
          int d = read();
          if (d == '"') {
            field.append('"');
          } else {
            quoted = false;
            c = d;
            continue;
          }
        } else {
          if (c == '\n') {
            line++;
          }
          field.append((char) c);
          int from = position; // the rest of the quoted text up to a quote or line break
          while (position < limit && buffer[position] != '"' && buffer[position] != '\n') {
            position++;
          }
          field.append(buffer, from, position - from);
        }
      } else if (c == '"' && field.length() == 0) {
        quoted = true;
      } else if (c == ',') {
        row.add(take());
      } else if (c == '\n' || c < 0) {
        row.add(take());
        line++;
        return row;
      } else if (c != '\r') {
        field.append((char) c);
        int from = position; // the rest of the field up to a comma or line break
        while (position < limit
            && buffer[position] != ','
            && buffer[position] != '\n'
            && buffer[position] != '\r') {
          position++;
        }
        field.append(buffer, from, position - from);
      }
      c = read();
    }
  }

  private String take() {
    String s = field.toString();
    field.setLength(0);
    return s;
  }

  /** A quoted field that runs to the end of the file. */
  private static final class UnterminatedQuote extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int line;

    UnterminatedQuote(int line) {
      super(null, null, false, false);
      this.line = line;
    }
  }
}
