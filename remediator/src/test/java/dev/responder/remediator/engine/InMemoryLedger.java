package dev.responder.remediator.engine;

import dev.responder.planning.ActionKey;
import dev.responder.planning.PlanContext;
import dev.responder.planning.StepKind;
import dev.responder.remediator.guard.BudgetUse;
import dev.responder.remediator.guard.Verdict;
import dev.responder.remediator.ledger.ActionMachine;
import dev.responder.remediator.ledger.ClaimFacts;
import dev.responder.remediator.ledger.ClaimRequest;
import dev.responder.remediator.ledger.ClaimResult;
import dev.responder.remediator.ledger.DueDigest;
import dev.responder.remediator.ledger.Ledger;
import dev.responder.remediator.ledger.LedgerEntry;
import dev.responder.remediator.ledger.LedgerState;
import dev.responder.remediator.ledger.Outbound;
import dev.responder.remediator.notify.Digest;
import dev.responder.remediator.notify.StormWindows;
import dev.responder.remediator.notify.Window;
import dev.responder.remediator.notify.WindowDecision;
import dev.responder.remediator.notify.WindowKey;
import dev.responder.schemas.avro.RemediationOutcome;
import dev.responder.schemas.topics.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The ledger in memory, deciding claims with the same {@link ActionMachine} as the PostgreSQL
 * ledger, so the engine's specifications run without a database. Each method changes state and
 * stores its messages together, as one transaction would; the outbox ignores a second copy of a
 * message id.
 */
final class InMemoryLedger implements Ledger {

  private final Map<String, LedgerEntry> entries = new LinkedHashMap<>();
  private final Map<String, Outbound> outbox = new LinkedHashMap<>();
  private final Map<String, Verification> verifications = new LinkedHashMap<>();
  private final List<StormWindow> windows = new ArrayList<>();

  private record Verification(PlanContext context, Instant dueAt, boolean done) {}

  private record StormWindow(WindowKey key, String leaderKey, Window window, List<String> named) {}

  // --- the Ledger ---

  @Override
  public ClaimResult claim(
      ClaimRequest request,
      Function<ClaimFacts, Verdict> gate,
      Function<ClaimResult, List<Outbound>> messagesFor) {
    return store(decide(request, gate, attempt -> intent(request, attempt)), messagesFor);
  }

  @Override
  public ClaimResult claimNotification(
      ClaimRequest request,
      WindowKey key,
      Duration length,
      Function<ClaimFacts, Verdict> gate,
      Function<ClaimResult, List<Outbound>> messagesFor) {
    return store(
        decide(request, gate, attempt -> intentOrFold(request, attempt, key, length)), messagesFor);
  }

  @Override
  public List<DueDigest> dueDigests(Instant now) {
    return windows.stream()
        .filter(w -> StormWindows.digestDue(w.window(), now))
        .map(
            w ->
                new DueDigest(
                    w.window().id(),
                    entries.get(w.leaderKey()),
                    new Digest(
                        w.key().runbookId(),
                        w.key().scope(),
                        w.window().openedAt(),
                        w.window().folded(),
                        w.named())))
        .toList();
  }

  @Override
  public ClaimResult claimDigest(
      ClaimRequest request,
      long windowId,
      Function<ClaimFacts, Verdict> gate,
      Function<ClaimResult, List<Outbound>> messagesFor) {
    int index = (int) windowId - 1;
    StormWindow window = windows.get(index);
    if (window.window().digested()) {
      return store(ClaimResult.held(LedgerState.INTENT, 1), messagesFor);
    }
    ClaimResult result =
        decide(
            request,
            gate,
            attempt -> {
              Window w = window.window();
              windows.set(
                  index,
                  new StormWindow(
                      window.key(),
                      window.leaderKey(),
                      new Window(w.id(), w.openedAt(), w.endsAt(), w.folded(), true),
                      window.named()));
              return intent(request, attempt);
            });
    return store(result, messagesFor);
  }

  @Override
  public boolean settle(
      ActionKey key,
      LedgerState from,
      LedgerState to,
      Optional<Instant> actedAt,
      Instant now,
      List<Outbound> messages) {
    LedgerEntry entry = entries.get(key.value());
    if (entry == null || entry.state() != from) {
      return false;
    }
    put(entry, to, entry.attempt(), actedAt.or(entry::actedAt), Optional.empty());
    emit(messages, now);
    return true;
  }

  @Override
  public void emit(List<Outbound> messages, Instant now) {
    messages.forEach(message -> outbox.putIfAbsent(message.messageId(), message));
  }

  @Override
  public Optional<LedgerEntry> find(ActionKey key) {
    return find(key.value());
  }

  @Override
  public Optional<LedgerEntry> find(String actionKey) {
    return Optional.ofNullable(entries.get(actionKey));
  }

  @Override
  public List<LedgerEntry> inState(LedgerState state) {
    return entries.values().stream().filter(e -> e.state() == state).toList();
  }

  @Override
  public List<LedgerEntry> expiredApprovals(Instant now) {
    return inState(LedgerState.AWAITING_APPROVAL).stream()
        .filter(e -> !now.isBefore(e.approvalExpiresAt().orElse(e.claimedAt())))
        .toList();
  }

  @Override
  public List<LedgerEntry> applied(String causeEventId) {
    return inState(LedgerState.APPLIED).stream()
        .filter(e -> e.context().causeEventId().equals(causeEventId))
        .toList();
  }

  @Override
  public void scheduleVerification(PlanContext context, Instant dueAt) {
    verifications.putIfAbsent(context.causeEventId(), new Verification(context, dueAt, false));
  }

  @Override
  public List<PlanContext> dueVerifications(Instant now) {
    return verifications.values().stream()
        .filter(v -> !v.done() && !v.dueAt().isAfter(now))
        .sorted(Comparator.comparing(Verification::dueAt))
        .map(Verification::context)
        .toList();
  }

  @Override
  public void completeVerification(
      String causeEventId, LedgerState actionsState, Instant now, List<Outbound> messages) {
    Verification verification = verifications.get(causeEventId);
    verifications.put(
        causeEventId, new Verification(verification.context(), verification.dueAt(), true));
    applied(causeEventId)
        .forEach(e -> put(e, actionsState, e.attempt(), e.actedAt(), Optional.empty()));
    emit(messages, now);
  }

  // --- what a test reads and sets ---

  /** Every outcome stored, in the order decided. */
  List<RemediationOutcome> outcomes() {
    return outbox.values().stream()
        .filter(m -> m.topic().equals(Topics.OUTCOMES.name()))
        .map(m -> Topics.OUTCOMES.values().deserializer().deserialize(m.topic(), m.payload()))
        .toList();
  }

  /** Every message stored on {@code topic}. */
  List<Outbound> messages(String topic) {
    return outbox.values().stream().filter(m -> m.topic().equals(topic)).toList();
  }

  /** The entry of {@code stepId} for {@code incidentId}. */
  LedgerEntry entry(String incidentId, String stepId) {
    return entries.values().stream()
        .filter(e -> e.key().incidentId().equals(incidentId) && e.key().stepId().equals(stepId))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no entry for " + incidentId + "/" + stepId));
  }

  boolean has(String incidentId, String stepId) {
    return entries.values().stream()
        .anyMatch(e -> e.key().incidentId().equals(incidentId) && e.key().stepId().equals(stepId));
  }

  LedgerState state(String actionKey) {
    return find(actionKey).orElseThrow(() -> new AssertionError("no entry " + actionKey)).state();
  }

  /** Writes an entry as a crash would have left it. */
  void given(LedgerEntry entry) {
    entries.put(entry.key().value(), entry);
  }

  // --- claims, decided by the machine ---

  private interface Proceed {
    ClaimResult apply(int attempt);
  }

  private ClaimResult decide(
      ClaimRequest request, Function<ClaimFacts, Verdict> gate, Proceed proceed) {
    ActionMachine.Admission admission =
        ActionMachine.admit(
            find(request.key()), request.context().causeEventId(), request.approved());
    if (admission.isHeld()) {
      return ClaimResult.held(admission.held().get(), admission.attempt());
    }
    Verdict verdict = gate.apply(facts(request));
    if (verdict == Verdict.PROCEED) {
      return proceed.apply(admission.attempt());
    }
    ActionMachine.weigh(verdict, admission.answersApproval(), "")
        .next()
        .ifPresent(
            state ->
                write(
                    request,
                    state,
                    admission.attempt(),
                    state == LedgerState.AWAITING_APPROVAL
                        ? Optional.of(request.now().plus(request.approvalTtl()))
                        : Optional.empty()));
    return ClaimResult.blocked(verdict, admission.attempt());
  }

  private ClaimResult store(ClaimResult result, Function<ClaimResult, List<Outbound>> messagesFor) {
    emit(messagesFor.apply(result), Instant.EPOCH);
    return result;
  }

  private ClaimResult intent(ClaimRequest request, int attempt) {
    write(request, LedgerState.INTENT, attempt, Optional.empty());
    return ClaimResult.claimed(attempt);
  }

  private ClaimResult intentOrFold(
      ClaimRequest request, int attempt, WindowKey key, Duration length) {
    Optional<StormWindow> latest =
        windows.stream().filter(w -> w.key().equals(key)).reduce((first, second) -> second);
    WindowDecision decision =
        StormWindows.decide(latest.map(StormWindow::window), length, request.now());
    if (decision instanceof WindowDecision.Fold fold) {
      StormWindow window = latest.get();
      List<String> named = new ArrayList<>(window.named());
      if (fold.named()) {
        named.add(request.context().incidentId());
      }
      Window grown = window.window().withFollower();
      windows.set(
          (int) grown.id() - 1,
          new StormWindow(key, window.leaderKey(), grown, List.copyOf(named)));
      write(request, LedgerState.AGGREGATED, attempt, Optional.empty());
      return ClaimResult.aggregated(attempt, grown);
    }
    if (decision instanceof WindowDecision.SendAndOpen open) {
      windows.add(
          new StormWindow(
              key,
              request.key().value(),
              new Window(windows.size() + 1, open.openedAt(), open.endsAt(), 0, false),
              List.of()));
    }
    return intent(request, attempt);
  }

  private ClaimFacts facts(ClaimRequest request) {
    Optional<Instant> lastActed =
        entries.values().stream()
            .filter(e -> LedgerState.acted().contains(e.state()))
            .filter(e -> e.step().operation().equals(request.step().operation()))
            .filter(e -> e.key().target().equals(request.key().target()))
            .flatMap(e -> e.actedAt().stream())
            .max(Comparator.naturalOrder());
    List<LedgerEntry> counted =
        entries.values().stream()
            .filter(e -> e.step().kind() == StepKind.ACTION)
            .filter(e -> LedgerState.acted().contains(e.state()))
            .filter(e -> e.claimedAt().isAfter(request.now().minus(request.budgetWindow())))
            .toList();
    int ofRunbook =
        (int)
            counted.stream()
                .filter(e -> e.context().runbookId().equals(request.context().runbookId()))
                .count();
    return new ClaimFacts(lastActed, new BudgetUse(ofRunbook, counted.size()));
  }

  private void write(
      ClaimRequest request, LedgerState state, int attempt, Optional<Instant> approvalExpiry) {
    entries.put(
        request.key().value(),
        new LedgerEntry(
            request.key(),
            request.step(),
            request.context(),
            state,
            attempt,
            request.now(),
            state == LedgerState.INTENT ? Optional.of(request.now()) : Optional.empty(),
            approvalExpiry));
  }

  private void put(
      LedgerEntry e,
      LedgerState state,
      int attempt,
      Optional<Instant> actedAt,
      Optional<Instant> approvalExpiry) {
    entries.put(
        e.key().value(),
        new LedgerEntry(
            e.key(),
            e.step(),
            e.context(),
            state,
            attempt,
            e.claimedAt(),
            actedAt,
            approvalExpiry));
  }
}
