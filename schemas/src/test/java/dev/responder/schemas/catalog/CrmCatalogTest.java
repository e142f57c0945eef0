package dev.responder.schemas.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.schemas.avro.Severity;
import dev.responder.schemas.catalog.operation.Operation;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The shipped catalog says what the operators' runbook says. */
class CrmCatalogTest {

  private final Catalog catalog = CrmCatalog.load();

  @Test
  void shouldCarryAVersionAndTheFiveSeedRunbooks() {
    assertThat(catalog.version()).isNotBlank();
    assertThat(catalog.runbooks())
        .extracting(Runbook::title)
        .containsExactly(
            "API Unresponsive",
            "Worker Queue Stuck",
            "Database Connection Exhausted",
            "Social Publishing Failed",
            "Event Processing Lag");
  }

  @Test
  void shouldNameTheStatusPageComponentEachRunbookAffects() {
    assertThat(catalog.runbooks())
        .extracting(Runbook::component)
        .containsExactly("API", "Worker queue", "Database", "Social publishing", "Data sync");
  }

  @Test
  void shouldGiveTheRunbooksResponseTimes() {
    assertThat(catalog.severity(Severity.P1).responseTime().within())
        .contains(Duration.ofMinutes(15));
    assertThat(catalog.severity(Severity.P2).responseTime().within()).contains(Duration.ofHours(1));
    assertThat(catalog.severity(Severity.P3).responseTime().within()).contains(Duration.ofHours(4));
    assertThat(catalog.severity(Severity.P4).responseTime()).hasToString("nextBusinessDay");
  }

  @Test
  void shouldEscalateFromOnCallEngineerToManagement() {
    assertThat(catalog.escalation())
        .extracting(EscalationLevel::name)
        .containsExactly("On-call engineer", "Platform lead", "DevOps team", "Management");
  }

  @Test
  void shouldAssessPodsEventsAndApiHealthFirst() {
    assertThat(catalog.initialResponse().assess())
        .extracting(Step::operation)
        .containsExactly(
            Operation.KUBERNETES_PODS, Operation.KUBERNETES_EVENTS, Operation.HTTP_HEALTH);
    assertThat(catalog.initialResponse().assess().get(1).params().text("sortBy"))
        .isEqualTo("lastTimestamp");
  }

  @Test
  void shouldNeverLetUnclassifiedIncidentsAct() {
    assertThat(catalog.unclassified().notifications())
        .isNotEmpty()
        .allSatisfy(step -> assertThat(step.operation()).isEqualTo(Operation.NOTIFY));
  }

  @Test
  void shouldUseEveryOperationOfTheVocabulary() {
    assertThat(catalog.operationsUsed()).containsExactlyInAnyOrder(Operation.values());
  }
}
