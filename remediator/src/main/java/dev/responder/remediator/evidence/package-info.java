/**
 * Evidence a person can act on, read the way the runbook's commands show it: a log tail with its
 * error lines and stack traces summarised, match counts and rates from the lines' own timestamps.
 * Pure functions of the text a check read; the adapters fetch the text.
 */
package dev.responder.remediator.evidence;
