package dev.responder.remediator.ledger;

import dev.responder.planning.ActionKey;
import dev.responder.planning.PlanContext;
import dev.responder.remediator.guard.Verdict;
import dev.responder.remediator.notify.WindowKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The remediator's durable memory. Every method is one transaction: a state change and the messages
 * it decided are written together or not at all.
 */
public interface Ledger {

  /**
   * Claims {@code request.key()} under its target's lock: reads the facts, asks {@code gate}, and
   * writes INTENT (proceed), AWAITING_APPROVAL (approval required) or nothing, together with {@code
   * messagesFor}'s messages for the result.
   */
  ClaimResult claim(
      ClaimRequest request,
      Function<ClaimFacts, Verdict> gate,
      Function<ClaimResult, List<Outbound>> messagesFor);

  /**
   * Claims a notification that aggregates in a storm: as {@link #claim}, and when the gate lets it
   * proceed, the latest window of {@code window} decides ({@code StormWindows}): the first of a
   * window is claimed (INTENT) and opens a window of {@code length}; a follower is written
   * AGGREGATED and counted in the window, in the same transaction.
   */
  ClaimResult claimNotification(
      ClaimRequest request,
      WindowKey window,
      Duration length,
      Function<ClaimFacts, Verdict> gate,
      Function<ClaimResult, List<Outbound>> messagesFor);

  /** The storm windows whose digest is due at {@code now}, oldest first. */
  List<DueDigest> dueDigests(Instant now);

  /**
   * Claims the digest of window {@code windowId} as {@link #claim} does, and marks the window's
   * digest claimed in the same transaction, so it is decided once. A gate that finds the circuit
   * open writes nothing, and the digest stays due; a window already digested is HELD.
   */
  ClaimResult claimDigest(
      ClaimRequest request,
      long windowId,
      Function<ClaimFacts, Verdict> gate,
      Function<ClaimResult, List<Outbound>> messagesFor);

  /**
   * Moves {@code key} from {@code from} to {@code to} and stores {@code messages}; false (and
   * nothing written) when the key is no longer in {@code from}.
   */
  boolean settle(
      ActionKey key,
      LedgerState from,
      LedgerState to,
      Optional<Instant> actedAt,
      Instant now,
      List<Outbound> messages);

  /** Stores messages that change no ledger state (check outcomes, skipped steps). */
  void emit(List<Outbound> messages, Instant now);

  Optional<LedgerEntry> find(ActionKey key);

  Optional<LedgerEntry> find(String actionKey);

  List<LedgerEntry> inState(LedgerState state);

  /** Keys waiting for approval whose approval expired at {@code now}. */
  List<LedgerEntry> expiredApprovals(Instant now);

  /** The APPLIED actions an incident event caused, for its verification. */
  List<LedgerEntry> applied(String causeEventId);

  void scheduleVerification(PlanContext context, Instant dueAt);

  /** The verifications due at {@code now}. */
  List<PlanContext> dueVerifications(Instant now);

  /**
   * Marks the verification of {@code causeEventId} done, moves its APPLIED actions to {@code
   * actionsState} (VERIFIED or NOT_FIXED) and stores {@code messages}.
   */
  void completeVerification(
      String causeEventId, LedgerState actionsState, Instant now, List<Outbound> messages);
}
