/** Architecture rules the build checks over every module's production classes (ArchUnit). */
package dev.responder.architecture;
