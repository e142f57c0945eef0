package dev.responder.schemas.catalog.load;

import dev.responder.schemas.catalog.matcher.LabelMatcher;
import dev.responder.schemas.catalog.matcher.MatcherSet;
import dev.responder.schemas.catalog.matcher.MatcherSyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads lists of Alertmanager matcher strings, reporting each bad one at its own position. */
final class MatcherReader {

  private final Reading reading;

  MatcherReader(Reading reading) {
    this.reading = reading;
  }

  /** A non-empty list of matcher strings that must all hold. */
  Optional<MatcherSet> set(Node node, String where) {
    Optional<List<Node>> items = reading.items(node, where);
    if (items.isEmpty()) {
      return Optional.empty();
    }
    if (items.get().isEmpty()) {
      reading.report(
          node,
          ProblemKind.BAD_MATCHER,
          where + " is an empty matcher list",
          "an empty list would match every alert");
      return Optional.empty();
    }
    List<LabelMatcher> matchers = new ArrayList<>();
    boolean complete = true;
    for (int i = 0; i < items.get().size(); i++) {
      Optional<LabelMatcher> matcher = matcher(items.get().get(i), where + "[" + i + "]");
      matcher.ifPresent(matchers::add);
      complete &= matcher.isPresent();
    }
    return complete ? Optional.of(new MatcherSet(matchers)) : Optional.empty();
  }

  private Optional<LabelMatcher> matcher(Node node, String where) {
    return reading
        .text(node, where)
        .flatMap(
            text -> {
              try {
                return Optional.of(LabelMatcher.parse(text));
              } catch (MatcherSyntaxException e) {
                reading.report(
                    node, ProblemKind.BAD_MATCHER, where + ": " + e.getMessage(), e.hint());
                return Optional.empty();
              }
            });
  }
}
