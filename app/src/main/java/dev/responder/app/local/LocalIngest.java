package dev.responder.app.local;

import dev.responder.ingest.IngestConfig;
import dev.responder.ingest.IngestService;
import java.net.URI;
import java.util.Map;
import java.util.Optional;

/** The ingest service in local mode: loopback only, the local bearer token, the sandbox broker. */
final class LocalIngest implements LocalService {

  private final IngestService service;

  private LocalIngest(IngestService service) {
    this.service = service;
  }

  static LocalService start(LocalContext context) throws Exception {
    IngestConfig config =
        IngestConfig.fromMap(
            Map.of(
                IngestConfig.HOST, "127.0.0.1",
                IngestConfig.PORT, Integer.toString(context.ingestPort()),
                IngestConfig.BOOTSTRAP, context.kafka().bootstrapServers(),
                IngestConfig.TOKEN, context.ingestToken()));
    return new LocalIngest(IngestService.start(config));
  }

  @Override
  public String name() {
    return "ingest";
  }

  @Override
  public Optional<URI> uri() {
    return Optional.of(service.uri());
  }

  @Override
  public void close() {
    service.close();
  }
}
