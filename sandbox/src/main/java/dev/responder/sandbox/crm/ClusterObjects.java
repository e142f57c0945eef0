package dev.responder.sandbox.crm;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.ObjectReference;
import io.fabric8.kubernetes.api.model.ObjectReferenceBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Builds the pods and events the real controllers, scheduler and kubelet would create: pods named
 * {@code <deployment>-<revision>-<5 chars>}, Running and Ready at once; events Scheduled, Started,
 * Killing and ScalingReplicaSet with first and last timestamps.
 */
final class ClusterObjects {

  static final String REVISION_LABEL = "pod-template-hash";
  static final String NODE = "crm-node-1";

  private final Random random;
  private final AtomicLong eventSequence = new AtomicLong();

  ClusterObjects(Random random) {
    this.random = random;
  }

  Pod newPod(Deployment deployment, String revision, Instant now) {
    String name = deployment.getMetadata().getName() + "-" + revision + "-" + suffix();
    Map<String, String> labels = new HashMap<>(templateLabels(deployment));
    labels.put(REVISION_LABEL, revision);
    List<Container> containers = deployment.getSpec().getTemplate().getSpec().getContainers();
    PodBuilder pod =
        new PodBuilder()
            .withNewMetadata()
            .withName(name)
            .withNamespace(deployment.getMetadata().getNamespace())
            .withLabels(labels)
            .withAnnotations(deployment.getSpec().getTemplate().getMetadata().getAnnotations())
            .endMetadata()
            .withNewSpec()
            .withContainers(containers)
            .withNodeName(NODE)
            .endSpec()
            .withNewStatus()
            .withPhase("Running")
            .withStartTime(now.toString())
            .addNewCondition()
            .withType("Ready")
            .withStatus("True")
            .withLastTransitionTime(now.toString())
            .endCondition()
            .endStatus();
    for (Container container : containers) {
      pod.editStatus()
          .addNewContainerStatus()
          .withName(container.getName())
          .withImage(container.getImage())
          .withReady(true)
          .withStarted(true)
          .withRestartCount(0)
          .endContainerStatus()
          .endStatus();
    }
    return pod.build();
  }

  private String suffix() {
    StringBuilder suffix = new StringBuilder(5);
    for (int i = 0; i < 5; i++) {
      suffix.append(
          TemplateRevision.ALPHABET.charAt(random.nextInt(TemplateRevision.ALPHABET.length())));
    }
    return suffix.toString();
  }

  Event podEvent(Pod pod, String reason, String message, Instant now) {
    return event(reference("Pod", pod.getMetadata().getName(), pod), reason, message, now);
  }

  Event deploymentEvent(Deployment deployment, String reason, String message, Instant now) {
    ObjectReference reference =
        new ObjectReferenceBuilder()
            .withKind("Deployment")
            .withApiVersion("apps/v1")
            .withName(deployment.getMetadata().getName())
            .withNamespace(deployment.getMetadata().getNamespace())
            .build();
    return event(reference, reason, message, now);
  }

  private static ObjectReference reference(String kind, String name, Pod pod) {
    return new ObjectReferenceBuilder()
        .withKind(kind)
        .withApiVersion("v1")
        .withName(name)
        .withNamespace(pod.getMetadata().getNamespace())
        .build();
  }

  private Event event(ObjectReference about, String reason, String message, Instant now) {
    String name =
        about.getName()
            + "."
            + Long.toHexString(now.toEpochMilli())
            + "."
            + eventSequence.incrementAndGet();
    return new EventBuilder()
        .withNewMetadata()
        .withName(name)
        .withNamespace(about.getNamespace())
        .endMetadata()
        .withInvolvedObject(about)
        .withType("Normal")
        .withReason(reason)
        .withMessage(message)
        .withCount(1)
        .withFirstTimestamp(now.toString())
        .withLastTimestamp(now.toString())
        .withNewSource()
        .withComponent(component(reason))
        .endSource()
        .build();
  }

  private static String component(String reason) {
    return switch (reason) {
      case "Scheduled" -> "default-scheduler";
      case "ScalingReplicaSet" -> "deployment-controller";
      default -> "kubelet";
    };
  }

  static Map<String, String> templateLabels(Deployment deployment) {
    Map<String, String> labels = deployment.getSpec().getTemplate().getMetadata().getLabels();
    return labels == null ? Map.of() : labels;
  }
}
