package org.councilsearch.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Weighted reciprocal rank fusion of three rankings: the passages the words match, the passages
 * that come nearest to matching them (near matches, which lack a concept and are not counted), and
 * the passages nearest in meaning. A passage scores {@code words / (k + its rank by words) + near /
 * (k + its rank among near matches) + meaning / (k + its rank by meaning)}, ranks counted from 1, a
 * list it is missing from adding nothing; {@code near} is {@code nearWords}, or {@code
 * nearWordsUnread} for a passage in a language the meaning model does not read, where its ranking
 * by meaning says less; {@code meaning} is {@code meaningUnread} for a query in such a language,
 * whose own vector says less, and the least of that and {@code meaningShort} for a query of at most
 * {@code shortWords} words, whose vector holds too little for its nearest passages to say much
 * (a few keywords lead to short procedural passages: "The Committee is invited to take note").
 * Ranks, not scores, are fused: BM25
 * scores and vector similarities are on scales that cannot be compared. Equal scores keep the order
 * of the words' list, then the meaning list's, then the near matches'. Immutable.
 *
 * @param k how much the first few ranks dominate (60 in the original paper)
 * @param words the weight of the ranking by words
 * @param nearWords the weight of the near matches' ranking
 * @param nearWordsUnread the same, for a passage in a language the meaning model does not read
 * @param meaning the weight of the ranking by meaning
 * @param meaningUnread the same, for a query in a language the meaning model does not read
 * @param meaningShort the most the ranking by meaning weighs for a query of a few words
 * @param shortWords how many words a query has at most to be one of a few words
 */
public record RankFusion(
    int k,
    double words,
    double nearWords,
    double nearWordsUnread,
    double meaning,
    double meaningUnread,
    double meaningShort,
    int shortWords) {
  /**
   * Tuned on the tuning judgments (dev, own, questions, families and languages; never the held-out
   * sets), then frozen. k over {2, 5, 20, 60} and meaning over {0.2, 0.3, 0.5, 0.8}: a small k keeps
   * the words' first ranks well apart, so a passage both rankings agree on moves up without the
   * words' clear answers being shuffled, and meaning at half the words' weight fills in below them
   * and where the words find little. Near matches over {0, 0.1, 0.25, 0.5}, where they had followed
   * every passage found by meaning: the meaning model reads English, and on papers in French and
   * Spanish the passages it found were ranked above the words' near matches that held the answer;
   * on English papers a lighter weight keeps a paraphrase's passage, found by meaning alone, above
   * the near matches. Hybrid nDCG@10 at (2, 1, 0.25, 0.5, 0.5), and with near matches following:
   * dev 0.978 (0.978), own 0.930 (0.927), questions 0.779 (0.771), families 0.890 (0.887),
   * languages 0.726 (0.633). Meaning for a query in a language the model does not read over {0,
   * 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.5}: its nearest passages there come from names and
   * look-alike words, and at the full weight they went above the words' near matches that held the
   * answer; at none, the few it does find are lost. Languages hybrid at 0.25 (at 0.5, 0.1, 0): all
   * 0.744 (0.727, 0.732, 0.728), lang:fr 0.749 (0.706, 0.717, 0.708), lang:es 0.786 (0.782,
   * 0.782, 0.782). Meaning for a query of a few words over {0, 0.05, 0.1, 0.25} and a few words
   * over {3, 4, 5, 6, 7}: up to five words, at 0.1, and at that (at the full weight): dev 0.979
   * (0.976), own 0.933 (0.932), questions 0.796 (0.796), families 0.894 (0.889), languages 0.756
   * (0.744); seven words took from questions and families.
   */
  public static final RankFusion TUNED = new RankFusion(2, 1.0, 0.25, 0.5, 0.5, 0.25, 0.1, 5);

  public RankFusion {
    if (k < 1 || words < 0 || nearWords < 0 || nearWordsUnread < 0 || meaning < 0 || meaningUnread < 0
        || meaningShort < 0 || shortWords < 0) {
      throw new IllegalArgumentException(
          "fusion parameters out of range: " + k + ", " + words + ", " + nearWords + ", " + nearWordsUnread + ", "
              + meaning + ", " + meaningUnread + ", " + meaningShort + ", " + shortWords);
    }
  }

  /** A fusion that weighs the ranking by meaning alike whatever the query's language and length. */
  public RankFusion(int k, double words, double nearWords, double nearWordsUnread, double meaning) {
    this(k, words, nearWords, nearWordsUnread, meaning, meaning, meaning, 0);
  }

  /**
   * What the fusion needs to know of a query.
   *
   * @param read whether the meaning model reads the query's language
   * @param words how many words the query whose meaning was searched has
   */
  public record QueryShape(boolean read, int words) {
    /** A query of many words in a language the model reads. */
    public static final QueryShape PLAIN = new QueryShape(true, Integer.MAX_VALUE);
  }

  /** The weight of the ranking by meaning for a query of this shape. */
  public double meaningWeight(QueryShape query) {
    double weight = query.read() ? meaning : meaningUnread;
    return query.words() <= shortWords ? Math.min(weight, meaningShort) : weight;
  }

  /**
   * One fused entry: an id, its fused score and its 1-based ranks (0 where a list lacks it); a near
   * match's rank by words counts on from the last of the words' matches.
   */
  public record Fused(String id, double score, int wordsRank, int meaningRank) {
    /** Found by meaning only, not by the words' ranking. */
    public boolean meaningOnly() {
      return wordsRank == 0;
    }
  }

  /**
   * The three rankings of ids, fused, best first.
   *
   * @param unread whether the meaning model does not read a near match's language
   */
  public List<Fused> fuse(
      List<String> byWords, List<String> nearMatches, Predicate<String> unread, List<String> byMeaning) {
    return fuse(byWords, nearMatches, unread, byMeaning, QueryShape.PLAIN);
  }

  /**
   * The three rankings of ids, fused, best first.
   *
   * @param unread whether the meaning model does not read a near match's language
   * @param query what the weight of the ranking by meaning depends on
   */
  public List<Fused> fuse(
      List<String> byWords,
      List<String> nearMatches,
      Predicate<String> unread,
      List<String> byMeaning,
      QueryShape query) {
    double meaning = meaningWeight(query);
    Map<String, int[]> ranks = new LinkedHashMap<>();
    rank(ranks, byWords, 0);
    rank(ranks, byMeaning, 2);
    rank(ranks, nearMatches, 1);
    List<Fused> fused = new ArrayList<>(ranks.size());
    for (Map.Entry<String, int[]> e : ranks.entrySet()) {
      int w = e.getValue()[0];
      int n = e.getValue()[1];
      int m = e.getValue()[2];
      double near = n != 0 && unread.test(e.getKey()) ? nearWordsUnread : nearWords;
      double score = weighed(words, w) + weighed(near, n) + weighed(meaning, m);
      int wordsRank = w != 0 ? w : n != 0 ? byWords.size() + n : 0;
      fused.add(new Fused(e.getKey(), score, wordsRank, m));
    }
    // Stable: equal scores keep the insertion order (the words' list first).
    fused.sort(Comparator.comparingDouble(Fused::score).reversed());
    return fused;
  }

  private static void rank(Map<String, int[]> ranks, List<String> ids, int list) {
    for (int i = 0; i < ids.size(); i++) {
      int[] r = ranks.computeIfAbsent(ids.get(i), id -> new int[3]);
      if (r[list] == 0) {
        r[list] = i + 1;
      }
    }
  }

  private double weighed(double weight, int rank) {
    return rank == 0 ? 0 : weight / (k + rank);
  }
}
