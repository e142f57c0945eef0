package dev.responder.schemas.catalog.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.schemas.catalog.ApprovalPolicy;
import dev.responder.schemas.catalog.Catalog;
import dev.responder.schemas.command.Role;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A runbook's {@code guardrails.approvers} and {@code excludeApprovers}, and the decision. */
class ApprovalPolicyReaderTest {

  private static final Path MINIMAL = Path.of("src/test/resources/catalog/minimal.yaml");

  private static LoadResult withGuardrails(String extra) throws IOException {
    String yaml =
        Files.readString(MINIMAL)
            .replace("      maxReplicas: 6\n", "      maxReplicas: 6\n" + extra);
    return CatalogLoader.parse(yaml, "test.yaml");
  }

  private static ApprovalPolicy policy(LoadResult result) {
    assertThat(result).isInstanceOf(LoadResult.Loaded.class);
    Catalog catalog = ((LoadResult.Loaded) result).catalog();
    return catalog.runbooks().get(0).guardrails().approval();
  }

  @Test
  void shouldDefaultToTheCommanderOrAnApprover() throws IOException {
    ApprovalPolicy policy = policy(withGuardrails(""));

    assertThat(policy).isEqualTo(ApprovalPolicy.DEFAULT);
    assertThat(policy.refusal("carol", Role.APPROVER, "alice")).isEmpty();
    assertThat(policy.refusal("dave", Role.RESPONDER, "dave")).isEmpty();
    assertThat(policy.refusal("dave", Role.RESPONDER, "alice")).isPresent();
  }

  @Test
  void shouldReadNamedApproversAndExclusions() throws IOException {
    ApprovalPolicy policy =
        policy(
            withGuardrails(
                "      approvers: [user:bob, role:admin]\n      excludeApprovers: [mallory]\n"));

    assertThat(policy.refusal("bob", Role.VIEWER, null)).isEmpty();
    assertThat(policy.refusal("carol", Role.APPROVER, "carol")).isPresent();
    assertThat(policy.refusal("mallory", Role.ADMIN, null))
        .hasValueSatisfying(why -> assertThat(why).contains("excluded"));
  }

  @Test
  void shouldReportAnApproverRuleItCannotRead() throws IOException {
    LoadResult result = withGuardrails("      approvers: [role:boss]\n");

    assertThat(result).isInstanceOf(LoadResult.Rejected.class);
    assertThat(((LoadResult.Rejected) result).problems().get(0).message())
        .contains("approvers[0] is 'role:boss'");
  }
}
