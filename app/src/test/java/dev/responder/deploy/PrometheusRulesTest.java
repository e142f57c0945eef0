package dev.responder.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.deploy.CustomResources.PrometheusRule;
import dev.responder.deploy.CustomResources.Rule;
import dev.responder.deploy.CustomResources.RuleGroup;
import dev.responder.schemas.catalog.Catalog;
import dev.responder.schemas.catalog.Classification;
import dev.responder.schemas.catalog.Classifier;
import dev.responder.schemas.catalog.Runbook;
import dev.responder.schemas.catalog.load.CatalogLoader;
import dev.responder.schemas.catalog.load.LoadResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The alert rules and the runbook catalog cannot drift apart: each CRM rule's labels classify to
 * the runbook its {@code runbook_url} names, every runbook is raised by some rule, and Responder's
 * own health alerts classify to no runbook (Responder never remediates the CRM for them). Every
 * alert has a {@code promtool test rules} case.
 */
class PrometheusRulesTest {

  private static final Instant DETECTED = Instant.parse("2026-11-27T09:00:00Z");

  private static final PrometheusRule SHIPPED =
      (PrometheusRule)
          TypedObjects.parse(
              DeployFiles.document(DeployFiles.deploy("base/090-PrometheusRule-responder.yaml")));

  private static final Catalog CATALOG =
      ((LoadResult.Loaded) CatalogLoader.load(DeployFiles.root().resolve("runbooks/crm.yaml")))
          .catalog();

  private static List<Rule> group(String name) {
    return SHIPPED.getSpec().getGroups().stream()
        .filter(group -> group.getName().equals(name))
        .findFirst()
        .map(RuleGroup::getRules)
        .orElseThrow();
  }

  private static Classification classify(Rule rule) {
    Map<String, String> labels = new HashMap<>(rule.getLabels());
    labels.put("alertname", rule.getAlert());
    return new Classifier(CATALOG).classify(labels, DETECTED);
  }

  @Test
  void shouldShipThePlainRulesFileAndThePrometheusRuleWithTheSameGroups() {
    Map<String, Object> plain =
        DeployFiles.document(DeployFiles.deploy("prometheus/responder-rules.yml"));
    @SuppressWarnings("unchecked")
    Map<String, Object> operator =
        (Map<String, Object>)
            DeployFiles.document(DeployFiles.deploy("base/090-PrometheusRule-responder.yaml"))
                .get("spec");

    assertThat(operator.get("groups")).isEqualTo(plain.get("groups"));
  }

  @Test
  void shouldClassifyEachCrmAlertToTheRunbookItsUrlNames() {
    for (Rule rule : group("crm-symptoms")) {
      String url = rule.getAnnotations().get("runbook_url");
      String intended = url.substring(url.lastIndexOf('/') + 1);

      assertThat(classify(rule).runbookId()).as(rule.getAlert()).isEqualTo(intended);
    }
  }

  @Test
  void shouldRaiseEveryRunbookOfTheCatalog() {
    List<String> raised = group("crm-symptoms").stream().map(r -> classify(r).runbookId()).toList();

    assertThat(raised).containsAll(CATALOG.runbooks().stream().map(Runbook::id).toList());
  }

  @Test
  void shouldLeaveResponderHealthAlertsUnclassified() {
    for (Rule rule : group("responder-health")) {
      assertThat(classify(rule).isUnclassified()).as(rule.getAlert()).isTrue();
    }
  }

  @Test
  void shouldShipTheWatchdogAsTheCatalogsOnlyHeartbeatAlert() {
    for (RuleGroup group : SHIPPED.getSpec().getGroups()) {
      for (Rule rule : group.getRules()) {
        Map<String, String> labels = new HashMap<>(rule.getLabels());
        labels.put("alertname", rule.getAlert());
        boolean heartbeat =
            CATALOG.heartbeats().stream().anyMatch(h -> h.matchers().matches(labels));

        assertThat(heartbeat).as(rule.getAlert()).isEqualTo(rule.getAlert().equals("Watchdog"));
      }
    }
    assertThat(group("heartbeat")).extracting(Rule::getAlert).containsExactly("Watchdog");
  }

  @Test
  void shouldUnitTestEveryAlertWithPromtool() {
    List<String> tested = new ArrayList<>();
    for (String file :
        List.of("crm-symptoms-test.yml", "responder-health-test.yml", "heartbeat-test.yml")) {
      Matcher names =
          Pattern.compile("alertname: (\\w+)")
              .matcher(DeployFiles.read(DeployFiles.deploy("prometheus/tests/" + file)));
      names.results().forEach(name -> tested.add(name.group(1)));
    }

    for (RuleGroup group : SHIPPED.getSpec().getGroups()) {
      for (Rule rule : group.getRules()) {
        assertThat(tested).as("promtool tests of " + rule.getAlert()).contains(rule.getAlert());
      }
    }
  }

  @Test
  void shouldGiveEveryAlertASeveritySummaryDescriptionAndRunbookUrl() {
    for (RuleGroup group : SHIPPED.getSpec().getGroups()) {
      for (Rule rule : group.getRules()) {
        assertThat(rule.getLabels()).as(rule.getAlert()).containsKey("severity");
        assertThat(rule.getLabels().get("severity")).isIn("critical", "warning", "info");
        assertThat(rule.getAnnotations())
            .as(rule.getAlert())
            .containsKeys("summary", "description", "runbook_url");
      }
    }
  }
}
