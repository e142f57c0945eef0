package dev.responder.app.local;

import dev.responder.schemas.catalog.Catalog;
import dev.responder.schemas.catalog.Runbook;
import dev.responder.schemas.catalog.Step;
import dev.responder.schemas.catalog.load.CatalogLoader;
import dev.responder.schemas.catalog.load.LoadResult;
import dev.responder.schemas.catalog.operation.Durations;
import dev.responder.schemas.catalog.operation.TargetKind;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The catalog local mode runs: the user's catalog with its one allowlisted health endpoint (the
 * placeholder {@code https://crm-api.crm.example/health} in {@code runbooks/crm.yaml}) replaced by
 * the simulated backend's, everywhere it appears, and its waits capped by {@link LocalTimings}. The
 * result is loaded with the same strict loader as any catalog, so local mode never runs a catalog
 * that {@code catalog check} would refuse, and every change is reported from the two loaded models.
 */
final class LocalCatalog {

  /** A duration-valued key the timings cap, as the YAML writes it (block or flow style). */
  private static final Pattern CAPPED =
      Pattern.compile("(?<=[\\s{,])(after|idleFor|delay):(\\s*)([0-9]+[0-9dhms]*)\\b");

  private LocalCatalog() {}

  /**
   * The derived catalog and what was changed.
   *
   * @param yaml the derived catalog's text
   * @param changes one line per changed wait, e.g. {@code api-unresponsive: verify.after 2m -> 5s}
   */
  record Derived(String yaml, List<String> changes) {}

  /** The derived catalog with the health URL replaced only, as written otherwise. */
  static String derive(String yaml, String source, URI healthUrl) {
    return derive(yaml, source, healthUrl, LocalTimings.AS_WRITTEN).yaml();
  }

  /**
   * The derived catalog.
   *
   * @throws IllegalArgumentException naming the source and every problem when the source catalog is
   *     invalid or does not allow exactly one health endpoint
   */
  static Derived derive(String yaml, String source, URI healthUrl, LocalTimings timings) {
    Catalog catalog = load(yaml, source);
    List<String> endpoints = catalog.allowlists().of(TargetKind.HEALTH_ENDPOINT);
    if (endpoints.size() != 1) {
      throw new IllegalArgumentException(
          source
              + ": local mode points the catalog's health endpoint at the simulated backend, so"
              + " allowlists.healthEndpoints must list exactly one URL; it lists "
              + endpoints);
    }
    String body = cap(yaml.replace(endpoints.get(0), healthUrl.toString()), timings);
    Catalog derived = load(body, source + " (derived for local mode)");
    List<String> changes = changes(catalog, derived);
    String header =
        "# Derived by './responder local' from "
            + source
            + ": health endpoint "
            + endpoints.get(0)
            + " replaced by the simulated backend's "
            + healthUrl
            + (changes.isEmpty() ? "" : "; waits shortened for the demo: " + changes)
            + ". Regenerated on every start; edit the source instead.\n";
    return new Derived(header + body, changes);
  }

  private static String cap(String yaml, LocalTimings timings) {
    Matcher matcher = CAPPED.matcher(yaml);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      Optional<Duration> ceiling =
          switch (matcher.group(1)) {
            case "after" -> timings.verifyAfter();
            case "idleFor" -> timings.idleFor();
            default -> timings.retryDelay();
          };
      Optional<Duration> written = Durations.parse(matcher.group(3));
      String value = matcher.group(3);
      if (ceiling.isPresent()
          && written.isPresent()
          && written.get().compareTo(ceiling.get()) > 0) {
        value = Durations.format(ceiling.get());
      }
      matcher.appendReplacement(
          out, Matcher.quoteReplacement(matcher.group(1) + ":" + matcher.group(2) + value));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  /** Every wait that differs between the two models, runbook by runbook. */
  private static List<String> changes(Catalog source, Catalog derived) {
    List<String> changes = new ArrayList<>();
    for (Runbook runbook : source.runbooks()) {
      Runbook local = derived.runbook(runbook.id()).orElseThrow();
      Duration after = runbook.verification().after();
      if (!after.equals(local.verification().after())) {
        changes.add(change(runbook.id() + ": verify.after", after, local.verification().after()));
      }
      for (int i = 0; i < runbook.actions().size(); i++) {
        Step step = runbook.actions().get(i);
        Step changed = local.actions().get(i);
        step.params()
            .values()
            .forEach(
                (name, value) -> {
                  Object now = changed.params().values().get(name);
                  if (value instanceof Duration before && !value.equals(now)) {
                    changes.add(
                        change(
                            runbook.id() + ": " + step.id() + "." + name, before, (Duration) now));
                  }
                });
      }
    }
    return changes;
  }

  private static String change(String what, Duration before, Duration after) {
    return what + " " + Durations.format(before) + " -> " + Durations.format(after);
  }

  private static Catalog load(String yaml, String source) {
    LoadResult result = CatalogLoader.parse(yaml, source);
    if (result instanceof LoadResult.Loaded loaded) {
      return loaded.catalog();
    }
    throw new IllegalArgumentException(
        ((LoadResult.Rejected) result)
            .problems().stream()
                .map(problem -> problem.format(source))
                .collect(Collectors.joining("\n", source + " is not a valid catalog:\n", "")));
  }
}
