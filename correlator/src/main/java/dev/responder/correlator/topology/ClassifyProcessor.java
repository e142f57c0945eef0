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
 * here, recorded.
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
    context.forward(record.withKey(classification.get().scope().key()));
  }
}
