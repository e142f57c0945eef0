package dev.responder.remediator.adapter.email;

import dev.responder.remediator.paging.Attempt;
import dev.responder.remediator.paging.Delivery;
import dev.responder.remediator.paging.Notice;
import dev.responder.remediator.port.Deliverer;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

/**
 * {@link Deliverer} for {@code email:ADDRESS} contacts: one plain-text mail per notice. Its {@code
 * Message-ID} is derived from the delivery's idempotency key, so a retried or redelivered notice
 * carries the same id and mail systems that deduplicate by it show it once. An SMTP 4xx answer or a
 * broken connection is worth another try; a 5xx answer, a refused login or a bad address is not.
 */
public final class SmtpMail implements Deliverer {

  private final SmtpSettings settings;
  private final Session session;

  public SmtpMail(SmtpSettings settings) {
    this.settings = settings;
    this.session = Session.getInstance(properties(settings));
  }

  @Override
  public Attempt deliver(Delivery delivery) {
    String to = delivery.contact().address();
    try {
      MimeMessage message = message(delivery, new InternetAddress(to, true));
      Transport.send(message, settings.username().orElse(null), settings.password().orElse(null));
      return new Attempt.Delivered("SMTP " + settings.host() + " accepted mail to " + to);
    } catch (AddressException e) {
      return new Attempt.Refused("not a mail address: email:" + to + " (" + e.getMessage() + ")");
    } catch (AuthenticationFailedException e) {
      return new Attempt.Refused("SMTP " + settings.host() + " refused the login");
    } catch (SMTPSendFailedException e) {
      String said = "SMTP " + settings.host() + " answered " + e.getReturnCode() + ": " + flat(e);
      return e.getReturnCode() >= 400 && e.getReturnCode() < 500
          ? new Attempt.Retry(Optional.empty(), said)
          : new Attempt.Refused(said);
    } catch (SendFailedException e) {
      return new Attempt.Refused(
          "SMTP " + settings.host() + " refused mail to " + to + ": " + flat(e));
    } catch (MessagingException e) {
      return new Attempt.Retry(
          Optional.empty(), "SMTP " + settings.host() + " could not be reached: " + flat(e));
    }
  }

  private MimeMessage message(Delivery delivery, InternetAddress to) throws MessagingException {
    Notice notice = delivery.notice();
    String messageId = "<" + digest(delivery.idempotencyKey()) + "@responder>";
    MimeMessage message =
        new MimeMessage(session) {
          @Override
          protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
          }
        };
    message.setFrom(new InternetAddress(settings.from(), true));
    message.setRecipient(MimeMessage.RecipientType.TO, to);
    message.setSubject("[Responder] " + notice.summary(), "UTF-8");
    message.setText(notice.text() + "\n", "UTF-8");
    message.setHeader("X-Responder-Incident", notice.incidentId());
    return message;
  }

  private static Properties properties(SmtpSettings settings) {
    Properties properties = new Properties();
    String timeout = Long.toString(settings.timeout().toMillis());
    properties.put("mail.transport.protocol", "smtp");
    properties.put("mail.smtp.host", settings.host());
    properties.put("mail.smtp.port", Integer.toString(settings.port()));
    properties.put("mail.smtp.connectiontimeout", timeout);
    properties.put("mail.smtp.timeout", timeout);
    properties.put("mail.smtp.writetimeout", timeout);
    properties.put("mail.smtp.auth", Boolean.toString(settings.username().isPresent()));
    properties.put("mail.smtp.starttls.enable", Boolean.toString(settings.startTls()));
    properties.put("mail.smtp.starttls.required", Boolean.toString(settings.startTls()));
    properties.put("mail.smtp.ssl.checkserveridentity", "true");
    settings.trustedHosts().ifPresent(hosts -> properties.put("mail.smtp.ssl.trust", hosts));
    return properties;
  }

  private static String digest(String key) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private static String flat(Exception e) {
    return String.valueOf(e.getMessage()).replaceAll("\\s+", " ").trim();
  }
}
