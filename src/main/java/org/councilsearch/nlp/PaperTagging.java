package org.councilsearch.nlp;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.councilsearch.model.Entities;
import org.councilsearch.model.Organization;
import org.councilsearch.model.Paper;
import org.councilsearch.model.Passage;
import org.councilsearch.nlp.Gazetteer.KnownName;
import org.councilsearch.nlp.Mention.Source;
import org.councilsearch.nlp.PhraseMatcher.Match;
import org.councilsearch.nlp.PhraseMatcher.Phrase;
import opennlp.tools.util.Span;

/**
 * Tags one paper, in three passes: read every passage and heading into sentences and learn the
 * acronyms the paper defines; find names in each sentence (gazetteer, the paper's acronyms,
 * titles, event shapes, then contextual phrases such as "the Unit" and the statistical model);
 * then resolve organizations and assemble each passage's {@link Entities}. Holds the OpenNLP ME
 * objects of one thread: not thread-safe; it forgets each paper when done, so one instance tags
 * paper after paper.
 */
final class PaperTagging {
  private final TaggerParts parts;
  private final TextAnalyzer analyzer;
  private final StatisticalNames model;

  PaperTagging(TaggerParts parts) {
    this.parts = parts;
    this.analyzer = new TextAnalyzer(parts.models());
    this.model = parts.models().nameFinder().map(StatisticalNames::new).orElse(null);
  }

  List<Entities> tag(Paper paper, List<Passage> passages) {
    try {
      return assemble(read(paper, passages), passages);
    } finally {
      endOfPaper();
    }
  }

  /** Forgets the paper: the statistical model's adaptive data goes. */
  void endOfPaper() {
    if (model != null) {
      model.endOfPaper();
    }
  }

  /** A paper's passages and headings with their settled names and dates, before events are assembled. */
  record ReadPaper(List<TaggedText> passages, Map<String, TaggedText> headings, PaperLexicon lexicon) {}

  /** Passes 1 and 2: sentences, the paper's acronyms, names in every sentence, organizations resolved. */
  ReadPaper read(Paper paper, List<Passage> passages) {
    List<Analyzed> texts = new ArrayList<>();
    for (Passage passage : passages) {
      String language = passage.language() != null ? passage.language() : paper.metadata().language();
      texts.add(new Analyzed(passage.text(), analyzer.analyze(passage.text()), language));
    }
    Map<String, Analyzed> headings = new LinkedHashMap<>();
    for (Passage passage : passages) {
      for (String heading : passage.section()) {
        headings.computeIfAbsent(heading, h -> new Analyzed(h, analyzer.analyze(h), paper.metadata().language()));
      }
    }
    List<Analyzed> all = concat(texts, headings.values());
    // An acronym defined anywhere in the paper holds everywhere in it.
    List<AcronymDefinition> definitions = new ArrayList<>();
    for (Analyzed text : all) {
      for (Sentence sentence : text.sentences()) {
        definitions.addAll(parts.acronyms().find(text.text(), sentence.tokens()));
      }
    }
    PaperLexicon lexicon = PaperLexicon.learn(definitions, parts.gazetteer(), analyzer.tokenizer());

    for (Analyzed text : all) {
      for (Sentence sentence : text.sentences()) {
        text.candidates().add(ruleMentions(text.text(), sentence, lexicon, text.language()));
      }
    }
    // "the Unit" stands for an organization only in a paper that names it; "the Organization"
    // for the house organization in every paper.
    Set<String> named = new HashSet<>();
    for (Analyzed text : all) {
      text.candidates().forEach(list -> list.stream()
          .filter(m -> m.kind() == EntityKind.ORGANIZATION)
          .forEach(m -> named.add(m.ref())));
    }
    String own = ownOrganization(paper);
    if (own != null) {
      named.add(own);
    }
    PhraseMatcher<String> contextual = contextualMatcher(named, own);
    for (Analyzed text : all) {
      for (int s = 0; s < text.sentences().size(); s++) {
        Sentence sentence = text.sentences().get(s);
        List<Mention> candidates = text.candidates().get(s);
        candidates.addAll(contextualMentions(text.text(), sentence, contextual));
        if (mayHoldAnotherName(sentence, candidates)) {
          candidates.addAll(modelMentions(text.text(), sentence));
        }
        text.candidates().set(s, MentionSelection.select(candidates));
      }
    }

    Map<String, String> clusters = clusterUnknownOrganizations(all);
    Set<String> regions = new HashSet<>();
    for (Analyzed text : all) {
      text.candidates().forEach(list -> list.stream()
          .filter(m -> m.kind() == EntityKind.PLACE && m.source() != Source.MODEL && !parts.gazetteer().isReported(m.ref()))
          .forEach(m -> regions.add(m.ref())));
    }
    List<TaggedText> tagged = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      Analyzed text = texts.get(i);
      tagged.add(text.tagged(clusters, regions, parts.dates().find(text.text(), paper.metadata().year(), text.language())));
    }
    Map<String, TaggedText> taggedHeadings = new LinkedHashMap<>();
    headings.forEach((heading, text) -> taggedHeadings.put(heading, text.tagged(clusters, regions, List.of())));
    return new ReadPaper(tagged, taggedHeadings, lexicon);
  }

  /** Pass 3: events (a heading's events belong to every passage beneath it) and each passage's entities. */
  private List<Entities> assemble(ReadPaper read, List<Passage> passages) {
    EventAssembler assembler = new EventAssembler();
    Map<String, EventAssembler.Draft> headingEvents = new HashMap<>();
    List<Entities> out = new ArrayList<>();
    for (int p = 0; p < passages.size(); p++) {
      TaggedText text = read.passages().get(p);
      Map<String, EventAssembler.Draft> events = new LinkedHashMap<>();
      for (String heading : passages.get(p).section()) {
        TaggedText headingText = read.headings().get(heading);
        for (Mention event : headingText.all()) {
          if (event.kind() != EntityKind.EVENT) {
            continue;
          }
          // Described once, by the first passage beneath the heading.
          String id = heading + "\u0000" + event.start();
          EventAssembler.Draft draft = headingEvents.computeIfAbsent(id, k -> assembler.beneathHeading(headingText, event, text));
          events.merge(draft.key(), draft, EventAssembler.Draft::completedBy);
        }
      }
      for (EventAssembler.Draft draft : assembler.named(text)) {
        // The passage's own words describe the event better than the heading above it.
        events.merge(draft.key(), draft, (heading, own) -> own.completedBy(heading));
      }
      out.add(new PassageEntities(parts.gazetteer(), read.lexicon()).of(text, events.values().stream().map(EventAssembler.Draft::toEvent).toList()));
    }
    return out;
  }

  /**
   * Gazetteer names, the paper's acronyms, titled people, event shapes and the national bodies of
   * a text in {@code language} in one sentence.
   */
  private List<Mention> ruleMentions(String text, Sentence sentence, PaperLexicon lexicon, String language) {
    List<Mention> out = new ArrayList<>();
    for (Match<KnownName> match : parts.known().find(sentence.tokens())) {
      if (insideSymbol(text, sentence, match.from(), match.to())) {
        continue; // "EC" in "EC/67/SC/CRP.10" is a document series, not the European Commission
      }
      if (match.to() - match.from() == 1 && parts.capitalWords().isWord(sentence.tokens(), match.from(), language)) {
        continue; // "AU" in a French line in capitals is "au", not the African Union
      }
      KnownName name = match.payload();
      EntityKind kind =
          switch (name.kind()) {
            case ORGANIZATION -> EntityKind.ORGANIZATION;
            case PLACE -> EntityKind.PLACE;
            case EVENT -> EntityKind.EVENT;
          };
      String type = kind == EntityKind.EVENT ? parts.gazetteer().eventType(name.canonical()) : null;
      out.add(mention(text, sentence, kind, Source.GAZETTEER, match.from(), match.to(), name.canonical(), type));
    }
    for (Match<String> match : lexicon.matcher().find(sentence.tokens())) {
      out.add(mention(text, sentence, EntityKind.ORGANIZATION, Source.PAPER, match.from(), match.to(), match.payload(), null));
    }
    for (NationalBodies.Found found : parts.nationalBodies().find(sentence.tokens(), language)) {
      String name = sentence.cover(text, found.from(), found.to());
      out.add(mention(text, sentence, EntityKind.ORGANIZATION, Source.PATTERN, found.from(), found.to(), name, null));
    }
    WordView view = WordView.of(text, sentence.tokens());
    for (Span span : parts.people().find(view)) {
      int from = view.token(span.getStart());
      int to = view.token(span.getEnd());
      out.add(mention(text, sentence, EntityKind.PERSON, Source.TITLE, from, to, sentence.cover(text, from, to), null));
    }
    for (EventFinder.Found found : parts.events().find(view)) {
      int from = view.token(found.from());
      int to = view.token(found.to());
      out.add(mention(text, sentence, EntityKind.EVENT, Source.PATTERN, from, to, sentence.cover(text, from, to), found.type()));
    }
    return out;
  }

  /**
   * The organization whose paper it is, as the paper says ("International Labour Organization"
   * for a Governing Body paper), else the house organization of the archive.
   */
  private String ownOrganization(Paper paper) {
    String house = parts.gazetteer().house().map(Organization::name).orElse(null);
    if (paper.metadata().organization() == null) {
      return house;
    }
    return parts.gazetteer().nameOf(paper.metadata().organization()).orElse(house);
  }

  /** Contextual phrases of named organizations; the house's ("the Organization") stand for the paper's own. */
  /** Whether tokens [from, to) are glued to a document symbol by a slash: "EC/67/SC/CRP.10", "A/AC.96". */
  private static boolean insideSymbol(String text, Sentence sentence, int from, int to) {
    int start = sentence.token(from).start();
    int end = sentence.token(to - 1).end();
    return (end < text.length() && text.charAt(end) == '/') || (start > 0 && text.charAt(start - 1) == '/');
  }

  private PhraseMatcher<String> contextualMatcher(Set<String> named, String own) {
    String house = parts.gazetteer().house().map(Organization::name).orElse(null);
    List<Phrase<String>> phrases = new ArrayList<>();
    parts.contextualPhrases().forEach((phrase, organization) -> {
      String meant = own != null && organization.equals(house) ? own : organization;
      if (named.contains(meant)) {
        phrases.add(new Phrase<>(analyzer.tokenizer().tokenize(phrase).stream().map(Token::text).toList(), meant));
      }
    });
    return new PhraseMatcher<>(phrases);
  }

  /** "the Unit", "the Organization": only when no capitalized name goes on ("the Organization for Security ..."). */
  private List<Mention> contextualMentions(String text, Sentence sentence, PhraseMatcher<String> contextual) {
    List<Mention> out = new ArrayList<>();
    if (contextual.isEmpty()) {
      return out;
    }
    for (Match<String> match : contextual.find(sentence.tokens())) {
      if (continuesAsName(sentence, match.to())) {
        continue;
      }
      out.add(mention(text, sentence, EntityKind.ORGANIZATION, Source.CONTEXT, match.from(), match.to(), match.payload(), null));
    }
    return out;
  }

  private static boolean continuesAsName(Sentence sentence, int next) {
    if (next >= sentence.size()) {
      return false;
    }
    String word = sentence.token(next).text();
    if (Character.isUpperCase(word.codePointAt(0))) {
      return true;
    }
    boolean connector = word.equals("for") || word.equals("of") || word.equals("on");
    return connector && next + 1 < sentence.size() && Character.isUpperCase(sentence.token(next + 1).text().codePointAt(0));
  }

  /**
   * Whether the statistical model could add a name the rules have not found: only where a word
   * after the first is capitalized and no rule's name covers it. Every name the model may keep
   * starts capitalized ({@link ModelNameFilter}), and a name of one word opening a sentence is the
   * one kind this passes by; most sentences of a council paper hold known names or none, and the
   * model was most of the tagging time.
   */
  private static boolean mayHoldAnotherName(Sentence sentence, List<Mention> found) {
    boolean[] covered = new boolean[sentence.size()];
    for (Mention m : found) {
      for (int i = m.from(); i < m.to(); i++) {
        covered[i] = true;
      }
    }
    for (int i = 1; i < sentence.size(); i++) {
      if (!covered[i] && Character.isUpperCase(sentence.token(i).text().codePointAt(0))) {
        return true;
      }
    }
    return false;
  }

  /** The statistical model's names, where they look like names of their kind. */
  private List<Mention> modelMentions(String text, Sentence sentence) {
    List<Mention> out = new ArrayList<>();
    if (model == null) {
      return out;
    }
    String[] partsOfSpeech = null;
    for (StatisticalNames.Found found : model.find(sentence)) {
      String surface = sentence.cover(text, found.from(), found.to());
      if (found.kind() == EntityKind.PERSON && partsOfSpeech == null) {
        partsOfSpeech = analyzer.partsOfSpeech(sentence);
      }
      if (!parts.modelFilter().accepts(found, sentence, surface, partsOfSpeech)) {
        continue;
      }
      String ref = switch (found.kind()) {
        case EVENT -> EventAssembler.tidy(surface);
        // "Parliamentary Assembly" may be the contextual "the Parliamentary Assembly" of a known body.
        case ORGANIZATION -> parts.gazetteer().nameOf(surface).or(() -> parts.gazetteer().nameOf("the " + surface)).orElse(surface);
        default -> surface;
      };
      String type = found.kind() == EntityKind.EVENT ? EventKinds.typeOf(surface) : null;
      out.add(mention(text, sentence, found.kind(), Source.MODEL, found.from(), found.to(), ref, type));
    }
    return out;
  }

  /**
   * The model's organizations that no gazetteer entry covers become organizations of the paper,
   * named by the longest form the paper uses: "Women’s Federation" is the "Women’s Federation
   * for World Peace International" named elsewhere in the paper.
   */
  private Map<String, String> clusterUnknownOrganizations(List<Analyzed> texts) {
    List<String> forms = new ArrayList<>();
    for (Analyzed text : texts) {
      for (List<Mention> mentions : text.candidates()) {
        for (Mention m : mentions) {
          boolean known = parts.gazetteer().nameOf(m.ref()).filter(m.ref()::equals).isPresent();
          if (m.kind() == EntityKind.ORGANIZATION && m.source() == Source.MODEL && !known && !forms.contains(m.ref())) {
            forms.add(m.ref());
          }
        }
      }
    }
    Map<String, String> canonical = new HashMap<>();
    for (String form : forms) {
      String longest = form;
      String folded = " " + Folding.fold(form) + " ";
      for (String other : forms) {
        if (other.length() > longest.length() && (" " + Folding.fold(other) + " ").contains(folded)) {
          longest = other;
        }
      }
      canonical.put(form, longest);
    }
    return canonical;
  }

  private static Mention mention(
      String text, Sentence sentence, EntityKind kind, Source source, int from, int to, String ref, String type) {
    int start = sentence.token(from).start();
    int end = sentence.token(to - 1).end();
    return new Mention(kind, source, from, to, start, end, text.substring(start, end), ref, type);
  }

  private static List<Analyzed> concat(List<Analyzed> first, Collection<Analyzed> second) {
    List<Analyzed> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }

  /** A text in the making: its sentences and, per sentence, its name candidates, then its settled names. */
  private record Analyzed(String text, List<Sentence> sentences, String language, List<List<Mention>> candidates) {
    Analyzed(String text, List<Sentence> sentences, String language) {
      this(text, sentences, language, new ArrayList<>());
    }

    /**
     * The settled names, with the model's organizations named as their cluster and world regions
     * left out: they were found only so that nothing else would claim them.
     */
    TaggedText tagged(Map<String, String> clusters, Set<String> regions, List<DateMention> dates) {
      List<List<Mention>> resolved = new ArrayList<>();
      for (List<Mention> mentions : candidates) {
        resolved.add(
            mentions.stream()
                .filter(m -> !(m.kind() == EntityKind.PLACE && m.source() != Source.MODEL && regions.contains(m.ref())))
                .map(m -> m.kind() == EntityKind.ORGANIZATION && m.source() == Source.MODEL
                    ? m.withRef(clusters.getOrDefault(m.ref(), m.ref()))
                    : m)
                .toList());
      }
      return new TaggedText(text, sentences, resolved, dates);
    }
  }
}
