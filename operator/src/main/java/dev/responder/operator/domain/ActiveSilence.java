package dev.responder.operator.domain;

import dev.responder.schemas.avro.Silence;
import java.time.Instant;

/** A silence as people see it: its matchers and end, who created it, when and why. */
public record ActiveSilence(Silence silence, String createdBy, Instant createdAt, String comment) {

  public String id() {
    return silence.getSilenceId();
  }

  public boolean activeAt(Instant now) {
    return now.isBefore(silence.getExpiresAt());
  }
}
