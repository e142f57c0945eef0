package dev.responder.app.bench;

import dev.responder.sandbox.support.FreePorts;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Responder's services as the benchmark runs them: each {@code responder <service>} in a JVM of its
 * own, configured by its {@code RESPONDER_*} variables as a pod is, on loopback. Ingest takes the
 * Alertmanager endpoint's bearer token, as local mode does. Each is started without waiting; {@link
 * Running#awaitReady()} waits, so several start at once, and closing stops the process.
 */
final class Services {

  private Services() {}

  /** A started service and the port of its HTTP endpoints. */
  record Running(ChildProcess process, URI base) implements AutoCloseable {

    /** Waits until {@code /readyz} answers 200 (the services start in parallel, then wait). */
    Running awaitReady() throws IOException, InterruptedException {
      process.awaitReady(base.resolve("/readyz"), Duration.ofSeconds(120));
      return this;
    }

    double rssMiB() {
      return ProcessMemory.rssMiB(process.pid());
    }

    @Override
    public void close() {
      process.close();
    }
  }

  static Running ingest(Path work, String bootstrap, String token) throws Exception {
    int port = FreePorts.next();
    Files.createDirectories(work);
    ChildProcess process =
        ChildProcess.start(
            "ingest",
            ChildProcess.responder("ingest"),
            Map.of(
                "RESPONDER_KAFKA_BOOTSTRAP",
                bootstrap,
                "RESPONDER_INGEST_HOST",
                "127.0.0.1",
                "RESPONDER_INGEST_PORT",
                Integer.toString(port),
                "RESPONDER_INGEST_TOKEN",
                token),
            work.resolve("ingest.log"));
    return new Running(process, URI.create("http://127.0.0.1:" + port));
  }

  static Running correlator(Path work, String bootstrap, Path catalog) throws Exception {
    int port = FreePorts.next();
    Files.createDirectories(work);
    ChildProcess process =
        ChildProcess.start(
            "correlator",
            ChildProcess.responder("correlator"),
            Map.of(
                "RESPONDER_KAFKA_BOOTSTRAP", bootstrap,
                "RESPONDER_CORRELATOR_STATE_DIR", work.resolve("correlator-state").toString(),
                "RESPONDER_CORRELATOR_HTTP_PORT", Integer.toString(port),
                "RESPONDER_CATALOG", catalog.toString()),
            work.resolve("correlator.log"));
    return new Running(process, URI.create("http://127.0.0.1:" + port));
  }
}
