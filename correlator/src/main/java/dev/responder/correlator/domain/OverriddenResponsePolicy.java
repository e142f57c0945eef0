package dev.responder.correlator.domain;

import dev.responder.schemas.avro.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The catalog's response rules with people's on-call overrides laid over the rotation: the
 * commander is whoever an override puts on call at that instant, else the rotation's.
 */
public final class OverriddenResponsePolicy implements ResponsePolicy {

  private final ResponsePolicy catalog;
  private final OnCallOverrides overrides;

  public OverriddenResponsePolicy(ResponsePolicy catalog, OnCallOverrides overrides) {
    this.catalog = catalog;
    this.overrides = overrides;
  }

  @Override
  public Instant responseDue(Severity severity, Instant detectedAt) {
    return catalog.responseDue(severity, detectedAt);
  }

  @Override
  public List<EscalationLevel> escalationPath() {
    return catalog.escalationPath();
  }

  @Override
  public Optional<Duration> recurrenceWatch(String runbookId) {
    return catalog.recurrenceWatch(runbookId);
  }

  @Override
  public Optional<String> commanderAt(Instant at) {
    return OnCallOverrides.commanderAt(overrides.all(), at).or(() -> catalog.commanderAt(at));
  }
}
