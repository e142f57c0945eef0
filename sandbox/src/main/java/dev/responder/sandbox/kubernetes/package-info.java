/** The simulated CRM namespace that the sandbox's Kubernetes API starts with. */
package dev.responder.sandbox.kubernetes;
