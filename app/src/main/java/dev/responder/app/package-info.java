/** Responder's app module. See ARCHITECTURE in the repository root's docs for its role. */
package dev.responder.app;
