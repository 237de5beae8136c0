package org.councilsearch.nlp;

import java.util.List;
import java.util.Objects;
import org.councilsearch.model.Entities;
import org.councilsearch.model.Paper;
import org.councilsearch.model.Passage;

/**
 * Tags passages with Apache OpenNLP and the curated gazetteer: organizations resolved to one
 * canonical entity each, dates, events with their date, place and organizations, places and
 * people. Combines the gazetteer ({@code DictionaryNameFinder}), the acronyms each paper defines,
 * event and title patterns ({@code RegexNameFinder}) and our trained {@code NameFinderME}.
 *
 * <p>Thread-safe: models and gazetteer are shared; OpenNLP's ME objects are not, so each thread
 * keeps its own, made on its first paper and reused for the next (with what the tokenizer learnt
 * of the vocabulary), and several threads may tag different papers at once.
 */
public final class OpenNlpTagger implements EntityTagger {
  private final TaggerParts parts;
  private final ThreadLocal<PaperTagging> perThread;

  /**
   * @param models the OpenNLP models; {@link NlpModels#withNameFinder} swaps in another name
   *     finder, e.g. one trained with a paper held out
   * @param gazetteer the curated organizations, places and events
   * @param dates finds and normalizes dates
   */
  public OpenNlpTagger(NlpModels models, Gazetteer gazetteer, DateFinder dates) {
    this.parts =
        TaggerParts.build(
            Objects.requireNonNull(models, "models"),
            Objects.requireNonNull(gazetteer, "gazetteer"),
            Objects.requireNonNull(dates, "dates"));
    this.perThread = ThreadLocal.withInitial(() -> new PaperTagging(parts));
  }

  @Override
  public List<Entities> tag(Paper paper, List<Passage> passages) {
    Objects.requireNonNull(paper, "paper");
    if (passages.isEmpty()) {
      return List.of();
    }
    return perThread.get().tag(paper, passages);
  }
}
