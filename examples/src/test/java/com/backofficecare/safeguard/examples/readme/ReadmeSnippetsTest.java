package com.backofficecare.safeguard.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * README's Java blocks are the marked regions of this package's sources, word for word and in
 * the same order, so every snippet a reader copies compiles (and the testing one runs).
 */
class ReadmeSnippetsTest {

  private static final Path ROOT = Path.of(System.getProperty("safeguard.root", ".."));
  private static final Pattern README_BLOCK = Pattern.compile("(?ms)^```java\\n(.*?)^```$");
  private static final Pattern REGION =
      Pattern.compile("(?ms)^[ \\t]*// \\[START ([a-z-]+)\\]\\n(.*?)^[ \\t]*// \\[END \\1\\]$");

  @Test
  void everyJavaBlockOfReadmeIsACompiledRegion() throws IOException {
    List<String> readme = new ArrayList<>();
    Matcher m = README_BLOCK.matcher(Files.readString(ROOT.resolve("README.md")));
    while (m.find()) {
      readme.add(m.group(1).stripTrailing());
    }
    List<String> regions = new ArrayList<>();
    Path sources = ROOT.resolve("examples/src/test/java/com/backofficecare/safeguard/examples/readme");
    Path spark = ROOT.resolve("spark/src/test/java/com/backofficecare/safeguard/spark");
    for (Path file :
        List.of(
            sources.resolve("ReadmeSnippets.java"),
            sources.resolve("SchedulingRulesTest.java"),
            spark.resolve("ReadmeSparkSnippets.java"))) {
      Matcher r = REGION.matcher(Files.readString(file, StandardCharsets.UTF_8));
      while (r.find()) {
        regions.add(dedent(r.group(2)).stripTrailing());
      }
    }
    assertThat(readme).as("README's Java blocks").containsExactlyElementsOf(regions);
  }

  /** Removes the indentation every non-blank line shares. */
  static String dedent(String block) {
    int common = block.lines().filter(l -> !l.isBlank())
        .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    return String.join("\n", (Iterable<String>) () -> block.lines()
        .map(l -> l.isBlank() ? "" : l.substring(common)).iterator()) + "\n";
  }

}
