/**
 * Notifications in a storm, as pure rules: which window a notification belongs to, whether it goes
 * out at once (the first of its window) or is folded into the window's digest, when the digest is
 * due, and what it says. The ledger keeps the windows; nothing here touches a client library.
 */
package dev.responder.remediator.notify;
