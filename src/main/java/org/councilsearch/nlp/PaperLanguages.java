package org.councilsearch.nlp;

import java.util.Set;
import org.councilsearch.model.PaperContent;

/**
 * Says which language a paper and each of its passages are written in. Implementations are
 * thread-safe: several indexing threads read different papers at once.
 */
public interface PaperLanguages {
  /**
   * The same paper with {@code language} set on its metadata and on every passage: a passage long
   * enough to tell gets its own (an annex in another language), a shorter one its paper's.
   */
  PaperContent detect(PaperContent content);

  /**
   * The language of a short text, such as a query, among {@code candidates} (ISO 639-1 codes): the
   * candidate the model finds likeliest, or null when it finds none of them likely at all.
   */
  String languageOf(String text, Set<String> candidates);

  /**
   * Says that papers are about to come, so that a detector that loads its model lazily may start
   * now, in the background; {@link #detect} works without it.
   */
  default void prepare() {}
}
