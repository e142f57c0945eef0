/**
 * Small helpers shared by the sandbox's components: free ports, temporary directories, log tails.
 */
package dev.responder.sandbox.support;
