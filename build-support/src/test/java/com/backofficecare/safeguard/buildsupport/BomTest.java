package com.backofficecare.safeguard.buildsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The BOM names every library module, so that users align all of them with one import. */
class BomTest {

  /** Modules that are not libraries a user depends on. */
  private static final Set<String> NOT_PUBLISHED =
      Set.of(
          "bom",
          "build-support",
          "cli",
          "examples",
          "examples/spring-service",
          "benchmarks",
          "policy-tests");

  private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");
  private static final Pattern ARTIFACT =
      Pattern.compile("<artifactId>(safeguard-[^<]+)</artifactId>");

  @Test
  void everyLibraryModuleIsInTheBom() throws Exception {
    Path root = Path.of(System.getProperty("safeguard.root", ".."));
    List<String> libraries = new ArrayList<>();
    Matcher m = MODULE.matcher(Files.readString(root.resolve("pom.xml")));
    while (m.find()) {
      if (!NOT_PUBLISHED.contains(m.group(1))) {
        Matcher a = ARTIFACT.matcher(Files.readString(root.resolve(m.group(1)).resolve("pom.xml")));
        a.find(); // the parent's
        assertThat(a.find()).as(m.group(1) + " has an artifactId").isTrue();
        libraries.add(a.group(1));
      }
    }
    String bom = Files.readString(root.resolve("bom/pom.xml"));
    assertThat(libraries)
        .hasSizeGreaterThan(8)
        .allSatisfy(
            artifact ->
                assertThat(bom)
                    .as("the BOM")
                    .contains("<artifactId>" + artifact + "</artifactId>"));
  }
}
