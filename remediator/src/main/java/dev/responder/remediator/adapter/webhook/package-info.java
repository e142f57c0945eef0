/** Posts notices to generic webhooks, each body signed with HMAC-SHA256 over timestamp and body. */
package dev.responder.remediator.adapter.webhook;
