package org.councilsearch.bench;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Scans of a paper, made in code: its text drawn onto A4 pages with PDFBox (line for line, with a
 * page number at the foot of every page), the pages rendered to grey images, as a scanner would,
 * optionally a little skewed and speckled, and wrapped as an image-only PDF or a multi-page TIFF.
 */
public final class ScannedPaper {
  private static final PDType1Font FONT = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
  private static final float FONT_SIZE = 11;
  private static final float LEADING = 14;
  private static final float MARGIN = 60;

  /** How one page was scanned. */
  public record Scan(int dpi, double skewDegrees, double speckles) {
    /** A clean, straight 300 dpi scan. */
    public static final Scan CLEAN = new Scan(300, 0, 0);
  }

  private final List<String> lines;

  private ScannedPaper(List<String> lines) {
    this.lines = lines;
  }

  /** The paper in {@code textFile}, a bundled corpus paper, line for line. */
  public static ScannedPaper of(Path textFile) throws IOException {
    List<String> lines = new ArrayList<>();
    for (String line : Files.readAllLines(textFile, StandardCharsets.UTF_8)) {
      lines.add(PaperFiles.printable(line.strip()));
    }
    return new ScannedPaper(lines);
  }

  /** A paper of the given lines. */
  public static ScannedPaper of(List<String> lines) {
    return new ScannedPaper(lines.stream().map(l -> PaperFiles.printable(l.strip())).toList());
  }

  /** The text as printed: what OCR should give back, word for word. */
  public String printedText() {
    return String.join("\n", lines);
  }

  /** The paper as a PDF with a text layer, laid out as the scans are. */
  public Path textPdf(Path file) throws IOException {
    try (PDDocument document = layOut()) {
      document.save(file.toFile());
    }
    return file;
  }

  /** The pages as images, each scanned as {@code scans} says (the last setting repeats). */
  public List<BufferedImage> scan(List<Scan> scans, long seed) throws IOException {
    Random random = new Random(seed);
    List<BufferedImage> pages = new ArrayList<>();
    try (PDDocument document = layOut()) {
      PDFRenderer renderer = new PDFRenderer(document);
      for (int i = 0; i < document.getNumberOfPages(); i++) {
        Scan scan = scans.get(Math.min(i, scans.size() - 1));
        BufferedImage page = renderer.renderImageWithDPI(i, scan.dpi(), ImageType.GRAY);
        pages.add(speckle(skew(page, scan.skewDegrees()), scan.speckles(), random));
      }
    }
    return pages;
  }

  /** An image-only PDF: one full-page picture per page, no text layer. */
  public static Path imagePdf(List<BufferedImage> pages, List<Scan> scans, Path file)
      throws IOException {
    try (PDDocument document = new PDDocument()) {
      for (int i = 0; i < pages.size(); i++) {
        BufferedImage image = pages.get(i);
        float dpi = scans.get(Math.min(i, scans.size() - 1)).dpi();
        PDRectangle size =
            new PDRectangle(image.getWidth() * 72f / dpi, image.getHeight() * 72f / dpi);
        PDPage page = new PDPage(size);
        document.addPage(page);
        PDImageXObject picture = LosslessFactory.createFromImage(document, image);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
          content.drawImage(picture, 0, 0, size.getWidth(), size.getHeight());
        }
      }
      document.save(file.toFile());
    }
    return file;
  }

  /** A multi-page TIFF, LZW-compressed, its resolution recorded as scanners do. */
  public static Path tiff(List<BufferedImage> pages, List<Scan> scans, Path file)
      throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
    try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
      writer.setOutput(out);
      writer.prepareWriteSequence(null);
      for (int i = 0; i < pages.size(); i++) {
        BufferedImage image = pages.get(i);
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionType("LZW");
        IIOMetadata metadata =
            writer.getDefaultImageMetadata(new ImageTypeSpecifier(image), param);
        withResolution(metadata, scans.get(Math.min(i, scans.size() - 1)).dpi());
        writer.writeToSequence(new IIOImage(image, null, metadata), param);
      }
      writer.endWriteSequence();
    } finally {
      writer.dispose();
    }
    return file;
  }

  /** One page as a PNG image. */
  public static Path png(BufferedImage page, Path file) throws IOException {
    ImageIO.write(page, "png", file.toFile());
    return file;
  }

  private PDDocument layOut() throws IOException {
    PDDocument document = new PDDocument();
    PDRectangle size = PDRectangle.A4;
    float width = size.getWidth() - 2 * MARGIN;
    PDPageContentStream content = null;
    float y = 0;
    int pageNumber = 0;
    try {
      for (String source : lines) {
        List<String> wrapped = source.isEmpty() ? List.of("") : PaperFiles.wrap(source, FONT, width);
        for (String line : wrapped) {
          if (content == null || y < MARGIN + 2 * LEADING) {
            if (content != null) {
              content.close();
            }
            PDPage page = new PDPage(size);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            pageNumber++;
            footer(content, "Page " + pageNumber, size);
            y = size.getHeight() - MARGIN;
          }
          if (!line.isEmpty()) {
            content.beginText();
            content.setFont(FONT, FONT_SIZE);
            content.newLineAtOffset(MARGIN, y);
            content.showText(line);
            content.endText();
          }
          y -= LEADING;
        }
      }
    } finally {
      if (content != null) {
        content.close();
      }
    }
    return document;
  }

  private static void footer(PDPageContentStream content, String text, PDRectangle size)
      throws IOException {
    float textWidth = FONT.getStringWidth(text) / 1000 * FONT_SIZE;
    content.beginText();
    content.setFont(FONT, FONT_SIZE);
    content.newLineAtOffset((size.getWidth() - textWidth) / 2, MARGIN / 2);
    content.showText(text);
    content.endText();
  }

  private static BufferedImage skew(BufferedImage page, double degrees) {
    if (degrees == 0) {
      return page;
    }
    BufferedImage out =
        new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = out.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, out.getWidth(), out.getHeight());
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.drawImage(
          page,
          AffineTransform.getRotateInstance(
              Math.toRadians(degrees), page.getWidth() / 2.0, page.getHeight() / 2.0),
          null);
    } finally {
      g.dispose();
    }
    return out;
  }

  /** Dark specks on a {@code share} of the pixels, as dust on a scanner's glass. */
  private static BufferedImage speckle(BufferedImage page, double share, Random random) {
    int specks = (int) (page.getWidth() * (long) page.getHeight() * share);
    for (int i = 0; i < specks; i++) {
      int x = random.nextInt(page.getWidth() - 1);
      int y = random.nextInt(page.getHeight() - 1);
      int grey = 40 + random.nextInt(80);
      int rgb = new Color(grey, grey, grey).getRGB();
      page.setRGB(x, y, rgb);
      if (random.nextBoolean()) {
        page.setRGB(x + 1, y, rgb);
      }
    }
    return page;
  }

  private static void withResolution(IIOMetadata metadata, int dpi) throws IOException {
    double millimetresPerPixel = 25.4 / dpi;
    IIOMetadataNode horizontal = new IIOMetadataNode("HorizontalPixelSize");
    horizontal.setAttribute("value", Double.toString(millimetresPerPixel));
    IIOMetadataNode vertical = new IIOMetadataNode("VerticalPixelSize");
    vertical.setAttribute("value", Double.toString(millimetresPerPixel));
    IIOMetadataNode dimension = new IIOMetadataNode("Dimension");
    dimension.appendChild(horizontal);
    dimension.appendChild(vertical);
    IIOMetadataNode root = new IIOMetadataNode("javax_imageio_1.0");
    root.appendChild(dimension);
    metadata.mergeTree("javax_imageio_1.0", root);
  }
}
