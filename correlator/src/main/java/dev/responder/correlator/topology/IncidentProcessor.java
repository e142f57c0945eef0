package dev.responder.correlator.topology;

import dev.responder.correlator.domain.AlertClassifier;
import dev.responder.correlator.domain.AlertDecision;
import dev.responder.correlator.domain.AlertLifecycle;
import dev.responder.correlator.domain.CheckLifecycle;
import dev.responder.correlator.domain.Classification;
import dev.responder.correlator.domain.CommandLifecycle;
import dev.responder.correlator.domain.Disposition;
import dev.responder.correlator.domain.HeartbeatMonitor;
import dev.responder.correlator.domain.Heartbeats;
import dev.responder.correlator.domain.InhibitRules;
import dev.responder.correlator.domain.OverriddenResponsePolicy;
import dev.responder.correlator.domain.ResponseClock;
import dev.responder.correlator.domain.ResponsePolicy;
import dev.responder.correlator.domain.SeverityRules;
import dev.responder.correlator.topology.CorrelatorInput.AlertInput;
import dev.responder.correlator.topology.CorrelatorInput.CheckInput;
import dev.responder.correlator.topology.CorrelatorInput.CommandInput;
import dev.responder.schemas.avro.Alert;
import dev.responder.schemas.avro.IncidentEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * The incident lifecycle of one scope partition: alerts (by scope), commands and check results
 * (both broadcast) go in, lifecycle events come out, keyed by incident id. A wall-clock punctuator
 * drives deadlines and escalation, reports lost heartbeats, and forgets finished incidents and
 * silences by stream time.
 */
final class IncidentProcessor implements Processor<String, CorrelatorInput, String, IncidentEvent> {

  private final AlertClassifier classifier;
  private final ResponsePolicy policy;
  private final SeverityRules severityRules;
  private final InhibitRules inhibitRules;
  private final Heartbeats heartbeats;
  private final Duration flapWindow;
  private final Duration punctuationInterval;
  private final Duration dedupHorizon;
  private final Dispositions dispositions;
  private ProcessorContext<String, IncidentEvent> context;
  private AlertLifecycle alerts;
  private CommandLifecycle commands;
  private CheckLifecycle checks;
  private ResponseClock clock;
  private OnCallStore onCall;
  private SeenAlerts seen;
  private OriginIds ids;
  private HeartbeatMonitor monitor;

  IncidentProcessor(
      AlertClassifier classifier,
      ResponsePolicy policy,
      SeverityRules severityRules,
      InhibitRules inhibitRules,
      Heartbeats heartbeats,
      Duration flapWindow,
      Duration punctuationInterval,
      Duration dedupHorizon,
      Dispositions dispositions) {
    this.classifier = classifier;
    this.policy = policy;
    this.severityRules = severityRules;
    this.inhibitRules = inhibitRules;
    this.heartbeats = heartbeats;
    this.flapWindow = flapWindow;
    this.punctuationInterval = punctuationInterval;
    this.dedupHorizon = dedupHorizon;
    this.dispositions = dispositions;
  }

  @Override
  public void init(ProcessorContext<String, IncidentEvent> context) {
    this.context = context;
    StoreState state = new StoreState(context, inhibitRules, new SilenceStore(context));
    this.onCall = new OnCallStore(context);
    ResponsePolicy policy = new OverriddenResponsePolicy(this.policy, onCall);
    this.ids = new OriginIds(context);
    this.alerts = new AlertLifecycle(state, severityRules, inhibitRules, policy, flapWindow, ids);
    this.commands = new CommandLifecycle(state, state, policy, onCall);
    this.checks = new CheckLifecycle(state, severityRules, inhibitRules, policy);
    this.clock = new ResponseClock(state, state, policy, flapWindow);
    this.seen = new SeenAlerts(context, dedupHorizon);
    this.monitor = new HeartbeatMonitor(heartbeats, new HeartbeatStore(context));
    context.schedule(punctuationInterval, PunctuationType.WALL_CLOCK_TIME, this::tick);
  }

  @Override
  public void process(Record<String, CorrelatorInput> record) {
    if (record.value() instanceof AlertInput input) {
      ids.readFrom(record);
      handle(input.alert());
    } else if (record.value() instanceof CommandInput input) {
      forward(commands.onCommand(input.command()));
    } else if (record.value() instanceof CheckInput input) {
      forward(checks.onOutcome(input.check()));
    }
  }

  private void handle(Alert alert) {
    Optional<Heartbeats.Spec> heartbeat = heartbeats.match(alert);
    if (heartbeat.isPresent()) {
      beat(heartbeat.get(), alert);
      return;
    }
    // Classification is a pure function of alert and catalog: recomputing it after the
    // repartition is cheaper than an internal wire format for (alert, classification).
    Optional<Classification> classification = classifier.classify(alert);
    if (classification.isEmpty()) {
      dispositions.record(
          Disposition.UNCLASSIFIED, alert.getFingerprint(), "no runbook", context.recordMetadata());
      return;
    }
    AlertDecision decision = alerts.onAlert(alert, classification.get());
    if (decision.suppressed()) {
      // Not acted on: once the silence or the inhibiting P1 is gone, a copy must count again.
      seen.forget(alert, alert.getReceivedAt().toEpochMilli());
    }
    dispositions.record(
        decision.disposition(),
        alert.getFingerprint(),
        decision.detail(),
        context.recordMetadata());
    forward(decision.events());
  }

  private void beat(Heartbeats.Spec heartbeat, Alert alert) {
    Optional<HeartbeatMonitor.Lost> back =
        monitor.onBeat(heartbeat, alert.getReceivedAt(), ids.current());
    dispositions.record(
        Disposition.HEARTBEAT,
        alert.getFingerprint(),
        heartbeat.name() + (back.isPresent() ? " is back" : " alive"),
        context.recordMetadata());
    back.ifPresent(this::lifecycle);
  }

  /** A lost heartbeat's alert goes through the lifecycle like any alert: it opens, pages, ends. */
  private void lifecycle(HeartbeatMonitor.Lost lost) {
    ids.use(lost.origin());
    forward(alerts.onAlert(lost.alert(), lost.classification()).events());
  }

  private void tick(long wallClockMillis) {
    monitor.tick(Instant.ofEpochMilli(wallClockMillis)).forEach(this::lifecycle);
    forward(clock.tick(Instant.ofEpochMilli(wallClockMillis)));
    Instant streamTime = Instant.ofEpochMilli(context.currentStreamTimeMs());
    forward(clock.closeAbandoned(streamTime));
    clock.forgetFinished(streamTime);
    onCall.forgetEndedBy(streamTime);
  }

  private void forward(List<IncidentEvent> events) {
    for (IncidentEvent event : events) {
      context.forward(
          new Record<>(event.getIncidentId(), event, event.getOccurredAt().toEpochMilli()));
    }
  }
}
