package com.backofficecare.safeguard.buildsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The policy's enforceable clauses, read from {@code docs/policy/clauses.md}. */
final class ClauseCatalog {

  private static final Pattern CLAUSE_ID = Pattern.compile("POL-\\d{1,2}\\.\\d{1,2}");
  private static final Pattern CLAUSE_LINE = Pattern.compile("^- (POL-\\d{1,2}\\.\\d{1,2}) (.*)$");

  private ClauseCatalog() {}

  static boolean isClauseId(String tag) {
    return CLAUSE_ID.matcher(tag).matches();
  }

  /** Clause id to its first line of text, in the order of the document. */
  static Map<String, String> read(Path clausesMarkdown) throws IOException {
    Map<String, String> clauses = new LinkedHashMap<>();
    for (String line : Files.readAllLines(clausesMarkdown)) {
      Matcher m = CLAUSE_LINE.matcher(line);
      if (m.matches()) {
        clauses.put(m.group(1), m.group(2).trim());
      }
    }
    return clauses;
  }
}
