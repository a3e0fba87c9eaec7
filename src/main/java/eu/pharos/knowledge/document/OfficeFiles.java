package eu.pharos.knowledge.document;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * OpenDocument and Office Open XML files as the ZIP packages they are: whether one carries macros,
 * and its words, read from its XML parts with the JDK's parser (no DTD, no external entity, a cap
 * on what is read, so that neither a crafted part nor a ZIP bomb gets far).
 */
final class OfficeFiles {

  /** Uncompressed bytes read from the parts of one package at most. */
  static final long MAX_XML_BYTES = 64L * 1024 * 1024;

  /** Elements after which a line ends: paragraphs and headings of Word, OpenDocument, slides. */
  private static final Set<String> BLOCKS = Set.of("p", "h", "tr", "si", "table-row");

  private static final Set<String> SPACES = Set.of("tab", "s", "br", "line-break");

  private OfficeFiles() {}

  /**
   * Whether the package holds macros: a VBA project (Word, Excel, PowerPoint, whatever the name
   * says) or OpenDocument Basic modules and scripts.
   */
  static boolean containMacros(ZipFile zip) {
    Enumeration<? extends ZipEntry> entries = zip.entries();
    while (entries.hasMoreElements()) {
      ZipEntry entry = entries.nextElement();
      String name = entry.getName().replace('\\', '/');
      String lower = name.toLowerCase(Locale.ROOT);
      if (lower.endsWith("vbaproject.bin") || lower.endsWith("vbadata.xml")) {
        return true;
      }
      if (entry.isDirectory()) {
        continue;
      }
      if (name.startsWith("Scripts/")) {
        return true;
      }
      if (name.startsWith("Basic/")
          && !lower.endsWith("/script-lc.xml")
          && !lower.endsWith("/script-lb.xml")) {
        return true;
      }
    }
    return false;
  }

  /** The words of the document, at most {@code maxChars}; null when it has no text part. */
  static String text(ZipFile zip, int maxChars) throws IOException {
    List<ZipEntry> parts = textParts(zip);
    if (parts.isEmpty()) {
      return null;
    }
    TextCollector collector = new TextCollector(maxChars);
    long[] budget = {MAX_XML_BYTES};
    SAXParser parser = parser();
    for (ZipEntry part : parts) {
      try (InputStream in = new Capped(zip.getInputStream(part), budget)) {
        parser.reset();
        parser.parse(in, collector);
      } catch (TextCollector.Full | Capped.Exceeded enough) {
        break;
      } catch (SAXException malformed) {
        // A part that is not well-formed XML (or declares a DTD) gives what was read before it.
      }
      collector.endOfPart();
    }
    String text = collector.text().strip();
    return text.isEmpty() ? null : text;
  }

  private static List<ZipEntry> textParts(ZipFile zip) {
    List<ZipEntry> parts = new ArrayList<>();
    for (String name : List.of("content.xml", "word/document.xml", "xl/sharedStrings.xml")) {
      ZipEntry entry = zip.getEntry(name);
      if (entry != null) {
        parts.add(entry);
      }
    }
    if (parts.isEmpty()) {
      List<String> slides = new ArrayList<>();
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        String name = entries.nextElement().getName();
        if (name.matches("ppt/slides/slide\\d{1,4}\\.xml")) {
          slides.add(name);
        }
      }
      slides.sort(
          (a, b) ->
              Integer.compare(
                  Integer.parseInt(a.replaceAll("\\D", "")),
                  Integer.parseInt(b.replaceAll("\\D", ""))));
      slides.forEach(name -> parts.add(zip.getEntry(name)));
    }
    return parts;
  }

  private static SAXParser parser() throws IOException {
    try {
      SAXParserFactory factory = SAXParserFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setValidating(false);
      factory.setXIncludeAware(false);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      SAXParser parser = factory.newSAXParser();
      parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      return parser;
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException("No secure XML parser", e);
    }
  }

  /** Gathers character data, a line per paragraph, until it holds enough. */
  private static final class TextCollector extends DefaultHandler {

    static final class Full extends SAXException {
      Full() {
        super("enough text");
      }
    }

    private final StringBuilder text = new StringBuilder();
    private final int maxChars;

    TextCollector(int maxChars) {
      this.maxChars = maxChars;
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
      int room = maxChars - text.length();
      text.append(ch, start, Math.min(length, Math.max(room, 0)));
      if (length >= room) {
        throw new Full();
      }
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
      if (SPACES.contains(localName)) {
        text.append(' ');
      }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
      if (BLOCKS.contains(localName) && !text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
        text.append('\n');
      }
    }

    void endOfPart() {
      if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
        text.append('\n');
      }
    }

    String text() {
      return text.length() > maxChars ? text.substring(0, maxChars) : text.toString();
    }
  }

  /** A stream that stops once the package's shared budget of bytes is spent. */
  private static final class Capped extends FilterInputStream {

    static final class Exceeded extends IOException {
      Exceeded() {
        super("more than " + MAX_XML_BYTES + " bytes of XML");
      }
    }

    private final long[] budget;

    Capped(InputStream in, long[] budget) {
      super(in);
      this.budget = budget;
    }

    @Override
    public int read() throws IOException {
      if (budget[0] <= 0) {
        throw new Exceeded();
      }
      int b = super.read();
      if (b >= 0) {
        budget[0]--;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (budget[0] <= 0) {
        throw new Exceeded();
      }
      int n = super.read(b, off, (int) Math.min(len, budget[0]));
      if (n > 0) {
        budget[0] -= n;
      }
      return n;
    }
  }
}
