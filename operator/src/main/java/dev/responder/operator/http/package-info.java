/**
 * The operator API on Jetty: authentication of every {@code /v1} request, the routes of the
 * documented contract, JSON in and out, errors as {@code {"reason", "message"}}, and {@code
 * /livez}, {@code /readyz}, {@code /metrics} from the shared runtime.
 */
package dev.responder.operator.http;
