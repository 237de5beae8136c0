package org.councilsearch.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.councilsearch.nlp.Gazetteer.KnownName;
import org.councilsearch.nlp.PhraseMatcher.Phrase;

/**
 * What every tagging run shares: the models, the gazetteer and the finders built from it, all
 * immutable and thread-safe. Built once, in {@link OpenNlpTagger}'s constructor.
 */
record TaggerParts(
    NlpModels models,
    Gazetteer gazetteer,
    PhraseMatcher<KnownName> known,
    Map<String, String> contextualPhrases,
    EventFinder events,
    PersonFinder people,
    AcronymFinder acronyms,
    ModelNameFilter modelFilter,
    DateFinder dates,
    CapitalWords capitalWords,
    NationalBodies nationalBodies) {

  static TaggerParts build(NlpModels models, Gazetteer gazetteer, DateFinder dates) {
    // Aliases are tokenized exactly as passages will be, so that they match token for token.
    CouncilTokenizer tokenizer = new CouncilTokenizer(models);
    List<Phrase<KnownName>> phrases = new ArrayList<>();
    for (KnownName name : gazetteer.knownNames()) {
      phrases.add(new Phrase<>(tokenizer.tokenize(name.written()).stream().map(Token::text).toList(), name));
    }
    return new TaggerParts(
        models,
        gazetteer,
        new PhraseMatcher<>(phrases),
        gazetteer.contextualPhrases(),
        new EventFinder(new QuotedTitles()),
        new PersonFinder(gazetteer.personTitles()),
        new AcronymFinder(),
        new ModelNameFilter(gazetteer),
        dates,
        CapitalWords.shipped(),
        NationalBodies.shipped());
  }
}
