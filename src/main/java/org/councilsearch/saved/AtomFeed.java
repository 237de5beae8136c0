package org.councilsearch.saved;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.councilsearch.search.Citations;
import org.councilsearch.search.PassageLinks;
import org.councilsearch.search.Snippets;

/**
 * A saved search as an Atom feed (RFC 4287): one entry per passage, titled with its citation,
 * linked to the passage on its paper's page, dated when the search first found it. Text is written
 * by the XML writer, so nothing from a paper or a query can become markup.
 */
public final class AtomFeed {
  private static final String ATOM = "http://www.w3.org/2005/Atom";

  private AtomFeed() {}

  /**
   * Writes the feed of {@code saved} with {@code entries} to {@code out}.
   *
   * @param base the server's address, such as {@code http://127.0.0.1:7070}, for absolute links
   */
  public static void write(SavedSearch saved, List<FeedEntry> entries, String base, Writer out)
      throws XMLStreamException {
    XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
    String self = base + "/feeds/saved-searches/" + saved.id() + ".atom";
    Instant updated = saved.created();
    for (FeedEntry e : entries) {
      updated = e.noticed().isAfter(updated) ? e.noticed() : updated;
    }
    x.writeStartDocument("UTF-8", "1.0");
    x.writeStartElement("feed");
    x.writeDefaultNamespace(ATOM);
    element(x, "id", "urn:uuid:" + uuid(base + "/saved-searches/" + saved.id() + "/" + saved.created()));
    element(x, "title", "Council Search: " + saved.name());
    element(x, "subtitle", describe(saved));
    element(x, "updated", stamp(updated));
    link(x, "self", self, "application/atom+xml");
    link(x, "alternate", base + "/saved-searches/" + saved.id(), "text/html");
    x.writeStartElement("author");
    element(x, "name", "Council Search");
    x.writeEndElement();
    element(x, "generator", "Council Search");
    for (FeedEntry e : entries) {
      x.writeStartElement("entry");
      element(x, "id", "urn:uuid:" + uuid(saved.id() + "/" + SavedSearches.key(e.hit())));
      element(x, "title", Citations.of(e.hit()));
      element(x, "updated", stamp(e.noticed()));
      link(x, "alternate", base + PassageLinks.href(e.hit().paperId(), e.hit().id(), e.hit().paragraph()), "text/html");
      if (e.hit().year() != null) {
        x.writeEmptyElement("category");
        x.writeAttribute("term", String.valueOf(e.hit().year()));
        x.writeAttribute("label", "year " + e.hit().year());
      }
      x.writeStartElement("summary");
      x.writeAttribute("type", "text");
      x.writeCharacters(xmlSafe(Snippets.toPlain(e.hit().snippet(), "", "")));
      x.writeEndElement();
      x.writeEndElement();
    }
    x.writeEndElement();
    x.writeEndDocument();
    x.flush();
  }

  /** "UN-Women alerts: gender (org=UN-Women)". */
  private static String describe(SavedSearch saved) {
    StringBuilder s = new StringBuilder("Passages matching '").append(saved.query()).append('\'');
    if (!saved.filters().isEmpty()) {
      s.append(" with ");
      saved.filters().forEach((k, v) -> s.append(k).append('=').append(v).append(' '));
      s.setLength(s.length() - 1);
    }
    return s.append(", the most recently found first").toString();
  }

  private static void element(XMLStreamWriter x, String name, String text) throws XMLStreamException {
    x.writeStartElement(name);
    x.writeCharacters(xmlSafe(text));
    x.writeEndElement();
  }

  private static void link(XMLStreamWriter x, String rel, String href, String type) throws XMLStreamException {
    x.writeEmptyElement("link");
    x.writeAttribute("rel", rel);
    x.writeAttribute("type", type);
    x.writeAttribute("href", href);
  }

  private static String uuid(String name) {
    return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
  }

  /** Leaves out characters XML 1.0 cannot hold at all (control characters but tab and line breaks). */
  private static String xmlSafe(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints()
        .filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000)
        .forEach(b::appendCodePoint);
    return b.toString();
  }

  /**
   * An instant in whole seconds: feed readers (Rome among them) read a fraction of more than three
   * digits as milliseconds and put the entry days into the future.
   */
  private static String stamp(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }
}
