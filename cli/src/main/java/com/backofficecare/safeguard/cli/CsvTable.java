package com.backofficecare.safeguard.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes delimited tables (RFC 4180: CSV with commas, or TSV with tabs; double quotes,
 * doubled quotes inside them, quoted line breaks; LF or CRLF) one row at a time, so memory is
 * bounded by the longest row. Parsing is strict: a stray quote, text after a closing quote, an
 * unclosed quote, a lone carriage return or an overlong row is an error naming the line, never the
 * content. Lines that are entirely empty are skipped (as Spark's reader does).
 */
final class CsvTable {

  /** A row that cannot be read. The message holds the line number and the rule, no content. */
  static final class BadRowException extends Exception {
    private static final long serialVersionUID = 1L;

    BadRowException(long line, String what) {
      super("line " + line + ": " + what);
    }
  }

  private final Reader in;
  private final char delimiter;
  private final int maxRowChars;
  private final char[] buffer = new char[1 << 16];
  private int position;
  private int limit;
  private long line = 1;
  private long rowLine;
  private final StringBuilder field = new StringBuilder();

  CsvTable(Reader in, char delimiter, int maxRowChars) {
    this.in = in;
    this.delimiter = delimiter;
    this.maxRowChars = maxRowChars;
  }

  /** The line on which the row last returned began. */
  long rowLine() {
    return rowLine;
  }

  /** The next row's fields, or null at the end of the input. */
  @Nullable List<String> next() throws IOException, BadRowException {
    while (true) {
      int c = read();
      if (c < 0) {
        return null;
      }
      if (c == '\n') {
        line++;
        continue; // an empty line
      }
      if (c == '\r' && peek() == '\n') {
        continue;
      }
      position--;
      return row();
    }
  }

  private List<String> row() throws IOException, BadRowException {
    rowLine = line;
    List<String> fields = new ArrayList<>();
    int chars = 0;
    while (true) {
      field.setLength(0);
      int c = read();
      boolean quoted = c == '"';
      if (quoted) {
        while (true) {
          c = read();
          if (c < 0) {
            throw new BadRowException(rowLine, "a quoted field is never closed");
          }
          if (c == '"') {
            if (peek() == '"') {
              read();
            } else {
              break;
            }
          } else if (c == '\n') {
            line++;
          }
          field.append((char) c);
          chars = check(chars + 1);
        }
        c = read();
        if (c != delimiter && c != '\n' && c != '\r' && c >= 0) {
          throw new BadRowException(line, "text after a closing quote");
        }
      } else {
        while (c >= 0 && c != delimiter && c != '\n' && c != '\r') {
          if (c == '"') {
            throw new BadRowException(line, "a quote inside an unquoted field");
          }
          field.append((char) c);
          chars = check(chars + 1);
          c = read();
        }
      }
      fields.add(field.toString());
      chars = check(chars + 1);
      if (c == '\r') {
        if (read() != '\n') {
          throw new BadRowException(line, "a carriage return not followed by a line feed");
        }
        c = '\n';
      }
      if (c == '\n') {
        line++;
        return fields;
      }
      if (c < 0) {
        return fields;
      }
    }
  }

  private int check(int chars) throws BadRowException {
    if (chars > maxRowChars) {
      throw new BadRowException(rowLine, "row longer than " + maxRowChars + " characters");
    }
    return chars;
  }

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

  private int peek() throws IOException {
    int c = read();
    if (c >= 0) {
      position--;
    }
    return c;
  }

  /** Writes one row, quoting the fields that need it, ending with a line feed. */
  static void write(Writer out, char delimiter, List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.write(delimiter);
      }
      String f = fields.get(i);
      if (f.indexOf(delimiter) >= 0
          || f.indexOf('"') >= 0
          || f.indexOf('\n') >= 0
          || f.indexOf('\r') >= 0) {
        out.write('"');
        out.write(f.replace("\"", "\"\""));
        out.write('"');
      } else {
        out.write(f);
      }
    }
    out.write('\n');
  }
}
