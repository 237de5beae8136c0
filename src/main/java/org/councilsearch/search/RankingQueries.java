package org.councilsearch.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.QueryParserBase;
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

  RankingQueries(Schema schema, QueryReader reader) {
    this.schema = schema;
    this.reader = reader;
    this.phrases = new QueryBuilder(schema.analyzer());
  }

  /** The query that scores passages; filters are added by the caller. */
  Query build(Interpretation in) {
    if (in.literal()) {
      return reader.read(in.words());
    }
    BooleanQuery.Builder matches = new BooleanQuery.Builder();
    boolean anything = false;
    String remaining = in.words();
    for (Expansion e : in.expansions()) {
      remaining = remove(remaining, e.term());
    }
    if (!remaining.isBlank()) {
      matches.add(reader.read(QueryParserBase.escape(remaining)), Occur.SHOULD);
      anything = true;
    }
    // A term and its other forms are one concept: the best of them counts, not their sum, so a
    // passage that says both "PSEA" and "sexual exploitation and abuse" is not counted twice.
    for (Expansion e : in.expansions()) {
      List<Query> forms = new ArrayList<>();
      forms.add(reader.read(QueryParserBase.escape(e.term())));
      for (String alternative : e.alternatives()) {
        Query phrase = phrase(alternative);
        if (phrase != null) {
          forms.add(new BoostQuery(phrase, EXPANSION_BOOST));
        }
      }
      matches.add(new DisjunctionMaxQuery(forms, 0f), Occur.SHOULD);
      anything = true;
    }
    // Being tagged with the organization asked for lifts a passage by the same amount for all.
    for (String org : in.organizations()) {
      matches.add(new BoostQuery(new ConstantScoreQuery(orgTerm(org)), TAGGED_ORGANIZATION_BOOST), Occur.SHOULD);
      anything = true;
    }
    for (String predecessor : in.predecessors()) {
      matches.add(new ConstantScoreQuery(orgTerm(predecessor)), Occur.SHOULD);
    }
    BooleanQuery.Builder ranking = new BooleanQuery.Builder();
    if (anything) {
      ranking.add(matches.build(), Occur.MUST);
    } else {
      ranking.add(schema.passagesOnly(), Occur.MUST);
    }
    Query near = proximity(in.words());
    if (near != null) {
      ranking.add(new BoostQuery(near, PROXIMITY_BOOST), Occur.SHOULD);
    }
    if (in.hasYears()) {
      ranking.add(new BoostQuery(new ConstantScoreQuery(inYears(in.fromYear(), in.toYear())), YEAR_BONUS), Occur.SHOULD);
    }
    if (in.collaborationWith() != null) {
      ranking.add(new BoostQuery(new ConstantScoreQuery(orgTerm(in.collaborationWith())), PARTNER_BONUS), Occur.SHOULD);
      ranking.add(new BoostQuery(new ConstantScoreQuery(collaborationCue()), COLLABORATION_BONUS), Occur.SHOULD);
    }
    return ranking.build();
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
