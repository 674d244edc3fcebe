package com.backofficecare.safeguard.testing;

import com.backofficecare.safeguard.policy.access.AccessPolicy;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives each test method a fresh {@link TestSafeguard} parameter, closed and cleaned up after the
 * test. The policy comes from a static method of the test class named by {@link Policy} (default
 * {@code policy()}), returning an {@link AccessPolicy}; the clock starts at {@code
 * 2026-11-25T09:00:00Z} unless {@link Policy#clock()} says otherwise.
 *
 * <pre>{@code
 * @ExtendWith(SafeguardExtension.class)
 * class SchedulingRulesTest {
 *   static AccessPolicy policy() { return Policies.policy()...build(); }
 *
 *   @Test void schedulersNeverSeeDiagnoses(TestSafeguard sg) {
 *     assertThat(sg.guard()).permits(read("u-ana", "sunrise", CLIENT_RECORDS, "diagnosis")
 *         .purpose(SCHEDULING)).withholding("diagnosis");
 *   }
 * }
 * }</pre>
 */
public final class SafeguardExtension implements ParameterResolver, AfterEachCallback {

  /** For JUnit's {@code @ExtendWith}. */
  public SafeguardExtension() {}

  /** Names the policy factory method and the clock's start. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.TYPE)
  public @interface Policy {
    String method() default "policy";

    String clock() default "2026-11-25T09:00:00Z";
  }

  private static final ExtensionContext.Namespace NS =
      ExtensionContext.Namespace.create(SafeguardExtension.class);

  @Override
  public boolean supportsParameter(ParameterContext p, ExtensionContext c) {
    return p.getParameter().getType() == TestSafeguard.class;
  }

  @Override
  public Object resolveParameter(ParameterContext p, ExtensionContext c) {
    Class<?> test = c.getRequiredTestClass();
    Policy config = test.getAnnotation(Policy.class);
    String methodName = config == null ? "policy" : config.method();
    String start = config == null ? "2026-11-25T09:00:00Z" : config.clock();
    AccessPolicy policy;
    try {
      Method m = test.getDeclaredMethod(methodName);
      m.setAccessible(true);
      policy = (AccessPolicy) m.invoke(null);
    } catch (ReflectiveOperationException | ClassCastException e) {
      throw new ParameterResolutionException(
          "the test class needs a static " + methodName + "() returning an AccessPolicy", e);
    }
    try {
      Path dir = Files.createTempDirectory("safeguard-test");
      TestSafeguard sg = TestSafeguard.create(dir, policy, SteppableClock.at(start));
      c.getStore(NS).put("safeguard", sg);
      c.getStore(NS).put("dir", dir);
      return sg;
    } catch (java.io.IOException e) {
      throw new ParameterResolutionException("cannot create a temporary directory", e);
    }
  }

  @Override
  public void afterEach(ExtensionContext c) throws Exception {
    TestSafeguard sg = c.getStore(NS).remove("safeguard", TestSafeguard.class);
    if (sg != null) {
      sg.close();
    }
    Path dir = c.getStore(NS).remove("dir", Path.class);
    if (dir != null) {
      try (Stream<Path> s = Files.walk(dir)) {
        s.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }
}
