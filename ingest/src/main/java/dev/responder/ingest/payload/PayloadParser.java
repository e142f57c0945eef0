package dev.responder.ingest.payload;

/** Reads one request body of a given format into alerts, or a problem; never throws on input. */
@FunctionalInterface
public interface PayloadParser {

  ParseOutcome parse(byte[] body, RequestMeta meta);
}
