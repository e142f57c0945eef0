package dev.responder.remediator.adapter.delivery;

import dev.responder.remediator.adapter.email.SmtpMail;
import dev.responder.remediator.adapter.opsgenie.OpsgenieAlerts;
import dev.responder.remediator.adapter.pagerduty.PagerDutyEvents;
import dev.responder.remediator.adapter.slack.SlackWebhooks;
import dev.responder.remediator.adapter.webhook.SignedWebhooks;
import dev.responder.remediator.guard.FailureKind;
import dev.responder.remediator.paging.Attempt;
import dev.responder.remediator.paging.Contact;
import dev.responder.remediator.paging.Delivery;
import dev.responder.remediator.paging.Move;
import dev.responder.remediator.paging.Notice;
import dev.responder.remediator.paging.Update;
import dev.responder.remediator.port.Deliverer;
import dev.responder.remediator.port.Notifier;
import dev.responder.remediator.port.Observation;
import dev.responder.remediator.port.Result;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends each contact to the adapter of its scheme. As a {@link Deliverer} it serves the pager; as a
 * {@link Notifier} it serves the runbooks' notify steps, so {@code slack:#crm-incidents} in a
 * runbook reaches the same webhook as the pager's updates. A contact whose scheme has no delivery
 * configured ({@code status-page}, say) goes to {@code fallback}, the single webhook of old; a page
 * to a pager whose scheme has no delivery is refused, since the webhook holds no page.
 */
public final class ContactRouter implements Deliverer, Notifier {

  private static final Pattern INCIDENT = Pattern.compile("INC-[A-Za-z0-9-]+");

  private final Map<Contact.Scheme, Deliverer> byScheme;
  private final Notifier fallback;

  public ContactRouter(Map<Contact.Scheme, Deliverer> byScheme, Notifier fallback) {
    this.byScheme = new EnumMap<>(byScheme);
    this.fallback = fallback;
  }

  /** The adapters {@code config} configures, each over one HTTP client. */
  public static ContactRouter of(
      DeliveryConfig config, Duration timeout, Clock clock, Notifier fallback) {
    HttpExchange http = new HttpExchange(timeout, clock);
    Map<Contact.Scheme, Deliverer> byScheme = new EnumMap<>(Contact.Scheme.class);
    if (!config.pagerDutyKeys().isEmpty()) {
      byScheme.put(
          Contact.Scheme.PAGER,
          new PagerDutyEvents(http, config.pagerDutyUrl(), config.pagerDutyKeys()));
    }
    config
        .opsgenieKey()
        .ifPresent(
            key ->
                byScheme.put(
                    Contact.Scheme.OPSGENIE, new OpsgenieAlerts(http, config.opsgenieUrl(), key)));
    if (!config.slackWebhooks().isEmpty()) {
      byScheme.put(Contact.Scheme.SLACK, new SlackWebhooks(http, config.slackWebhooks()));
    }
    config.smtp().ifPresent(smtp -> byScheme.put(Contact.Scheme.EMAIL, new SmtpMail(smtp)));
    if (!config.webhooks().isEmpty()) {
      byScheme.put(Contact.Scheme.WEBHOOK, new SignedWebhooks(http, config.webhooks(), clock));
    }
    return new ContactRouter(byScheme, fallback);
  }

  /** Whether a contact of this scheme is delivered by an adapter (not the fallback). */
  public boolean delivers(Contact contact) {
    return byScheme.containsKey(contact.scheme());
  }

  @Override
  public Attempt deliver(Delivery delivery) {
    Deliverer deliverer = byScheme.get(delivery.contact().scheme());
    if (deliverer != null) {
      return deliverer.deliver(delivery);
    }
    if (delivery.notice().move() != Move.POST) {
      // A page must reach a pager; the chat webhook of old holds no page to acknowledge.
      return new Attempt.Refused("no delivery configured for " + delivery.contact());
    }
    return attempt(
        fallback.notify(delivery.contact().text(), delivery.notice().text(), Optional.empty()));
  }

  private static Attempt attempt(Result result) {
    if (result.succeeded()) {
      return new Attempt.Delivered("the notify webhook took it");
    }
    return result.failure().get() == FailureKind.PERMANENT
        ? new Attempt.Refused(result.message())
        : new Attempt.Retry(Optional.empty(), result.message());
  }

  /**
   * One try for a runbook's notify step (the engine's guarded call retries): a pager contact is
   * triggered for the incident named by the message, others get the message posted.
   */
  @Override
  public Result notify(String channel, String message, Optional<String> component) {
    Contact contact = Contact.parse(channel);
    if (!delivers(contact)) {
      return fallback.notify(channel, message, component);
    }
    Move move = contact.pages() ? Move.TRIGGER : Move.POST;
    // The port names no incident: a page's dedup key is the incident id the message names.
    Matcher named = INCIDENT.matcher(message);
    String incident = named.find() ? named.group() : channel;
    Notice notice =
        new Notice(incident, move, Update.OPENED, "", message, List.of(), "notify|" + message);
    Attempt attempt = deliver(new Delivery(contact, notice, 0));
    if (attempt instanceof Attempt.Delivered) {
      return Result.ok(Observation.lines(List.of("sent to " + channel + ": " + message)));
    }
    if (attempt instanceof Attempt.Retry retry) {
      return Result.failed(FailureKind.TRANSIENT, retry.why());
    }
    return Result.failed(FailureKind.PERMANENT, ((Attempt.Refused) attempt).why());
  }
}
