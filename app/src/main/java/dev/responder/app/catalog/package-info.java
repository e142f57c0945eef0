/**
 * {@code responder catalog}: checks a runbook catalog file and explains how it classifies an alert,
 * so operators can review catalog changes like code before they go live.
 */
package dev.responder.app.catalog;
