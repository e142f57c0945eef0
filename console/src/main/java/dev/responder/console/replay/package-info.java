/**
 * Replay (backtest) of a runbook catalog on recorded history: the recorded alerts and commands run
 * through the correlator's own topology on a TopologyTestDriver (in-process, no broker, no writes),
 * the remediator's own planner plans each incident's actions on the checks' recorded figures, and
 * the result is compared with what really happened or with another catalog. It reads Kafka and
 * nothing else, and writes nothing anywhere.
 */
package dev.responder.console.replay;
