package com.backofficecare.safeguard.buildsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Set;
import java.util.TreeSet;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Records which passing tests demonstrate which policy clause, and regenerates the clause-to-test
 * report after every module's test run.
 *
 * <p>A test demonstrates clause {@code POL-x.y} when it (or its class) carries
 * {@code @Tag("POL-x.y")}. Registered through {@code ServiceLoader}, so a module only needs this
 * artifact on its test class path. Does nothing unless Surefire sets {@code safeguard.root} and
 * {@code safeguard.module} (the root pom does), so IDE runs leave the report alone.
 */
public final class ClauseCoverageListener implements TestExecutionListener {

  private final Set<String> evidence = new TreeSet<>();

  @Override
  public void executionFinished(TestIdentifier test, TestExecutionResult result) {
    if (!test.isTest() || result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
      return;
    }
    String name = testName(test);
    test.getTags().stream()
        .map(tag -> tag.getName())
        .filter(ClauseCatalog::isClauseId)
        .forEach(clause -> evidence.add(clause + "\t" + name));
  }

  @Override
  public void testPlanExecutionFinished(TestPlan plan) {
    String root = System.getProperty("safeguard.root");
    String module = System.getProperty("safeguard.module");
    if (root == null || module == null || root.isBlank() || root.startsWith("${")) {
      return;
    }
    Path rootDir = Paths.get(root);
    try {
      Path evidenceDir = rootDir.resolve("target/clause-evidence");
      Files.createDirectories(evidenceDir);
      Set<String> lines = new TreeSet<>();
      for (String line : evidence) {
        lines.add(line.replace("\t", "\t" + module + ":"));
      }
      Files.write(evidenceDir.resolve(module + ".tsv"), lines);
      ClauseReport.write(rootDir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the clause-to-test report", e);
    }
  }

  private static String testName(TestIdentifier test) {
    TestSource source = test.getSource().orElse(null);
    if (source instanceof MethodSource method) {

      return method.getClassName() + "#" + method.getMethodName();
    }
    if (source instanceof ClassSource classSource) {
      return classSource.getClassName() + "#" + test.getDisplayName();
    }
    return test.getDisplayName();
  }
}
