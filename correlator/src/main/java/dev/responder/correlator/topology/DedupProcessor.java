package dev.responder.correlator.topology;

import dev.responder.correlator.domain.Disposition;
import dev.responder.correlator.domain.Heartbeats;
import dev.responder.schemas.avro.Alert;
import dev.responder.schemas.avro.AlertStatus;
import java.time.Duration;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Drops an alert whose identity (fingerprint, startsAt, status) was seen within the dedup horizon:
 * Alertmanager's repeat_interval re-sends and the second HA peer's copies. It runs in the scope
 * task, beside the lifecycle, so an identity the lifecycle suppressed (silence, inhibition) can be
 * forgotten there and is not a duplicate once the suppression ends. A firing copy whose startsAt is
 * not after an end that a resolve of the same fingerprint reported is a duplicate too: it belongs
 * to the episode that resolve closed (an HA replica's late copy, or a reordered delivery).
 * Heartbeat beats pass undeduplicated: each re-send is what keeps the heartbeat alive.
 */
final class DedupProcessor implements Processor<String, Alert, String, Alert> {

  private final Duration horizon;
  private final Heartbeats heartbeats;
  private final Dispositions dispositions;
  private ProcessorContext<String, Alert> context;
  private SeenAlerts seen;

  DedupProcessor(Duration horizon, Heartbeats heartbeats, Dispositions dispositions) {
    this.horizon = horizon;
    this.heartbeats = heartbeats;
    this.dispositions = dispositions;
  }

  @Override
  public void init(ProcessorContext<String, Alert> context) {
    this.context = context;
    this.seen = new SeenAlerts(context, horizon);
  }

  @Override
  public void process(Record<String, Alert> record) {
    Alert alert = record.value();
    if (heartbeats.match(alert).isPresent()) {
      // Every re-send of a heartbeat is news: it is the proof its source is still alive.
      context.forward(record);
      return;
    }
    if (alert.getStatus() == AlertStatus.RESOLVED) {
      seen.rememberEnd(alert);
    } else if (seen.alreadyEnded(alert, record.timestamp())) {
      dispositions.record(
          Disposition.DUPLICATE,
          alert.getFingerprint(),
          "a resolve already received ended it",
          context.recordMetadata());
      return;
    }
    if (seen.isDuplicate(alert, record.timestamp())) {
      dispositions.record(
          Disposition.DUPLICATE,
          alert.getFingerprint(),
          "identity seen within " + horizon,
          context.recordMetadata());
      return;
    }
    seen.remember(alert, record.timestamp());
    context.forward(record);
  }
}
