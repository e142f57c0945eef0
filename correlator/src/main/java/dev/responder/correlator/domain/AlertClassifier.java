package dev.responder.correlator.domain;

import dev.responder.schemas.avro.Alert;
import java.util.Optional;

/**
 * The port to the runbook catalog's matching rules. Implementations must be pure: the same alert
 * and catalog version always give the same answer, because the correlator classifies on both sides
 * of a repartition and replays must decide as the live run did.
 */
@FunctionalInterface
public interface AlertClassifier {

  /** The alert's classification, or empty when no runbook matches it. */
  Optional<Classification> classify(Alert alert);
}
