package dev.responder.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The layering of docs/layering.md, checked on the production classes of every module (app's test
 * classpath holds them all): domain packages import no client library, and no module depends on one
 * above it. A failure names the offending class and dependency.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LayeringTest {

  /** Pure decisions: what unit tests call directly and mutation testing measures. */
  static final String[] DOMAIN = {
    "dev.responder.correlator.domain..",
    "dev.responder.planning..",
    "dev.responder.schemas.catalog",
    "dev.responder.schemas.catalog.matcher..",
    "dev.responder.schemas.catalog.operation..",
    "dev.responder.remediator.core..",
    "dev.responder.remediator.engine..",
    "dev.responder.remediator.guard..",
    "dev.responder.remediator.ledger..",
    "dev.responder.remediator.port..",
    "dev.responder.remediator.notify..",
    "dev.responder.remediator.crm..",
    "dev.responder.operator.domain..",
  };

  /** Libraries that talk to something outside the process, or parse its wire formats. */
  static final String[] CLIENT_LIBRARIES = {
    "org.apache.kafka..",
    "org.eclipse.jetty..",
    "jakarta.servlet..",
    "io.fabric8..",
    "io.lettuce..",
    "io.netty..",
    "java.sql..",
    "javax.sql..",
    "org.postgresql..",
    "com.zaxxer.hikari..",
    "org.flywaydb..",
    "com.fasterxml.jackson..",
    "tools.jackson..",
    "java.net.http..",
    "io.micrometer..",
    "org.snakeyaml..",
    "redis.embedded..",
    "io.zonky..",
    "net.fortuna.ical4j..",
  };

  /** Each module and the modules it may use; anything else is a dependency upward or sideways. */
  enum Module {
    SCHEMAS,
    RUNTIME,
    PLANNING(SCHEMAS),
    SANDBOX(SCHEMAS),
    INGEST(SCHEMAS, RUNTIME),
    CORRELATOR(SCHEMAS, RUNTIME),
    REMEDIATOR(SCHEMAS, RUNTIME, PLANNING),
    OPERATOR(SCHEMAS, RUNTIME),
    CONSOLE(SCHEMAS, RUNTIME, PLANNING, CORRELATOR);

    private final Set<Module> uses;

    Module(Module... uses) {
      this.uses = Set.of(uses);
    }

    String packages() {
      return "dev.responder." + name().toLowerCase() + "..";
    }

    /**
     * Every project package this module must not use: the other modules it is not given, and app.
     */
    String[] forbidden() {
      return java.util.stream.Stream.concat(
              Arrays.stream(values())
                  .filter(m -> m != this && !uses.contains(m))
                  .map(Module::packages),
              java.util.stream.Stream.of("dev.responder.app.."))
          .toArray(String[]::new);
    }
  }

  /**
   * Known debt, each to be removed rather than added to: the remediator's ledger serialises
   * outbound records with the Kafka serde of schemas/ (the pure core of issue 17 point 1 moves it
   * to the outbox adapter).
   */
  static final String[] KNOWN_EXCEPTIONS = {"dev.responder.remediator.ledger.Outbound"};

  private JavaClasses production;

  @BeforeAll
  void importProductionClasses() {
    production =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.responder");
  }

  @ParameterizedTest
  @EnumSource(value = Module.class, names = "OPERATOR", mode = EnumSource.Mode.EXCLUDE)
  void shouldSeeTheClassesOfEveryModule(Module module) {
    // A rule over classes it never imported would pass for nothing.
    assertThat(production.stream())
        .anyMatch(
            c -> c.getPackageName().startsWith("dev.responder." + module.name().toLowerCase()));
  }

  @Test
  void shouldKeepClientLibrariesOutOfDomainPackages() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAnyPackage(DOMAIN)
            .and()
            .doNotHaveFullyQualifiedName(KNOWN_EXCEPTIONS[0])
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(CLIENT_LIBRARIES)
            .because("domain decisions are pure functions; adapters talk to the world")
            .allowEmptyShould(true);

    rule.check(production);
  }

  @ParameterizedTest
  @EnumSource(Module.class)
  void shouldDependOnlyOnTheModulesBelow(Module module) {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAPackage(module.packages())
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(module.forbidden())
            .because(module + " may use only " + module.uses + " (docs/layering.md)")
            .allowEmptyShould(true);

    rule.check(production);
  }
}
