/**
 * The public status page's model: one row per platform component with its state derived from the
 * open incidents of the runbooks the catalog maps to it, and the recent incidents told in public
 * words. {@link dev.responder.console.status.StatusBoard} is a pure function of the incidents and
 * the catalog; the web package renders it as HTML, Atom and JSON.
 */
package dev.responder.console.status;
