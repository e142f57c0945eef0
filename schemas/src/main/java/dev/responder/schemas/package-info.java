/** Responder's schemas module. See ARCHITECTURE in the repository root's docs for its role. */
package dev.responder.schemas;
