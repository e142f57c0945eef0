package dev.responder.correlator.domain;

import java.util.List;

/**
 * The summaries inhibition reads instead of scanning incidents: how many open source incidents each
 * rule has per value of its {@code equal} labels, and which open incidents are its targets there
 * (read only when a new source must suppress them). Keys come from {@link InhibitRules}.
 */
public interface InhibitionIndex {

  /** How many open or acknowledged incidents are sources under this key. */
  long openSources(String sourceKey);

  /** Adds {@code delta} (+1 or -1) to the count of sources under this key. */
  void countSource(String sourceKey, int delta);

  void addTarget(String targetKey, String incidentId);

  void removeTarget(String targetKey, String incidentId);

  /** The ids of the incidents indexed as targets under this key. */
  List<String> targets(String targetKey);
}
