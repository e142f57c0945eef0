package dev.responder.sandbox.crm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What the simulated ReplicaSet controller does for one Deployment: delete every pod of an older
 * template revision and any surplus, create the missing ones. Unlike a real rolling update it
 * replaces all outdated pods at once, which is what the runbook's checks observe a moment later.
 *
 * @param delete names of the pods to delete
 * @param create how many pods of the current revision to create
 */
record ReplicaPlan(List<String> delete, int create) {

  /** One running pod and the template revision it was created from. */
  record RunningPod(String name, String revision) {}

  ReplicaPlan {
    delete = List.copyOf(delete);
  }

  static ReplicaPlan of(int replicas, String revision, List<RunningPod> pods) {
    List<String> delete = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (RunningPod pod : pods) {
      (revision.equals(pod.revision()) ? current : delete).add(pod.name());
    }
    current.sort(Comparator.naturalOrder());
    int wanted = Math.max(0, replicas);
    while (current.size() > wanted) {
      delete.add(current.remove(current.size() - 1));
    }
    return new ReplicaPlan(delete, wanted - current.size());
  }

  boolean isEmpty() {
    return delete.isEmpty() && create == 0;
  }
}
