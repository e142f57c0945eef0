package dev.responder.remediator.guard;

/**
 * The global switches. The kill switch stops every change (people are still told); dry-run plans,
 * checks and records what it would do, and changes nothing.
 */
public record Switches(boolean killSwitch, boolean dryRun) {

  public static final Switches LIVE = new Switches(false, false);
}
