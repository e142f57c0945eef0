/**
 * The fixed vocabulary of typed operations a runbook may use: what each one reads or changes, its
 * parameters and their types, and the figures a check reports. The remediator implements exactly
 * these operations; the catalog only chooses among them and fills in parameters.
 */
package dev.responder.schemas.catalog.operation;
