/** Pages through the PagerDuty Events API v2: trigger, acknowledge and resolve by dedup key. */
package dev.responder.remediator.adapter.pagerduty;
