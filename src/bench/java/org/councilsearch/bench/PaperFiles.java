package org.councilsearch.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.councilsearch.bench.GeneratedPaper.Block;
import org.councilsearch.bench.GeneratedPaper.Kind;

/**
 * Writes a generated paper as plain text, PDF (PDFBox) or DOCX (POI); both libraries come with
 * Tika, so the generator needs no dependency of its own. Text files are byte-for-byte the same for
 * the same paper; PDF and DOCX carry the same text but their writers stamp dates and ids.
 * Thread-safe: stateless.
 */
final class PaperFiles {
  private static final float MARGIN = 72;
  private static final float FONT_SIZE = 11;
  private static final float LEADING = 14;

  /** Characters Helvetica's WinAnsi encoding cannot print are written as spaces in PDFs. */
  private static final String WIN_ANSI_EXTRAS = "‘’“”–—•…€";

  /** Writes {@code paper} into {@code dir} under its file name; returns its size in bytes. */
  long write(GeneratedPaper paper, Path dir) throws IOException {
    Path file = dir.resolve(paper.fileName());
    String name = paper.fileName();
    if (name.endsWith(".pdf")) {
      pdf(paper, file);
    } else if (name.endsWith(".docx")) {
      docx(paper, file);
    } else {
      Files.writeString(file, text(paper), StandardCharsets.UTF_8);
    }
    return Files.size(file);
  }

  /** The plain-text form: one block per line, a blank line between blocks, as in the corpus. */
  static String text(GeneratedPaper paper) {
    StringBuilder out = new StringBuilder();
    for (Block b : paper.blocks()) {
      out.append(b.text()).append('\n');
      if (b.kind() != Kind.HEADER) {
        out.append('\n');
      }
    }
    return out.toString();
  }

  private static void docx(GeneratedPaper paper, Path file) throws IOException {
    try (XWPFDocument document = new XWPFDocument();
        OutputStream out = Files.newOutputStream(file)) {
      document.getProperties().getCoreProperties().setTitle(paper.title());
      for (Block b : paper.blocks()) {
        var run = document.createParagraph().createRun();
        run.setBold(b.kind() == Kind.TITLE || b.kind() == Kind.HEADING);
        run.setText(b.text());
      }
      document.write(out);
    }
  }

  private static void pdf(GeneratedPaper paper, Path file) throws IOException {
    PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    PDRectangle size = PDRectangle.A4;
    float width = size.getWidth() - 2 * MARGIN;
    try (PDDocument document = new PDDocument()) {
      document.getDocumentInformation().setTitle(paper.title());
      PDPageContentStream content = null;
      float y = 0;
      try {
        for (Block b : paper.blocks()) {
          PDType1Font font = b.kind() == Kind.TITLE || b.kind() == Kind.HEADING ? bold : regular;
          for (String line : wrap(printable(b.text()), font, width)) {
            if (content == null || y < MARGIN) {
              if (content != null) {
                content.close();
              }
              PDPage page = new PDPage(size);
              document.addPage(page);
              content = new PDPageContentStream(document, page);
              y = size.getHeight() - MARGIN;
            }
            content.beginText();
            content.setFont(font, FONT_SIZE);
            content.newLineAtOffset(MARGIN, y);
            content.showText(line);
            content.endText();
            y -= LEADING;
          }
          // A blank line after each block, as in the papers; header lines sit tight.
          if (b.kind() != Kind.HEADER) {
            y -= LEADING;
          }
        }
      } finally {
        if (content != null) {
          content.close();
        }
      }
      document.save(file.toFile());
    }
  }

  /** The text with characters the standard PDF fonts cannot show as spaces. */
  static String printable(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean latin1 = (c >= 0x20 && c < 0x7F) || (c >= 0xA0 && c <= 0xFF);
      out.append(latin1 || WIN_ANSI_EXTRAS.indexOf(c) >= 0 ? c : ' ');
    }
    return out.toString();
  }

  /** The text as lines of at most {@code width} points in {@code font} at 11 points. */
  static List<String> wrap(String text, PDType1Font font, float width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (word.isEmpty()) {
        continue;
      }
      String candidate = line.length() == 0 ? word : line + " " + word;
      if (line.length() > 0 && widthOf(candidate, font) > width) {
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

  private static float widthOf(String text, PDType1Font font) {
    try {
      return font.getStringWidth(text) / 1000 * FONT_SIZE;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
