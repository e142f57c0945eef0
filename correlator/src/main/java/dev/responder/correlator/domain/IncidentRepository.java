package dev.responder.correlator.domain;

import dev.responder.schemas.avro.Incident;
import java.util.List;
import java.util.Optional;

/**
 * The incident headers one correlator task holds, indexed the ways the lifecycle asks for them. The
 * topology implements it over changelogged state stores; domain tests use an in-memory map.
 */
public interface IncidentRepository {

  /** The latest incident of this group, whatever its status. */
  Optional<Incident> findByGroup(String groupKey);

  Optional<Incident> findById(String incidentId);

  /** Every incident this task holds (for the clock). */
  List<Incident> findAll();

  /**
   * Stores the header, makes it its group's latest and brings the inhibition summaries up to date
   * ({@link InhibitRules#reindex}).
   */
  void save(Incident incident);

  /**
   * Drops a finished incident, its members and check results from state; the incidents topic keeps
   * its last header.
   */
  void forget(Incident incident);
}
