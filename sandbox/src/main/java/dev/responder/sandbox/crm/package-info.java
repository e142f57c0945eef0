/**
 * The CRM platform simulator: makes the runbook's actions have real effects on the sandbox. A
 * controller turns Deployments into pods and events, a worker drains the Redis list {@code
 * crm-events}, a backend answers {@code /health}, database rows and idle sessions change; fault
 * hooks on {@link dev.responder.sandbox.crm.CrmSimulator} break each part on purpose. The decisions
 * (replica plans, drain budgets, what heals what) are pure classes; the rest are thin adapters.
 */
package dev.responder.sandbox.crm;
