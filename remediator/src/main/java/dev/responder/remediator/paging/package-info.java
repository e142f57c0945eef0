/**
 * Paging and the incident channel, as pure rules: which contacts an incident event or a step's
 * outcome reaches (the escalation ladder, the incident channel, the commander), what each is told,
 * how a failed delivery is retried and when it gives up. The delivery adapters and the Kafka loop
 * live elsewhere; nothing here touches a client library.
 */
package dev.responder.remediator.paging;
