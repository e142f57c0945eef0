/** JUnit 5 integration: tests receive the shared sandbox's components as parameters. */
package dev.responder.sandbox.junit;
