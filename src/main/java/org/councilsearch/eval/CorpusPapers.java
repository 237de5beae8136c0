package org.councilsearch.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.councilsearch.ingest.Corpus;
import org.councilsearch.ingest.CorpusFile;
import org.councilsearch.ingest.ExtractionException;
import org.councilsearch.ingest.ExtractionLimits;
import org.councilsearch.ingest.PaperReader;
import org.councilsearch.ingest.TikaExtractor;
import org.councilsearch.ingest.structure.PaperParser;
import org.councilsearch.model.PaperContent;
import org.councilsearch.nlp.LineRoleModel;

/** Reads a corpus directory into papers and passages exactly as the indexer does (Tika, clean-up, segmenter). */
public final class CorpusPapers {
  private CorpusPapers() {}

  /**
   * @throws org.councilsearch.ingest.CorpusNotFoundException when the directory is missing
   * @throws IOException when a paper cannot be read: the gold set needs every paper
   */
  public static List<PaperContent> read(Path dir) throws IOException {
    PaperReader reader = new PaperReader(new TikaExtractor(ExtractionLimits.DEFAULTS), new PaperParser(LineRoleModel.shipped()));
    List<PaperContent> papers = new ArrayList<>();
    for (CorpusFile file : new Corpus(dir).files()) {
      try {
        papers.add(reader.read(file, Corpus.contentHash(file.path())));
      } catch (ExtractionException e) {
        throw new IOException("cannot read " + file.source() + ": " + e.getMessage(), e);
      }
    }
    return List.copyOf(papers);
  }
}
