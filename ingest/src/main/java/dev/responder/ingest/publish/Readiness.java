package dev.responder.ingest.publish;

/** Whether the store behind the publisher is reachable now; cheap to ask on every probe. */
@FunctionalInterface
public interface Readiness {

  boolean isReady();
}
