package dev.responder.remediator.port;

import dev.responder.remediator.paging.Attempt;
import dev.responder.remediator.paging.Delivery;

/**
 * Delivers one notice to one contact over the contact's own protocol (PagerDuty, Opsgenie, Slack,
 * SMTP, a signed webhook), once: the answer says whether to try again. Retries are the caller's.
 */
public interface Deliverer {

  Attempt deliver(Delivery delivery);
}
