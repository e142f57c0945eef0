package dev.responder.remediator.adapter.delivery;

import dev.responder.remediator.adapter.email.SmtpSettings;
import dev.responder.remediator.adapter.webhook.SignedWebhooks;
import dev.responder.remediator.paging.Backoff;
import dev.responder.remediator.paging.Contact;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The delivery configuration, one YAML file (see docs/paging.md): the incident channel, how to
 * reach people by name, the retry schedule, the storm window of channel updates, and per scheme
 * where contacts are delivered. Every secret (routing keys, the Opsgenie key, webhook URLs, the
 * SMTP password, webhook signing secrets) is read from a file the config names, relative paths from
 * the config's own directory, so the config itself holds none and can be logged.
 *
 * @param pagerDutyKeys routing key by pager contact name
 * @param slackWebhooks incoming webhook by channel ({@code #crm-incidents})
 * @param webhooks signed endpoint by webhook contact name
 */
public record DeliveryConfig(
    Path file,
    Contact incidentChannel,
    Map<String, Contact> people,
    Duration stormWindow,
    Backoff backoff,
    URI pagerDutyUrl,
    Map<String, String> pagerDutyKeys,
    URI opsgenieUrl,
    Optional<String> opsgenieKey,
    Map<String, URI> slackWebhooks,
    Optional<SmtpSettings> smtp,
    Map<String, SignedWebhooks.Endpoint> webhooks) {

  private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m|h)");

  /** Reads and checks {@code file}; a problem throws {@link IllegalArgumentException} naming it. */
  public static DeliveryConfig load(Path file, Duration callTimeout) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read the delivery config " + file + ": " + e, e);
    }
    Object root = new Load(LoadSettings.builder().build()).loadFromString(text);
    Section top = new Section(file, "", root == null ? Map.of() : root);
    Path dir = file.toAbsolutePath().getParent();
    Section retry = top.section("retry");
    Section pagerDuty = top.section("pagerduty");
    Section opsgenie = top.section("opsgenie");
    Section slack = top.section("slack");
    Map<String, String> pagerDutyKeys = new LinkedHashMap<>();
    pagerDuty
        .section("routingKeyFiles")
        .entries()
        .forEach(
            (name, path) ->
                pagerDutyKeys.put(
                    name, secret(dir, path, pagerDuty.at("routingKeyFiles." + name))));
    Map<String, URI> slackWebhooks = new LinkedHashMap<>();
    slack
        .section("webhookFiles")
        .entries()
        .forEach(
            (channel, path) ->
                slackWebhooks.put(
                    channel,
                    uri(
                        secret(dir, path, slack.at("webhookFiles." + channel)),
                        slack.at(channel))));
    Map<String, SignedWebhooks.Endpoint> webhooks = new LinkedHashMap<>();
    Section hooks = top.section("webhook");
    hooks
        .keys()
        .forEach(
            name -> {
              Section hook = hooks.section(name);
              webhooks.put(
                  name,
                  new SignedWebhooks.Endpoint(
                      uri(hook.required("url"), hook.at("url")),
                      secret(dir, hook.required("secretFile"), hook.at("secretFile"))
                          .getBytes(StandardCharsets.UTF_8)));
            });
    Map<String, Contact> people = new LinkedHashMap<>();
    top.section("people")
        .entries()
        .forEach((name, contact) -> people.put(name, Contact.parse(contact)));
    return new DeliveryConfig(
        file,
        Contact.parse(top.text("incidentChannel", "slack:#crm-incidents")),
        people,
        duration(top.text("stormWindow", "1m"), top.at("stormWindow")),
        new Backoff(
            Integer.parseInt(retry.text("attempts", "5")),
            duration(retry.text("first", "1s"), retry.at("first")),
            duration(retry.text("max", "1m"), retry.at("max"))),
        uri(pagerDuty.text("url", "https://events.pagerduty.com/v2/enqueue"), pagerDuty.at("url")),
        pagerDutyKeys,
        uri(opsgenie.text("url", "https://api.opsgenie.com"), opsgenie.at("url")),
        opsgenie.optional("apiKeyFile").map(path -> secret(dir, path, opsgenie.at("apiKeyFile"))),
        slackWebhooks,
        smtp(top.section("email"), dir, callTimeout),
        webhooks);
  }

  private static Optional<SmtpSettings> smtp(Section email, Path dir, Duration timeout) {
    if (email.optional("host").isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new SmtpSettings(
            email.required("host"),
            Integer.parseInt(email.text("port", "587")),
            email.required("from"),
            Boolean.parseBoolean(email.text("startTls", "true")),
            email.optional("usernameFile").map(path -> secret(dir, path, email.at("usernameFile"))),
            email.optional("passwordFile").map(path -> secret(dir, path, email.at("passwordFile"))),
            timeout,
            email.optional("trustedHosts")));
  }

  /** The file's content without surrounding white space; the value is never echoed. */
  private static String secret(Path dir, String path, String where) {
    Path file = dir.resolve(path);
    try {
      String value = Files.readString(file, StandardCharsets.UTF_8).strip();
      if (value.isEmpty()) {
        throw new IllegalArgumentException(where + ": the secret file " + file + " is empty");
      }
      return value;
    } catch (IOException e) {
      throw new IllegalArgumentException(where + ": cannot read the secret file " + file, e);
    }
  }

  private static URI uri(String text, String where) {
    try {
      URI uri = new URI(text);
      if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())) {
        throw new IllegalArgumentException(where + ": not an http(s) URL");
      }
      return uri;
    } catch (java.net.URISyntaxException e) {
      // Not echoed: a webhook URL's path is its credential.
      throw new IllegalArgumentException(where + ": not a URL (" + e.getReason() + ")");
    }
  }

  /** {@code 500ms}, {@code 30s}, {@code 1m}, {@code 2h}. */
  static Duration duration(String text, String where) {
    Matcher matcher = DURATION.matcher(text.strip());
    if (!matcher.matches()) {
      throw new IllegalArgumentException(
          where + ": '" + text + "' is not a duration such as 500ms, 30s, 1m or 2h");
    }
    long amount = Long.parseLong(matcher.group(1));
    return switch (matcher.group(2)) {
      case "ms" -> Duration.ofMillis(amount);
      case "s" -> Duration.ofSeconds(amount);
      case "m" -> Duration.ofMinutes(amount);
      default -> Duration.ofHours(amount);
    };
  }

  @Override
  public String toString() {
    return "DeliveryConfig[%s: incidentChannel=%s, people=%s, stormWindow=%s, %s, pager=%s, opsgenie=%s, slack=%s, email=%s, webhook=%s]"
        .formatted(
            file,
            incidentChannel,
            people.keySet(),
            stormWindow,
            backoff,
            pagerDutyKeys.keySet(),
            opsgenieKey.isPresent() ? "configured" : "none",
            slackWebhooks.keySet(),
            smtp.map(SmtpSettings::toString).orElse("none"),
            webhooks.keySet());
  }
}
