/** Test support for applications' policy tests: JUnit 5 extension, clocks, builders, assertions. */
module com.backofficecare.safeguard.testing {
  requires transitive org.jspecify;
  requires transitive com.backofficecare.safeguard.policy;
  requires com.backofficecare.safeguard.termination;
  requires transitive org.junit.jupiter.api;

  exports com.backofficecare.safeguard.testing;
}
