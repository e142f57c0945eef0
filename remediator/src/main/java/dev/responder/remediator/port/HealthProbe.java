package dev.responder.remediator.port;

import java.time.Duration;

/** HTTP health endpoints of the CRM. */
public interface HealthProbe {

  /** Figures up (1 or 0), status, latencyMs; a down endpoint is a finding, not a failure. */
  Result health(String url, Duration timeout, int expectStatus);
}
