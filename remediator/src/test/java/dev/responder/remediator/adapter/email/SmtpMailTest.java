package dev.responder.remediator.adapter.email;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.remediator.paging.Attempt;
import dev.responder.remediator.paging.Contact;
import dev.responder.remediator.paging.Delivery;
import dev.responder.remediator.paging.Move;
import dev.responder.remediator.paging.Notice;
import dev.responder.remediator.paging.Update;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.subethamail.smtp.RejectException;
import org.subethamail.smtp.server.SMTPServer;

/**
 * Against SubEthaSMTP, a real SMTP server in this JVM, that requires STARTTLS before it takes any
 * mail (its certificate made by the JDK's keytool for 127.0.0.1).
 */
class SmtpMailTest {

  private static final String PASSWORD = "changeit";

  @TempDir Path dir;

  private final List<MimeMessage> received = new CopyOnWriteArrayList<>();
  private volatile RejectException reject;
  private SMTPServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop();
    }
  }

  @Test
  void shouldSendOverStartTlsWithAMessageIdThatIsTheSameOnEveryRetry() throws Exception {
    start(true);
    SmtpMail mail = new SmtpMail(settings(true));
    // when the same delivery is sent twice
    Attempt first = mail.deliver(delivery("devops@crm.example"));
    Attempt again = mail.deliver(delivery("devops@crm.example"));
    // then
    assertThat(first).isInstanceOf(Attempt.Delivered.class);
    assertThat(again).isInstanceOf(Attempt.Delivered.class);
    assertThat(received).hasSize(2);
    MimeMessage message = received.get(0);
    assertThat(message.getSubject()).isEqualTo("[Responder] P1 API Unresponsive escalated");
    assertThat(message.getAllRecipients()[0].toString()).isEqualTo("devops@crm.example");
    assertThat(message.getContent().toString()).contains("responder report INC-1");
    assertThat(message.getMessageID()).matches("<[0-9a-f]{32}@responder>");
    assertThat(received.get(1).getMessageID()).isEqualTo(message.getMessageID());
  }

  @Test
  void shouldNotSendToAServerThatOffersNoStartTls() throws Exception {
    start(false);
    Attempt attempt = new SmtpMail(settings(true)).deliver(delivery("devops@crm.example"));
    assertThat(attempt).isNotInstanceOf(Attempt.Delivered.class);
    assertThat(received).isEmpty();
  }

  @Test
  void shouldRetryA4xxAnswerAndRefuseA5xxAnswer() throws Exception {
    start(true);
    SmtpMail mail = new SmtpMail(settings(true));
    // when the server answers 451, then 550
    reject = new RejectException(451, "try again later");
    Attempt temporary = mail.deliver(delivery("devops@crm.example"));
    reject = new RejectException(550, "mailbox unavailable");
    Attempt permanent = mail.deliver(delivery("devops@crm.example"));
    // then
    assertThat(temporary).isInstanceOf(Attempt.Retry.class);
    assertThat(((Attempt.Retry) temporary).why()).contains("451");
    assertThat(permanent).isInstanceOf(Attempt.Refused.class);
    assertThat(((Attempt.Refused) permanent).why()).contains("550");
  }

  @Test
  void shouldRefuseSomethingThatIsNoMailAddress() throws Exception {
    start(true);
    Attempt attempt = new SmtpMail(settings(true)).deliver(delivery("not an address"));
    assertThat(attempt).isInstanceOf(Attempt.Refused.class);
  }

  private void start(boolean tls) throws Exception {
    SMTPServer.Builder builder =
        SMTPServer.port(0)
            .bindAddress(InetAddress.getLoopbackAddress())
            .messageHandler(
                (context, from, to, data) -> {
                  RejectException refusal = reject;
                  if (refusal != null) {
                    throw refusal;
                  }
                  received.add(parse(data));
                });
    if (tls) {
      builder.enableTLS().requireTLS().startTlsSocketFactory(sslContext());
    }
    server = builder.build();
    server.start();
  }

  private SmtpSettings settings(boolean startTls) {
    return new SmtpSettings(
        "127.0.0.1",
        server.getPortAllocated(),
        "responder@crm.example",
        startTls,
        Optional.empty(),
        Optional.empty(),
        Duration.ofSeconds(5),
        Optional.of("127.0.0.1"));
  }

  private static Delivery delivery(String to) {
    return new Delivery(
        Contact.parse("email:" + to),
        new Notice(
            "INC-1",
            Move.POST,
            Update.ESCALATED,
            "P1",
            "P1 API Unresponsive escalated",
            List.of("post-incident report: responder report INC-1"),
            "evt-1"),
        3);
  }

  private static MimeMessage parse(byte[] data) {
    try (InputStream in = new ByteArrayInputStream(data)) {
      return new MimeMessage(Session.getInstance(new Properties()), in);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A self-signed key pair for 127.0.0.1 made by the JDK's keytool. */
  private SSLContext sslContext() throws Exception {
    Path store = dir.resolve("smtp.p12");
    Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
    Process process =
        new ProcessBuilder(
                keytool.toString(),
                "-genkeypair",
                "-alias",
                "smtp",
                "-keyalg",
                "RSA",
                "-keysize",
                "2048",
                "-validity",
                "2",
                "-dname",
                "CN=127.0.0.1",
                "-ext",
                "SAN=ip:127.0.0.1",
                "-storetype",
                "PKCS12",
                "-keystore",
                store.toString(),
                "-storepass",
                PASSWORD,
                "-keypass",
                PASSWORD)
            .redirectErrorStream(true)
            .start();
    process.getInputStream().readAllBytes();
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IllegalStateException("keytool failed");
    }
    KeyStore keys = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(store)) {
      keys.load(in, PASSWORD.toCharArray());
    }
    KeyManagerFactory managers =
        KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    managers.init(keys, PASSWORD.toCharArray());
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(managers.getKeyManagers(), null, null);
    return context;
  }
}
