package dev.responder.schemas.catalog.load;

import dev.responder.schemas.catalog.AccountOwners;
import dev.responder.schemas.catalog.CrmSchema;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Reads {@code crmSchema} (the CRM columns beyond the runbook's own SQL) and {@code accountOwners}
 * (owner to contact). A column must be a plain lower-case SQL identifier: it is written into
 * queries, so nothing else may reach them.
 */
final class CrmSchemaReader {

  private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
  private static final Pattern CONTACT = Pattern.compile("(email|slack|pager):\\S+");

  private final Reading reading;

  CrmSchemaReader(Reading reading) {
    this.reading = reading;
  }

  CrmSchema schema(Node node) {
    CrmSchema base = CrmSchema.DEFAULT;
    Optional<Fields> maybe =
        reading.fields(
            node,
            "crmSchema",
            Set.of(
                "socialPostErrorCode",
                "socialPostConnection",
                "socialPostRetryCount",
                "socialPostNextAttempt",
                "socialConnectionId",
                "socialConnectionOwner"));
    if (maybe.isEmpty()) {
      return base;
    }
    Fields f = maybe.get();
    return new CrmSchema(
        f.optional("socialPostErrorCode").flatMap(n -> column(n, "crmSchema.socialPostErrorCode")),
        column(f, "socialPostConnection", base.postConnection()),
        column(f, "socialPostRetryCount", base.postRetryCount()),
        column(f, "socialPostNextAttempt", base.postNextAttempt()),
        column(f, "socialConnectionId", base.connectionId()),
        column(f, "socialConnectionOwner", base.connectionOwner()));
  }

  AccountOwners owners(Node node) {
    Optional<Fields> maybe = reading.fields(node, "accountOwners", Set.of("contacts", "otherwise"));
    if (maybe.isEmpty()) {
      return AccountOwners.NONE;
    }
    Fields f = maybe.get();
    Map<String, String> contacts = new LinkedHashMap<>();
    f.optional("contacts")
        .filter(n -> n instanceof MappingNode)
        .map(MappingNode.class::cast)
        .ifPresent(
            mapping ->
                mapping
                    .getValue()
                    .forEach(
                        t -> {
                          String owner = ((ScalarNode) t.getKeyNode()).getValue();
                          contact(t.getValueNode(), "accountOwners.contacts." + owner)
                              .ifPresent(c -> contacts.put(owner, c));
                        }));
    Optional<String> otherwise =
        f.optional("otherwise").flatMap(n -> contact(n, "accountOwners.otherwise"));
    return new AccountOwners(contacts, otherwise);
  }

  private String column(Fields f, String field, String fallback) {
    return f.optional(field).flatMap(n -> column(n, "crmSchema." + field)).orElse(fallback);
  }

  private Optional<String> column(Node node, String where) {
    Optional<String> name = reading.text(node, where);
    if (name.isPresent() && !IDENTIFIER.matcher(name.get()).matches()) {
      reading.report(
          node,
          ProblemKind.INVALID_VALUE,
          where + " is '" + name.get() + "', not a column name",
          "write a lower-case SQL identifier (letters, digits, _), e.g. error_code");
      return Optional.empty();
    }
    return name;
  }

  private Optional<String> contact(Node node, String where) {
    Optional<String> contact = reading.text(node, where);
    if (contact.isPresent() && !CONTACT.matcher(contact.get()).matches()) {
      reading.report(
          node,
          ProblemKind.INVALID_VALUE,
          where + " is '" + contact.get() + "', not a contact",
          "write email:ADDRESS, slack:@USER or pager:SERVICE");
      return Optional.empty();
    }
    return contact;
  }
}
