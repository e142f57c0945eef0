package dev.responder.schemas.command;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a person may do through the operator API, each role including the ones before it: a viewer
 * reads, a responder acknowledges, comments, assigns, resolves and silences, an approver also
 * answers approvals, an admin also overrides on-call. Recorded as {@code Command.authorRole}.
 */
public enum Role {
  VIEWER,
  RESPONDER,
  APPROVER,
  ADMIN;

  /** Whether this role includes {@code other}'s rights. */
  public boolean atLeast(Role other) {
    return compareTo(other) >= 0;
  }

  /** The lower-case name, as written in users files, the catalog and on commands. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The role called {@code label} (any case), or empty when there is none. */
  public static Optional<Role> of(String label) {
    return Arrays.stream(values()).filter(r -> r.label().equalsIgnoreCase(label)).findFirst();
  }

  /** Every role's label, lowest first. */
  public static List<String> labels() {
    return Arrays.stream(values()).map(Role::label).toList();
  }
}
