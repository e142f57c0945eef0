package dev.responder.remediator.engine;

import dev.responder.remediator.plan.PlanContext;

/**
 * Fills a notification's placeholders ({@code {incident}}, {@code {title}}, {@code {severity}},
 * {@code {runbook}}) from the incident. Unknown placeholders stay as written, visibly.
 */
final class Messages {

  private Messages() {}

  static String render(String template, PlanContext context) {
    return template
        .replace("{incident}", context.incidentId())
        .replace("{title}", context.title())
        .replace("{severity}", context.severity())
        .replace("{runbook}", context.runbookId());
  }
}
