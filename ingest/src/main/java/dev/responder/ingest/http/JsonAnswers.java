package dev.responder.ingest.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** Writes small JSON bodies with their status; the one place response bodies are shaped. */
final class JsonAnswers {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonAnswers() {}

  static void write(Response response, int status, Map<String, Object> body, Callback callback) {
    byte[] bytes;
    try {
      bytes = MAPPER.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      callback.failed(e);
      return;
    }
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
    response.write(true, ByteBuffer.wrap(bytes), callback);
  }
}
