/** The ingest service's own metrics, named once here so dashboards and alerts can rely on them. */
package dev.responder.ingest.metrics;
