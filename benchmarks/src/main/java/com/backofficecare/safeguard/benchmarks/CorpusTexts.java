package com.backofficecare.safeguard.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The texts detector benchmarks scan: every text of the development corpus ({@code
 * -Dsafeguard.corpus=FILE} for another), joined into documents of at least {@code
 * -Dsafeguard.docChars=N} chars, a blank line apart, when that is set. Prints their size.
 */
final class CorpusTexts {

  private static final Pattern TEXT = Pattern.compile("\"text\": \"((?:[^\"\\\\]|\\\\.)*)\"");

  private CorpusTexts() {}

  static List<String> load() throws IOException {
    Path corpus = Path.of(System.getProperty("safeguard.corpus", "../shared/corpus/phi-dev.jsonl"));
    List<String> texts = new ArrayList<>();
    long bytes = 0;
    for (String line : Files.readAllLines(corpus, StandardCharsets.UTF_8)) {
      Matcher m = TEXT.matcher(line);
      if (m.find()) {
        String text = m.group(1).replace("\\\"", "\"").replace("\\\\", "\\");
        texts.add(text);
        bytes += text.getBytes(StandardCharsets.UTF_8).length;
      }
    }
    int docChars = Integer.getInteger("safeguard.docChars", 0);
    if (docChars > 0) {
      List<String> joined = new ArrayList<>();
      StringBuilder doc = new StringBuilder();
      for (String t : texts) {
        doc.append(doc.length() == 0 ? "" : "\n\n").append(t);
        if (doc.length() >= docChars) {
          joined.add(doc.toString());
          doc.setLength(0);
        }
      }
      texts = joined;
    }
    System.out.printf("%ncorpus: %d texts, %d bytes (%.3f MB)%n", texts.size(), bytes, bytes / 1e6);
    return texts;
  }
}
