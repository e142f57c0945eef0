/**
 * Specifications of what {@code deploy/} ships: the manifests parse with fabric8's typed model, the
 * topics match the topic catalogue, the alert rules match the runbook catalog, RBAC and the
 * database role grant exactly what the remediator's adapters use, and the tools operators use
 * (kubectl, promtool, amtool) accept the files.
 */
package dev.responder.deploy;
