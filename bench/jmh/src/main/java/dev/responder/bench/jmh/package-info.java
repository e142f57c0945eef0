/**
 * JMH microbenchmarks of Responder's hot paths: parsing a webhook, encoding an alert, classifying
 * it, and correlating it through the real topology (dedup, classification, lifecycle). A method
 * named {@code xBaseline} is the baseline {@code responder bench jmh} sets beside {@code x}.
 */
package dev.responder.bench.jmh;
