package org.councilsearch.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.councilsearch.index.Schema;
import org.councilsearch.model.Interpretation;
import org.councilsearch.model.Interpretation.Expansion;

/**
 * Turns an interpretation into the ranking query. Word relevance is BM25; on top of it, constant
 * bonuses put what the interpretation asks for first: passages of the years asked for, passages
 * tagged with the organization named, and passages where it worked with the paper's organization.
 * Thread-safe.
 */
final class RankingQueries {
  /** Larger than any word score on paragraph-length text, so in-year passages come first. */
  static final float YEAR_BONUS = 100f;

  /** Passages tagged with the partner asked for rank above those about its predecessors. */
  static final float PARTNER_BONUS = 60f;

  /** Passages where the partner worked with the paper's organization, above mere mentions. */
  static final float COLLABORATION_BONUS = 30f;

  static final float TAGGED_ORGANIZATION_BOOST = 1f;
  static final float EXPANSION_BOOST = 0.8f;
  static final float PROXIMITY_BOOST = 1.5f;
  static final int PROXIMITY_SLOP = 6;

  /** Wording of joint work in council papers: the cue that a passage is a collaboration. */
  static final List<String> COLLABORATION_CUES =
      List.of(
          "in collaboration with", "collaborated", "collaboration", "jointly", "joint", "co-organized",
          "co-organised", "co-organizing", "co-hosted", "co-sponsored", "in cooperation with", "cooperation",
          "cooperate", "memorandum of understanding", "partnership", "partners", "together with",
          "organized by", "organized with", "with the support of", "in partnership with", "worked with");

  private final Schema schema;
  private final QueryReader reader;
  private final QueryBuilder phrases;
  private final AskingWords askingWords;

  /**
   * @param askingWords words that ask rather than describe ("how many", "received from"): they
   *     score when a passage has them but are never required
   */
  RankingQueries(Schema schema, QueryReader reader, AskingWords askingWords) {
    this.schema = schema;
    this.reader = reader;
    this.askingWords = askingWords;
    this.phrases = new QueryBuilder(schema.analyzer());
  }

  /** A year as the reading of a query prints the years it asks for ("2016 y 2017", "since 2011"). */
  private static final Pattern YEAR_WORD = Pattern.compile("\\b\\d{4}\\b");

  /** Operators and grouping that give a query an explicit Lucene meaning. */
  private static final Pattern EXPLICIT =
      Pattern.compile("\\b(?:AND|OR|NOT)\\b|&&|\\|\\||(?:^|\\s)[+\\-!]|[()]");

  /** One clause of a query as typed: a word, a "quoted phrase", a field:value, a field:[range]. */
  private static final Pattern CHUNK = Pattern.compile("\\S*(?:\"[^\"]*\"|\\[[^\\]]*\\]|\\{[^}]*\\})\\S*|\\S+");

  /** The plan that matches and scores passages; filters are added by the caller. */
  MatchPlan build(Interpretation in) {
    if (in.literal()) {
      return literal(in.words());
    }
    Supplier<String> language = new QueryLanguage(reader, in.words());
    String remaining = in.words();
    for (Expansion e : in.expansions()) {
      remaining = remove(remaining, e.term());
    }
    List<MatchPlan.Concept> names = new ArrayList<>();
    Set<String> named = new LinkedHashSet<>();
    // A term and its other forms are one concept: the best of them counts, not their sum, so a
    // passage that says both "PSEA" and "sexual exploitation and abuse" is not counted twice.
    for (Expansion e : in.expansions()) {
      List<Query> forms = new ArrayList<>();
      Query typed = reader.allWords(e.term());
      if (typed != null) {
        forms.add(typed);
      }
      if (QueryInterpreter.EVENTS.equals(e.source())) {
        forms.add(new BoostQuery(new ConstantScoreQuery(schema.aboutAnyEvent()), TAGGED_ORGANIZATION_BOOST));
        names.add(new MatchPlan.Concept(e.term(), new DisjunctionMaxQuery(forms, 0f)));
        continue;
      }
      int typedWords = Math.max(1, words(typed));
      for (String alternative : e.alternatives()) {
        Query phrase = phrase(alternative);
        if (phrase != null) {
          // A phrase scores the sum of its words, so a long form of three words would outweigh
          // the acronym it stands for three times over: scaled to the typed form's words, each
          // form of one concept weighs about the same.
          float perWord = (float) typedWords / Math.max(typedWords, words(phrase));
          forms.add(new BoostQuery(phrase, EXPANSION_BOOST * perWord));
        }
      }
      Query match = new DisjunctionMaxQuery(forms, 0f);
      String org = "organizations".equals(e.source()) ? reader.organization(e.term()) : null;
      boolean organization = org != null && in.organizations().contains(org) && named.add(org);
      if (organization) {
        match = organization(match, org, in);
      }
      names.add(new MatchPlan.Concept(e.term(), match, organization ? org : null));
    }
    // An organization named by its one and only name has no expansion; its tag still counts.
    for (String org : in.organizations()) {
      if (named.add(org)) {
        String without = remove(remaining, org);
        Query words = without.equals(remaining) ? null : reader.allWords(org);
        remaining = without;
        names.add(new MatchPlan.Concept(org, organization(words, org, in), org));
      }
    }
    List<MatchPlan.Concept> concepts = new ArrayList<>();
    List<MatchPlan.Concept> asking = new ArrayList<>();
    for (String word : remaining.isBlank() ? new String[0] : remaining.split("\\s+")) {
      Query q = reader.englishStopWords(word) ? null : reader.allWords(word);
      if (q != null) {
        (askingWords.asks(word) || reader.stopWordsOf(word, language) ? asking : concepts)
            .add(new MatchPlan.Concept(word, q));
      }
    }
    concepts.addAll(names);
    List<Query> bonuses = new ArrayList<>();
    // A year is no concept, but a passage that prints it says more about that year than one that
    // is only dated in it: its words score where they stand, and never widen what matches.
    if (in.hasYears() && in.years() != null) {
      Matcher year = YEAR_WORD.matcher(in.years());
      while (year.find()) {
        Query q = reader.allWords(year.group());
        if (q != null) {
          bonuses.add(q);
        }
      }
    }
    Query near = proximity(in.words());
    if (near != null) {
      bonuses.add(new BoostQuery(near, PROXIMITY_BOOST));
    }
    if (in.hasYears()) {
      bonuses.add(new BoostQuery(new ConstantScoreQuery(inYears(in.fromYear(), in.toYear())), YEAR_BONUS));
    }
    if (in.collaborationWith() != null) {
      bonuses.add(new BoostQuery(new ConstantScoreQuery(orgTerm(in.collaborationWith())), PARTNER_BONUS));
      bonuses.add(new BoostQuery(new ConstantScoreQuery(collaborationCue()), COLLABORATION_BONUS));
    }
    return MatchPlan.of(concepts, asking, bonuses, schema.passagesOnly());
  }

  /** The language of a query, told once and only if asked for. Not thread-safe: one query's. */
  private static final class QueryLanguage implements Supplier<String> {
    private final QueryReader reader;
    private final String query;
    private String told;
    private boolean asked;

    QueryLanguage(QueryReader reader, String query) {
      this.reader = reader;
      this.query = query;
    }

    @Override
    public String get() {
      if (!asked) {
        told = reader.languageOf(query);
        asked = true;
      }
      return told;
    }
  }

  /**
   * A query taken word for word. Without explicit operators its clauses are concepts, as in a
   * plain query; with them, Lucene's reading stands.
   */
  private MatchPlan literal(String text) {
    // Read whole first, so that a mistake is reported against the query as typed, not a clause.
    Query whole = reader.read(text);
    if (EXPLICIT.matcher(text).find()) {
      return MatchPlan.exactly(whole);
    }
    List<MatchPlan.Concept> concepts = new ArrayList<>();
    List<MatchPlan.Concept> asking = new ArrayList<>();
    Matcher m = CHUNK.matcher(text);
    while (m.find()) {
      String chunk = m.group();
      if (SpacedPunctuation.only(chunk)) {
        continue;
      }
      Query q = reader.readAll(chunk);
      if (!isEmpty(q) && !reader.englishStopWords(chunk)) {
        (askingWords.asks(chunk) ? asking : concepts).add(new MatchPlan.Concept(chunk, q));
      }
    }
    if (concepts.size() + asking.size() <= 1) {
      // One clause: nothing to count.
      return MatchPlan.exactly(whole);
    }
    return MatchPlan.of(concepts, asking, List.of(), schema.passagesOnly());
  }

  /**
   * An organization's concept: its names in the text, or the passage being tagged with it (which
   * lifts every tagged passage by the same amount), or, for the partner of a collaboration
   * question, its predecessors' tags.
   */
  private Query organization(Query words, String org, Interpretation in) {
    BooleanQuery.Builder forms = new BooleanQuery.Builder();
    if (words != null) {
      forms.add(words, Occur.SHOULD);
    }
    forms.add(new BoostQuery(new ConstantScoreQuery(orgTerm(org)), TAGGED_ORGANIZATION_BOOST), Occur.SHOULD);
    if (org.equals(in.collaborationWith())) {
      for (String predecessor : in.predecessors()) {
        forms.add(new ConstantScoreQuery(orgTerm(predecessor)), Occur.SHOULD);
      }
    }
    return forms.build();
  }

  /**
   * How many words {@code q} scores in one field: a phrase's terms, a word's one, all the words
   * it requires, and for the typed words searched in each field, the most of any field.
   */
  private static int words(Query q) {
    if (q instanceof PhraseQuery p) {
      return p.getTerms().length;
    }
    if (q instanceof BoostQuery b) {
      return words(b.getQuery());
    }
    if (q instanceof BooleanQuery b) {
      int required = 0;
      int most = 0;
      for (BooleanClause c : b.clauses()) {
        if (c.getOccur() == Occur.MUST) {
          required += words(c.getQuery());
        } else {
          most = Math.max(most, words(c.getQuery()));
        }
      }
      return Math.max(1, Math.max(required, most));
    }
    return 1;
  }

  private static boolean isEmpty(Query q) {
    return q instanceof BooleanQuery b && b.clauses().isEmpty();
  }

  /** The words with one term taken out, whole words only. */
  private static String remove(String words, String term) {
    return words
        .replaceAll("(?i)(?<![\\p{L}\\d])" + Pattern.quote(term) + "(?![\\p{L}\\d])", " ")
        .replaceAll("\\s+", " ")
        .strip();
  }

  /** Passages of papers reporting on those years, or that mention a date in them. */
  Query inYears(Integer from, Integer to) {
    int first = from == null ? 1000 : from;
    int last = to == null ? 2999 : to;
    return new BooleanQuery.Builder()
        .add(IntPoint.newRangeQuery(Schema.YEAR, first, last), Occur.SHOULD)
        .add(
            LongRange.newIntersectsQuery(
                Schema.DATES,
                new long[] {LocalDate.of(first, 1, 1).toEpochDay()},
                new long[] {LocalDate.of(last, 12, 31).toEpochDay()}),
            Occur.SHOULD)
        .build();
  }

  Query orgTerm(String canonical) {
    return new TermQuery(new Term(Schema.ORG, Schema.exact(canonical)));
  }

  Query collaborationCue() {
    BooleanQuery.Builder cues = new BooleanQuery.Builder();
    for (String cue : COLLABORATION_CUES) {
      Query q = phrase(cue);
      if (q != null) {
        cues.add(q, Occur.SHOULD);
      }
    }
    return cues.build();
  }

  private Query phrase(String words) {
    return phrases.createPhraseQuery(Schema.TEXT, words);
  }

  /** The query's words near each other: "women officials" side by side beat far apart. */
  private Query proximity(String words) {
    if (words.isBlank()) {
      return null;
    }
    // Counted after analysis: "UN-Women" is two words, as "UN Women" is.
    Query near = phrases.createPhraseQuery(Schema.TEXT, words, PROXIMITY_SLOP);
    return near instanceof PhraseQuery ? near : null;
  }
}
