package dev.responder.correlator.domain;

/**
 * What became of one input alert. Every alert read from the alerts topic ends in exactly one of
 * these, which the correlator counts and logs, so "where did my alert go?" always has an answer.
 */
public enum Disposition {
  /** It opened a new incident, or reopened its group's incident within the flap window. */
  OPENED,
  /** It joined its group's open incident, or resolved one of that incident's alerts. */
  JOINED,
  /** Its identity (fingerprint, startsAt, status) was already seen: it changed nothing. */
  DUPLICATE,
  /** An active silence matched it: it neither opened nor joined an incident. */
  SILENCED,
  /** A P1 incident is open for its scope and it implies a lower severity. */
  INHIBITED,
  /**
   * No runbook of the catalog matched it: it opened or joined an unclassified incident (which
   * notifies and never acts), or the classifier declined it altogether.
   */
  UNCLASSIFIED,
  /** Its bytes could not be decoded: it went to the dead-letter topic with the reason. */
  DEAD_LETTERED,
  /**
   * A resolution for an alert that no incident holds (it was silenced, inhibited, or never fired
   * here): there is nothing to resolve, so it changes nothing.
   */
  ORPHANED,
  /**
   * It was a beat of a heartbeat (such as Alertmanager's Watchdog): it refreshed the heartbeat's
   * last-seen time and, when the heartbeat was lost, resolved that; it never opens an incident.
   */
  HEARTBEAT
}
