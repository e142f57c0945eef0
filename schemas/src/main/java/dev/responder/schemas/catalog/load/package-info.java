/**
 * Reads a runbook catalog from YAML, strictly: every unknown field, wrong type, unknown operation,
 * bad matcher, target outside the allowlists, duplicate id, unreachable escalation level or invalid
 * duration becomes a {@link dev.responder.schemas.catalog.load.Problem} with its line, column and a
 * hint, and all of them are reported at once. The YAML is read with snakeyaml-engine's node tree,
 * which keeps a position on every node.
 */
package dev.responder.schemas.catalog.load;
