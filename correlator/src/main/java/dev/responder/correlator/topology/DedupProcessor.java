package dev.responder.correlator.topology;

import dev.responder.correlator.domain.AlertIdentity;
import dev.responder.correlator.domain.Disposition;
import dev.responder.schemas.avro.Alert;
import java.time.Duration;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * Drops an alert whose identity (fingerprint, startsAt, status) was seen within the dedup horizon:
 * Alertmanager's repeat_interval re-sends and the second HA peer's copies. Identities live in a
 * window store whose retention is the horizon, so old ones expire by themselves in event time.
 */
final class DedupProcessor implements Processor<String, Alert, String, Alert> {

  static final String STORE = "correlator-alert-identities";

  private final Duration horizon;
  private final Dispositions dispositions;
  private ProcessorContext<String, Alert> context;
  private WindowStore<String, Long> seen;

  DedupProcessor(Duration horizon, Dispositions dispositions) {
    this.horizon = horizon;
    this.dispositions = dispositions;
  }

  @Override
  public void init(ProcessorContext<String, Alert> context) {
    this.context = context;
    this.seen = context.getStateStore(STORE);
  }

  @Override
  public void process(Record<String, Alert> record) {
    Alert alert = record.value();
    String identity = AlertIdentity.of(alert).asKey();
    if (isDuplicate(identity, record.timestamp())) {
      dispositions.record(
          Disposition.DUPLICATE,
          alert.getFingerprint(),
          "identity seen within " + horizon,
          context.recordMetadata());
      return;
    }
    rememberNewEvent(identity, record.timestamp());
    context.forward(record);
  }

  private boolean isDuplicate(String identity, long eventTime) {
    long span = horizon.toMillis();
    try (WindowStoreIterator<Long> copies =
        seen.fetch(identity, eventTime - span, eventTime + span)) {
      return copies.hasNext();
    }
  }

  private void rememberNewEvent(String identity, long eventTime) {
    seen.put(identity, eventTime, eventTime);
  }
}
