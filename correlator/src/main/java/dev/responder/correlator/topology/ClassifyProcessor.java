package dev.responder.correlator.topology;

import dev.responder.correlator.domain.AlertClassifier;
import dev.responder.correlator.domain.Classification;
import dev.responder.correlator.domain.Disposition;
import dev.responder.schemas.avro.Alert;
import java.util.Optional;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Classifies each new alert with the catalog and re-keys it by scope (namespace/service), so its
 * incident and every incident that could inhibit it live in one task. Unclassified alerts stop
 * here, recorded. The alert's origin (partition, offset) goes along in a header.
 */
final class ClassifyProcessor implements Processor<String, Alert, String, Alert> {

  private final AlertClassifier classifier;
  private final Dispositions dispositions;
  private ProcessorContext<String, Alert> context;

  ClassifyProcessor(AlertClassifier classifier, Dispositions dispositions) {
    this.classifier = classifier;
    this.dispositions = dispositions;
  }

  @Override
  public void init(ProcessorContext<String, Alert> context) {
    this.context = context;
  }

  @Override
  public void process(Record<String, Alert> record) {
    Optional<Classification> classification = classifier.classify(record.value());
    if (classification.isEmpty()) {
      dispositions.record(
          Disposition.UNCLASSIFIED,
          record.value().getFingerprint(),
          "no runbook matches",
          context.recordMetadata());
      return;
    }
    Record<String, Alert> byScope = record.withKey(classification.get().scope().key());
    // Where the alert was read names the incident it may open (OriginIds).
    context.forward(
        context
            .recordMetadata()
            .map(source -> byScope.withHeaders(OriginIds.stamped(record.headers(), source)))
            .orElse(byScope));
  }
}
