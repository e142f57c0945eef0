package dev.responder.schemas.catalog.load;

import dev.responder.schemas.catalog.ApprovalPolicy;
import dev.responder.schemas.catalog.ApprovalPolicy.Approver;
import dev.responder.schemas.command.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads {@code guardrails.approvers} ({@code commander}, {@code role:<role>}, {@code user:<name>})
 * and {@code guardrails.excludeApprovers} (user names); both optional, the default being {@link
 * ApprovalPolicy#DEFAULT}.
 */
final class ApprovalPolicyReader {

  private static final String HINT =
      "write commander, role:<" + String.join("|", Role.labels()) + "> or user:<name>";

  private final Reading reading;

  ApprovalPolicyReader(Reading reading) {
    this.reading = reading;
  }

  ApprovalPolicy read(Fields fields, String where) {
    Optional<Node> approversNode = fields.optional("approvers");
    List<Approver> approvers = new ArrayList<>();
    if (approversNode.isPresent()) {
      List<Node> items = reading.items(approversNode.get(), where + ".approvers").orElse(List.of());
      for (int i = 0; i < items.size(); i++) {
        Node item = items.get(i);
        String at = where + ".approvers[" + i + "]";
        reading.text(item, at).flatMap(text -> approver(item, at, text)).ifPresent(approvers::add);
      }
    } else {
      approvers.addAll(ApprovalPolicy.DEFAULT.approvers());
    }
    List<String> excluded =
        fields
            .optional("excludeApprovers")
            .flatMap(n -> reading.texts(n, where + ".excludeApprovers"))
            .orElse(List.of());
    return new ApprovalPolicy(approvers, Set.copyOf(excluded));
  }

  private Optional<Approver> approver(Node node, String where, String text) {
    if (text.equals("commander")) {
      return Optional.of(new Approver.Commander());
    }
    if (text.startsWith("role:")) {
      Optional<Role> role = Role.of(text.substring("role:".length()));
      if (role.isPresent()) {
        return Optional.of(new Approver.AtLeast(role.get()));
      }
    }
    if (text.startsWith("user:") && text.length() > "user:".length()) {
      return Optional.of(new Approver.User(text.substring("user:".length())));
    }
    reading.report(node, ProblemKind.INVALID_VALUE, where + " is '" + text + "'", HINT);
    return Optional.empty();
  }
}
