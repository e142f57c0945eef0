package dev.responder.ingest.payload;

/**
 * Bounds on what one request may carry beyond its byte size, so a single sender cannot make the
 * pipeline store unbounded label sets (labels become identity and dimensions downstream). An alert
 * past a bound is dead-lettered on its own; the request's other alerts are kept.
 *
 * @param maxAlerts alerts (or events) per request stored; the ones after are dead-lettered
 * @param maxLabels labels (or CRM attributes) per alert
 * @param maxLabelLength characters per label name or value
 * @param maxAlertBytes bytes of one alert's JSON as sent (labels, annotations and all)
 */
public record PayloadLimits(int maxAlerts, int maxLabels, int maxLabelLength, int maxAlertBytes) {

  public static final PayloadLimits DEFAULTS = new PayloadLimits(1000, 64, 4096, 8192);

  public PayloadLimits {
    requirePositive(maxAlerts, "maxAlerts");
    requirePositive(maxLabels, "maxLabels");
    requirePositive(maxLabelLength, "maxLabelLength");
    requirePositive(maxAlertBytes, "maxAlertBytes");
  }

  private static void requirePositive(int value, String name) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be at least 1, was " + value);
    }
  }
}
