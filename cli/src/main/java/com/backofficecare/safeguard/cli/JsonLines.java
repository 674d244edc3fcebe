package com.backofficecare.safeguard.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;

/**
 * Reads documents of the form {@code {"id": ..., "text": "..."}} one line at a time, so memory
 * stays bounded by the longest line whatever the file's size. Errors name the line number and what
 * was wrong, never the line's content (it may hold PHI).
 */
final class JsonLines {

  /** One input document. The id is kept as it was written: a JSON string or number. */
  record Document(long lineNumber, Object id, String text) {
    @Override
    public String toString() {
      return "Document[line " + lineNumber + ", " + text.length() + " chars]";
    }
  }

  /** A line that is not a valid document. Its message holds no input text. */
  static final class BadLineException extends Exception {
    private static final long serialVersionUID = 1L;

    BadLineException(long line, String what) {
      super("line " + line + ": " + what);
    }
  }

  static final JsonFactory FACTORY = JsonFactory.builder().build();

  private final BufferedReader reader;
  private final int maxLineChars;
  private long lineNumber;

  JsonLines(BufferedReader reader, int maxLineChars) {
    this.reader = reader;
    this.maxLineChars = maxLineChars;
  }

  long lineNumber() {
    return lineNumber;
  }

  /** The next document, or null at the end of the input; blank lines are skipped. */
  Document next() throws IOException, BadLineException {
    String line = nextLine();
    return line == null ? null : parse(line);
  }

  /**
   * The next line that is not blank, unparsed, or null at the end of the input; {@link
   * #lineNumber()} is then its number.
   */
  String nextLine() throws IOException, BadLineException {
    String line;
    do {
      line = boundedLine();
      if (line == null) {
        return null;
      }
      lineNumber++;
      if (lineNumber == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1); // the byte order mark Windows tools write before UTF-8
      }
    } while (line.isBlank());
    return line;
  }

  private final StringBuilder buffer = new StringBuilder(256);

  /** Input read ahead: the reader is called once per chunk, not once per character. */
  private final char[] chunk = new char[1 << 16];

  private int chunkStart;
  private int chunkEnd;

  /**
   * The next line, read at most {@code maxLineChars} characters into memory: a longer line is
   * skipped to its end, unread, and refused, so no line can exhaust the heap.
   */
  private String boundedLine() throws IOException, BadLineException {
    buffer.setLength(0);
    if (chunkStart == chunkEnd && !fill()) {
      return null;
    }
    boolean tooLong = false;
    while (true) {
      int eol = chunkStart;
      while (eol < chunkEnd && chunk[eol] != '\n') {
        eol++;
      }
      if (!tooLong && buffer.length() + (eol - chunkStart) > maxLineChars) {
        tooLong = true;
        buffer.setLength(0);
        buffer.trimToSize();
      } else if (!tooLong) {
        buffer.append(chunk, chunkStart, eol - chunkStart);
      }
      chunkStart = eol;
      if (eol < chunkEnd) {
        chunkStart++; // the line feed
        break;
      }
      if (!fill()) {
        break;
      }
    }
    if (tooLong) {
      lineNumber++;
      throw new BadLineException(lineNumber, "longer than " + maxLineChars + " characters");
    }
    int end = buffer.length();
    if (end > 0 && buffer.charAt(end - 1) == '\r') {
      buffer.setLength(end - 1);
    }
    String line = buffer.toString();
    if (buffer.capacity() > 1 << 20) {
      buffer.setLength(0);
      buffer.trimToSize();
    }
    return line;
  }

  /** Reads the next chunk; false at the end of the input. */
  private boolean fill() throws IOException {
    int n = reader.read(chunk, 0, chunk.length);
    chunkStart = 0;
    chunkEnd = Math.max(n, 0);
    return n > 0;
  }

  private Document parse(String line) throws IOException, BadLineException {
    Object id = null;
    String text = null;
    try (JsonParser p = FACTORY.createParser(line)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new BadLineException(lineNumber, "not a JSON object");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        if ("id".equals(field)) {
          if (value == JsonToken.VALUE_STRING) {
            id = p.getText();
          } else if (value == JsonToken.VALUE_NUMBER_INT) {
            id = p.getNumberValue();
          } else {
            throw new BadLineException(lineNumber, "field \"id\" must be a string or an integer");
          }
        } else if ("text".equals(field)) {
          if (value != JsonToken.VALUE_STRING) {
            throw new BadLineException(lineNumber, "field \"text\" must be a string");
          }
          text = p.getText();
        } else {
          p.skipChildren();
        }
      }
      if (p.nextToken() != null) {
        throw new BadLineException(lineNumber, "unexpected content after the JSON object");
      }
    } catch (JsonProcessingException e) {
      // Jackson's message may quote the input: report only where it failed.
      throw new BadLineException(
          lineNumber,
          "malformed JSON at column "
              + (e.getLocation() == null ? "?" : e.getLocation().getColumnNr()));
    }
    if (id == null) {
      throw new BadLineException(lineNumber, "missing field \"id\"");
    }
    if (text == null) {
      throw new BadLineException(lineNumber, "missing field \"text\"");
    }
    return new Document(lineNumber, id, text);
  }

  static void writeId(JsonGenerator g, Object id) throws IOException {
    if (id instanceof String string) {
      g.writeStringField("id", string);
    } else {
      g.writeFieldName("id");
      g.writeNumber(id.toString());
    }
  }

  static JsonGenerator generator(Writer out) throws IOException {
    JsonGenerator g = FACTORY.createGenerator(out);
    g.setRootValueSeparator(null);
    return g;
  }
}
