package dev.responder.correlator.domain;

import dev.responder.schemas.avro.Alert;

/**
 * An alert's identity for deduplication: (fingerprint, startsAt, status). Alertmanager re-sends a
 * firing group every repeat_interval and an HA pair sends each notification twice; all those copies
 * share this identity.
 */
public record AlertIdentity(String fingerprint, long startsAtMillis, String status) {

  public static AlertIdentity of(Alert alert) {
    return new AlertIdentity(
        alert.getFingerprint(), alert.getStartsAt().toEpochMilli(), alert.getStatus().name());
  }

  /** A stable text form, used as the dedup store's key. */
  public String asKey() {
    return fingerprint + "|" + startsAtMillis + "|" + status;
  }
}
