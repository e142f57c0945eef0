package dev.responder.schemas.catalog;

import dev.responder.schemas.catalog.operation.Operation;
import dev.responder.schemas.catalog.operation.Parameters;
import java.util.List;

/**
 * One check, action or notification: an operation from the fixed vocabulary with validated
 * parameters, run only when all its {@code when} conditions hold on the checks' figures.
 */
public record Step(String id, Operation operation, Parameters params, List<FigureCondition> when) {

  public Step {
    when = List.copyOf(when);
  }

  /** True when the step's conditions hold (a step without conditions always runs). */
  public boolean shouldRun(Figures figures) {
    return FigureCondition.allHold(when, figures);
  }
}
