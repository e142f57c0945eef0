/**
 * The web console and the public status page on Jetty: server-side Pebble templates with
 * autoescaping (every label and annotation is untrusted), a strict Content-Security-Policy with no
 * inline script, server-side sessions with a CSRF token on every form, and live updates by
 * server-sent events. Reads come from the PostgreSQL projection; every change goes through the
 * operator API with the signed-in person's credentials, so the API decides and records who did it.
 */
package dev.responder.console.web;
