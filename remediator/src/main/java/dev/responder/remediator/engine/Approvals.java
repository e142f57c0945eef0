package dev.responder.remediator.engine;

import dev.responder.remediator.guard.Approval;
import dev.responder.remediator.ledger.ActionMachine;
import dev.responder.remediator.ledger.Ledger;
import dev.responder.remediator.ledger.LedgerEntry;
import dev.responder.remediator.ledger.LedgerState;
import dev.responder.remediator.port.Observation;
import dev.responder.schemas.avro.Command;
import dev.responder.schemas.avro.CommandType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Approval gates: answers APPROVE and REJECT commands for keys waiting in the ledger, and rejects
 * the ones whose approval expired. An answer that comes too late counts as expired.
 */
final class Approvals {

  private static final Logger LOGGER = LoggerFactory.getLogger(Approvals.class);

  private final Ledger ledger;
  private final Clock clock;

  Approvals(Ledger ledger, Clock clock) {
    this.ledger = ledger;
    this.clock = clock;
  }

  Instant now() {
    return clock.instant();
  }

  /** The entry to run when {@code command} approves a waiting action in time; empty otherwise. */
  Optional<LedgerEntry> answer(Command command) {
    if (command.getActionKey() == null
        || (command.getType() != CommandType.APPROVE && command.getType() != CommandType.REJECT)) {
      return Optional.empty();
    }
    Optional<LedgerEntry> waiting =
        ledger.find(command.getActionKey()).filter(e -> e.state() == LedgerState.AWAITING_APPROVAL);
    if (waiting.isEmpty()) {
      LOGGER.info(
          "{} for {} ignored: nothing waits for it", command.getType(), command.getActionKey());
      return Optional.empty();
    }
    LedgerEntry entry = waiting.get();
    Approval approval =
        new Approval(
            entry.key().value(),
            entry.claimedAt(),
            entry.approvalExpiresAt().orElse(entry.claimedAt()));
    Approval.Answer answer =
        command.getType() == CommandType.APPROVE ? Approval.Answer.APPROVE : Approval.Answer.REJECT;
    ActionMachine.Step step =
        ActionMachine.answered(
            approval.resolve(answer, clock.instant()),
            command.getAuthor(),
            approval.expiresAt().toString());
    if (step.effect() == ActionMachine.Effect.ACT) {
      return waiting;
    }
    close(entry, step);
    return Optional.empty();
  }

  /** Rejects every waiting action whose approval expired. */
  void expire() {
    for (LedgerEntry entry : ledger.expiredApprovals(clock.instant())) {
      close(
          entry,
          ActionMachine.expired(
              "no answer before " + entry.approvalExpiresAt().orElse(entry.claimedAt())));
    }
  }

  private void close(LedgerEntry entry, ActionMachine.Step step) {
    Instant now = clock.instant();
    ActionMachine.Report said = step.report().orElseThrow();
    StepReport report =
        new StepReport(
            entry.context(),
            entry.step(),
            entry.key(),
            Outcomes.kind(entry.step().kind()),
            said.status(),
            said.reason(),
            said.message(),
            Observation.empty(),
            entry.attempt(),
            entry.claimedAt(),
            now,
            "result");
    ledger.settle(
        entry.key(),
        LedgerState.AWAITING_APPROVAL,
        step.next().orElseThrow(),
        Optional.empty(),
        now,
        List.of(Outcomes.outbound(report)));
  }
}
