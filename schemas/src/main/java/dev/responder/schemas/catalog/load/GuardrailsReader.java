package dev.responder.schemas.catalog.load;

import dev.responder.schemas.avro.Severity;
import dev.responder.schemas.catalog.ApprovalPolicy;
import dev.responder.schemas.catalog.Guardrails;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads a runbook's {@code guardrails}: cooldown, approval severities, maximum replicas and who may
 * approve.
 */
final class GuardrailsReader {

  private static final Set<String> FIELDS =
      Set.of("cooldown", "approvalAt", "maxReplicas", "approvers", "excludeApprovers");

  private final Reading reading;

  GuardrailsReader(Reading reading) {
    this.reading = reading;
  }

  Optional<Guardrails> read(Node node, String where) {
    Optional<Fields> maybe = reading.fields(node, where, FIELDS);
    if (maybe.isEmpty()) {
      return Optional.empty();
    }
    Fields fields = maybe.get();
    Optional<Duration> cooldown =
        fields.required("cooldown").flatMap(n -> reading.duration(n, where + ".cooldown"));
    Set<Severity> approvalAt = EnumSet.noneOf(Severity.class);
    List<Node> levels =
        fields
            .optional("approvalAt")
            .flatMap(n -> reading.items(n, where + ".approvalAt"))
            .orElse(List.of());
    for (int i = 0; i < levels.size(); i++) {
      SeverityReader.severity(reading, levels.get(i), where + ".approvalAt[" + i + "]")
          .ifPresent(approvalAt::add);
    }
    OptionalInt maxReplicas =
        fields
            .optional("maxReplicas")
            .flatMap(n -> reading.integer(n, where + ".maxReplicas", 1, 50))
            .map(OptionalInt::of)
            .orElse(OptionalInt.empty());
    ApprovalPolicy approval = new ApprovalPolicyReader(reading).read(fields, where);
    return cooldown.map(c -> new Guardrails(c, approvalAt, maxReplicas, approval));
  }
}
