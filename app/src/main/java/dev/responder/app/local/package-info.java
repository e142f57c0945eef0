/**
 * {@code responder local}: the whole pipeline on one machine. {@link
 * dev.responder.app.local.LocalStack} starts the sandbox's infrastructure, the CRM simulator and
 * every {@link dev.responder.app.local.LocalService} on loopback, and stops them in reverse order;
 * the command around it publishes the endpoints and keeps a second instance out.
 */
package dev.responder.app.local;
