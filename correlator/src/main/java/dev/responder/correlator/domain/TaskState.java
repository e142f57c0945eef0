package dev.responder.correlator.domain;

/**
 * Everything one correlator task holds: incident headers, their members, silences, check results
 * and the inhibition summaries. The topology implements it over changelogged state stores; domain
 * tests use maps.
 */
public interface TaskState
    extends IncidentRepository,
        MemberRepository,
        SilenceRepository,
        CheckResultRepository,
        InhibitionIndex {}
