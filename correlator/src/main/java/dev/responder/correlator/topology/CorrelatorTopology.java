package dev.responder.correlator.topology;

import static dev.responder.correlator.topology.TombstoneRefusingSerde.refusingTombstones;

import dev.responder.correlator.CorrelatorConfig;
import dev.responder.correlator.domain.AlertClassifier;
import dev.responder.correlator.domain.CheckLifecycle;
import dev.responder.correlator.domain.CommandValidator;
import dev.responder.correlator.domain.Heartbeats;
import dev.responder.correlator.domain.InhibitRules;
import dev.responder.correlator.domain.ResponsePolicy;
import dev.responder.correlator.domain.SeverityRules;
import dev.responder.correlator.topology.CorrelatorInput.AlertInput;
import dev.responder.correlator.topology.CorrelatorInput.CheckInput;
import dev.responder.correlator.topology.CorrelatorInput.CommandInput;
import dev.responder.schemas.avro.Command;
import dev.responder.schemas.avro.Evidence;
import dev.responder.schemas.avro.IncidentEvent;
import dev.responder.schemas.avro.OutcomeKind;
import dev.responder.schemas.avro.RemediationOutcome;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;

/**
 * The correlator as a pure function: {@code (topics, catalog ports, config) -> Topology}.
 *
 * <pre>
 * alerts (key fingerprint) -> classify -> re-key by scope -> [alerts-by-scope] -> dedup
 * commands -> valid? ----------------------------------------------> [commands-broadcast]
 *             refused -> dead-letter topic (reason in headers)
 * outcomes (key incident id) -> CHECK results, figures only -----> [checks-broadcast]
 *   all three -> incident lifecycle (+ wall-clock punctuator) -> incident-events, incidents
 * </pre>
 */
public final class CorrelatorTopology {

  private CorrelatorTopology() {}

  public static Topology buildTopology(
      CorrelatorTopics topics,
      AlertClassifier classifier,
      ResponsePolicy policy,
      SeverityRules severityRules,
      InhibitRules inhibitRules,
      CorrelatorConfig config,
      Dispositions dispositions) {
    return buildTopology(
        topics,
        classifier,
        policy,
        severityRules,
        inhibitRules,
        Heartbeats.NONE,
        config,
        dispositions);
  }

  /** The topology watching {@code heartbeats} too: their absence opens P1 incidents. */
  public static Topology buildTopology(
      CorrelatorTopics topics,
      AlertClassifier classifier,
      ResponsePolicy policy,
      SeverityRules severityRules,
      InhibitRules inhibitRules,
      Heartbeats heartbeats,
      CorrelatorConfig config,
      Dispositions dispositions) {
    StreamsBuilder builder = new StreamsBuilder();
    CorrelatorStores.addTo(builder, topics, config);

    KStream<String, CorrelatorInput> alerts =
        builder.stream(
                topics.alerts().name(),
                Consumed.with(topics.alerts().keys(), refusingTombstones(topics.alerts().values()))
                    .withTimestampExtractor(new EventTime())
                    .withName("alerts"))
            .process(
                () -> new ClassifyProcessor(classifier, heartbeats, dispositions),
                Named.as("classify"))
            .repartition(
                Repartitioned.with(Serdes.String(), topics.alerts().values())
                    .withName("alerts-by-scope")
                    .withNumberOfPartitions(config.scopePartitions()))
            .process(
                () -> new DedupProcessor(config.dedupHorizon(), heartbeats, dispositions),
                Named.as("dedup"),
                SeenAlerts.STORE)
            .mapValues(
                alert -> (CorrelatorInput) new AlertInput(alert), Named.as("as-alert-input"));

    KStream<String, CorrelatorInput> commands =
        validCommands(builder, topics, dispositions)
            .repartition(
                Repartitioned.with(topics.commands().keys(), topics.commands().values())
                    .withName("commands-broadcast")
                    .withNumberOfPartitions(config.scopePartitions())
                    .withStreamPartitioner(new BroadcastPartitioner<String, Command>()))
            .mapValues(
                command -> (CorrelatorInput) new CommandInput(command),
                Named.as("as-command-input"));

    KStream<String, IncidentEvent> events =
        alerts
            .merge(commands, Named.as("alerts-and-commands"))
            .merge(checkResults(builder, topics, config), Named.as("and-check-results"))
            .process(
                () ->
                    new IncidentProcessor(
                        classifier,
                        policy,
                        severityRules,
                        inhibitRules,
                        heartbeats,
                        config.flapWindow(),
                        config.punctuationInterval(),
                        config.dedupHorizon(),
                        dispositions),
                Named.as("incident-lifecycle"),
                lifecycleStores());

    events.to(
        topics.incidentEvents().name(),
        Produced.with(topics.incidentEvents().keys(), topics.incidentEvents().values())
            .withName("to-incident-events"));
    events
        .mapValues(IncidentEvent::getIncident, Named.as("latest-state"))
        .to(
            topics.incidents().name(),
            Produced.with(topics.incidents().keys(), topics.incidents().values())
                .withName("to-incidents"));
    return builder.build();
  }

  /** The lifecycle's stores: what it has seen (dedup forgets suppressed alerts) and its state. */
  private static String[] lifecycleStores() {
    return Stream.of(
            Stream.of(SeenAlerts.STORE), Stream.of(StoreState.ALL), Stream.of(HeartbeatStore.STORE))
        .flatMap(stores -> stores)
        .toArray(String[]::new);
  }

  /**
   * The remediator's CHECK results and NOT_FIXED verifications (which escalate), broadcast like
   * commands: only the task holding the incident (keyed by incident id on the outcomes topic, by
   * scope here) can apply them. Evidence lines (log tails) are dropped first: severity rules read
   * figures only.
   */
  private static KStream<String, CorrelatorInput> checkResults(
      StreamsBuilder builder, CorrelatorTopics topics, CorrelatorConfig config) {
    return builder.stream(
            topics.outcomes().name(),
            Consumed.with(topics.outcomes().keys(), topics.outcomes().values())
                .withTimestampExtractor(new EventTime())
                .withName("outcomes"))
        .filter(
            (incidentId, outcome) ->
                outcome != null
                    && (outcome.getKind() == OutcomeKind.CHECK
                        || CheckLifecycle.isNotFixed(outcome)),
            Named.as("checks-only"))
        .mapValues(CorrelatorTopology::figuresOnly, Named.as("figures-only"))
        .repartition(
            Repartitioned.with(topics.outcomes().keys(), topics.outcomes().values())
                .withName("checks-broadcast")
                .withNumberOfPartitions(config.scopePartitions())
                .withStreamPartitioner(new BroadcastPartitioner<String, RemediationOutcome>()))
        .mapValues(check -> (CorrelatorInput) new CheckInput(check), Named.as("as-check-input"));
  }

  /**
   * Commands the correlator can apply; the others go to the dead-letter topic with the reason, on
   * arrival, so none reaches the lifecycle (and every task's copy of it) to fail there.
   */
  private static KStream<String, Command> validCommands(
      StreamsBuilder builder, CorrelatorTopics topics, Dispositions dispositions) {
    Map<String, KStream<String, Command>> checked =
        builder.stream(
                topics.commands().name(),
                Consumed.with(
                        topics.commands().keys(), refusingTombstones(topics.commands().values()))
                    .withTimestampExtractor(new EventTime())
                    .withName("commands"))
            .split(Named.as("commands-"))
            .branch(
                (key, command) -> CommandValidator.problemWith(command).isEmpty(),
                Branched.as("valid"))
            .defaultBranch(Branched.as("refused"));
    checked
        .get("commands-refused")
        .process(() -> new CommandDeadLetters(dispositions), Named.as("command-dead-letters"))
        .to(
            topics.deadLetters(),
            Produced.with(topics.commands().keys(), topics.commands().values())
                .withName("to-command-dead-letters"));
    return checked.get("commands-valid");
  }

  private static RemediationOutcome figuresOnly(RemediationOutcome outcome) {
    return RemediationOutcome.newBuilder(outcome)
        .setEvidence(new Evidence(outcome.getEvidence().getFigures(), List.of()))
        .build();
  }

  /** The Streams configuration the correlator runs with, in production and in tests alike. */
  public static Properties streamsProperties(
      CorrelatorConfig config, CorrelatorTopics topics, Dispositions dispositions) {
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, config.applicationId());
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
    props.put(StreamsConfig.STATE_DIR_CONFIG, config.stateDir().toString());
    props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, config.streamThreads());
    props.put(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG, config.standbyReplicas());
    props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    props.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
    props.put(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, BoundedRocksDbMemory.class);
    // Changelog, repartition and output records repeat the same labels; compressed batches cut
    // the bytes written to the broker per alert (bench: changelog bytes per member alert).
    props.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "lz4");
    props.put(
        StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, AlertDeadLetterHandler.class);
    props.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, topics.deadLetters());
    props.put(AlertDeadLetterHandler.DISPOSITIONS_CONFIG, dispositions);
    props.put(AlertDeadLetterHandler.ALERTS_TOPIC_CONFIG, topics.alerts().name());
    props.putAll(config.kafkaSecurity().clientProperties());
    return props;
  }
}
