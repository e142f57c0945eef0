package dev.responder.operator.auth;

import dev.responder.schemas.command.Role;

/** An authenticated person: the name written as a command's author, and the role they hold. */
public record Principal(String user, Role role) {}
