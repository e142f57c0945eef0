package dev.responder.schemas.catalog;

import dev.responder.schemas.command.Role;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who may approve a runbook's gated actions: anyone matching one of {@code approvers} (the
 * incident's commander, a role or higher, or a named user) and never anyone in {@code excluded},
 * whatever else they match. Without a policy in the catalog: the commander or an approver.
 */
public record ApprovalPolicy(List<Approver> approvers, Set<String> excluded) {

  /** The policy when a runbook names none. */
  public static final ApprovalPolicy DEFAULT =
      new ApprovalPolicy(
          List.of(new Approver.Commander(), new Approver.AtLeast(Role.APPROVER)), Set.of());

  public ApprovalPolicy {
    approvers = List.copyOf(approvers);
    excluded = Set.copyOf(excluded);
  }

  /**
   * Why {@code user} holding {@code role} may not approve on an incident commanded by {@code
   * commander} (null when none), or empty when they may.
   */
  public Optional<String> refusal(String user, Role role, String commander) {
    if (excluded.contains(user)) {
      return Optional.of(user + " is excluded from approving this runbook's actions");
    }
    boolean allowed = approvers.stream().anyMatch(a -> a.admits(user, role, commander));
    if (allowed) {
      return Optional.empty();
    }
    return Optional.of(
        user
            + " ("
            + role.label()
            + ") is not among the approvers "
            + describe()
            + (commander == null ? "" : "; the commander is " + commander));
  }

  /** The approvers as written in the catalog, e.g. {@code [commander, role:approver]}. */
  public String describe() {
    return approvers.stream().map(Approver::text).toList().toString();
  }

  /** One approver rule: {@code commander}, {@code role:<role>} or {@code user:<name>}. */
  public sealed interface Approver {

    boolean admits(String user, Role role, String commander);

    String text();

    /** Whoever commands the incident. */
    record Commander() implements Approver {
      @Override
      public boolean admits(String user, Role role, String commander) {
        return user.equals(commander);
      }

      @Override
      public String text() {
        return "commander";
      }
    }

    /** Anyone holding this role or a higher one. */
    record AtLeast(Role minimum) implements Approver {
      @Override
      public boolean admits(String user, Role role, String commander) {
        return role.atLeast(minimum);
      }

      @Override
      public String text() {
        return "role:" + minimum.label();
      }
    }

    /** One named person. */
    record User(String name) implements Approver {
      @Override
      public boolean admits(String user, Role role, String commander) {
        return name.equals(user);
      }

      @Override
      public String text() {
        return "user:" + name;
      }
    }
  }
}
