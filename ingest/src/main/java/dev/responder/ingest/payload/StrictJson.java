package dev.responder.ingest.payload;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads a body as strict UTF-8 JSON. Invalid UTF-8 is refused rather than replaced with U+FFFD,
 * because a silently altered label changes an alert's identity; duplicate keys and trailing content
 * are refused because the sender's meaning would be ambiguous.
 */
final class StrictJson {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private StrictJson() {}

  static JsonNode read(byte[] body) {
    String text = decodeUtf8(body);
    if (text.isBlank()) {
      throw new InvalidPayloadException(
          Rejection.MALFORMED_JSON, "the body is empty; expected a JSON object", "");
    }
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw malformed(e);
    }
  }

  private static InvalidPayloadException malformed(JsonProcessingException e) {
    String pointer = "";
    if (e.getProcessor() instanceof JsonParser parser) {
      pointer = parser.getParsingContext().pathAsPointer().toString();
    }
    JsonLocation at = e.getLocation();
    String where =
        at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr() + ":";
    return new InvalidPayloadException(
        Rejection.MALFORMED_JSON, "malformed JSON" + where + " " + e.getOriginalMessage(), pointer);
  }

  private static String decodeUtf8(byte[] body) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(body);
    CharBuffer out = CharBuffer.allocate(body.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      throw new InvalidPayloadException(
          Rejection.INVALID_UTF8,
          "the body is not valid UTF-8: bad byte sequence at byte offset " + in.position(),
          "");
    }
    out.flip();
    // RFC 8259 lets a parser ignore a byte order mark; Jackson would not, so drop it here.
    if (out.hasRemaining() && out.charAt(0) == '\uFEFF') {
      out.position(1);
    }
    return out.toString();
  }
}
