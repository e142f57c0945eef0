package dev.responder.ingest.payload;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Typed reads from a JSON tree that fail with the pointer of the field at fault. A member that is
 * present with the value {@code null} counts as missing, as Go's encoder writes absent values so.
 */
final class Fields {

  private Fields() {}

  static ObjectNode object(JsonNode node, String pointer) {
    if (node instanceof ObjectNode object) {
      return object;
    }
    throw invalid(pointer, "must be a JSON object, was " + describe(node));
  }

  static String requiredText(ObjectNode parent, String name, String pointer) {
    JsonNode node = required(parent, name, pointer);
    return text(node, Pointers.child(pointer, name));
  }

  /** The member's text, or null when it is absent. */
  static String optionalText(ObjectNode parent, String name, String pointer) {
    JsonNode node = parent.get(name);
    return isAbsent(node) ? null : text(node, Pointers.child(pointer, name));
  }

  static ArrayNode requiredArray(ObjectNode parent, String name, String pointer) {
    JsonNode node = required(parent, name, pointer);
    if (node instanceof ArrayNode array) {
      return array;
    }
    throw invalid(Pointers.child(pointer, name), "must be a JSON array, was " + describe(node));
  }

  static int optionalCount(ObjectNode parent, String name, String pointer) {
    JsonNode node = parent.get(name);
    if (isAbsent(node)) {
      return 0;
    }
    if (!node.canConvertToInt() || !node.isIntegralNumber() || node.intValue() < 0) {
      throw invalid(
          Pointers.child(pointer, name),
          "must be a non-negative integer, was " + SenderText.quote(node.toString()));
    }
    return node.intValue();
  }

  static Instant requiredTimestamp(ObjectNode parent, String name, String pointer) {
    String text = requiredText(parent, name, pointer);
    return timestamp(text, Pointers.child(pointer, name));
  }

  /** The member's instant, or null when it is absent. */
  static Instant optionalTimestamp(ObjectNode parent, String name, String pointer) {
    String text = optionalText(parent, name, pointer);
    return text == null ? null : timestamp(text, Pointers.child(pointer, name));
  }

  /**
   * A JSON object of string values, in the order sent. With {@code limits} the entry count and the
   * length of each name and value are bounded (labels); without, only the types are checked.
   */
  static Map<String, String> stringMap(
      ObjectNode parent, String name, String pointer, boolean required, PayloadLimits limits) {
    JsonNode node = required ? required(parent, name, pointer) : parent.get(name);
    if (isAbsent(node)) {
      return Map.of();
    }
    String mapPointer = Pointers.child(pointer, name);
    return flatMap(object(node, mapPointer), mapPointer, limits, false);
  }

  /**
   * Like {@link #stringMap} but numbers and booleans are accepted too and kept as their JSON text;
   * nested objects, arrays and nulls are refused since the result must stay flat.
   */
  static Map<String, String> scalarMap(
      ObjectNode parent, String name, String pointer, PayloadLimits limits) {
    JsonNode node = parent.get(name);
    if (isAbsent(node)) {
      return Map.of();
    }
    String mapPointer = Pointers.child(pointer, name);
    return flatMap(object(node, mapPointer), mapPointer, limits, true);
  }

  private static Map<String, String> flatMap(
      ObjectNode object, String mapPointer, PayloadLimits limits, boolean scalars) {
    if (limits != null && object.size() > limits.maxLabels()) {
      throw new InvalidPayloadException(
          Rejection.TOO_MANY_LABELS,
          mapPointer + " has " + object.size() + " entries; the limit is " + limits.maxLabels(),
          mapPointer);
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> entry : object.properties()) {
      String entryPointer = Pointers.child(mapPointer, entry.getKey());
      JsonNode node = entry.getValue();
      String value;
      if (scalars && node.isValueNode() && !node.isNull()) {
        value = node.asText();
      } else if (scalars && !node.isTextual()) {
        throw invalid(entryPointer, "must be a string, number or boolean, was " + describe(node));
      } else {
        value = text(node, entryPointer);
      }
      if (limits != null) {
        checkLength(entry.getKey(), entryPointer, "name", limits);
        checkLength(value, entryPointer, "value", limits);
      }
      values.put(entry.getKey(), value);
    }
    return values;
  }

  static InvalidPayloadException invalid(String pointer, String problem) {
    return new InvalidPayloadException(Rejection.INVALID_FIELD, pointer + " " + problem, pointer);
  }

  private static void checkLength(String text, String pointer, String what, PayloadLimits limits) {
    if (text.length() > limits.maxLabelLength()) {
      throw new InvalidPayloadException(
          Rejection.LABEL_TOO_LONG,
          pointer
              + " has a "
              + what
              + " of "
              + text.length()
              + " characters; the limit is "
              + limits.maxLabelLength(),
          pointer);
    }
  }

  private static Instant timestamp(String text, String pointer) {
    return Timestamps.parse(text)
        .orElseThrow(
            () ->
                new InvalidPayloadException(
                    Rejection.INVALID_TIMESTAMP,
                    pointer
                        + " must be an RFC 3339 timestamp such as 2026-11-27T05:08:37Z, was "
                        + SenderText.quote(text),
                    pointer));
  }

  private static JsonNode required(ObjectNode parent, String name, String pointer) {
    JsonNode node = parent.get(name);
    if (isAbsent(node)) {
      String at = Pointers.child(pointer, name);
      throw new InvalidPayloadException(Rejection.MISSING_FIELD, at + " is required", at);
    }
    return node;
  }

  private static String text(JsonNode node, String pointer) {
    if (!node.isTextual()) {
      throw invalid(pointer, "must be a string, was " + describe(node));
    }
    return node.textValue();
  }

  private static boolean isAbsent(JsonNode node) {
    return node == null || node.isNull();
  }

  static String describe(JsonNode node) {
    return node == null ? "missing" : node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
  }
}
