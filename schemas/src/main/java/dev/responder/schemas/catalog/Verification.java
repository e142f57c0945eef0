package dev.responder.schemas.catalog;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * How the remediator tells a fix worked: after waiting {@code after}, it re-runs the checks the
 * conditions name, and the incident counts as fixed when all of {@code fixedWhen} hold. After
 * resolution the incident stays under watch for recurrence for {@code monitorFor} (the runbook's
 * "monitor for recurrence"); empty leaves it to the correlator's flap window.
 */
public record Verification(
    Duration after, List<FigureCondition> fixedWhen, Optional<Duration> monitorFor) {

  public Verification {
    fixedWhen = List.copyOf(fixedWhen);
  }

  public Verification(Duration after, List<FigureCondition> fixedWhen) {
    this(after, fixedWhen, Optional.empty());
  }

  public boolean isFixed(Figures figures) {
    return FigureCondition.allHold(fixedWhen, figures);
  }
}
