package dev.responder.remediator.engine;

import dev.responder.planning.PlanContext;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a notification's placeholders from the incident: {@code {incident}}, {@code {runbook}},
 * {@code {title}}, {@code {severity}}, {@code {summary}}, {@code {commander}} and {@code
 * {respondBy}}, the set the catalog loader accepts (docs/runbook-catalog.md). A value not known is
 * said so in words; an unknown placeholder stays as written, visibly.
 */
final class Messages {

  /** The placeholders filled in; the catalog loader accepts exactly these. */
  static final Set<String> PLACEHOLDERS =
      Set.of("incident", "runbook", "title", "severity", "summary", "commander", "respondBy");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");
  private static final DateTimeFormatter RESPOND_BY =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private Messages() {}

  static String render(String template, PlanContext context) {
    Map<String, String> values = values(context);
    Matcher matcher = PLACEHOLDER.matcher(template);
    StringBuilder rendered = new StringBuilder();
    while (matcher.find()) {
      String value = values.getOrDefault(matcher.group(1), matcher.group());
      matcher.appendReplacement(rendered, Matcher.quoteReplacement(value));
    }
    matcher.appendTail(rendered);
    return rendered.toString();
  }

  private static Map<String, String> values(PlanContext context) {
    var briefing = context.briefing();
    return Map.of(
        "incident", context.incidentId(),
        "runbook", context.runbookId(),
        "title", context.title(),
        "severity", context.severity(),
        "summary", briefing.summary().isBlank() ? context.title() : briefing.summary(),
        "commander", briefing.commander().orElse("not assigned yet"),
        "respondBy", briefing.respondBy().map(RESPOND_BY::format).orElse("unknown"));
  }
}
