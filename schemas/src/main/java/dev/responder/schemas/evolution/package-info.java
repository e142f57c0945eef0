/**
 * Schema evolution: every released version of each contract record, kept as a resource so that any
 * record ever written stays readable, and the check that a schema change is backward and forward
 * compatible with each of them. See {@code schemas/DESIGN.md} for how to release a new version.
 */
package dev.responder.schemas.evolution;
