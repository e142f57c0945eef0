package dev.responder.app.local;

import dev.responder.sandbox.KafkaBroker;
import dev.responder.sandbox.KubernetesApi;
import dev.responder.sandbox.Postgres;
import dev.responder.sandbox.Redis;
import dev.responder.sandbox.crm.CrmSimulator;
import java.nio.file.Path;

/**
 * What a local service is started with: the running infrastructure, the CRM simulator, the catalog
 * derived for local mode and the ingest settings.
 *
 * @param catalog the runbook catalog with the simulator's health URL (see {@link LocalCatalog})
 * @param ingestToken the bearer token Alertmanager must present to ingest
 * @param eventsToken the bearer token the CRM application must present to ingest
 * @param ingestPort the port ingest listens on (0: any free port)
 * @param root the repository root whose {@code .responder/local/} the stack publishes in
 */
public record LocalContext(
    KafkaBroker kafka,
    Postgres postgres,
    Redis redis,
    KubernetesApi kubernetes,
    CrmSimulator simulator,
    Path catalog,
    String ingestToken,
    String eventsToken,
    int ingestPort,
    Path root) {}
