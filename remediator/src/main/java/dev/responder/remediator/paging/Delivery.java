package dev.responder.remediator.paging;

import java.util.Objects;

/**
 * One notice to one contact. {@link #idempotencyKey()} is the same on every attempt and every
 * redelivery of the event that caused it, so a receiver that deduplicates sees it once.
 *
 * @param level the catalog's escalation level this delivery reaches, 0 when it is not a page
 */
public record Delivery(Contact contact, Notice notice, int level) {

  public Delivery {
    Objects.requireNonNull(contact, "contact");
    Objects.requireNonNull(notice, "notice");
  }

  public String idempotencyKey() {
    return notice.key() + "|" + contact.text();
  }
}
