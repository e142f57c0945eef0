/**
 * The small interfaces the engine calls, one per system, named after what they talk to; adapters
 * implement them with the client libraries. Results are values ({@link
 * dev.responder.remediator.port.Result}): exceptions stay inside adapters.
 */
package dev.responder.remediator.port;
