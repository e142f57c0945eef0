package dev.responder.app.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EndpointsTest {

  private final Endpoints endpoints =
      new Endpoints(
          "http://127.0.0.1:8080",
          "secret-token",
          "events-token",
          null,
          null,
          "127.0.0.1:9092",
          "jdbc:postgresql://127.0.0.1:5432/crm?user=postgres&password=postgres",
          "redis://127.0.0.1:6379",
          "http://127.0.0.1:6443/",
          4242);

  @Test
  void shouldWriteExactlyTheDocumentedKeys() throws Exception {
    // when
    String json = endpoints.toJson();

    // then
    List<String> keys = new ArrayList<>();
    new ObjectMapper().readTree(json).fieldNames().forEachRemaining(keys::add);
    assertThat(keys)
        .containsExactly(
            "ingest",
            "ingestToken",
            "eventsToken",
            "console",
            "web",
            "kafka",
            "jdbc",
            "redis",
            "kubernetes",
            "pid");
    assertThat(new ObjectMapper().readTree(json).get("console").isNull()).isTrue();
  }

  @Test
  void shouldReadBackWhatItWrote() throws Exception {
    // when
    Endpoints read = Endpoints.fromJson(endpoints.toJson());

    // then
    assertThat(read).isEqualTo(endpoints);
  }
}
