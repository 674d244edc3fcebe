package com.backofficecare.safeguard.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.assertj.core.api.Assertions.assertThat;

import com.backofficecare.safeguard.core.archfixture.CoreReachingIntoPolicy;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module directions of {@code docs/architecture.md} (the shared design's copy), checked on the
 * production classes of every module: arrows point from user to used, nothing points back, and an
 * internal package is used only inside its own module.
 */
class ArchitectureTest {

  private static final String ROOT = "com.backofficecare.safeguard";

  /** The policy module's packages: those of policy-postgres, policy-files and termination aside. */
  private static final DescribedPredicate<JavaClass> POLICY_CORE =
      resideInAPackage(ROOT + ".policy..")
          .and(
              not(
                  resideInAnyPackage(
                      ROOT + ".policy.postgres..",
                      ROOT + ".policy.config..",
                      ROOT + ".policy.termination..",
                      ROOT + ".policy.store..")))
          .as("policy packages");

  /** The library modules as layers, each the packages it owns. */
  static final ArchRule MODULE_DIRECTIONS =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .layer("core")
          .definedBy(ROOT + ".core..")
          .layer("storage-spi")
          .definedBy(ROOT + ".storage")
          .layer("storage backends")
          .definedBy(ROOT + ".storage.postgres..", ROOT + ".storage.s3..")
          .layer("crypto")
          .definedBy(ROOT + ".crypto..")
          .layer("policy")
          .definedBy(POLICY_CORE)
          .layer("policy files")
          .definedBy(ROOT + ".policy.config..")
          .layer("termination")
          .definedBy(ROOT + ".policy.termination..", ROOT + ".policy.store..")
          .layer("policy backends")
          .definedBy(ROOT + ".policy.postgres..")
          .layer("integrations")
          .definedBy(
              ROOT + ".logging..", ROOT + ".spring..", ROOT + ".testing..", ROOT + ".spark..")
          .layer("faces")
          .definedBy(ROOT + ".cli..", ROOT + ".examples..", ROOT + ".benchmarks..")
          .whereLayer("faces")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("integrations")
          .mayOnlyBeAccessedByLayers("faces")
          .whereLayer("policy backends")
          .mayOnlyBeAccessedByLayers("integrations", "faces")
          .whereLayer("policy files")
          .mayOnlyBeAccessedByLayers("integrations", "faces")
          .whereLayer("termination")
          .mayOnlyBeAccessedByLayers("integrations", "faces")
          .whereLayer("policy")
          .mayOnlyBeAccessedByLayers(
              "policy files", "termination", "policy backends", "integrations", "faces")
          .whereLayer("storage backends")
          .mayOnlyBeAccessedByLayers("integrations", "faces")
          .whereLayer("crypto")
          .mayOnlyBeAccessedByLayers(
              "policy", "policy files", "termination", "integrations", "faces")
          .whereLayer("storage-spi")
          .mayOnlyBeAccessedByLayers(
              "storage backends",
              "crypto",
              "policy",
              "policy files",
              "termination",
              "integrations",
              "faces")
          .whereLayer("core")
          .mayOnlyBeAccessedByLayers(
              "crypto",
              "policy",
              "policy files",
              "termination",
              "policy backends",
              "integrations",
              "faces");

  static final ArchRule DETECTION_INTERNALS =
      noClasses()
          .that()
          .resideOutsideOfPackage(ROOT + ".core..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage(ROOT + ".core.detection.internal..");

  static final ArchRule CRYPTO_INTERNALS =
      noClasses()
          .that()
          .resideOutsideOfPackage(ROOT + ".crypto..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage(ROOT + ".crypto.internal..");

  /** The policy core has no JDBC: its PostgreSQL adapters live in policy-postgres. */
  static final ArchRule POLICY_WITHOUT_JDBC =
      noClasses()
          .that()
          .resideInAPackage(ROOT + ".policy..")
          .and()
          .resideOutsideOfPackage(ROOT + ".policy.postgres..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("java.sql..", "javax.sql..");

  /**
   * The guard alone does not drag file formats: the policy module uses neither policy-files nor
   * termination, nor their Jakarta Validation and OpenPGP.
   */
  static final ArchRule POLICY_WITHOUT_FILES_OR_TERMINATION =
      noClasses()
          .that(POLICY_CORE)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              ROOT + ".policy.config..",
              ROOT + ".policy.termination..",
              ROOT + ".policy.store..",
              "jakarta.validation..",
              "org.hibernate.validator..",
              "org.bouncycastle.openpgp..",
              "org.bouncycastle.bcpg..");

  private static JavaClasses production;

  @BeforeAll
  static void importEveryModule() {
    Path root = Path.of(System.getProperty("safeguard.root", ".."));
    List<Path> classes =
        List.of(
                "core",
                "storage-spi",
                "storage-postgres",
                "storage-s3",
                "crypto",
                "policy",
                "policy-postgres",
                "policy-files",
                "termination",
                "testing",
                "logging",
                "spring/autoconfigure",
                "spark",
                "cli",
                "examples",
                "benchmarks")
            .stream()
            .map(m -> root.resolve(m).resolve("target/classes"))
            .filter(Files::isDirectory)
            .toList();
    assertThat(classes).as("every module's classes, built before this one").hasSize(16);
    production =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPaths(classes);
  }

  @Test
  void modulesDependOnlyInTheDirectionsOfTheDesign() {
    MODULE_DIRECTIONS.check(production);
  }

  @Test
  void internalPackagesAreUsedOnlyInTheirModule() {
    DETECTION_INTERNALS.check(production);
    CRYPTO_INTERNALS.check(production);
  }

  @Test
  void thePolicyCoreIsFreeOfJdbc() {
    POLICY_WITHOUT_JDBC.check(production);
  }

  @Test
  void thePolicyCoreIsFreeOfPolicyFilesAndTermination() {
    POLICY_WITHOUT_FILES_OR_TERMINATION.check(production);
  }

  /** The rule is not vacuous: core code that reaches into policy is a violation, named. */
  @Test
  void aCoreClassThatUsesThePolicyBreaksTheRule() {
    JavaClasses offending =
        new ClassFileImporter()
            .importClasses(
                CoreReachingIntoPolicy.class,
                com.backofficecare.safeguard.policy.access.AccessGuard.class);
    EvaluationResult result = MODULE_DIRECTIONS.evaluate(offending);
    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().toString()).contains("CoreReachingIntoPolicy");
  }
}
