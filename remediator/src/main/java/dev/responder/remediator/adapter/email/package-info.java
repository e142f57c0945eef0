/**
 * Mails notices over SMTP with Jakarta Mail (Angus Mail), STARTTLS required unless configured off.
 */
package dev.responder.remediator.adapter.email;
