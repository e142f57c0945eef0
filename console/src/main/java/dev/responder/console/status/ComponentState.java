package dev.responder.console.status;

/**
 * A component's state as the public sees it. The Statuspage names are what status-page aggregators
 * read from the JSON endpoint.
 */
public enum ComponentState {
  OPERATIONAL("Operational", "operational", "none"),
  DEGRADED("Degraded performance", "degraded_performance", "minor"),
  OUTAGE("Major outage", "major_outage", "critical");

  private final String label;
  private final String statuspageName;
  private final String indicator;

  ComponentState(String label, String statuspageName, String indicator) {
    this.label = label;
    this.statuspageName = statuspageName;
    this.indicator = indicator;
  }

  /** What the page says, e.g. {@code Degraded performance}. */
  public String label() {
    return label;
  }

  /** The component status in Statuspage's vocabulary, e.g. {@code degraded_performance}. */
  public String statuspageName() {
    return statuspageName;
  }

  /** The overall indicator in Statuspage's vocabulary ({@code none}, {@code minor}, ...). */
  public String indicator() {
    return indicator;
  }

  /** The CSS class and the lower-case word used in the page, e.g. {@code degraded}. */
  public String css() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The worse of the two. */
  public ComponentState worst(ComponentState other) {
    return other.ordinal() > ordinal() ? other : this;
  }
}
