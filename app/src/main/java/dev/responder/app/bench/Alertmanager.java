package dev.responder.app.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A fresh Alertmanager 0.25 from the Debian package, on loopback without clustering: the baseline
 * for ingest. Its one receiver has no integration, so it spends its time on what ingest also does
 * (take the alerts, validate, store) and nothing on notifying.
 */
final class Alertmanager implements AutoCloseable {

  static final Path BINARY = Path.of("/usr/bin/prometheus-alertmanager");

  private static final String CONFIG =
      """
      route:
        receiver: blackhole
        group_by: [alertname, namespace]
      receivers:
        - name: blackhole
      """;

  private final ChildProcess process;
  private final URI base;

  private Alertmanager(ChildProcess process, URI base) {
    this.process = process;
    this.base = base;
  }

  static boolean installed() {
    return Files.isExecutable(BINARY);
  }

  static Alertmanager start(Path directory, int port) throws IOException, InterruptedException {
    Files.createDirectories(directory.resolve("data"));
    Path config = directory.resolve("alertmanager.yml");
    Files.writeString(config, CONFIG);
    String address = "127.0.0.1:" + port;
    ChildProcess process =
        ChildProcess.start(
            "alertmanager",
            List.of(
                BINARY.toString(),
                "--config.file=" + config,
                "--storage.path=" + directory.resolve("data"),
                "--web.listen-address=" + address,
                "--web.external-url=http://" + address,
                "--cluster.listen-address="),
            Map.of(),
            directory.resolve("alertmanager.log"));
    URI base = URI.create("http://" + address);
    try {
      process.awaitReady(base.resolve("/-/ready"), Duration.ofSeconds(30));
    } catch (RuntimeException | IOException | InterruptedException e) {
      process.close();
      throw e;
    }
    return new Alertmanager(process, base);
  }

  URI alertsApi() {
    return base.resolve("/api/v2/alerts");
  }

  double rssMiB() {
    return ProcessMemory.rssMiB(process.pid());
  }

  @Override
  public void close() {
    process.close();
  }
}
