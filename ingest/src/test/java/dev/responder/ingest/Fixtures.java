package dev.responder.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Test inputs captured from real senders. */
public final class Fixtures {

  private Fixtures() {}

  /** A webhook body exactly as Alertmanager 0.25 posted it (one firing alert). */
  public static byte[] alertmanagerWebhook() {
    try (InputStream in = Fixtures.class.getResourceAsStream("/alertmanager-0.25-webhook.json")) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
