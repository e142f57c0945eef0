/**
 * Label matchers with Alertmanager's semantics: the four operators, anchored regular expressions,
 * and an empty label value that equals a missing label. Pure code, shared by the catalog and the
 * correlator's silences.
 */
package dev.responder.schemas.catalog.matcher;
