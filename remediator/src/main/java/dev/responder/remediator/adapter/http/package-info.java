/**
 * HTTP adapters on the JDK client: the CRM API's health endpoint, and the notification webhook (a
 * Slack-compatible JSON body) for steps the runbook hands to a person.
 */
package dev.responder.remediator.adapter.http;
