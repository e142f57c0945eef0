package dev.responder.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.schemas.avro.Evidence;
import dev.responder.schemas.avro.OutcomeKind;
import dev.responder.schemas.avro.OutcomeReason;
import dev.responder.schemas.avro.OutcomeStatus;
import dev.responder.schemas.avro.RemediationOutcome;
import dev.responder.schemas.serde.ContractClassTrust;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PagingSummaryTest {

  @BeforeAll
  static void trust() {
    ContractClassTrust.install();
  }

  @Test
  void shouldListEachIncidentsPagesAndChannelMessagesFromThePagersOutcomes() {
    // given the pager's outcomes of one incident, and a runbook step's that is not the pager's
    List<Observed> observed =
        List.of(
            outcome(
                "page.opened", "pagerduty.trigger", "pager:crm-oncall", OutcomeStatus.SUCCEEDED),
            outcome("page.opened", "slack.post", "slack:#crm-incidents", OutcomeStatus.SUCCEEDED),
            outcome(
                "page.resolved", "pagerduty.resolve", "pager:crm-oncall", OutcomeStatus.SUCCEEDED),
            outcome("page.resolved", "slack.post", "slack:#crm-incidents", OutcomeStatus.SUCCEEDED),
            outcome("page.opened", "email.send", "email:devops@crm.example", OutcomeStatus.FAILED),
            outcome("stakeholders", "notify", "slack:#crm-incidents", OutcomeStatus.SUCCEEDED));
    // when
    List<String> lines = PagingSummary.lines(observed);
    // then
    assertThat(lines)
        .containsExactly(
            "INC-1  paged pager:crm-oncall (pagerduty.trigger, pagerduty.resolve);"
                + " 2 messages to slack:#crm-incidents; FAILED: email.send email:devops@crm.example");
  }

  private static Observed outcome(
      String step, String operation, String target, OutcomeStatus status) {
    return new Observed.Outcome(
        RemediationOutcome.newBuilder()
            .setOutcomeId(step + operation + target)
            .setIncidentId("INC-1")
            .setRunbookId("api-unresponsive")
            .setStep(step)
            .setKind(OutcomeKind.NOTIFICATION)
            .setOperation(operation)
            .setTarget(target)
            .setStatus(status)
            .setReason(OutcomeReason.COMPLETED)
            .setEvidence(Evidence.newBuilder().setFigures(Map.of()).build())
            .setStartedAt(Instant.EPOCH)
            .setFinishedAt(Instant.EPOCH)
            .setCatalogVersion("v")
            .setActionKey("k")
            .build(),
        0L);
  }
}
