package dev.responder.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryJsonTest {

  @Test
  void shouldWriteTheSummaryInTheDocumentedShape() throws Exception {
    // given
    ScenarioResult result =
        new ScenarioResult(
            "worker-queue-stuck",
            "INC-20261127-ABCDEFGH",
            "worker-queue-stuck",
            "P2",
            "carol",
            true,
            List.of(
                new ActionTaken(
                    "restart_workers",
                    "kubernetes.rolloutRestart",
                    "crm-worker",
                    "SUCCEEDED",
                    null)),
            "FIXED",
            180L,
            420L,
            21_000L,
            List.of());

    // when
    JsonNode json =
        new ObjectMapper()
            .readTree(SummaryJson.of(DemoSummary.of(List.of(result), 95_000, List.of())));

    // then
    assertThat(json.path("allResolved").asBoolean()).isTrue();
    assertThat(json.path("elapsedMs").asLong()).isEqualTo(95_000);
    JsonNode scenario = json.path("scenarios").get(0);
    assertThat(scenario.path("scenario").asText()).isEqualTo("worker-queue-stuck");
    assertThat(scenario.path("incident").asText()).isEqualTo("INC-20261127-ABCDEFGH");
    assertThat(scenario.path("runbook").asText()).isEqualTo("worker-queue-stuck");
    assertThat(scenario.path("severity").asText()).isEqualTo("P2");
    assertThat(scenario.path("resolved").asBoolean()).isTrue();
    JsonNode action = scenario.path("actions").get(0);
    assertThat(action.path("operation").asText()).isEqualTo("kubernetes.rolloutRestart");
    assertThat(action.path("target").asText()).isEqualTo("crm-worker");
    assertThat(action.path("status").asText()).isEqualTo("SUCCEEDED");
    assertThat(scenario.path("alertToIncidentMs").asLong()).isEqualTo(180);
    assertThat(scenario.path("alertToFirstActionMs").asLong()).isEqualTo(420);
    assertThat(scenario.path("alertToResolvedMs").asLong()).isEqualTo(21_000);
  }

  @Test
  void shouldNotCallAnEmptyDemoAllResolved() {
    assertThat(DemoSummary.of(List.of(), 1, List.of()).allResolved()).isFalse();
  }
}
