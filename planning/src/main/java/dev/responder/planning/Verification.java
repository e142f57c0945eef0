package dev.responder.planning;

import dev.responder.schemas.catalog.FigureCondition;
import java.time.Duration;
import java.util.List;

/**
 * How to tell the actions worked: after {@code after}, re-run the checks the conditions name; fixed
 * when all of {@code fixedWhen} hold on the fresh figures.
 */
public record Verification(Duration after, List<FigureCondition> fixedWhen) {

  public Verification {
    fixedWhen = List.copyOf(fixedWhen);
  }

  public static Verification none() {
    return new Verification(Duration.ZERO, List.of());
  }

  /** The ids of the checks whose figures the verification compares. */
  public List<String> checkIds() {
    return fixedWhen.stream().map(FigureCondition::check).distinct().toList();
  }

  public boolean isFixed(Findings findings) {
    return !fixedWhen.isEmpty() && FigureCondition.allHold(fixedWhen, findings);
  }
}
