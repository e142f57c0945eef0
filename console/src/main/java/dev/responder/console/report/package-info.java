/**
 * The post-incident report the runbook's post-incident section asks for, rendered as Markdown from
 * an incident's summary, its timeline and its runbook. Pure code: it reads nothing itself.
 */
package dev.responder.console.report;
