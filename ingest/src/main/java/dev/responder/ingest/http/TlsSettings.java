package dev.responder.ingest.http;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The key store ingest serves HTTPS with (PKCS12 as cert-manager writes it, or JKS). The file is
 * watched: a renewed certificate is picked up without a restart.
 *
 * @param keyStore the key store file holding the private key and its certificate chain
 * @param password the key store's password (never shown by {@code toString})
 * @param type {@code PKCS12} or {@code JKS}
 */
public record TlsSettings(Path keyStore, String password, String type) {

  public TlsSettings {
    Objects.requireNonNull(keyStore, "keyStore");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(type, "type");
  }

  @Override
  public String toString() {
    return "TlsSettings[keyStore=" + keyStore + ", type=" + type + ", password=****]";
  }
}
