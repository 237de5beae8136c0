package org.councilsearch.support;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Builds small council papers in every format the indexer reads, in code, so that tests need no
 * binary files in the repository. Each generator writes {@code dir/name} and returns its path.
 */
public final class Fixtures {
  /** The paper's heading, printed as its first line and, where the format has one, its title. */
  public static final String TITLE = "GENDER COORDINATION REPORT 2009";

  /** A council paper in miniature: a title, a section heading and numbered paragraphs. */
  public static final List<String> COUNCIL_PAPER =
      List.of(
          TITLE,
          "I. AWARENESS-RAISING ACTIVITIES",
          "1. In 2009, the Gender Issues Coordination (GIC) worked with field offices to make"
              + " gender a standing item of every project proposal, and reviewed forty proposals"
              + " before they were submitted to donors.",
          "2. In Geneva, on 6 February 2009, the GIC marked the International Day of Zero"
              + " Tolerance to Female Genital Mutilation with a briefing for staff and Member"
              + " States on the health consequences of the practice for migrant girls and women.",
          "3. The distribution of white ribbons to all male staff members, to sensitize"
              + " colleagues on violence against women, was repeated on 25 November 2009 at"
              + " Headquarters and in the office in Côte d'Ivoire.");

  /** Text inside every generated page's script and style blocks, which must never be indexed. */
  public static final String SCRIPT_MARKER = "trackVisitorScriptMarker";

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private Fixtures() {}

  /** Whitespace runs as one space, trimmed: extraction may wrap and space text its own way. */
  public static String collapseWhitespace(String text) {
    return WHITESPACE.matcher(text).replaceAll(" ").strip();
  }

  /** A PDF with one text block per paragraph; long paragraphs wrap without hyphens. */
  public static Path pdf(Path dir, String name, List<String> paragraphs) throws IOException {
    return pdf(dir, name, paragraphs, null, null);
  }

  /**
   * A PDF as {@link #pdf(Path, String, List)}, with a title in its document information and, when
   * {@code userPassword} is not null, encrypted so that it cannot be opened without it.
   */
  public static Path pdf(
      Path dir, String name, List<String> paragraphs, String title, String userPassword)
      throws IOException {
    Path file = dir.resolve(name);
    PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    float margin = 72;
    float fontSize = 11;
    float leading = 14;
    try (PDDocument document = new PDDocument()) {
      if (title != null) {
        document.getDocumentInformation().setTitle(title);
      }
      PDRectangle size = PDRectangle.A4;
      float width = size.getWidth() - 2 * margin;
      PDPage page = null;
      PDPageContentStream content = null;
      float y = 0;
      try {
        for (int i = 0; i < paragraphs.size(); i++) {
          PDType1Font font = i == 0 ? bold : regular;
          for (String line : wrap(paragraphs.get(i), font, fontSize, width)) {
            if (content == null || y < margin) {
              if (content != null) {
                content.close();
              }
              page = new PDPage(size);
              document.addPage(page);
              content = new PDPageContentStream(document, page);
              y = size.getHeight() - margin;
            }
            content.beginText();
            content.setFont(font, fontSize);
            content.newLineAtOffset(margin, y);
            content.showText(line);
            content.endText();
            y -= leading;
          }
          // A blank line between paragraphs, as in the papers; lines inside one are tight.
          y -= leading;
        }
      } finally {
        if (content != null) {
          content.close();
        }
      }
      if (userPassword != null) {
        StandardProtectionPolicy policy =
            new StandardProtectionPolicy(
                "owner-" + userPassword, userPassword, new AccessPermission());
        policy.setEncryptionKeyLength(128);
        document.protect(policy);
      }
      document.save(file.toFile());
    }
    return file;
  }

  private static List<String> wrap(String text, PDType1Font font, float fontSize, float width)
      throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      String candidate = line.length() == 0 ? word : line + " " + word;
      if (line.length() > 0 && font.getStringWidth(candidate) / 1000 * fontSize > width) {
        lines.add(line.toString());
        line.setLength(0);
        line.append(word);
      } else {
        line.setLength(0);
        line.append(candidate);
      }
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  /** A Word 2007+ document with one paragraph per entry. */
  public static Path docx(Path dir, String name, List<String> paragraphs) throws IOException {
    return docx(dir, name, paragraphs, null);
  }

  /** A Word 2007+ document with one paragraph per entry and a title in its properties. */
  public static Path docx(Path dir, String name, List<String> paragraphs, String title)
      throws IOException {
    Path file = dir.resolve(name);
    try (XWPFDocument document = new XWPFDocument();
        OutputStream out = Files.newOutputStream(file)) {
      if (title != null) {
        document.getProperties().getCoreProperties().setTitle(title);
      }
      for (String paragraph : paragraphs) {
        document.createParagraph().createRun().setText(paragraph);
      }
      document.write(out);
    }
    return file;
  }

  /** An RTF document written by hand, one {@code \par} per paragraph. */
  public static Path rtf(Path dir, String name, List<String> paragraphs) throws IOException {
    StringBuilder rtf = new StringBuilder("{\\rtf1\\ansi\\ansicpg1252\\deff0");
    rtf.append("{\\fonttbl{\\f0\\fswiss Helvetica;}}\n");
    rtf.append("{\\info{\\title ").append(rtfEscape(TITLE)).append("}}\n");
    for (String paragraph : paragraphs) {
      rtf.append("\\pard\\f0\\fs22 ").append(rtfEscape(paragraph)).append("\\par\n");
    }
    rtf.append("}\n");
    Path file = dir.resolve(name);
    Files.writeString(file, rtf, StandardCharsets.US_ASCII);
    return file;
  }

  private static String rtfEscape(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' || c == '{' || c == '}') {
        out.append('\\').append(c);
      } else if (c > 127) {
        // \\uN takes a signed 16-bit number, then one fallback character for old readers.
        out.append("\\u").append((int) (short) c).append('?');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** An OpenDocument text, zipped by hand: mimetype first and stored, as the format requires. */
  public static Path odt(Path dir, String name, List<String> paragraphs) throws IOException {
    String mimeType = "application/vnd.oasis.opendocument.text";
    StringBuilder content =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<office:document-content"
                + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
                + " office:version=\"1.2\"><office:body><office:text>\n");
    for (String paragraph : paragraphs) {
      content.append("<text:p>").append(xmlEscape(paragraph)).append("</text:p>\n");
    }
    content.append("</office:text></office:body></office:document-content>\n");
    String meta =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<office:document-meta"
            + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" office:version=\"1.2\">"
            + "<office:meta><dc:title>"
            + xmlEscape(TITLE)
            + "</dc:title></office:meta></office:document-meta>\n";
    String manifest =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<manifest:manifest"
            + " xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\""
            + " manifest:version=\"1.2\">\n"
            + " <manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\""
            + mimeType
            + "\"/>\n"
            + " <manifest:file-entry manifest:full-path=\"content.xml\""
            + " manifest:media-type=\"text/xml\"/>\n"
            + " <manifest:file-entry manifest:full-path=\"meta.xml\""
            + " manifest:media-type=\"text/xml\"/>\n"
            + "</manifest:manifest>\n";
    Path file = dir.resolve(name);
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      byte[] mime = mimeType.getBytes(StandardCharsets.US_ASCII);
      ZipEntry first = new ZipEntry("mimetype");
      first.setMethod(ZipEntry.STORED);
      first.setSize(mime.length);
      CRC32 crc = new CRC32();
      crc.update(mime);
      first.setCrc(crc.getValue());
      zip.putNextEntry(first);
      zip.write(mime);
      zip.closeEntry();
      putUtf8(zip, "content.xml", content.toString());
      putUtf8(zip, "meta.xml", meta);
      putUtf8(zip, "META-INF/manifest.xml", manifest);
    }
    return file;
  }

  private static void putUtf8(ZipOutputStream zip, String entry, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(entry));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  /**
   * An HTML page: the first paragraph as {@code <title>} and {@code <h1>}, the rest as {@code <p>},
   * with script and style blocks in the head and the body, as real pages have, all holding {@link
   * #SCRIPT_MARKER}.
   */
  public static Path html(Path dir, String name, List<String> paragraphs) throws IOException {
    StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head>\n");
    html.append("<meta charset=\"utf-8\">\n");
    html.append("<title>").append(xmlEscape(paragraphs.get(0))).append("</title>\n");
    html.append("<style>.").append(SCRIPT_MARKER).append(" { color: red; }</style>\n");
    html.append("<script>var ").append(SCRIPT_MARKER).append(" = 1;</script>\n");
    html.append("</head><body>\n");
    html.append("<h1>").append(xmlEscape(paragraphs.get(0))).append("</h1>\n");
    for (String paragraph : paragraphs.subList(1, paragraphs.size())) {
      html.append("<p>").append(xmlEscape(paragraph)).append("</p>\n");
    }
    html.append("<script>document.write('").append(SCRIPT_MARKER).append("');</script>\n");
    html.append("</body></html>\n");
    Path file = dir.resolve(name);
    Files.writeString(file, html, StandardCharsets.UTF_8);
    return file;
  }

  /** Plain text (also Markdown) in the given encoding, paragraphs separated by a blank line. */
  public static Path text(Path dir, String name, List<String> paragraphs, Charset charset)
      throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, String.join("\n\n", paragraphs) + "\n", charset);
    return file;
  }

  private static String xmlEscape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
