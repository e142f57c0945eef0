package dev.responder.remediator.paging;

/**
 * What a delivery does at the receiver: open, acknowledge or resolve the incident's page (pagers),
 * or post a message (channels, mail, webhooks).
 */
public enum Move {
  TRIGGER,
  ACKNOWLEDGE,
  RESOLVE,
  POST
}
