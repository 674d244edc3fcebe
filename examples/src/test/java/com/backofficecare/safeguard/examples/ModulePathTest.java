package com.backofficecare.safeguard.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library jars work as named modules: an application module that requires the policy module
 * compiles and runs on the module path, and one that reaches into an unexported internal package
 * does not compile. Needs the packaged jars (as in {@code mvn verify}); skips on class folders.
 */
class ModulePathTest {

  private static String modulePath = "";

  @BeforeAll
  static void libraryJars() {
    List<String> entries =
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .filter(e -> e.endsWith(".jar") && !e.endsWith("-tests.jar"))
            .filter(
                e ->
                    !e.contains("junit")
                        && !e.contains("jqwik")
                        && !e.contains("assertj")
                        && !e.contains("opentest4j")
                        && !e.contains("apiguardian")
                        && !e.contains("byte-buddy")
                        && !e.contains("safeguard-build-support"))
            .collect(Collectors.toList());
    boolean packaged = entries.stream().anyMatch(e -> e.contains("safeguard-policy"));
    assumeTrue(
        packaged || "true".equals(System.getenv("CI")),
        "the Safeguard modules are class folders here, not jars: run mvn verify");
    assertThat(packaged).as("policy jar on the test class path").isTrue();
    modulePath = String.join(File.pathSeparator, entries);
  }

  @Test
  void anApplicationModuleDetectsAndDecidesOnTheModulePath(@TempDir Path out) throws Exception {
    assertThat(compile("smoke", out)).isEmpty();
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path",
                out + File.pathSeparator + modulePath,
                "-m",
                "com.example.smoke/com.example.smoke.Main",
                "policy/policy.json",
                "policy/requests/permit-caregiver-reads-own-client.json")
            .redirectErrorStream(true)
            .start();
    String printed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(printed).isZero();
    assertThat(printed).contains("findings=2", "permitted=true");
  }

  @Test
  void internalPackagesAreNotExported(@TempDir Path out) throws Exception {
    assertThat(compile("intruder", out))
        .contains("package com.backofficecare.safeguard.core.detection.internal is not visible")
        .contains("does not export it");
  }

  /** Compiles one module of the test resources; returns javac's diagnostics. */
  private static String compile(String module, Path out) throws IOException, URISyntaxException {
    Path root = Path.of(ModulePathTest.class.getResource("/module-smoke/" + module).toURI());
    // An explicit, empty class path: javac would otherwise read the test JVM's.
    List<String> args =
        new ArrayList<>(
            List.of(
                "-d",
                out.toString(),
                "-cp",
                out.toString(),
                "--module-path",
                modulePath,
                "-Xlint:-module"));
    try (Stream<Path> files = Files.walk(root)) {
      files.filter(f -> f.toString().endsWith(".java")).forEach(f -> args.add(f.toString()));
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int status = javac.run(null, diagnostics, diagnostics, args.toArray(String[]::new));
    String text = diagnostics.toString(StandardCharsets.UTF_8);
    return status == 0 ? "" : text.isEmpty() ? "javac failed" : text;
  }
}
