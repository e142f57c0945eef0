package dev.responder.remediator.engine;

import dev.responder.remediator.port.CrmDatabase;
import dev.responder.remediator.port.HealthProbe;
import dev.responder.remediator.port.KubernetesCluster;
import dev.responder.remediator.port.Notifier;
import dev.responder.remediator.port.RedisQueues;

/** The systems the remediator talks to, one port each. */
public record Systems(
    KubernetesCluster kubernetes,
    RedisQueues redis,
    CrmDatabase database,
    HealthProbe health,
    Notifier notifier) {}
