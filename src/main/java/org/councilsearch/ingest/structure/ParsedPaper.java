package org.councilsearch.ingest.structure;

import java.util.List;
import org.councilsearch.model.PaperMetadata;

/** A paper's text read into its metadata and its passages, in reading order. */
public record ParsedPaper(PaperMetadata metadata, List<Segment> segments) {
  public ParsedPaper {
    segments = List.copyOf(segments);
  }
}
