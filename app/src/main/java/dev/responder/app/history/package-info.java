/**
 * The history commands: {@code projection}, {@code audit verify}, {@code incidents}, {@code
 * timeline}, {@code report}, {@code replay} and {@code dead-letters}. They find a running local
 * stack by its {@code endpoints.json} or take explicit connection options, and print for people (or
 * JSON).
 */
package dev.responder.app.history;
