package dev.responder.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * A receiver answers anything but POST like every other refusal: 405 with {@code Allow: POST}, a
 * reason, a message naming the method and the path, and a metric outcome, and publishes nothing.
 */
class MethodNotAllowedTest {

  @Test
  void shouldRefuseAGetNamingTheMethodAndThePathAndCountIt() throws Exception {
    try (TestServer server = new TestServer()) {
      HttpResponse<String> response = server.get("/v1/alertmanager");

      assertThat(response.statusCode()).isEqualTo(405);
      assertThat(response.headers().firstValue("Allow")).contains("POST");
      JsonNode error = new ObjectMapper().readTree(response.body());
      assertThat(error.path("reason").asText()).isEqualTo("method_not_allowed");
      assertThat(error.path("error").asText())
          .isEqualTo("GET is not allowed on /v1/alertmanager: use POST");
      assertThat(error.path("requestId").asText()).isNotBlank();
      assertThat(server.registry.scrape())
          .contains(
              "responder_ingest_requests_total{endpoint=\"alertmanager\","
                  + "outcome=\"method_not_allowed\"} 1.0");
      assertThat(server.publisher.published).isEmpty();
    }
  }
}
