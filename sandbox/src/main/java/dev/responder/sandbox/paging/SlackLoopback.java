package dev.responder.sandbox.paging;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slack incoming webhooks on loopback, one per channel ({@link #webhook}), each bound to its
 * channel as Slack binds them (a {@code channel} field in the body changes nothing, and is recorded
 * so a test can see it was sent). A message is a JSON object with a {@code text} or {@code blocks};
 * blocks are checked as Block Kit documents them (a section's text object of type mrkdwn or
 * plain_text up to 3000 characters, a context's 1 to 10 elements). Answers {@code 200 ok}, or
 * Slack's error words: {@code 400 invalid_payload}, {@code no_text}, {@code invalid_blocks}, {@code
 * 404 no_service}.
 */
public final class SlackLoopback extends LoopbackProvider {

  /** A message Slack would have posted in {@code channel}. */
  public record Message(String channel, String text, JsonNode blocks, boolean sentChannelField) {}

  private static final Set<String> TEXT_TYPES = Set.of("mrkdwn", "plain_text");
  private static final Set<String> BLOCK_TYPES =
      Set.of("section", "context", "header", "divider", "actions", "image", "rich_text");

  private final Map<String, String> channels = new ConcurrentHashMap<>();
  private final List<Message> messages = new ArrayList<>();

  public SlackLoopback(Clock clock) {
    super(clock);
  }

  /** A new incoming webhook for {@code channel} (its path is its secret, as at Slack). */
  public URI webhook(String channel) {
    String path =
        "/services/T0RESPOND/B"
            + (channels.size() + 1)
            + "/"
            + UUID.randomUUID().toString().replace("-", "");
    channels.put(path, channel);
    return uri().resolve(path);
  }

  public synchronized List<Message> messages() {
    return List.copyOf(messages);
  }

  public List<Message> messages(String channel) {
    return messages().stream().filter(m -> m.channel().equals(channel)).toList();
  }

  @Override
  protected Answer answer(Request request, JsonNode body) {
    String channel = channels.get(request.path());
    if (channel == null) {
      return Answer.of(404, "no_service");
    }
    if (!request.method().equals("POST")) {
      return Answer.of(405, "invalid_method");
    }
    if (!isJson(request) || body == null || !body.isObject()) {
      return Answer.of(400, "invalid_payload");
    }
    String text = text(body, "text");
    JsonNode blocks = body.get("blocks");
    if ((text == null || text.isBlank()) && (blocks == null || blocks.isEmpty())) {
      return Answer.of(400, "no_text");
    }
    if (blocks != null && !validBlocks(blocks)) {
      return Answer.of(400, "invalid_blocks");
    }
    synchronized (this) {
      messages.add(new Message(channel, text, blocks, body.has("channel")));
    }
    return Answer.of(200, "ok");
  }

  private static boolean validBlocks(JsonNode blocks) {
    if (!blocks.isArray() || blocks.size() > 50) {
      return false;
    }
    for (JsonNode block : blocks) {
      String type = text(block, "type");
      if (type == null || !BLOCK_TYPES.contains(type)) {
        return false;
      }
      if (type.equals("section") && !validText(block.get("text"))) {
        return false;
      }
      if (type.equals("context") && !validContext(block.get("elements"))) {
        return false;
      }
    }
    return true;
  }

  private static boolean validContext(JsonNode elements) {
    if (elements == null || !elements.isArray() || elements.isEmpty() || elements.size() > 10) {
      return false;
    }
    for (JsonNode element : elements) {
      if (!validText(element)) {
        return false;
      }
    }
    return true;
  }

  private static boolean validText(JsonNode node) {
    String type = text(node, "type");
    String text = text(node, "text");
    return type != null
        && TEXT_TYPES.contains(type)
        && text != null
        && !text.isEmpty()
        && text.length() <= 3000;
  }
}
