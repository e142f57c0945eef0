/**
 * {@code responder bench}: the benchmark harness. Every figure is measured beside its baseline in
 * the same run (a real Alertmanager 0.25, Kafka's own producer, a plain exactly-once passthrough,
 * the JVM itself), printed as a table with the ratio and written as JSON and Markdown under {@code
 * bench/results/}. Loads are bounded in count and time and stay on loopback.
 */
package dev.responder.app.bench;
