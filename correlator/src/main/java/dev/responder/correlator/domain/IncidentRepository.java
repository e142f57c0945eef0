package dev.responder.correlator.domain;

import dev.responder.schemas.avro.Incident;
import java.util.List;
import java.util.Optional;

/**
 * The incidents one correlator task holds, indexed the ways the lifecycle asks for them. The
 * topology implements it over changelogged state stores; domain tests use an in-memory map.
 */
public interface IncidentRepository {

  /** The latest incident of this group, whatever its status. */
  Optional<Incident> findByGroup(String groupKey);

  Optional<Incident> findById(String incidentId);

  /** Every incident of this scope this task holds. */
  List<Incident> findByScope(Scope scope);

  /** Every incident this task holds (for the clock). */
  List<Incident> findAll();

  /** Stores the incident and makes it its group's latest. */
  void save(Incident incident);

  /** Drops a finished incident from state; the incidents topic keeps its last state. */
  void forget(Incident incident);
}
