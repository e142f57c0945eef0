package dev.responder.remediator.paging;

import java.util.Locale;
import java.util.Objects;

/**
 * A contact as the catalog writes it, {@code scheme:address}: {@code pager:crm-oncall}, {@code
 * opsgenie:crm-team}, {@code slack:#crm-incidents}, {@code email:devops@crm.example}, {@code
 * webhook:audit}. Anything else (such as {@code status-page}) is {@link Scheme#OTHER}, kept whole.
 */
public record Contact(Scheme scheme, String address) {

  /** How a contact is reached; pagers hold a page that is acknowledged and resolved upstream. */
  public enum Scheme {
    PAGER,
    OPSGENIE,
    SLACK,
    EMAIL,
    WEBHOOK,
    OTHER;

    /** Whether a contact of this scheme holds a page (trigger, acknowledge, resolve). */
    public boolean pages() {
      return this == PAGER || this == OPSGENIE;
    }
  }

  public Contact {
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(address, "address");
  }

  /** Reads {@code scheme:address}; an unknown or missing scheme gives {@link Scheme#OTHER}. */
  public static Contact parse(String text) {
    Objects.requireNonNull(text, "text");
    int colon = text.indexOf(':');
    if (colon > 0) {
      String scheme = text.substring(0, colon).toUpperCase(Locale.ROOT);
      for (Scheme known : Scheme.values()) {
        if (known != Scheme.OTHER && known.name().equals(scheme)) {
          return new Contact(known, text.substring(colon + 1));
        }
      }
    }
    return new Contact(Scheme.OTHER, text);
  }

  public boolean pages() {
    return scheme.pages();
  }

  /** The contact as the catalog writes it. */
  public String text() {
    return scheme == Scheme.OTHER
        ? address
        : scheme.name().toLowerCase(Locale.ROOT) + ":" + address;
  }

  @Override
  public String toString() {
    return text();
  }
}
