package dev.responder.operator.domain;

import static dev.responder.operator.domain.Fixtures.ACTION;
import static dev.responder.operator.domain.Fixtures.CAROL;
import static dev.responder.operator.domain.Fixtures.CATALOG;
import static dev.responder.operator.domain.Fixtures.DAVE;
import static dev.responder.operator.domain.Fixtures.INCIDENT;
import static dev.responder.operator.domain.Fixtures.NOW;
import static dev.responder.operator.domain.Fixtures.VIC;
import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.operator.auth.Principal;
import dev.responder.schemas.avro.Command;
import dev.responder.schemas.avro.CommandType;
import dev.responder.schemas.avro.IncidentStatus;
import dev.responder.schemas.avro.OutcomeKind;
import dev.responder.schemas.avro.OutcomeStatus;
import dev.responder.schemas.command.Role;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CommandDeskTest {

  private static CommandDesk desk(OperatorView view, Instant now) {
    return new CommandDesk(view, CATALOG, Fixtures.clockAt(now), Fixtures.ids());
  }

  private static Refusal refusal(Decision decision) {
    assertThat(decision).isInstanceOf(Decision.Refuse.class);
    return ((Decision.Refuse) decision).refusal();
  }

  private static Command written(Decision decision) {
    assertThat(decision).isInstanceOf(Decision.Write.class);
    return ((Decision.Write) decision).command();
  }

  @Test
  void shouldApproveForAnApproverRecordingAuthorAndRole() {
    // given
    OperatorView view = Fixtures.waitingRestart("alice");
    // when
    Decision decision = desk(view, NOW.plusSeconds(60)).approve(CAROL, ACTION, "go");
    // then
    Command command = written(decision);
    assertThat(command.getType()).isEqualTo(CommandType.APPROVE);
    assertThat(command.getActionKey()).isEqualTo(ACTION);
    assertThat(command.getIncidentId()).isEqualTo(INCIDENT);
    assertThat(command.getAuthor()).isEqualTo("carol");
    assertThat(command.getAuthorRole()).isEqualTo("approver");
    assertThat(((Decision.Write) decision).key()).isEqualTo(INCIDENT);
  }

  @Test
  void shouldLetTheCommanderApproveWhateverTheirRole() {
    OperatorView view = Fixtures.waitingRestart("dave");

    Decision decision = desk(view, NOW.plusSeconds(60)).approve(DAVE, ACTION, null);

    assertThat(written(decision).getAuthor()).isEqualTo("dave");
  }

  @Test
  void shouldRefuseAResponderWhoIsNotTheCommanderSayingWhy() {
    OperatorView view = Fixtures.waitingRestart("alice");

    Refusal refusal = refusal(desk(view, NOW.plusSeconds(60)).approve(DAVE, ACTION, null));

    assertThat(refusal.status()).isEqualTo(403);
    assertThat(refusal.reason()).isEqualTo("approver_not_allowed");
    assertThat(refusal.message())
        .contains("dave (responder) is not among the approvers [commander, role:approver]")
        .contains("the commander is alice");
  }

  @Test
  void shouldRefuseAnIdentityTheRunbookExcludesEvenAsAdmin() {
    OperatorView view = Fixtures.waitingRestart("alice");
    Principal remediator = new Principal("responder-remediator", Role.ADMIN);

    Refusal refusal = refusal(desk(view, NOW.plusSeconds(60)).approve(remediator, ACTION, null));

    assertThat(refusal.reason()).isEqualTo("approver_not_allowed");
    assertThat(refusal.message()).contains("excluded from approving");
  }

  @Test
  void shouldRefuseASecondAnswerNamingTheFirst() {
    OperatorView view = Fixtures.waitingRestart("alice");
    CommandDesk desk = desk(view, NOW.plusSeconds(60));
    view.onCommand(written(desk.approve(CAROL, ACTION, null)));

    Refusal refusal = refusal(desk.reject(CAROL, ACTION, "changed my mind"));

    assertThat(refusal.status()).isEqualTo(409);
    assertThat(refusal.reason()).isEqualTo("already_answered");
    assertThat(refusal.message()).contains("approved by carol");
  }

  @Test
  void shouldRefuseAnAnswerAfterTheApprovalExpired() {
    OperatorView view = Fixtures.waitingRestart("alice");

    Refusal refusal =
        refusal(desk(view, NOW.plus(Duration.ofMinutes(30))).approve(CAROL, ACTION, null));

    assertThat(refusal.status()).isEqualTo(409);
    assertThat(refusal.reason()).isEqualTo("approval_expired");
  }

  @Test
  void shouldRefuseAnApprovalNothingWaitsFor() {
    Refusal refusal = refusal(desk(Fixtures.view(), NOW).approve(CAROL, "nope", null));

    assertThat(refusal.status()).isEqualTo(404);
    assertThat(refusal.reason()).isEqualTo("unknown_approval");
  }

  @Test
  void shouldForgetAnApprovalOnceTheRemediatorSettledIt() {
    OperatorView view = Fixtures.waitingRestart("alice");
    view.onOutcome(
        Fixtures.outcome(OutcomeKind.ACTION, "restart_backend", OutcomeStatus.SUCCEEDED, NOW));

    assertThat(view.waiting()).isEmpty();
    assertThat(refusal(desk(view, NOW).approve(CAROL, ACTION, null)).reason())
        .isEqualTo("already_answered");
  }

  @Test
  void shouldRefuseToAcknowledgeAnUnknownIncident() {
    Refusal refusal = refusal(desk(Fixtures.view(), NOW).acknowledge(DAVE, "INC-NOPE", null));

    assertThat(refusal.status()).isEqualTo(404);
    assertThat(refusal.reason()).isEqualTo("unknown_incident");
    assertThat(refusal.message()).contains("INC-NOPE");
  }

  @Test
  void shouldRefuseAViewerWhoTriesToAcknowledge() {
    OperatorView view = Fixtures.waitingRestart("alice");

    Refusal refusal = refusal(desk(view, NOW).acknowledge(VIC, INCIDENT, null));

    assertThat(refusal.status()).isEqualTo(403);
    assertThat(refusal.reason()).isEqualTo("role_too_low");
  }

  @Test
  void shouldRefuseToAcknowledgeAResolvedIncident() {
    OperatorView view = Fixtures.view();
    view.onIncident(Fixtures.incident(IncidentStatus.RESOLVED, "alice"));

    Refusal refusal = refusal(desk(view, NOW).acknowledge(DAVE, INCIDENT, null));

    assertThat(refusal.status()).isEqualTo(409);
    assertThat(refusal.reason()).isEqualTo("incident_resolved");
  }

  @Test
  void shouldAcceptACommentOnAResolvedIncident() {
    OperatorView view = Fixtures.view();
    view.onIncident(Fixtures.incident(IncidentStatus.RESOLVED, "alice"));

    Command command = written(desk(view, NOW).comment(DAVE, INCIDENT, "root cause: lock"));

    assertThat(command.getType()).isEqualTo(CommandType.COMMENT);
    assertThat(command.getComment()).isEqualTo("root cause: lock");
  }

  @Test
  void shouldAssignANewCommander() {
    OperatorView view = Fixtures.waitingRestart("alice");

    Command command = written(desk(view, NOW).assign(DAVE, INCIDENT, "carol", null));

    assertThat(command.getType()).isEqualTo(CommandType.ASSIGN);
    assertThat(command.getAssignee()).isEqualTo("carol");
  }
}
