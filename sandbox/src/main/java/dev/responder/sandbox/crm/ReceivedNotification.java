package dev.responder.sandbox.crm;

import java.time.Instant;

/**
 * One message posted to the simulated chat webhook.
 *
 * @param at when it arrived (simulator clock)
 * @param body the JSON body as sent, e.g. {@code {"channel":"#crm-incidents","text":"..."}}
 */
public record ReceivedNotification(Instant at, String body) {}
