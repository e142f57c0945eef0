package dev.responder.deploy;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads manifests into fabric8's typed model (plus {@link CustomResources}) and reports what the
 * model did not recognise: a kind it has no class for, or a field that landed in an object's {@code
 * additionalProperties} (fabric8 keeps unknown fields there instead of failing).
 */
final class TypedObjects {

  private static final KubernetesSerialization SERIALIZATION = serialization();

  private TypedObjects() {}

  private static KubernetesSerialization serialization() {
    KubernetesSerialization serialization = new KubernetesSerialization();
    serialization.registerKubernetesResource(CustomResources.KafkaTopic.class);
    serialization.registerKubernetesResource(CustomResources.KafkaUser.class);
    serialization.registerKubernetesResource(CustomResources.PrometheusRule.class);
    serialization.registerKubernetesResource(CustomResources.ServiceMonitor.class);
    serialization.registerKubernetesResource(CertManagerResources.Certificate.class);
    return serialization;
  }

  /** The typed object of one manifest document. */
  static HasMetadata parse(Map<String, Object> document) {
    String json = SERIALIZATION.asJson(document);
    return (HasMetadata) SERIALIZATION.unmarshal(json, KubernetesResource.class);
  }

  /** Every way the typed object fails to model its document, e.g. {@code spec.template.foo}. */
  static List<String> unrecognised(HasMetadata object) {
    List<String> problems = new ArrayList<>();
    if (object instanceof GenericKubernetesResource) {
      problems.add("unknown kind " + object.getApiVersion() + "/" + object.getKind());
      return problems;
    }
    walk(object, object.getKind(), problems, Collections.newSetFromMap(new IdentityHashMap<>()));
    return problems;
  }

  private static void walk(Object value, String path, List<String> problems, Set<Object> seen) {
    if (value == null || !seen.add(value)) {
      return;
    }
    if (value instanceof Collection<?> items) {
      int index = 0;
      for (Object item : items) {
        walk(item, path + "[" + index++ + "]", problems, seen);
      }
      return;
    }
    if (value instanceof Map<?, ?> map) {
      map.forEach((key, item) -> walk(item, path + "." + key, problems, seen));
      return;
    }
    if (!isModel(value.getClass())) {
      return;
    }
    for (Method getter : value.getClass().getMethods()) {
      if (isProperty(getter)) {
        Object property = invoke(getter, value);
        if (getter.getName().equals("getAdditionalProperties")) {
          ((Map<?, ?>) property)
              .keySet()
              .forEach(key -> problems.add("unknown field " + path + "." + key));
        } else {
          walk(property, path + "." + propertyName(getter), problems, seen);
        }
      }
    }
  }

  private static boolean isModel(Class<?> type) {
    String name = type.getName();
    return name.startsWith("io.fabric8.kubernetes.api.model")
        || name.startsWith("dev.responder.deploy");
  }

  private static boolean isProperty(Method method) {
    return method.getName().startsWith("get")
        && method.getParameterCount() == 0
        && !Modifier.isStatic(method.getModifiers())
        && !method.isDefault()
        && method.getDeclaringClass() != Object.class
        && !method.getReturnType().isPrimitive();
  }

  private static String propertyName(Method getter) {
    String name = getter.getName().substring(3);
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  private static Object invoke(Method getter, Object target) {
    try {
      return getter.invoke(target);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + getter, e);
    }
  }
}
