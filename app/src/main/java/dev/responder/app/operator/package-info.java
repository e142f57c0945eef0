/**
 * The people's commands against the operator API: {@code ack}, {@code resolve}, {@code assign},
 * {@code comment}, {@code approve}, {@code reject}, {@code approvals}, {@code silence} and {@code
 * oncall}. Each finds the API through {@code --url} and {@code --token-file}, or a running local
 * stack's {@code endpoints.json} and the token files it wrote.
 */
package dev.responder.app.operator;
