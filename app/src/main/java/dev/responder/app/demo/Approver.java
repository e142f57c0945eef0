package dev.responder.app.demo;

import dev.responder.app.operator.OperatorClient;
import java.io.IOException;
import java.net.URI;
import java.util.Map;

/**
 * Plays the person who approves an action the runbook gates: {@code POST /v1/approvals/KEY/approve}
 * on the operator API with a local user's token, through the same client as {@code responder
 * approve KEY --as USER}. The API checks the catalog's approvers and writes the command; the demo
 * never writes to Kafka itself.
 */
final class Approver {

  private final OperatorClient client;
  private final String user;

  Approver(URI api, String token, String user) {
    this.client = new OperatorClient(api, token);
    this.user = user;
  }

  String user() {
    return user;
  }

  /** Approves and returns the command id the API answered with. */
  String approve(String actionKey) {
    try {
      OperatorClient.Reply reply =
          client.post(
              "/v1/approvals/" + actionKey + "/approve",
              Map.of("comment", "approved by 'responder demo', playing the approver"));
      if (!reply.accepted()) {
        throw new IllegalStateException(
            "the operator API refused the approval ("
                + reply.status()
                + " "
                + reply.problem()
                + ")");
      }
      return reply.body().path("commandId").asText();
    } catch (IOException e) {
      throw new IllegalStateException("could not reach the operator API: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while approving", e);
    }
  }
}
