package dev.responder.ingest.payload;

/**
 * Bounds on what one request may carry beyond its byte size, so a single sender cannot make the
 * pipeline store unbounded label sets (labels become identity and dimensions downstream).
 */
public record PayloadLimits(int maxAlerts, int maxLabels, int maxLabelLength) {

  public static final PayloadLimits DEFAULTS = new PayloadLimits(1000, 64, 4096);

  public PayloadLimits {
    requirePositive(maxAlerts, "maxAlerts");
    requirePositive(maxLabels, "maxLabels");
    requirePositive(maxLabelLength, "maxLabelLength");
  }

  private static void requirePositive(int value, String name) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be at least 1, was " + value);
    }
  }
}
