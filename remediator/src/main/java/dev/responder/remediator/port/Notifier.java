package dev.responder.remediator.port;

import java.util.Optional;

/** Tells people: a channel (Slack, status page, account owners) through a webhook. */
public interface Notifier {

  Result notify(String channel, String message, Optional<String> component);
}
