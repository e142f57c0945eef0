package dev.responder.remediator.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ApprovalTest {

  private static final Instant REQUESTED = Instant.parse("2026-11-27T03:00:00Z");
  private final Approval approval = Approval.request("key", REQUESTED, Duration.ofMinutes(30));

  @Test
  void shouldWaitWithoutAnAnswer() {
    assertThat(approval.resolve(Approval.Answer.NONE, REQUESTED.plusSeconds(60)))
        .isEqualTo(Approval.Resolution.WAITING);
  }

  @Test
  void shouldRunWhenApprovedInTime() {
    assertThat(approval.resolve(Approval.Answer.APPROVE, REQUESTED.plusSeconds(60)))
        .isEqualTo(Approval.Resolution.APPROVED);
  }

  @Test
  void shouldRecordARejection() {
    assertThat(approval.resolve(Approval.Answer.REJECT, REQUESTED.plusSeconds(60)))
        .isEqualTo(Approval.Resolution.REJECTED);
  }

  @Test
  void shouldTreatALateApprovalAsExpired() {
    assertThat(approval.resolve(Approval.Answer.APPROVE, REQUESTED.plus(Duration.ofMinutes(30))))
        .isEqualTo(Approval.Resolution.EXPIRED);
    assertThat(approval.isExpired(REQUESTED.plus(Duration.ofMinutes(29)))).isFalse();
  }
}
