package dev.responder.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A sender cannot hold a connection (and the thread reading its body) for ever: a connection that
 * stays silent, mid-request or before it, is closed after the idle timeout.
 */
class ServerLimitsTest {

  private TestServer server;

  @BeforeEach
  void startServer() throws Exception {
    server =
        new TestServer(
            new IngestHttpServer.Listen(
                "127.0.0.1", 0, new ServerLimits(8, 16, Duration.ofMillis(500)), null, null),
            HttpClient.newHttpClient());
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  @Test
  void shouldCloseAConnectionThatStallsInTheMiddleOfABody() throws Exception {
    try (Socket socket = new Socket("127.0.0.1", server.uri().getPort())) {
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /v1/alertmanager HTTP/1.1\r\nHost: x\r\nAuthorization: "
                  + BadInputTest.bearer()
                  + "\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"ver")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();

      InputStream in = socket.getInputStream();
      CompletableFuture<byte[]> rest = CompletableFuture.supplyAsync(() -> readAll(in));

      // The server gives up on the body and closes: the read ends (with or without an answer).
      assertThat(rest.get(20, TimeUnit.SECONDS)).isNotNull();
      assertThat(server.publisher.published).isEmpty();
    }
  }

  private static byte[] readAll(InputStream in) {
    try {
      return in.readAllBytes();
    } catch (java.io.IOException e) {
      return new byte[0];
    }
  }
}
