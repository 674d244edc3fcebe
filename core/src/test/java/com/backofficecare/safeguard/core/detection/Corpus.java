package com.backofficecare.safeguard.core.detection;

import com.backofficecare.safeguard.core.PhiType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Labelled documents from the test resources (the shared corpus format). */
public final class Corpus {

  /** A labelled span. */
  public record Span(int start, int end, PhiType type) {}

  /** A labelled document. */
  public record Doc(String id, String text, List<Span> spans) {}

  // Runs of plain characters matched possessively: java.util.regex recurses once per repetition
  // of a group, and a long text read one character at a time overflowed the stack (CI, once).
  private static final Pattern TEXT = Pattern.compile("\"text\": \"((?:[^\"\\\\]++|\\\\.)*+)\"");
  private static final Pattern ID = Pattern.compile("\"id\": \"([^\"]*)\"");
  private static final Pattern SPAN =
      Pattern.compile("\\{\"start\": (\\d+), \"end\": (\\d+), \"type\": \"([A-Z_0-9]+)\"\\}");

  private Corpus() {}

  /** The documents of a corpus in the test resources' {@code corpus/} folder. */
  public static List<Doc> load(String resource) {
    return read(resource, Corpus.class.getResourceAsStream("/corpus/" + resource));
  }

  /** The documents of a corpus file. */
  public static List<Doc> load(java.nio.file.Path file) {
    try {
      return read(file.toString(), java.nio.file.Files.newInputStream(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Doc> read(String resource, java.io.InputStream in) {
    List<Doc> docs = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        Matcher t = TEXT.matcher(line);
        Matcher i = ID.matcher(line);
        if (!t.find() || !i.find()) {
          throw new IllegalStateException("bad corpus line in " + resource);
        }
        List<Span> spans = new ArrayList<>();
        Matcher s = SPAN.matcher(line.substring(t.end()));
        while (s.find()) {
          spans.add(
              new Span(
                  Integer.parseInt(s.group(1)),
                  Integer.parseInt(s.group(2)),
                  PhiType.valueOf(s.group(3))));
        }
        docs.add(new Doc(i.group(1), unescape(t.group(1)), spans));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return docs;
  }

  private static String unescape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char n = s.charAt(++i);
      switch (n) {
        case 'n' -> out.append('\n');
        case 't' -> out.append('\t');
        case 'r' -> out.append('\r');
        case 'u' -> {
          out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> out.append(n);
      }
    }
    return out.toString();
  }
}
