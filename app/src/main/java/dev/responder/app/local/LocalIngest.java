package dev.responder.app.local;

import dev.responder.ingest.IngestConfig;
import dev.responder.ingest.IngestService;
import java.util.Map;

/**
 * The ingest service in local mode: loopback only, the sandbox broker, and a token per sender
 * (Alertmanager's and the CRM application's), as in a real deployment.
 */
final class LocalIngest {

  private LocalIngest() {}

  static LocalService start(LocalContext context) throws Exception {
    IngestConfig config =
        IngestConfig.fromMap(
            Map.of(
                IngestConfig.HOST, "127.0.0.1",
                IngestConfig.PORT, Integer.toString(context.ingestPort()),
                IngestConfig.BOOTSTRAP, context.kafka().bootstrapServers(),
                IngestConfig.TOKEN, context.ingestToken(),
                IngestConfig.EVENTS_TOKEN, context.eventsToken()));
    IngestService service = IngestService.start(config);
    return new RunningService("ingest", service.uri(), service::close);
  }
}
