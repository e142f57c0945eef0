package dev.responder.planning;

import java.util.Optional;

/**
 * Turns an incident (as of one of its events) into a plan from its runbook. Empty when there is
 * nothing to run, e.g. an unclassified incident or a runbook the catalog does not have.
 */
@FunctionalInterface
public interface Planner {

  Optional<Plan> plan(PlanContext context);
}
