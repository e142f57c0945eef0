/** Posts to Slack through incoming webhooks, one webhook per channel, as Block Kit messages. */
package dev.responder.remediator.adapter.slack;
