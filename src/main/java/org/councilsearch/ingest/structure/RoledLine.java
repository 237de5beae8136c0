package org.councilsearch.ingest.structure;

/** A printed line with the role the model, or a labelled paper, gives it. */
public record RoledLine(PrintedLine line, LineRole role) {
  public String text() {
    return line.text();
  }
}
