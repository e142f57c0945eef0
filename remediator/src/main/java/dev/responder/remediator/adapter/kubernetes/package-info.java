/**
 * The Kubernetes adapter (fabric8): pod status, events, logs, metrics, and the runbook's two
 * changes. A rollout restart is a JSON merge patch of the pod template's annotations carrying the
 * action key, so it is idempotent and can be read back after a crash.
 */
package dev.responder.remediator.adapter.kubernetes;
