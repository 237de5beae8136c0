package org.councilsearch.ingest.structure;

import java.util.List;
import java.util.Objects;
import org.councilsearch.model.PassageKind;

/**
 * One passage as the segmenter finds it, before it is given an id within a paper.
 *
 * @param number the printed paragraph or annex item number it falls under ("4", "2"), or null
 * @param kind what it is in the paper's structure
 * @param section the headings above it, outermost first
 * @param text cleaned text: one paragraph, no line wraps, no bullet glyphs or markup
 */
public record Segment(String number, PassageKind kind, List<String> section, String text) {
  public Segment {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    section = List.copyOf(section);
  }
}
