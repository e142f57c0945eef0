/**
 * Loopback stand-ins for the paging providers (PagerDuty Events API v2, Opsgenie Alert API, Slack
 * incoming webhooks): each checks every request against the provider's published request format,
 * answers as the provider does (including its error bodies), keeps the state the provider would (an
 * alert per dedup key or alias, triggered, acknowledged or resolved), and can be told to fail the
 * next requests with 429, 400 or 5xx. Used by tests and by local mode, whose demo shows them.
 */
package dev.responder.sandbox.paging;
