package dev.responder.correlator.topology;

import dev.responder.correlator.domain.AlertClassifier;
import dev.responder.correlator.domain.Classification;
import dev.responder.correlator.domain.Disposition;
import dev.responder.correlator.domain.Heartbeats;
import dev.responder.schemas.avro.Alert;
import java.util.Optional;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Classifies each new alert with the catalog and re-keys it by scope (namespace/service), so its
 * incident and every incident that could inhibit it live in one task. Unclassified alerts stop
 * here, recorded; heartbeat beats go by their heartbeat's key instead. The alert's origin
 * (partition, offset) goes along in a header.
 */
final class ClassifyProcessor implements Processor<String, Alert, String, Alert> {

  private final AlertClassifier classifier;
  private final Heartbeats heartbeats;
  private final Dispositions dispositions;
  private ProcessorContext<String, Alert> context;

  ClassifyProcessor(AlertClassifier classifier, Heartbeats heartbeats, Dispositions dispositions) {
    this.classifier = classifier;
    this.heartbeats = heartbeats;
    this.dispositions = dispositions;
  }

  @Override
  public void init(ProcessorContext<String, Alert> context) {
    this.context = context;
  }

  @Override
  public void process(Record<String, Alert> record) {
    Optional<Heartbeats.Spec> heartbeat = heartbeats.match(record.value());
    if (heartbeat.isPresent()) {
      // A beat goes to the task that watches its heartbeat, never to the classifier.
      forwardStamped(record, record.withKey(heartbeat.get().key()));
      return;
    }
    Optional<Classification> classification = classifier.classify(record.value());
    if (classification.isEmpty()) {
      dispositions.record(
          Disposition.UNCLASSIFIED,
          record.value().getFingerprint(),
          "no runbook matches",
          context.recordMetadata());
      return;
    }
    forwardStamped(record, record.withKey(classification.get().scope().key()));
  }

  private void forwardStamped(Record<String, Alert> record, Record<String, Alert> rekeyed) {
    // Where the alert was read names the incident it may open (OriginIds).
    context.forward(
        context
            .recordMetadata()
            .map(source -> rekeyed.withHeaders(OriginIds.stamped(record.headers(), source)))
            .orElse(rekeyed));
  }
}
