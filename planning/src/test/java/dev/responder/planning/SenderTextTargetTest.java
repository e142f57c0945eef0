package dev.responder.planning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.schemas.catalog.Catalog;
import dev.responder.schemas.catalog.Runbook;
import dev.responder.schemas.catalog.load.CatalogLoader;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whatever a sender writes into an alert (a label value crafted as SQL, a shell command, HTML or a
 * Kubernetes name) reaches the planner only as the incident's title and briefing; every target a
 * plan names comes from the catalog, inside its allowlists. The hostile values are the ones
 * ingest's HostileInputIT sends.
 */
class SenderTextTargetTest {

  static final List<String> HOSTILE =
      List.of(
          "crm'; DROP TABLE ledger; --",
          "$(curl -s 127.0.0.1:9/x | sh)",
          "<script>alert(1)</script>",
          "kube-system/deployment/coredns",
          "../../etc/passwd");

  private static final Catalog CATALOG = CatalogLoader.require(Path.of("../runbooks/crm.yaml"));

  static Stream<String> runbooks() {
    return CATALOG.runbooks().stream().map(Runbook::id);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("runbooks")
  void shouldTakeEveryTargetFromTheCatalogWhateverTheAlertSaid(String runbook) {
    // given: an incident whose every free-text field is hostile sender text
    String hostile = String.join(" ", HOSTILE);
    PlanContext context =
        new PlanContext(
            "INC-1",
            runbook,
            "P1",
            CATALOG.version(),
            "evt-1",
            hostile,
            new Briefing(hostile, Optional.of(hostile), Optional.of(Instant.EPOCH), hostile));

    // when
    Plan plan = new CatalogPlanner(CATALOG).plan(context).orElseThrow();

    // then
    List<String> allowlisted =
        CATALOG.allowlists().byKind().values().stream().flatMap(Collection::stream).toList();
    List<PlannedStep> steps = new ArrayList<>(plan.checks());
    steps.addAll(plan.actions());
    steps.addAll(plan.notifications());
    assertThat(steps).isNotEmpty();
    // Bookkeeping steps (no catalog operation) name no target at all.
    for (PlannedStep step : steps.stream().filter(s -> s.typedOperation().isPresent()).toList()) {
      Target target = step.target();
      assertThat(allowlisted).as("%s of %s", target, step.id()).contains(target.name());
      assertThat(HOSTILE).noneMatch(value -> target.path().contains(value));
    }
  }
}
