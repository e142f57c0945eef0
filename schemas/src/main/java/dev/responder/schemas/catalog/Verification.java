package dev.responder.schemas.catalog;

import java.time.Duration;
import java.util.List;

/**
 * How the remediator tells a fix worked: after waiting {@code after}, it re-runs the checks the
 * conditions name, and the incident counts as fixed when all of {@code fixedWhen} hold.
 */
public record Verification(Duration after, List<FigureCondition> fixedWhen) {

  public Verification {
    fixedWhen = List.copyOf(fixedWhen);
  }

  public boolean isFixed(Figures figures) {
    return FigureCondition.allHold(fixedWhen, figures);
  }
}
