/**
 * The rules every command on {@code responder.commands.v1} must satisfy, shared by the operator API
 * (which refuses a command before writing it) and the correlator (which dead-letters one that
 * arrives anyway). Pure code.
 */
package dev.responder.schemas.command;
