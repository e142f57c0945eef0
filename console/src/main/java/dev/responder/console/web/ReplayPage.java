package dev.responder.console.web;

import dev.responder.console.projection.ProgressListener;
import dev.responder.console.replay.Replay;
import dev.responder.console.replay.ReplayRequest;
import dev.responder.console.replay.ReplayResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;

/**
 * Replay from the browser: paste a candidate catalog, and the page shows what {@code responder
 * replay} would print, how the recorded history would have gone with it. It reads Kafka only and
 * writes nothing; one replay runs at a time, since each reads the whole history.
 */
final class ReplayPage {

  private final Templates templates;
  private final Guard guard;
  private final Optional<Replay> replay;
  private final Semaphore oneAtATime = new Semaphore(1);

  ReplayPage(Templates templates, Guard guard, Optional<Replay> replay) {
    this.templates = templates;
    this.guard = guard;
    this.replay = replay;
  }

  void routes(Router router) {
    router
        .get("/console/replay", guard.signedIn((e, s, o) -> e.html(200, page(s, o, "", null, ""))))
        .post("/console/replay", guard.change(this::run));
  }

  private void run(Exchange exchange, Session session, Operator operator) throws Exception {
    String candidate = Optional.ofNullable(exchange.form("catalog")).orElse("");
    if (replay.isEmpty()) {
      exchange.html(
          200,
          page(session, operator, candidate, null, "This console has no Kafka to replay from."));
      return;
    }
    if (!oneAtATime.tryAcquire()) {
      exchange.html(
          200,
          page(
              session,
              operator,
              candidate,
              null,
              "Another replay is running; try again in a moment."));
      return;
    }
    Path file = Files.createTempFile("candidate-", ".yaml");
    try {
      Files.writeString(file, candidate, StandardCharsets.UTF_8);
      ReplayResult result =
          replay
              .get()
              .run(
                  new ReplayRequest(file, Optional.empty(), Optional.empty(), Optional.empty()),
                  phase -> ProgressListener.SILENT);
      exchange.html(200, page(session, operator, candidate, result, ""));
    } catch (IllegalArgumentException e) {
      exchange.html(200, page(session, operator, candidate, null, e.getMessage()));
    } finally {
      Files.deleteIfExists(file);
      oneAtATime.release();
    }
  }

  private String page(
      Session session, Operator operator, String candidate, ReplayResult result, String error) {
    Map<String, Object> model = Views.model(session, operator, "replay");
    model.put("candidate", candidate);
    model.put("ran", result != null);
    model.put("result", result);
    model.put("error", error == null ? "" : error);
    return templates.render("replay", model);
  }
}
