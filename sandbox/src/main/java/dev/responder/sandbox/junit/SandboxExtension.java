package dev.responder.sandbox.junit;

import dev.responder.sandbox.KafkaBroker;
import dev.responder.sandbox.KubernetesApi;
import dev.responder.sandbox.Postgres;
import dev.responder.sandbox.Redis;
import dev.responder.sandbox.Sandbox;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Resolves test-method and constructor parameters of type {@link Sandbox}, {@link KafkaBroker},
 * {@link Postgres}, {@link Redis} and {@link KubernetesApi} from {@link Sandbox#shared()}.
 * Resolving one starts only that component; it lives until the JVM exits, shared by every test
 * class.
 *
 * <pre>{@code
 * @ExtendWith(SandboxExtension.class)
 * class OutboxIT {
 *   @Test
 *   void shouldPublish(KafkaBroker kafka, Postgres postgres) { ... }
 * }
 * }</pre>
 */
public final class SandboxExtension implements ParameterResolver {

  private static final Map<Class<?>, Function<Sandbox, Object>> COMPONENTS =
      Map.of(
          Sandbox.class, sandbox -> sandbox,
          KafkaBroker.class, Sandbox::kafka,
          Postgres.class, Sandbox::postgres,
          Redis.class, Sandbox::redis,
          KubernetesApi.class, Sandbox::kubernetes);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return COMPONENTS.containsKey(parameter.getParameter().getType());
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return COMPONENTS.get(parameter.getParameter().getType()).apply(Sandbox.shared());
  }
}
