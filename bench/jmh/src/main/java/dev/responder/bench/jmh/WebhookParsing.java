package dev.responder.bench.jmh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.responder.ingest.payload.AlertmanagerWebhookParser;
import dev.responder.ingest.payload.ParseOutcome;
import dev.responder.ingest.payload.PayloadLimits;
import dev.responder.ingest.payload.RequestMeta;
import java.io.IOException;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Ingest's webhook parser (strict validation into {@code Alert} records) against Jackson reading
 * the same bytes into a tree, which validates nothing: what the validation costs on top of JSON.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class WebhookParsing {

  @Param({"1", "64"})
  int alerts;

  private final ObjectMapper mapper = new ObjectMapper();
  private final AlertmanagerWebhookParser parser =
      new AlertmanagerWebhookParser(PayloadLimits.DEFAULTS);
  private byte[] body;

  @Setup
  public void setUp() {
    body = SampleAlerts.webhook(alerts);
  }

  @Benchmark
  public ParseOutcome parseWebhook() {
    return parser.parse(body, new RequestMeta("jmh", Instant.now()));
  }

  @Benchmark
  public JsonNode parseWebhookBaseline() throws IOException {
    return mapper.readTree(body);
  }
}
