/** Pages through the Opsgenie Alert API: create, acknowledge and close by alias. */
package dev.responder.remediator.adapter.opsgenie;
