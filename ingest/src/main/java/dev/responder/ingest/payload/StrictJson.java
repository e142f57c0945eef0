package dev.responder.ingest.payload;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a body as strict UTF-8 JSON. Invalid UTF-8 is refused rather than replaced with U+FFFD,
 * because a silently altered label changes an alert's identity; duplicate keys and trailing content
 * are refused because the sender's meaning would be ambiguous. The items of the one array that
 * holds the alerts are kept with their bytes as sent, so an item that cannot be read is
 * dead-lettered exactly as it arrived and an item's size is its size on the wire.
 */
final class StrictJson {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder(
              JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
          .build();

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private StrictJson() {}

  /** One item of the alerts array: its tree, and its bytes as sent. */
  record Item(JsonNode node, byte[] raw) {}

  /**
   * A body whose root is an object: its members other than the alerts array, and the items of that
   * array (null when the member is absent or not an array; it then stays in {@code envelope}).
   */
  record Document(ObjectNode envelope, List<Item> items, byte[] body) {}

  /**
   * Reads the body, keeping the items of the member {@code arrayName} apart.
   *
   * @throws InvalidPayloadException when the body is not UTF-8, not JSON, or not a JSON object
   */
  static Document read(byte[] body, String arrayName) {
    byte[] json = withoutBom(body);
    checkUtf8(json);
    checkNoNul(json);
    try (JsonParser parser = MAPPER.createParser(json)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new InvalidPayloadException(
            Rejection.MALFORMED_JSON, "the body is empty; expected a JSON object", "");
      }
      if (first != JsonToken.START_OBJECT) {
        JsonNode root = MAPPER.readTree(parser);
        expectEnd(parser);
        throw Fields.invalid("", "must be a JSON object, was " + Fields.describe(root));
      }
      ObjectNode envelope = MAPPER.createObjectNode();
      List<Item> items = null;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if (name.equals(arrayName) && value == JsonToken.START_ARRAY) {
          items = items(parser, json);
        } else {
          envelope.set(name, MAPPER.readTree(parser));
        }
      }
      expectEnd(parser);
      return new Document(envelope, items, json);
    } catch (JsonProcessingException e) {
      throw malformed(e);
    } catch (IOException e) {
      throw new IllegalStateException("reading from a byte array cannot fail with I/O", e);
    }
  }

  private static List<Item> items(JsonParser parser, byte[] json) throws IOException {
    List<Item> items = new ArrayList<>();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      long start = parser.currentTokenLocation().getByteOffset();
      JsonNode node = MAPPER.readTree(parser);
      long end = parser.currentLocation().getByteOffset();
      items.add(new Item(node, Arrays.copyOfRange(json, (int) start, (int) end)));
    }
    return items;
  }

  private static void expectEnd(JsonParser parser) throws IOException {
    if (parser.nextToken() != null) {
      throw new InvalidPayloadException(
          Rejection.MALFORMED_JSON,
          "malformed JSON: trailing content after the document"
              + where(parser.currentTokenLocation()),
          "");
    }
  }

  private static InvalidPayloadException malformed(JsonProcessingException e) {
    String pointer = "";
    if (e.getProcessor() instanceof JsonParser parser) {
      pointer = parser.getParsingContext().pathAsPointer().toString();
    }
    JsonLocation at = e.getLocation();
    String where = at == null ? "" : where(at) + ":";
    return new InvalidPayloadException(
        Rejection.MALFORMED_JSON,
        "malformed JSON" + where + " " + SenderText.printable(e.getOriginalMessage(), 200),
        pointer);
  }

  private static String where(JsonLocation at) {
    return " at line " + at.getLineNr() + ", column " + at.getColumnNr();
  }

  private static byte[] withoutBom(byte[] body) {
    // RFC 8259 lets a parser ignore a byte order mark; dropping it keeps byte offsets plain.
    if (body.length >= 3 && Arrays.equals(body, 0, 3, BOM, 0, 3)) {
      return Arrays.copyOfRange(body, 3, body.length);
    }
    return body;
  }

  /**
   * JSON in UTF-8 never holds a NUL byte (one inside a string is written {@code \\u0000}), and
   * Jackson takes NULs among the first four bytes for UTF-16 or UTF-32 and then fails with an I/O
   * error instead of a parse error: a body with one is refused here, naming where.
   */
  private static void checkNoNul(byte[] body) {
    for (int i = 0; i < body.length; i++) {
      if (body[i] == 0) {
        throw new InvalidPayloadException(
            Rejection.MALFORMED_JSON,
            "malformed JSON: a NUL byte at byte offset " + i + " (write it as \\u0000 in a string)",
            "");
      }
    }
  }

  private static void checkUtf8(byte[] body) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(body);
    CharBuffer out = CharBuffer.allocate(Math.min(body.length, 8192));
    CoderResult result;
    do {
      out.clear();
      result = decoder.decode(in, out, true);
    } while (result.isOverflow());
    if (!result.isError()) {
      out.clear();
      result = decoder.flush(out);
    }
    if (result.isError()) {
      throw new InvalidPayloadException(
          Rejection.INVALID_UTF8,
          "the body is not valid UTF-8: bad byte sequence at byte offset " + in.position(),
          "");
    }
  }
}
