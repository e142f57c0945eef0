package dev.responder.remediator.adapter.email;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and how to send mail: the submission server, the sender, whether STARTTLS is required (it
 * is unless turned off, so a server that offers no TLS gets no credentials and no mail), an
 * optional login, and the time any SMTP step may take.
 *
 * @param trustedHosts hosts whose certificate is trusted without a CA path ({@code *} for all), for
 *     a relay with its own certificate; empty to use the JVM's trust store only
 */
public record SmtpSettings(
    String host,
    int port,
    String from,
    boolean startTls,
    Optional<String> username,
    Optional<String> password,
    Duration timeout,
    Optional<String> trustedHosts) {

  public SmtpSettings {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(trustedHosts, "trustedHosts");
  }

  @Override
  public String toString() {
    return "SmtpSettings[%s:%d from %s, startTls=%s, user=%s, password %s]"
        .formatted(
            host,
            port,
            from,
            startTls,
            username.orElse("none"),
            password.isPresent() ? "****" : "none");
  }
}
