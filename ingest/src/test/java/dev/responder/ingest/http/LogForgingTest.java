package dev.responder.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Nothing a sender writes reaches a log line or an answer raw: newlines, carriage returns, escape
 * sequences and other control characters in labels, values and field names are escaped, so a sender
 * cannot forge a log line or paint a terminal.
 */
class LogForgingTest {

  private static final String FORGED =
      "x\n2026-12-03 12:00:00 INFO  [main] d.r.i.IngestService - all alerts stored\r\u001b[2J";

  private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
  private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  private TestServer server;

  @BeforeEach
  void capture() throws Exception {
    logs.start();
    root.addAppender(logs);
    server = new TestServer();
  }

  @AfterEach
  void release() {
    server.close();
    root.detachAppender(logs);
  }

  @Test
  void shouldEscapeControlCharactersOfABadAlertInTheLogAndTheAnswer() throws Exception {
    String bad =
        "{\"status\":"
            + json(FORGED)
            + ",\"labels\":{"
            + json(FORGED)
            + ":1},\"startsAt\":\"2026-11-27T05:08:37Z\",\"fingerprint\":\"f\"}";

    HttpResponse<String> response =
        server.post(
            "/v1/alertmanager", BadInputTest.json(), BadInputTest.utf8(BadInputTest.webhook(bad)));

    assertThat(response.statusCode()).isEqualTo(200);
    assertPrintable(response);
    assertThat(logLines()).isNotEmpty().allSatisfy(LogForgingTest::assertPrintable);
    assertThat(String.join("", logLines())).contains("\\u000a2026-12-03");
  }

  @Test
  void shouldEscapeControlCharactersOfARefusedBodyInTheLogAndTheAnswer() throws Exception {
    String body = "{\"version\":\"4\",\"alerts\":[" + json(FORGED) + " oops]}";

    HttpResponse<String> response =
        server.post("/v1/alertmanager", BadInputTest.json(), BadInputTest.utf8(body));

    assertThat(response.statusCode()).isEqualTo(400);
    assertPrintable(response);
    assertThat(logLines()).isNotEmpty().allSatisfy(LogForgingTest::assertPrintable);
  }

  private List<String> logLines() {
    List<String> lines = new ArrayList<>();
    logs.list.forEach(event -> lines.add(event.getFormattedMessage()));
    return lines;
  }

  private static void assertPrintable(HttpResponse<String> response) throws Exception {
    List<String> texts = new ArrayList<>();
    collect(new ObjectMapper().readTree(response.body()), texts);
    assertThat(texts).isNotEmpty().allSatisfy(LogForgingTest::assertPrintable);
  }

  private static void collect(JsonNode node, List<String> texts) {
    if (node.isTextual()) {
      texts.add(node.textValue());
    }
    node.forEach(child -> collect(child, texts));
  }

  private static void assertPrintable(String text) {
    assertThat(text.chars().filter(Character::isISOControl).toArray())
        .as("control characters in %s", text)
        .isEmpty();
  }

  private static String json(String text) throws Exception {
    return new ObjectMapper().writeValueAsString(text);
  }
}
