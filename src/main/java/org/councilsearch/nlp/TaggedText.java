package org.councilsearch.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * A passage or heading with its sentences, the names settled in each sentence, and its dates.
 *
 * @param text the whole text
 * @param sentences its sentences
 * @param mentions for each sentence, its names in text order
 * @param dates the dates in the whole text, in text order
 */
record TaggedText(String text, List<Sentence> sentences, List<List<Mention>> mentions, List<DateMention> dates) {
  TaggedText {
    sentences = List.copyOf(sentences);
    mentions = mentions.stream().map(List::copyOf).toList();
    dates = List.copyOf(dates);
  }

  /** Every name of the text, sentence after sentence. */
  List<Mention> all() {
    List<Mention> all = new ArrayList<>();
    mentions.forEach(all::addAll);
    return all;
  }

  /** The dates that lie in sentence {@code index}. */
  List<DateMention> datesIn(int index) {
    Sentence sentence = sentences.get(index);
    return dates.stream().filter(d -> d.start() >= sentence.start() && d.end() <= sentence.end()).toList();
  }

  String sentenceText(int index) {
    Sentence sentence = sentences.get(index);
    return text.substring(sentence.start(), sentence.end());
  }
}
