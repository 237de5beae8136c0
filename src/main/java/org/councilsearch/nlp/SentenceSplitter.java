package org.councilsearch.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;

/**
 * Finds sentence boundaries with OpenNLP's English detector, then rejoins the splits it makes
 * after titles and abbreviations ("Ms. | Michelle Bachelet", "St. | Lucia"), which would cut a
 * name in two. Not thread-safe: one instance per thread.
 */
final class SentenceSplitter {
  private static final Set<String> NO_BREAK_AFTER =
      Set.of(
          "mr.", "mrs.", "ms.", "dr.", "prof.", "st.", "mt.", "messrs.", "mme.", "h.e.", "no.", "nos.",
          "art.", "para.", "paras.", "e.g.", "i.e.", "cf.", "vs.", "jr.", "sr.", "rev.", "vol.", "ch.",
          "fig.", "approx.", "ltd.", "inc.", "corp.");

  private final SentenceDetectorME detector;

  SentenceSplitter(NlpModels models) {
    this.detector = new SentenceDetectorME(models.sentences());
  }

  /** Sentence spans of {@code text}, trimmed, in order. */
  List<Span> split(String text) {
    Span[] raw = detector.sentPosDetect(text);
    List<Span> out = new ArrayList<>();
    for (Span span : raw) {
      if (!out.isEmpty() && endsWithAbbreviation(text, out.get(out.size() - 1))) {
        Span last = out.remove(out.size() - 1);
        out.add(new Span(last.getStart(), span.getEnd()));
      } else {
        out.add(span);
      }
    }
    if (out.isEmpty() && !text.isBlank()) {
      out.add(new Span(0, text.length()));
    }
    return out;
  }

  private static boolean endsWithAbbreviation(String text, Span sentence) {
    String content = text.substring(sentence.getStart(), sentence.getEnd()).stripTrailing();
    int space = Math.max(content.lastIndexOf(' '), content.lastIndexOf('('));
    String lastWord = content.substring(space + 1).toLowerCase(Locale.ROOT);
    return NO_BREAK_AFTER.contains(lastWord);
  }
}
