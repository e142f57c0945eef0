package dev.responder.app.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The same alerts in the two wire formats compared: the Alertmanager webhook (version 4) that
 * ingest receives, and the list of postable alerts Alertmanager's own {@code POST /api/v2/alerts}
 * receives (what Prometheus sends it).
 */
public final class Payloads {

  private static final JsonFactory JSON = new JsonFactory();

  private Payloads() {}

  /** A webhook v4 body carrying {@code alerts}, as Alertmanager would post it to a receiver. */
  public static byte[] webhook(List<BenchAlert> alerts) {
    return render(
        json -> {
          json.writeStartObject();
          json.writeStringField("version", "4");
          json.writeStringField("receiver", "responder");
          json.writeStringField("status", "firing");
          json.writeStringField("groupKey", "{}:{bench=\"load\"}");
          json.writeStringField("externalURL", "http://127.0.0.1:9093");
          json.writeNumberField("truncatedAlerts", 0);
          json.writeObjectFieldStart("groupLabels");
          json.writeEndObject();
          json.writeObjectFieldStart("commonLabels");
          json.writeEndObject();
          json.writeObjectFieldStart("commonAnnotations");
          json.writeEndObject();
          json.writeArrayFieldStart("alerts");
          for (BenchAlert alert : alerts) {
            json.writeStartObject();
            json.writeStringField("status", "firing");
            labels(json, "labels", alert.labels());
            labels(json, "annotations", Map.of("summary", "benchmark alert"));
            json.writeStringField("startsAt", alert.startsAt().toString());
            json.writeStringField("endsAt", "0001-01-01T00:00:00Z");
            json.writeStringField("generatorURL", "http://127.0.0.1/graph");
            json.writeStringField("fingerprint", alert.fingerprint());
            json.writeEndObject();
          }
          json.writeEndArray();
          json.writeEndObject();
        });
  }

  /** The same alerts as Alertmanager's API v2 takes them: a JSON array of postable alerts. */
  public static byte[] alertmanagerApi(List<BenchAlert> alerts) {
    return render(
        json -> {
          json.writeStartArray();
          for (BenchAlert alert : alerts) {
            json.writeStartObject();
            labels(json, "labels", alert.labels());
            labels(json, "annotations", Map.of("summary", "benchmark alert"));
            json.writeStringField("startsAt", alert.startsAt().toString());
            json.writeStringField("generatorURL", "http://127.0.0.1/graph");
            json.writeEndObject();
          }
          json.writeEndArray();
        });
  }

  private static void labels(JsonGenerator json, String field, Map<String, String> labels)
      throws IOException {
    json.writeObjectFieldStart(field);
    for (Map.Entry<String, String> label : labels.entrySet()) {
      json.writeStringField(label.getKey(), label.getValue());
    }
    json.writeEndObject();
  }

  private interface Writer {
    void write(JsonGenerator json) throws IOException;
  }

  private static byte[] render(Writer writer) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
    try (JsonGenerator json = JSON.createGenerator(bytes)) {
      writer.write(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
