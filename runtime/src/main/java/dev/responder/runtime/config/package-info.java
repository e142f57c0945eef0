/**
 * Settings every service reads the same way: typed entries from the environment (or a properties
 * file of the same names), secrets inline or from a mounted file, and errors that name the entry,
 * the value given and what is accepted.
 */
package dev.responder.runtime.config;
