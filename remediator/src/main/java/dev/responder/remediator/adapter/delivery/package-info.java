/**
 * What the delivery adapters share: the delivery configuration read from a file (contacts per
 * scheme, secrets per file), one HTTP exchange mapped onto an {@code Attempt}, and the router that
 * sends each contact to its scheme's adapter, both for pages and for runbook notify steps.
 */
package dev.responder.remediator.adapter.delivery;
