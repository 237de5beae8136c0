package org.councilsearch.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.councilsearch.ingest.Corpus;
import org.councilsearch.ingest.CorpusFile;
import org.councilsearch.ingest.ExtractionException;
import org.councilsearch.ingest.PaperReader;
import org.councilsearch.model.PaperContent;
import org.councilsearch.model.Passage;
import org.councilsearch.model.PassageKind;

/**
 * The pieces generated papers are recombined from: the bundled corpus's paragraphs, items and
 * headings, each with the year of the paper it came from so that its dates can be moved. Read once
 * through the same reader the indexer uses, so the pieces are clean text. Immutable.
 */
final class SourceMaterial {
  /** A paragraph shorter than this is a fragment (a lone line, a caption), not worth reusing. */
  private static final int MIN_PARAGRAPH_CHARS = 80;

  private static final Pattern ROMAN_PREFIX = Pattern.compile("^(?:[IVX]+|[A-H])\\.\\s*");

  /** A piece of text and the year of the paper it came from. */
  record Piece(String text, int year) {}

  private final List<Piece> paragraphs;
  private final List<Piece> items;
  private final List<Piece> headings;

  SourceMaterial(List<Piece> paragraphs, List<Piece> items, List<Piece> headings) {
    if (paragraphs.isEmpty() || headings.isEmpty()) {
      throw new IllegalArgumentException("the source corpus has no numbered paragraphs or headings");
    }
    this.paragraphs = List.copyOf(paragraphs);
    this.items = items.isEmpty() ? List.copyOf(paragraphs) : List.copyOf(items);
    this.headings = List.copyOf(headings);
  }

  /**
   * Reads every paper of {@code corpus}; a paper without a year is skipped, as its dates could not
   * be moved consistently.
   *
   * @throws IOException when a paper cannot be read: the material must not depend on luck
   */
  static SourceMaterial read(Corpus corpus, PaperReader reader) throws IOException {
    List<Piece> paragraphs = new ArrayList<>();
    List<Piece> items = new ArrayList<>();
    Set<Piece> headings = new LinkedHashSet<>();
    for (CorpusFile file : corpus.files()) {
      PaperContent content;
      try {
        content = reader.read(file, Corpus.contentHash(file.path()));
      } catch (ExtractionException e) {
        throw new IOException("cannot read " + file.source() + ": " + e.getMessage(), e);
      }
      Integer year = content.paper().metadata().year();
      if (year == null) {
        continue;
      }
      for (Passage p : content.passages()) {
        if (p.kind() == PassageKind.ITEM) {
          items.add(new Piece(p.text(), year));
        } else if (p.text().length() >= MIN_PARAGRAPH_CHARS) {
          paragraphs.add(new Piece(p.text(), year));
        }
        if (!p.section().isEmpty()) {
          String top = ROMAN_PREFIX.matcher(p.section().get(0)).replaceFirst("").strip();
          if (!top.isEmpty() && top.length() < 100) {
            headings.add(new Piece(top, year));
          }
        }
      }
    }
    return new SourceMaterial(paragraphs, items, new ArrayList<>(headings));
  }

  List<Piece> paragraphs() {
    return paragraphs;
  }

  List<Piece> items() {
    return items;
  }

  List<Piece> headings() {
    return headings;
  }
}
