package dev.responder.sandbox.crm;

import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Instant;
import java.util.List;

/**
 * What a failing container looks like to {@code kubectl describe pod}: the kubelet marks the pod
 * not ready, the container waits in CrashLoopBackOff after being OOMKilled, and a BackOff warning
 * is recorded; its log ends in the error and stack trace it died with. The mock API server runs no
 * kubelet, so the simulator writes all of it.
 */
final class PodTrouble {

  private static final List<String> STACK =
      List.of(
          "java.lang.OutOfMemoryError: Java heap space",
          "\tat com.crm.api.ContactExport.render(ContactExport.java:212)",
          "\tat com.crm.api.ContactController.export(ContactController.java:88)",
          "\tat java.base/java.lang.Thread.run(Thread.java:840)");

  private PodTrouble() {}

  /** Makes {@code pod} crash-loop: not ready, restarted 3 times, last killed for memory. */
  static void crashLoop(
      KubernetesClient client, String namespace, String pod, PodLogBook logs, Instant now) {
    var resource = client.pods().inNamespace(namespace).withName(pod);
    Pod current = resource.get();
    if (current == null) {
      return;
    }
    String container = current.getSpec().getContainers().get(0).getName();
    resource.edit(
        p ->
            new PodBuilder(p)
                .editStatus()
                .withConditions()
                .addNewCondition()
                .withType("Ready")
                .withStatus("False")
                .withReason("ContainersNotReady")
                .withMessage("containers with unready status: [" + container + "]")
                .withLastTransitionTime(now.toString())
                .endCondition()
                .withContainerStatuses()
                .addNewContainerStatus()
                .withName(container)
                .withReady(false)
                .withRestartCount(3)
                .withNewState()
                .withNewWaiting()
                .withReason("CrashLoopBackOff")
                .withMessage("back-off 40s restarting failed container=" + container)
                .endWaiting()
                .endState()
                .withNewLastState()
                .withNewTerminated()
                .withReason("OOMKilled")
                .withExitCode(137)
                .withFinishedAt(now.toString())
                .endTerminated()
                .endLastState()
                .endContainerStatus()
                .endStatus()
                .build());
    client
        .v1()
        .events()
        .inNamespace(namespace)
        .resource(
            new EventBuilder()
                .withNewMetadata()
                .withName(pod + ".backoff." + Long.toHexString(now.toEpochMilli()))
                .withNamespace(namespace)
                .endMetadata()
                .withNewInvolvedObject()
                .withKind("Pod")
                .withApiVersion("v1")
                .withName(pod)
                .withNamespace(namespace)
                .endInvolvedObject()
                .withType("Warning")
                .withReason("BackOff")
                .withMessage("Back-off restarting failed container " + container)
                .withCount(3)
                .withFirstTimestamp(now.toString())
                .withLastTimestamp(now.toString())
                .build())
        .create();
    logs.error(pod, "export of contacts failed, container exits");
    logs.raw(pod, STACK);
  }
}
