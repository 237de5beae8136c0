package org.councilsearch.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.function.Function;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.councilsearch.index.Schema;

/**
 * The query of one search, split into the concepts a passage must have and what only ranks. A
 * concept is a query word or phrase with all its other forms (an organization's names and tag,
 * an acronym's long form, the stemmed word); a passage must have {@link MinimumMatch#strict} of
 * them. Words that only ask ("from", "how") score but are never required, and bonuses (a year,
 * a collaboration cue, the words near each other) order the matches without widening them.
 * Queries in explicit Lucene syntax keep the meaning Lucene gives them. Immutable.
 */
final class MatchPlan {
  /**
   * One thing the query asks for, under every form that counts as having it.
   *
   * @param organization the canonical name of the organization the concept names, or null
   */
  record Concept(String label, Query query, String organization) {
    Concept(String label, Query query) {
      this(label, query, null);
    }
  }

  /**
   * What each vote of a concept adds to the score of a passage that has it, when the match is
   * relaxed: more than the words' own scores differ by, so that the passages with the most of
   * what is asked come first, and less than a year's bonus, which still orders first.
   */
  static final float VOTE_SCORE = 10f;

  private final List<Concept> concepts;
  private final List<Concept> optional;
  private final List<Query> bonuses;
  private final Query fixed;
  private final Query everything;

  private MatchPlan(
      List<Concept> concepts, List<Concept> optional, List<Query> bonuses, Query fixed, Query everything) {
    this.concepts = List.copyOf(concepts);
    this.optional = List.copyOf(optional);
    this.bonuses = List.copyOf(bonuses);
    this.fixed = fixed;
    this.everything = everything;
  }

  /**
   * A plan that requires concepts.
   *
   * @param optional clauses that score when present and are never required
   * @param bonuses clauses that only reorder what matches
   * @param everything what matches when the query names no concept at all (a year alone)
   */
  static MatchPlan of(List<Concept> concepts, List<Concept> optional, List<Query> bonuses, Query everything) {
    if (concepts.isEmpty()) {
      // A query of asking words only ("how many"): they are all it has, so they count.
      return new MatchPlan(optional, List.of(), bonuses, null, everything);
    }
    return new MatchPlan(concepts, optional, bonuses, null, everything);
  }

  /** A query in explicit syntax, matched exactly as Lucene reads it. */
  static MatchPlan exactly(Query query) {
    return new MatchPlan(List.of(), List.of(), List.of(), query, null);
  }

  /**
   * This plan with each organization's concept also met by the passages of the papers that
   * organization issued ({@code issued} gives the query that finds them, or null when it issued
   * none): a paper of UNDP's Executive Board is UNDP's, whether or not a paragraph names it.
   */
  MatchPlan withIssuers(Function<String, Query> issued) {
    if (!namesOrganizations()) {
      return this;
    }
    List<Concept> met = new ArrayList<>(concepts.size());
    for (Concept c : concepts) {
      Query papers = c.organization() == null ? null : issued.apply(c.organization());
      if (papers == null) {
        met.add(c);
        continue;
      }
      Query either =
          new BooleanQuery.Builder()
              .add(c.query(), Occur.SHOULD)
              .add(new BoostQuery(new ConstantScoreQuery(papers), ISSUER_SCORE), Occur.SHOULD)
              .build();
      met.add(new Concept(c.label(), either, c.organization()));
    }
    return new MatchPlan(met, optional, bonuses, null, everything);
  }

  /** Whether a concept is an organization's. */
  boolean namesOrganizations() {
    return concepts.stream().anyMatch(c -> c.organization() != null);
  }

  /** What being a passage of the organization's own paper adds: as much as being tagged with it. */
  static final float ISSUER_SCORE = 1f;

  /** The concepts counted, in query order. */
  List<Concept> concepts() {
    return concepts;
  }

  /** How many concepts the strict match requires. */
  int required() {
    return MinimumMatch.strict(concepts.size());
  }

  /** The query that requires {@link #required()} concepts. */
  Query strict() {
    return query(required());
  }

  /** How many concepts the one relaxed try requires, if the plan can be relaxed. */
  OptionalInt relaxedRequired() {
    return fixed != null ? OptionalInt.empty() : MinimumMatch.relaxed(concepts.size());
  }

  /** The query that requires {@code required} of the concepts. */
  Query query(int required) {
    int[] one = new int[concepts.size()];
    Arrays.fill(one, 1);
    return query(one, required, 0f);
  }

  /**
   * How many of the {@code votes} the relaxed try asks for: half of them, and never more than the
   * share that {@link #relaxedRequired()} is of the concepts, so that with equal votes it asks for
   * as many concepts; and never more than the concepts some passage has can give: a concept no
   * passage has (a misspelling, a number) is the rarest of all and has the most votes, which no
   * passage could then make up.
   *
   * @param having for each concept, how many passages have it
   */
  int relaxedVotes(int[] votes, long[] having) {
    int total = Arrays.stream(votes).sum();
    int share = relaxedRequired().orElse(required());
    int half = (total + 1) / 2;
    int present = 0;
    for (int i = 0; i < votes.length; i++) {
      present += having[i] > 0 ? votes[i] : 0;
    }
    return Math.max(1, Math.min(present, Math.min(half, (int) Math.ceil((double) total * share / concepts.size()))));
  }

  /**
   * The query that requires concepts worth {@code needed} votes, where concept {@code i} is worth
   * {@code votes[i]}: a passage with the rare concept of "IOM" and "UNIFEM" has most of what is
   * asked; one with the common one has not. Each concept scores once, and {@value #VOTE_SCORE}
   * for each of its votes, so that passages with more of what is asked come first; its further
   * votes are copies that count towards the minimum and score nothing.
   */
  Query weighted(int[] votes, int neededVotes) {
    return query(votes, neededVotes, VOTE_SCORE);
  }

  private Query query(int[] votes, int neededVotes, float voteScore) {
    if (fixed != null) {
      return fixed;
    }
    BooleanQuery.Builder ranking = new BooleanQuery.Builder();
    if (concepts.isEmpty()) {
      ranking.add(everything, Occur.MUST);
    } else {
      BooleanQuery.Builder needed = new BooleanQuery.Builder().setMinimumNumberShouldMatch(neededVotes);
      for (int i = 0; i < concepts.size(); i++) {
        Query q = concepts.get(i).query();
        needed.add(voteScore == 0f ? q : withVotes(q, voteScore * votes[i]), Occur.SHOULD);
        for (int v = 1; v < votes[i]; v++) {
          needed.add(new BoostQuery(new ConstantScoreQuery(q), 0f), Occur.SHOULD);
        }
      }
      if (optional.isEmpty()) {
        ranking.add(needed.build(), Occur.MUST);
      } else {
        BooleanQuery.Builder matches = new BooleanQuery.Builder().add(needed.build(), Occur.MUST);
        optional.forEach(c -> matches.add(c.query(), Occur.SHOULD));
        ranking.add(matches.build(), Occur.MUST);
      }
    }
    bonuses.forEach(q -> ranking.add(q, Occur.SHOULD));
    return ranking.build();
  }

  /** {@code concept} scoring {@code bonus} more wherever it matches. */
  private static Query withVotes(Query concept, float bonus) {
    return new BooleanQuery.Builder()
        .add(concept, Occur.MUST)
        .add(new BoostQuery(new ConstantScoreQuery(concept), bonus), Occur.SHOULD)
        .build();
  }

  /**
   * What a passage's words are marked for: every concept and asking word, in any of its forms.
   * The bonuses only order the matches (a collaboration cue, the words near each other), so they
   * are not marked, and the page does not pay for finding them in each passage.
   */
  Query marked() {
    if (fixed != null) {
      return fixed;
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    concepts.forEach(c -> any.add(c.query(), Occur.SHOULD));
    optional.forEach(c -> any.add(c.query(), Occur.SHOULD));
    return any.build();
  }

  /**
   * What of {@link #marked} a page can show: its clauses on the fields whose matches are marked
   * ({@link Schema#MARKED}), or all of it where none is (nothing is marked then either).
   */
  Query marks() {
    Query kept = MarkedFields.keep(marked(), Schema.MARKED);
    return kept != null ? kept : marked();
  }

  /**
   * What the reading of the query says when only {@code required} concepts were asked for, and
   * whether that {@code found} passages.
   */
  String relaxedNote(int required, boolean found, int[] votes, long[] having) {
    String note = relaxedNote(required, found);
    boolean equal = Arrays.stream(votes).allMatch(v -> v == votes[0]);
    note = found && !equal ? note + ", the rarer counting more" : note;
    // A word no passage has at all is most often mistyped: saying so lets the user correct it.
    List<String> absent = new ArrayList<>();
    for (int i = 0; i < concepts.size(); i++) {
      if (having[i] == 0) {
        absent.add('"' + concepts.get(i).label() + '"');
      }
    }
    return absent.isEmpty() || absent.size() == concepts.size()
        ? note
        : note + "; " + String.join(" and ", absent) + (absent.size() == 1 ? " is" : " are") + " in no passage";
  }

  private String relaxedNote(int required, boolean found) {
    StringBuilder names = new StringBuilder();
    for (int i = 0; i < concepts.size(); i++) {
      if (i > 0) {
        names.append(i == concepts.size() - 1 ? " and " : ", ");
      }
      names.append('"').append(concepts.get(i).label()).append('"');
    }
    int n = concepts.size();
    int strict = required();
    String missing = strict == n ? "all of " : String.format(Locale.ROOT, "%d of ", strict);
    String fewer = required * 2 > n ? "most of them" : required == 1 ? "one of them" : required + " of them";
    return found
        ? "no passage has " + missing + names + "; showing passages with " + (required * 2 > n || required == 1 ? "" : "at least ") + fewer
        : "no passage has " + missing + names + ", nor " + fewer;
  }
}
