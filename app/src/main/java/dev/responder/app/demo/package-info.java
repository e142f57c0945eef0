/**
 * {@code responder demo}: plays the runbook's five seed scenarios against a local stack. Each
 * {@link dev.responder.app.demo.Scenario} breaks the simulated CRM platform, sends the signal
 * Alertmanager or the CRM would send through ingest, and the {@link
 * dev.responder.app.demo.ScenarioPlayer} follows the incident on Kafka to its resolution; the
 * {@link dev.responder.app.demo.DemoSummary} is printed as a table and written as JSON.
 */
package dev.responder.app.demo;
