package dev.responder.console.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringWriter;
import java.time.Instant;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The status page for machines: JSON in the shape of Statuspage's {@code summary.json} (what
 * status-page aggregators read) and an Atom feed with one entry per incident of the page.
 */
public final class StatusFeeds {

  private static final ObjectMapper JSON = new ObjectMapper();

  private StatusFeeds() {}

  /**
   * The summary: {@code page}, {@code status} ({@code indicator}, {@code description}), {@code
   * components} ({@code name}, {@code status}) and {@code incidents} (the recent ones).
   *
   * @param pageUrl the status page's public URL
   */
  public static String json(StatusReport report, String pageUrl) {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode page = root.putObject("page");
    page.put("name", "CRM platform");
    page.put("url", pageUrl);
    page.put("updated_at", report.updatedAt().toString());
    ObjectNode status = root.putObject("status");
    status.put("indicator", report.overall().indicator());
    status.put("description", report.headline());
    ArrayNode components = root.putArray("components");
    for (ComponentStatus row : report.components()) {
      ObjectNode component = components.addObject();
      component.put("id", slug(row.name()));
      component.put("name", row.name());
      component.put("status", row.state().statuspageName());
    }
    ArrayNode incidents = root.putArray("incidents");
    for (PublicIncident incident : report.recent()) {
      ObjectNode node = incidents.addObject();
      node.put("id", incident.id());
      node.put("name", incident.name());
      node.put("status", incident.phase());
      node.put("impact", incident.impact().indicator());
      node.put("created_at", incident.startedAt().toString());
      node.put("updated_at", incident.updatedAt().toString());
      node.put("resolved_at", incident.resolvedAt().map(Instant::toString).orElse(null));
      node.put("shortlink", pageUrl + "#" + incident.id());
      node.putArray("components").add(slug(incident.component()));
      node.putArray("incident_updates")
          .addObject()
          .put("status", incident.phase())
          .put("body", incident.summary())
          .put("updated_at", incident.updatedAt().toString());
    }
    return root.toPrettyString();
  }

  /** An Atom 1.0 feed: one entry per incident of the page, updated when it last changed. */
  public static String atom(StatusReport report, String pageUrl) {
    StringWriter text = new StringWriter();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeStartElement("feed");
      xml.writeDefaultNamespace("http://www.w3.org/2005/Atom");
      element(xml, "id", pageUrl);
      element(xml, "title", "CRM platform status");
      element(xml, "updated", report.updatedAt().toString());
      link(xml, pageUrl, "alternate");
      link(xml, pageUrl + ".atom", "self");
      xml.writeStartElement("author");
      element(xml, "name", "Responder");
      xml.writeEndElement();
      for (PublicIncident incident : report.recent()) {
        xml.writeStartElement("entry");
        element(xml, "id", pageUrl + "#" + incident.id());
        element(xml, "title", incident.name() + " (" + incident.phase() + ")");
        element(xml, "updated", incident.updatedAt().toString());
        element(xml, "published", incident.startedAt().toString());
        link(xml, pageUrl + "#" + incident.id(), "alternate");
        element(xml, "summary", incident.summary());
        xml.writeEndElement();
      }
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write the Atom feed", e);
    }
    return text.toString();
  }

  /** A component's stable id in the JSON, e.g. {@code worker-queue}. */
  public static String slug(String name) {
    return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
  }

  private static void element(XMLStreamWriter xml, String name, String value)
      throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(value);
    xml.writeEndElement();
  }

  private static void link(XMLStreamWriter xml, String href, String rel) throws XMLStreamException {
    xml.writeEmptyElement("link");
    xml.writeAttribute("rel", rel);
    xml.writeAttribute("href", href);
  }
}
